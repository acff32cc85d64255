"""notice_letter: a paper notice or a lawyer's letter."""

from cases.core.facts import Facts
from cases.scenarios.notice_letter import SCENARIO, contribute


def test_it_applies_to_a_letter():
    assert SCENARIO.applies(Facts(channel="letter"))


def test_it_applies_to_a_message_from_a_law_firm():
    assert SCENARIO.applies(Facts(sender="law_firm", message="律师函"))


def test_it_does_not_apply_to_an_sms():
    assert not SCENARIO.applies(Facts(channel="sms"))


def test_it_says_read_and_copy_the_letter():
    c = contribute(Facts(channel="letter"))
    assert len(c.reasons) == 1 and c.evidence[0].code == "letter_copy"


def test_it_explains_a_lawyers_letter_has_no_force_of_its_own():
    texts = " ".join(r.text for r in contribute(Facts(channel="letter", sender="law_firm")).reasons)
    assert "没有强制力" in texts and "法院专递" in texts
