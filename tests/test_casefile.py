"""cases.casefile.load: the one loader of what a case's pages show."""

from datetime import datetime

import pytest

from cases import casefile
from cases.core.rules import CHINA_TZ
from evidence.models import Entry
from tests.support import answer

pytestmark = pytest.mark.django_db

NIGHT = datetime(2026, 11, 20, 23, 30, tzinfo=CHINA_TZ)


def test_it_builds_facts_and_advice_from_the_answers_and_the_log(alice_client, alice_case):
    answer(alice_client, alice_case, "relationship", {"relationship": "borrower"})
    Entry.objects.create(case=alice_case, at=NIGHT, channel="call")
    alice_case.refresh_from_db()
    cf = casefile.load(alice_case)
    assert cf.facts.relationship == "borrower"
    assert len(cf.log.events) == 1 and cf.facts.stats.night_contacts == 1
    assert "night_contact" in cf.advice.flags


def test_it_builds_the_apps_sections_only_when_asked(alice_case):
    assert casefile.load(alice_case).sections == {}
    sections = casefile.load(alice_case, sections=True).sections
    assert set(sections) == {"evidence", "documents"}
    assert sections["evidence"].figures.total == 0


def test_it_remembers_nothing_between_loads(alice_case):
    assert casefile.load(alice_case).log.events == ()
    Entry.objects.create(case=alice_case, at=NIGHT, channel="sms", text="今天不还就爆你通讯录，通知你单位。")
    again = casefile.load(alice_case)
    assert len(again.log.events) == 1
    assert "exposure_threat" in again.log.events[0].flags
