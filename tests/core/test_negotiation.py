"""The negotiation plan: what to ask, the phone script, safeguards, which debt first."""

from decimal import Decimal as D

import pytest

from cases.core import negotiation
from cases.core.facts import Facts
from cases.core.negotiation import Debt, asks, order_debts, phone_script
from cases.core.sources import SEEDS, Source
from tests.core.test_sources_exist import SHARED, legal_rows, sources_of


def codes(items):
    return [i.code for i in items]


def test_someone_who_cannot_pay_now_asks_for_time_first():
    assert codes(asks(Facts(repay_ability="none", lender_kind="consumer_finance"))) == [
        "grace",
        "instalments",
        "waive_penalty",
    ]


def test_someone_who_can_pay_part_asks_for_instalments_first():
    assert codes(asks(Facts(repay_ability="part", lender_kind="small_loan")))[0] == "instalments"


def test_someone_who_can_pay_it_all_asks_for_penalties_to_be_waived():
    assert codes(asks(Facts(repay_ability="full", lender_kind="bank"))) == [
        "pay_off_for_waiver",
        "waive_penalty",
    ]


def test_a_bank_debt_mentions_the_credit_card_plan_honestly():
    items = asks(Facts(repay_ability="part", lender_kind="bank"))
    card = next(i for i in items if i.code == "card_plan")
    assert "可以" in card.text and "不是必须" in card.text and "5 年" in card.text
    assert str(card.source) == "legal-facts §5.1"


def test_other_lenders_get_no_credit_card_plan():
    for kind in ("consumer_finance", "small_loan", "platform", "private"):
        assert "card_plan" not in codes(asks(Facts(repay_ability="part", lender_kind=kind)))


def test_interest_above_the_line_is_refused_first():
    assert (
        codes(asks(Facts(repay_ability="part", lender_kind="small_loan"), above_line=True))[0]
        == "refuse_excess"
    )


def test_the_phone_script_fills_in_the_budget_only_when_known():
    say, never = phone_script(D("800.00"))
    assert any("800 元" in s.text for s in say)
    say, _ = phone_script(None)
    assert "say_offer" not in codes(say)
    assert "never_personal_account" in codes(never) and "never_new_loan" in codes(never)


def test_the_safeguards_cover_official_channels_writing_and_receipts():
    assert codes(negotiation.SAFEGUARDS) == ["official_only", "in_writing", "keep_records"]


def test_the_highest_rate_comes_first_and_unknown_rates_last():
    debts = [Debt("A", D("18"), D("1000")), Debt("B", None, D("9000")), Debt("C", D("36"), D("500"))]
    assert [d.label for d in order_debts(debts)] == ["C", "A", "B"]


def test_equal_rates_put_the_larger_debt_first():
    debts = [Debt("small", D("24"), D("100")), Debt("big", D("24"), D("900")), Debt("none", D("24"))]
    assert [d.label for d in order_debts(debts)] == ["big", "small", "none"]


def test_no_debts_order_to_nothing():
    assert order_debts([]) == ()


@pytest.mark.parametrize("source", sorted(sources_of(negotiation)), ids=str)
def test_every_negotiation_source_exists(source: Source):
    if source.kind == "seed":
        assert source.section in (SHARED / "seeds" / SEEDS[source.doc][0]).read_text(encoding="utf-8")
    else:
        assert source.section in legal_rows()[source.doc]
