"""Each attachment owns its file: a double tap cannot share one, a file goes only when no row names
it, and a file that is gone anyway costs nothing else (download 404, export and rotation go on)."""

import io
import json
import zipfile
from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from evidence_helpers import form_data, png, upload

from cases.models import Case
from evidence.models import Attachment, Entry, PendingUpload


def test_it_refuses_a_second_row_naming_the_same_file(alice_case):
    entry = Entry.objects.create(case=alice_case, at="2026-11-20T23:10+08:00", channel="sms")
    first = Attachment.store(entry, png(), "a.png", "image", "image/png")
    with pytest.raises(IntegrityError), transaction.atomic():
        Attachment.objects.create(
            entry=entry,
            blob=first.blob.name,
            original_name="b",
            kind="image",
            mime="image/png",
            size=1,
            sha256="",
        )


def test_it_keeps_a_file_a_row_still_names(alice_case, django_capture_on_commit_callbacks):
    entry = Entry.objects.create(case=alice_case, at="2026-11-20T23:10+08:00", channel="sms")
    kept = PendingUpload.store(alice_case, png(), "a.png", "image", "image/png")
    # A stray attachment row naming the same file (as the old double-tap bug left behind).
    with connection.constraint_checks_disabled():
        Attachment.objects.bulk_create(
            [
                Attachment(
                    entry=entry,
                    blob=kept.blob.name,
                    original_name="x",
                    kind="image",
                    mime="image/png",
                    size=1,
                )
            ]
        )
    with django_capture_on_commit_callbacks(execute=True):
        Attachment.objects.get().delete()
    assert default_storage.exists(kept.blob.name)
    with django_capture_on_commit_callbacks(execute=True):
        kept.delete()
    assert not default_storage.exists(kept.blob.name)


@pytest.fixture
def lost_file(alice_case):
    entry = Entry.objects.create(case=alice_case, at="2026-11-20T23:10+08:00", channel="sms")
    lost = Attachment.store(entry, png(), "lost.png", "image", "image/png")
    kept = Attachment.store(entry, b"%PDF-1.4 kept\n%%EOF", "kept.pdf", "pdf", "application/pdf")
    default_storage.delete(lost.blob.name)
    return lost, kept


def test_it_answers_404_for_a_file_missing_from_storage(alice_client, alice_case, lost_file):
    lost, kept = lost_file
    assert alice_client.get(f"/case/{alice_case.id}/evidence/file/{lost.pk}/").status_code == 404
    assert alice_client.get(f"/case/{alice_case.id}/evidence/file/{kept.pk}/").status_code == 200


def test_it_exports_the_rest_of_a_case_and_names_the_missing_file(alice_client, alice_case, lost_file):
    lost, kept = lost_file
    response = alice_client.get(f"/case/{alice_case.id}/export/")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    data = json.loads(archive.read(f"case-{alice_case.id}.json"))
    [missing] = data["missing_files"]
    assert missing.startswith(f"case-{alice_case.id}/evidence/{lost.pk}-")
    kept_path = next(n for n in archive.namelist() if f"/evidence/{kept.pk}-" in n)
    assert archive.read(kept_path) == b"%PDF-1.4 kept\n%%EOF"
    assert missing not in archive.namelist()


def test_it_rotates_keys_past_a_missing_file_and_reports_it(db, settings):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old_key]
    case = Case.objects.create()
    entry = Entry.objects.create(case=case, at="2026-11-20T23:10+08:00", channel="sms")
    lost = Attachment.store(entry, png(), "lost.png", "image", "image/png")
    kept = Attachment.store(entry, b"%PDF-1.4 kept\n%%EOF", "kept.pdf", "pdf", "application/pdf")
    default_storage.delete(lost.blob.name)
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    out = StringIO()
    call_command("rotate_keys", grace=0, stdout=out)
    assert f"1 files re-encrypted; 1 missing from storage, skipped (ids {lost.pk})" in out.getvalue()
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    assert Attachment.objects.get(pk=kept.pk).read() == b"%PDF-1.4 kept\n%%EOF"


def test_it_answers_404_when_the_case_is_deleted_while_evidence_is_saved(
    alice_client, alice_case, monkeypatch
):
    from evidence import views

    stale = Case.objects.get(pk=alice_case.pk)
    Case.objects.filter(pk=alice_case.pk).delete()
    monkeypatch.setattr(views, "get_case", lambda request, case_id: stale)
    response = alice_client.post(f"/case/{alice_case.id}/evidence/add/", form_data())
    assert response.status_code == 404
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/", {**form_data(channel=""), "files": upload("a.png", png())}
    )
    assert response.status_code == 404
    assert not Entry.objects.exists() and not PendingUpload.objects.exists()
