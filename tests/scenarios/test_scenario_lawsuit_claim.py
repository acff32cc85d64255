"""lawsuit_claim: a lawsuit threatened, or the message speaks as a court or the police."""

from cases.core.facts import Facts
from cases.scenarios.lawsuit_claim import SCENARIO, contribute


def test_it_applies_to_a_lawsuit_threat():
    assert SCENARIO.applies(Facts(threats=frozenset({"lawsuit_claim"})))


def test_it_applies_when_the_sender_says_it_is_a_court():
    assert SCENARIO.applies(Facts(sender="authority"))


def test_it_applies_to_a_fake_legal_document():
    assert SCENARIO.applies(Facts(found=frozenset({"fake_legal_document"})))


def test_it_does_not_apply_otherwise():
    assert not SCENARIO.applies(Facts(sender="official"))


def test_it_says_a_lawsuit_is_lawful_and_how_to_check_it():
    c = contribute(Facts(threats=frozenset({"lawsuit_claim"})))
    assert c.flags == ("lawsuit_claim",) and c.verdict is None
    assert c.channels == ("court_check",)
    assert "12368" in c.steps[0].text


def test_it_does_not_say_courts_never_send_sms():
    texts = " ".join(r.text for r in contribute(Facts(sender="authority")).reasons)
    assert "确实会发短信" in texts


def test_it_explains_court_fees_when_money_is_asked():
    c = contribute(Facts(sender="authority", cues=frozenset({"fee_demand"})))
    assert any("诉讼费" in r.text for r in c.reasons)


def test_it_raises_no_lawsuit_flag_when_only_the_sender_is_a_court():
    assert contribute(Facts(sender="authority")).flags == ()
