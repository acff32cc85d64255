"""Personas for the account tests: alice owns, bob is another user, charlie is anonymous."""

import html
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from cases.models import Case

PASSWORD = "correct horse battery staple"


@pytest.fixture
def alice(db):
    return User.objects.create_user("alice", password=PASSWORD)


@pytest.fixture
def bob(db):
    return User.objects.create_user("bob", password=PASSWORD)


@pytest.fixture
def alice_in(alice):
    """A browser where alice is logged in (force_login: django-axes needs a request to log in)."""
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_in(bob):
    client = Client()
    client.force_login(bob)
    return client


def take_resume_code(client: Client, case: Case) -> str:
    response = client.post(f"/case/{case.id}/resume-code/")
    assert response.status_code == 200
    return re.search(r"[A-Z2-9]{5}(?:-[A-Z2-9]{5}){3}", response.text).group(0)


def messages_text(response) -> str:
    """The messages the page shows (base.html's status box), as plain text."""
    page = response.content.decode()
    found = re.search(r'<div class="messages" role="status">(.*?)</div>\s*</div>', page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))) if found else ""
