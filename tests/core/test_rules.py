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
    for kind in ("consumer_finance", "small_loan", "platform", None):
        assert rules.interest_line(kind) is rules.LICENSED_COST_LINE


def test_it_sets_no_line_for_credit_cards_since_2021():
    assert rules.interest_line("bank") is None
    assert rules.CARD_RATES_FREE.source.section == "10.22"


def test_it_takes_the_private_cap_from_the_lpr_fixing_in_force_on_the_contract_date():
    from datetime import date
    from decimal import Decimal

    cap = rules.private_cap(date(2023, 7, 1))
    assert cap.value == Decimal("14.20") and "2023年6月20日" in cap.note and "暂定" not in cap.note
    assert rules.private_cap(date(2019, 9, 25)).note.count("2019年9月公布") == 1  # day not stated
    assert "暂定" in rules.private_cap(date(2026, 6, 1)).note
    assert rules.private_cap(date(2018, 1, 1)) is rules.PRIVATE_LENDING_CAP


def test_it_keeps_the_lpr_table_in_date_order_with_a_source_for_each_fixing():
    days = [f.day for f in rules.LPR_FIXINGS]
    assert days == sorted(days)
    assert all(f.row.startswith("10.") for f in rules.LPR_FIXINGS)


def test_it_labels_every_lender_kind_in_chinese():
    assert set(rules.LENDER_KINDS) == {"bank", "consumer_finance", "small_loan", "platform", "private"}
    assert all(k.label for k in rules.LENDER_KINDS.values())
