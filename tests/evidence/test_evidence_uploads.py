"""Uploads: accepted by content, refused with a reason, stored encrypted and unchanged."""

import hashlib

import pytest
from django.core.files.storage import default_storage
from evidence_helpers import SAMPLES, form_data, gif, jpeg, png, upload, zip_archive

from cases.crypto import CHUNKED_HEADER
from evidence.models import Attachment, Entry


def post(client, case, *files, **fields):
    return client.post(f"/case/{case.id}/evidence/add/", {**form_data(**fields), "files": list(files)})


@pytest.mark.parametrize("name", list(SAMPLES))
def test_it_accepts_every_accepted_format(alice_client, alice_case, name):
    build, mime, kind = SAMPLES[name]
    data = build()
    response = post(alice_client, alice_case, upload(name, data))
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert (attachment.mime, attachment.kind, attachment.original_name) == (mime, kind, name)
    assert attachment.size == len(data)


def test_it_keeps_the_original_bytes_encrypted_under_a_random_name(alice_client, alice_case):
    data = jpeg()
    post(alice_client, alice_case, upload("催收短信 截图.jpg", data))
    attachment = Attachment.objects.get()
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert "截图" not in attachment.blob.name and attachment.blob.name.endswith(".bin")
    with default_storage.open(attachment.blob.name, "rb") as f:
        stored = f.read()
    assert data not in stored and stored.startswith(CHUNKED_HEADER)
    assert stored[len(CHUNKED_HEADER) + 4 :].startswith(b"gAAAAA")  # a length, then a Fernet token
    assert attachment.read() == data
    assert attachment.received_at is not None


def test_it_stores_files_outside_the_static_root(alice_client, alice_case, settings):
    post(alice_client, alice_case, upload("a.png", png()))
    path = default_storage.path(Attachment.objects.get().blob.name)
    assert not path.startswith(str(settings.STATIC_ROOT))
    assert not any(path.startswith(str(d)) for d in settings.STATICFILES_DIRS)


def test_it_accepts_several_files_at_once(alice_client, alice_case):
    post(alice_client, alice_case, upload("a.png", png()), upload("b.jpg", jpeg()))
    assert sorted(a.original_name for a in Attachment.objects.all()) == ["a.png", "b.jpg"]


def test_it_takes_the_type_from_the_content_not_the_name(alice_client, alice_case):
    post(alice_client, alice_case, upload("screenshot.pdf", png()))
    assert Attachment.objects.get().mime == "image/png"


@pytest.mark.parametrize(
    "name,data",
    [
        ("shot.jpg", b"<html><script>alert(1)</script></html>"),
        ("shot.png", gif()),
        ("call.mp3", zip_archive()),
        ("letter.pdf", b"just some text"),
    ],
)
def test_it_refuses_a_wrong_type_with_a_right_extension(alice_client, alice_case, name, data):
    response = post(alice_client, alice_case, upload(name, data, "image/jpeg"))
    assert response.status_code == 200
    assert f"「{name}」没有保存" in response.text
    assert "JPEG、PNG、WebP、HEIC" in response.text
    assert not Entry.objects.exists() and not Attachment.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        jpeg() + zip_archive(),
        jpeg() + b"<html><body>x</body></html>",
        jpeg() + b"%PDF-1.4\n%%EOF",
        gif() + zip_archive(),
    ],
    ids=["jpeg+zip", "jpeg+html", "jpeg+pdf", "gifar"],
)
def test_it_refuses_a_polyglot(alice_client, alice_case, data):
    response = post(alice_client, alice_case, upload("shot.jpg", data))
    assert response.status_code == 200
    assert "「shot.jpg」没有保存" in response.text
    assert not Attachment.objects.exists()
    assert not default_storage.exists("evidence") or not default_storage.listdir("evidence")[1]


def test_it_refuses_an_oversize_file_and_states_the_limit(alice_client, alice_case, settings):
    settings.EVIDENCE_MAX_UPLOAD_MB = 1
    big = png() + bytes(1024 * 1024)
    response = post(alice_client, alice_case, upload("big.png", big))
    assert response.status_code == 200
    assert "「big.png」太大了" in response.text
    assert "每个文件最大 1 MB" in response.text
    assert not Attachment.objects.exists()


def test_it_refuses_too_many_files(alice_client, alice_case, settings):
    settings.EVIDENCE_MAX_FILES = 2
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 5
    response = post(alice_client, alice_case, *[upload(f"{i}.png", png()) for i in range(3)])
    assert response.status_code == 200
    assert "一次最多上传 2 个文件" in response.text


def test_it_keeps_the_entry_when_one_file_is_refused_nothing_is_saved(alice_client, alice_case):
    response = post(
        alice_client, alice_case, upload("ok.png", png()), upload("bad.jpg", b"nope"), text="记下"
    )
    assert response.status_code == 200
    assert not Entry.objects.exists()
    assert "记下" in response.text
