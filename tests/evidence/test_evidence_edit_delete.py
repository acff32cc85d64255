"""Editing and deleting entries; stored files go with their rows, however the rows go."""

from django.core.files.storage import default_storage
from evidence_helpers import china, form_data, jpeg, log, png, upload

from evidence.models import Attachment, Entry


def with_file(case, data=None, name="a.png"):
    entry = log(case, china(2026, 11, 20, 10, 0), text="第一次")
    attachment = Attachment.store(entry, data or png(), name, "image", "image/png")
    return entry, attachment


def test_it_shows_the_entry_filled_in(alice_client, alice_case):
    entry, _ = with_file(alice_case)
    html = alice_client.get(f"/case/{alice_case.id}/evidence/{entry.pk}/edit/").text
    assert 'value="2026-11-20T10:00"' in html
    assert "第一次" in html and "13800000000" in html
    assert "删除已上传的附件" in html and "a.png" in html


def test_it_saves_changes(alice_client, alice_case):
    entry, _ = with_file(alice_case)
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/{entry.pk}/edit/",
        {
            **form_data(at="2026-11-21T07:30", channel="sms", text="改过了", target="family"),
            "files": upload("b.jpg", jpeg()),
        },
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.channel, entry.text, entry.target) == ("sms", "改过了", "family")
    assert entry.at == china(2026, 11, 21, 7, 30)
    assert entry.attachments.count() == 2


def test_it_removes_a_ticked_attachment_and_its_file(
    alice_client, alice_case, django_capture_on_commit_callbacks
):
    entry, attachment = with_file(alice_case)
    name = attachment.blob.name
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(
            f"/case/{alice_case.id}/evidence/{entry.pk}/edit/",
            {**form_data(), "remove": [str(attachment.pk)]},
        )
    assert not Attachment.objects.exists()
    assert not default_storage.exists(name)


def test_it_keeps_the_edit_on_a_validation_error(alice_client, alice_case):
    entry, _ = with_file(alice_case)
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/{entry.pk}/edit/", form_data(at="", text="新的内容")
    )
    assert response.status_code == 200
    assert "新的内容" in response.text
    entry.refresh_from_db()
    assert entry.text == "第一次"


def test_it_asks_before_deleting(alice_client, alice_case):
    entry, _ = with_file(alice_case)
    response = alice_client.get(f"/case/{alice_case.id}/evidence/{entry.pk}/delete/")
    assert response.status_code == 200
    assert "永久删除" in response.text
    assert Entry.objects.exists()


def test_it_deletes_an_entry_with_its_files(alice_client, alice_case, django_capture_on_commit_callbacks):
    entry, attachment = with_file(alice_case)
    name = attachment.blob.name
    assert default_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(f"/case/{alice_case.id}/evidence/{entry.pk}/delete/")
    assert response.status_code == 302
    assert not Entry.objects.exists() and not Attachment.objects.exists()
    assert not default_storage.exists(name)


def test_it_deletes_the_files_when_the_case_is_deleted(alice_case, django_capture_on_commit_callbacks):
    _, first = with_file(alice_case)
    _, second = with_file(alice_case, jpeg(), "b.jpg")
    names = [first.blob.name, second.blob.name]
    with django_capture_on_commit_callbacks(execute=True):
        alice_case.delete()
    assert not Attachment.objects.exists()
    assert not any(default_storage.exists(n) for n in names)


def test_it_requires_ownership(alice_case, charlie_client):
    entry, _ = with_file(alice_case)
    for url in (
        f"/case/{alice_case.id}/evidence/{entry.pk}/edit/",
        f"/case/{alice_case.id}/evidence/{entry.pk}/delete/",
    ):
        assert charlie_client.get(url).status_code == 404
        assert charlie_client.post(url, form_data(text="x")).status_code == 404
    entry.refresh_from_db()
    assert entry.text == "第一次"


def test_it_returns_404_for_an_entry_of_another_case(alice_case, bob_client, bob_case):
    entry, _ = with_file(alice_case)
    assert bob_client.get(f"/case/{bob_case.id}/evidence/{entry.pk}/edit/").status_code == 404
    assert bob_client.post(f"/case/{bob_case.id}/evidence/{entry.pk}/delete/").status_code == 404
    assert Entry.objects.filter(pk=entry.pk).exists()
