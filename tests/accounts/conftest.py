"""Helpers for the account tests (the personas are in tests/conftest.py and tests/support.py)."""

import html
import re

from django.test import Client

from cases.models import Case
from tests.support import PASSWORD  # noqa: F401  (the personas' password, for the login tests)


def take_resume_code(client: Client, case: Case) -> str:
    response = client.post(f"/case/{case.id}/resume-code/")
    assert response.status_code == 200
    return re.search(r"[A-Z2-9]{5}(?:-[A-Z2-9]{5}){3}", response.text).group(0)


def messages_text(response) -> str:
    """The messages the page shows (base.html's status box), as plain text."""
    page = response.content.decode()
    found = re.search(r'<div class="messages" role="status">(.*?)</div>\s*</div>', page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))) if found else ""
