"""sms_reminder: a text message, or a pasted message with no channel."""

from cases.core.facts import Facts
from cases.scenarios.sms_reminder import SCENARIO, contribute


def test_it_applies_to_an_sms():
    assert SCENARIO.applies(Facts(channel="sms"))


def test_it_applies_to_a_pasted_message_with_no_channel():
    assert SCENARIO.applies(Facts(message="你好"))


def test_it_does_not_apply_to_a_call():
    assert not SCENARIO.applies(Facts(channel="call", message="你好"))


def test_it_says_what_a_normal_reminder_looks_like():
    assert "官方App" in contribute(Facts(channel="sms")).reasons[0].text


def test_it_notes_an_official_repayment_route():
    c = contribute(Facts(channel="sms", sender="official", cues=frozenset({"official_channel"})))
    assert len(c.reasons) == 2


def test_it_does_not_praise_an_official_route_from_a_private_sender():
    c = contribute(Facts(channel="sms", sender="private", cues=frozenset({"official_channel"})))
    assert len(c.reasons) == 1
