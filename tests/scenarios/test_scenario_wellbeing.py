"""wellbeing: whenever there is anything to go on."""

from cases.core.facts import Facts
from cases.scenarios.wellbeing import SCENARIO, contribute


def test_it_applies_when_there_is_a_message():
    assert SCENARIO.applies(Facts(message="逾期了"))


def test_it_does_not_apply_to_an_empty_case():
    assert not SCENARIO.applies(Facts())


def test_it_says_keep_calm_and_talk_to_family():
    c = contribute(Facts(message="逾期了"))
    assert "冷静" in c.reasons[0].text and "家人" in c.steps[0].text


def test_it_does_not_talk_about_repayment_to_a_third_party():
    assert len(contribute(Facts(message="转告他", relationship="contact")).reasons) == 1
