"""Fixtures for the security suite: a person with a finished case, and the real server."""

from collections.abc import Iterator

import pytest
from django.test import Client

from cases.models import Case
from tests.browser.live import LiveServer
from tests.security.crawl import Page, client_fetch, crawl
from tests.support import finished_case


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
