"""multiple_debts: several debts, or a push to borrow more."""

from cases.core.facts import Facts
from cases.scenarios.multiple_debts import SCENARIO, contribute


def test_it_applies_when_other_debts_are_overdue():
    assert SCENARIO.applies(Facts(other_debts=2))


def test_it_does_not_apply_to_one_debt():
    assert not SCENARIO.applies(Facts(other_debts=0)) and not SCENARIO.applies(Facts())


def test_it_applies_when_the_collector_pushes_a_new_loan():
    c = contribute(Facts(cues=frozenset({"new_loan_push"})))
    assert SCENARIO.applies(Facts(cues=frozenset({"new_loan_push"})))
    assert any("新的贷款" in r.text for r in c.reasons)


def test_it_says_highest_interest_first_and_no_new_loans():
    text = " ".join(p.text for p in contribute(Facts(other_debts=1)).negotiation)
    assert "利息最高" in text and "不要再借" in text
