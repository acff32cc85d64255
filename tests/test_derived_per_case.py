"""What a page derives from a case once (Facts, contact events) follows changes made to it."""

from datetime import datetime

import pytest

from cases import advice
from cases.core.rules import CHINA_TZ
from evidence.models import Entry
from tests.conftest import start_case

pytestmark = pytest.mark.django_db


def test_new_answers_are_seen_by_the_same_case_object(client):
    case = start_case(client)
    assert advice.facts_for(case).lender is None
    case.merge_answers({"lender": "某某网贷"})
    assert advice.facts_for(case).lender == "某某网贷"


def test_a_new_log_entry_is_seen_by_the_same_case_object(client):
    case = start_case(client)
    assert advice.facts_for(case).contacts == ()
    Entry.objects.create(case=case, at=datetime(2026, 11, 20, 23, 30, tzinfo=CHINA_TZ), channel="call")
    assert len(advice.facts_for(case).contacts) == 1
