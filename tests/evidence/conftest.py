import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded evidence goes to a fresh directory per test, never the checkout's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EVIDENCE_MAX_UPLOAD_MB = 20
