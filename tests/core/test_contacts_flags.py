"""What was said in a logged contact counts as found, like the flags in the pasted message."""

from datetime import datetime

from cases.core.contacts import ContactEvent
from cases.core.facts import Facts
from cases.core.rules import CHINA_TZ
from cases.scenarios import advise

NOON = datetime(2026, 11, 20, 12, 0, tzinfo=CHINA_TZ)


def test_an_insult_in_the_log_makes_the_collection_unlawful():
    facts = Facts.build(
        {"relationship": "borrower"}, None, [ContactEvent(NOON, "call", flags=frozenset({"insult"}))]
    )
    advice = advise(facts)
    assert advice.verdict == "unlawful_collection"
    assert "insult" in advice.flags


def test_a_log_without_flags_adds_none():
    facts = Facts.build({"relationship": "borrower"}, None, [ContactEvent(NOON, "sms")])
    assert facts.said == frozenset()
