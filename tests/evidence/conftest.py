import pytest
from django.test import Client

from tests.conftest import start_case


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded evidence goes to a fresh directory per test, never the checkout's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EVIDENCE_MAX_UPLOAD_MB = 20


@pytest.fixture
def bob_client(db):
    return Client()


@pytest.fixture
def bob_case(bob_client):
    return start_case(bob_client)
