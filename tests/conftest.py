"""Shared fixtures. Personas as in healthchecks: alice owns, bob is another user, charlie is
an anonymous outsider in a browser of his own."""

import re

import pytest
from django.test import Client

from cases.models import Case


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def alice_client(db):
    return Client()


@pytest.fixture
def charlie_client(db):
    return Client()


def start_case(client: Client) -> Case:
    """Start a case the way a person does: the start button on the home page."""
    response = client.post("/start/")
    assert response.status_code == 302
    case_id = re.search(r"/case/([0-9a-f-]{36})/", response["Location"]).group(1)
    return Case.objects.get(pk=case_id)


@pytest.fixture
def alice_case(alice_client) -> Case:
    return start_case(alice_client)


def answer(client: Client, case: Case, step: str, data: dict, query: str = ""):
    return client.post(f"/case/{case.id}/step/{step}/{query}", data)
