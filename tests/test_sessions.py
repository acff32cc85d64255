"""Sessions expire after inactivity, and a visit moves the expiry forward without a write on
every request."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cases import middleware
from tests.support import start_case

pytestmark = pytest.mark.django_db


def session_row(client):
    return Session.objects.get(session_key=client.session.session_key)


def test_a_visit_after_a_while_moves_the_expiry_forward(alice_client, monkeypatch):
    case = start_case(alice_client)
    first = session_row(alice_client).expire_date
    clock = [middleware.time.time() + middleware.REFRESH_SECONDS + 1]
    monkeypatch.setattr(middleware.time, "time", lambda: clock[0])
    alice_client.get(f"/case/{case.id}/step/channel/")
    assert session_row(alice_client).expire_date > first


def test_visits_in_quick_succession_do_not_write_the_session(alice_client):
    case = start_case(alice_client)
    alice_client.get(f"/case/{case.id}/step/channel/")
    with CaptureQueriesContext(connection) as queries:
        alice_client.get(f"/case/{case.id}/step/channel/")
    assert not [q for q in queries.captured_queries if q["sql"].startswith("UPDATE")]


def test_an_idle_session_expires_and_the_case_is_no_longer_reachable(alice_client, settings, monkeypatch):
    case = start_case(alice_client)
    assert alice_client.get(f"/case/{case.id}/").status_code == 200
    later = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)
    # The clock moves on for the session table and for the cache sessions are read through.
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr("django.core.cache.backends.db.tz_now", lambda: later)
    assert alice_client.get(f"/case/{case.id}/").status_code == 404


def test_a_session_deleted_on_logout_is_gone_from_the_cache_too(alice_client):
    case = start_case(alice_client)
    cookie = alice_client.cookies["sessionid"].value
    alice_client.post("/accounts/logout/")
    alice_client.cookies["sessionid"] = cookie  # someone replays the old cookie
    assert alice_client.get(f"/case/{case.id}/").status_code == 404


def test_a_first_visit_to_the_home_page_creates_no_session(client):
    client.get("/")
    assert Session.objects.count() == 0
