"""other_channel: calls, app messages, email and other channels."""

import pytest

from cases.core.facts import Facts
from cases.scenarios.other_channel import SCENARIO, contribute


@pytest.mark.parametrize("channel", ["call", "app", "email", "other"])
def test_it_applies_to_non_sms_channels(channel):
    assert SCENARIO.applies(Facts(channel=channel))


@pytest.mark.parametrize("channel", ["sms", "letter", "visit", None])
def test_it_leaves_sms_letters_and_visits_to_their_own_scenarios(channel):
    assert not SCENARIO.applies(Facts(channel=channel))


def test_it_asks_for_call_logs_and_recordings_for_a_call():
    assert {e.code for e in contribute(Facts(channel="call")).evidence} == {"call_log", "call_recording"}


def test_it_asks_for_chat_screenshots_for_an_app_message():
    assert [e.code for e in contribute(Facts(channel="app")).evidence] == ["chat_screenshot"]


def test_it_does_not_talk_about_repayment_promises_to_a_contact():
    assert len(contribute(Facts(channel="call", relationship="contact")).steps) == 1
