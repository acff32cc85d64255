"""legal_help: serious conduct, lawsuits, logged harassment."""

from datetime import datetime

from cases.core.contacts import ContactEvent
from cases.core.facts import Facts
from cases.core.rules import CHINA_TZ
from cases.scenarios.legal_help import SCENARIO, contribute


def test_it_applies_to_serious_conduct():
    assert SCENARIO.applies(Facts(threats=frozenset({"exposure_threat"})))


def test_it_applies_to_a_lawsuit():
    assert SCENARIO.applies(Facts(found=frozenset({"lawsuit_claim"})))


def test_it_applies_to_logged_night_calls():
    event = ContactEvent(datetime(2026, 11, 20, 23, tzinfo=CHINA_TZ), "call")
    assert SCENARIO.applies(Facts.build({}, None, [event]))


def test_it_does_not_apply_to_a_plain_reminder():
    assert not SCENARIO.applies(Facts(sender="official"))


def test_it_mentions_court_orders_for_serious_conduct():
    assert any("禁令" in r.text for r in contribute(Facts(threats=frozenset({"insult"}))).reasons)


def test_it_mentions_takedown_for_exposure():
    assert any("删除" in r.text for r in contribute(Facts(threats=frozenset({"exposure_threat"}))).reasons)


def test_it_keeps_to_a_lawyer_for_a_lawsuit():
    assert len(contribute(Facts(found=frozenset({"lawsuit_claim"}))).reasons) == 1
