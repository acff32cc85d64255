"""Fixtures for the security suite: a person with a finished case, and the real server."""

from collections.abc import Iterator

import pytest
from django.test import Client

from cases.models import Case
from tests.browser.live import LiveServer
from tests.conftest import answer, start_case
from tests.security.crawl import Page, client_fetch, crawl

# A plain, complete case: every step answered, so every page of the case exists.
ANSWERS = [
    ("message", {"message": "【安逸消费金融】您的借款已逾期3天，应还金额2,356.80元。如已还款请忽略。"}),
    ("channel", {"channel": "sms"}),
    ("sender", {"sender": "official"}),
    ("relationship", {"relationship": "borrower"}),
    ("lender", {"lender": "安逸消费金融"}),
    ("amounts", {"amount_claimed": "2356.80", "overdue_days": "3"}),
]


def finished_case(client: Client) -> Case:
    case = start_case(client)
    for step, data in ANSWERS:
        answer(client, case, step, data)
    client.post(f"/case/{case.id}/review/")
    return case


@pytest.fixture
def person(db) -> tuple[Client, Case]:
    client = Client()
    return client, finished_case(client)


def walk(client: Client, case: Case, limit: int = 80) -> dict[str, Page]:
    """Every page reachable from the home page and this case's page."""
    return crawl(client_fetch(client), ["/", f"/case/{case.id}/", f"/case/{case.id}/review/"], limit)


@pytest.fixture(scope="session")
def live_site(tmp_path_factory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("security-live"), workers=2)
    server.start()
    yield server
    server.stop()
