"""Rule constants carry their value, source and check date."""

from decimal import Decimal

from cases.core import rules


def test_it_names_every_threshold_from_the_brief():
    assert rules.NIGHT_START.value.hour == 22 and rules.NIGHT_END.value.hour == 8
    assert rules.MAX_ANSWERED_CALLS_PER_DAY.value == 3
    assert rules.MAX_ATTEMPTS_PER_DAY.value == 6
    assert rules.LICENSED_COST_LINE.value == Decimal("24")
    assert rules.PRIVATE_LENDING_CAP.value == Decimal("12")
    assert rules.CRIMINAL_RATE_LINE.value == Decimal("36")


def test_it_dates_and_sources_every_rule():
    assert len(rules.ALL_RULES) >= 8
    for name, rule in rules.ALL_RULES.items():
        assert rule.checked, name
        assert rule.source.kind == "law", name


def test_it_applies_the_private_cap_only_to_private_lenders():
    assert rules.interest_line("private") is rules.PRIVATE_LENDING_CAP
    for kind in ("bank", "consumer_finance", "small_loan", "platform", None):
        assert rules.interest_line(kind) is rules.LICENSED_COST_LINE


def test_it_labels_every_lender_kind_in_chinese():
    assert set(rules.LENDER_KINDS) == {"bank", "consumer_finance", "small_loan", "platform", "private"}
    assert all(k.label for k in rules.LENDER_KINDS.values())
