"""negotiation: for borrowers; budget, ability and credit-card points."""

from decimal import Decimal

from cases.core.facts import Facts
from cases.scenarios.negotiation import SCENARIO, contribute


def points(c):
    return " ".join(p.text for p in c.negotiation)


def test_it_applies_to_a_borrower():
    assert SCENARIO.applies(Facts(relationship="borrower"))


def test_it_applies_when_the_person_says_what_they_can_repay():
    assert SCENARIO.applies(Facts(repay_ability="part"))


def test_it_does_not_apply_to_a_scam():
    assert not SCENARIO.applies(Facts(relationship="borrower", found=frozenset({"personal_account"})))


def test_it_does_not_apply_to_a_contact():
    assert not SCENARIO.applies(Facts(relationship="contact"))


def test_it_always_asks_for_a_written_agreement_and_official_channels():
    text = points(contribute(Facts(relationship="borrower")))
    assert "书面" in text and "官方" in text


def test_it_builds_the_offer_on_the_monthly_budget():
    assert "800元" in points(contribute(Facts(relationship="borrower", monthly_budget=Decimal("800.00"))))


def test_it_says_keep_in_touch_when_nothing_can_be_paid_now():
    assert "不要失联" in points(contribute(Facts(repay_ability="none")))


def test_it_offers_the_credit_card_plan_with_its_may_not_must():
    text = points(contribute(Facts(relationship="borrower", lender_kind="bank")))
    assert "最长5年" in text and "没有义务" in text


def test_it_leaves_the_credit_card_plan_out_for_other_lenders():
    assert "5年" not in points(contribute(Facts(relationship="borrower", lender_kind="small_loan")))
