"""Shared fixtures: the personas of tests/support.py (alice owns, bob is another account,
charlie is an outsider), each with a browser of their own."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from cases.models import Case
from tests.support import PASSWORD, start_case


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def alice_client(db):
    """Alice's browser, not logged in: the case she starts there is hers."""
    return Client()


@pytest.fixture
def alice_case(alice_client) -> Case:
    return start_case(alice_client)


@pytest.fixture
def alice(db):
    """Alice's account."""
    return User.objects.create_user("alice", password=PASSWORD)


@pytest.fixture
def alice_in(alice):
    """A browser where alice is logged in (force_login: django-axes needs a request to log in)."""
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob(db):
    """Another account."""
    return User.objects.create_user("bob", password=PASSWORD)


@pytest.fixture
def bob_in(bob):
    client = Client()
    client.force_login(bob)
    return client


@pytest.fixture
def bob_client(db):
    """Bob's browser, not logged in."""
    return Client()


@pytest.fixture
def bob_case(bob_client) -> Case:
    return start_case(bob_client)


@pytest.fixture
def charlie_client(db):
    """An outsider's browser: he has no case and no account."""
    return Client()
