"""Nothing is lost on a validation error: checked files are kept and offered again."""

import re
from datetime import timedelta

from django.core.files.storage import default_storage
from django.utils import timezone
from evidence_helpers import form_data, jpeg, png, upload

from evidence.models import Attachment, Entry, PendingUpload


def pending_ids(html: str) -> list[str]:
    return re.findall(r'name="pending" value="(\d+)"', html)


def test_it_keeps_a_checked_file_when_another_field_is_wrong(alice_client, alice_case):
    data = png()
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/",
        {**form_data(channel="", text="写了一半"), "files": upload("截图.png", data)},
    )
    assert response.status_code == 200
    assert not Entry.objects.exists()
    assert "截图.png" in response.text and "不用重新选择" in response.text
    assert "写了一半" in response.text
    pending = PendingUpload.objects.get()
    assert pending_ids(response.text) == [str(pending.pk)]

    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/",
        {**form_data(channel="sms"), "pending": pending_ids(response.text)},
    )
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert (attachment.original_name, attachment.sha256, attachment.received_at) == (
        "截图.png",
        pending.sha256,
        pending.received_at,
    )
    assert attachment.read() == data
    assert attachment.entry.channel == "sms"
    assert not PendingUpload.objects.exists()
    assert default_storage.exists(attachment.blob.name)


def test_it_keeps_the_good_files_when_one_is_refused(alice_client, alice_case):
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/",
        {**form_data(), "files": [upload("ok.jpg", jpeg()), upload("bad.jpg", b"<html></html>")]},
    )
    assert "「bad.jpg」没有保存" in response.text
    assert [p.original_name for p in PendingUpload.objects.all()] == ["ok.jpg"]


def test_it_keeps_files_on_an_edit_with_an_error(alice_client, alice_case):
    alice_client.post(f"/case/{alice_case.id}/evidence/add/", form_data())
    entry = Entry.objects.get()
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/{entry.pk}/edit/",
        {**form_data(at=""), "files": upload("a.png", png())},
    )
    ids = pending_ids(response.text)
    alice_client.post(f"/case/{alice_case.id}/evidence/{entry.pk}/edit/", {**form_data(), "pending": ids})
    assert [a.original_name for a in entry.attachments.all()] == ["a.png"]


def test_it_ignores_a_file_kept_for_another_case(alice_client, alice_case, bob_client, bob_case):
    response = bob_client.post(
        f"/case/{bob_case.id}/evidence/add/", {**form_data(channel=""), "files": upload("bob.png", png())}
    )
    ids = pending_ids(response.text)
    alice_client.post(f"/case/{alice_case.id}/evidence/add/", {**form_data(), "pending": ids})
    assert not Attachment.objects.exists()
    assert PendingUpload.objects.get().case == bob_case


def test_it_deletes_files_nobody_came_back_for(alice_client, alice_case, django_capture_on_commit_callbacks):
    old = PendingUpload.store(alice_case, png(), "old.png", "image", "image/png")
    PendingUpload.objects.filter(pk=old.pk).update(received_at=timezone.now() - timedelta(days=2))
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(f"/case/{alice_case.id}/evidence/add/", form_data())
    assert not PendingUpload.objects.exists()
    assert not default_storage.exists(old.blob.name)


def test_it_deletes_kept_files_with_the_case(alice_case, django_capture_on_commit_callbacks):
    kept = PendingUpload.store(alice_case, png(), "a.png", "image", "image/png")
    with django_capture_on_commit_callbacks(execute=True):
        alice_case.delete()
    assert not default_storage.exists(kept.blob.name)
