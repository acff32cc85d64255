"""Encryption at rest for files, and key rotation."""

import io

from cryptography.fernet import Fernet
from django.core.files.storage import default_storage
from evidence_helpers import china, log, mp3

from cases.crypto import CHUNKED_HEADER, decrypt_stream
from evidence.models import Attachment


def test_it_reencrypts_every_file_with_the_newest_key(
    alice_case, settings, django_capture_on_commit_callbacks
):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old_key]
    data = mp3()
    attachment = Attachment.store(
        log(alice_case, china(2026, 11, 20, 9, 0)), data, "录音.mp3", "audio", "audio/mpeg"
    )
    old_name = attachment.blob.name

    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    with django_capture_on_commit_callbacks(execute=True):
        assert Attachment.rotate_encryption() == "1 files re-encrypted"

    attachment.refresh_from_db()
    assert attachment.blob.name != old_name
    # The old copy outlives the rotation a little: a download may have read the row before.
    assert default_storage.exists(old_name)
    assert Attachment.delete_retired_files(0) == 1
    assert not default_storage.exists(old_name)
    with default_storage.open(attachment.blob.name, "rb") as f:
        token = f.read()
    assert token.startswith(CHUNKED_HEADER)
    settings.FIELD_ENCRYPTION_KEYS = [new_key]  # the old key is no longer needed
    assert b"".join(decrypt_stream(io.BytesIO(token))) == data
    assert attachment.read() == data


def test_rotate_keys_reencrypts_the_files_too(db, settings):
    from io import StringIO

    from django.core.management import call_command

    from cases.models import Case

    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old_key]
    case = Case.objects.create()  # after the key is set: every row must be readable by rotate_keys
    data = mp3()
    attachment = Attachment.store(
        log(case, china(2026, 11, 20, 9, 0)), data, "录音.mp3", "audio", "audio/mpeg"
    )
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    out = StringIO()
    call_command("rotate_keys", grace=0, stdout=out)
    assert "evidence.Attachment.rotate_encryption(): 1 files re-encrypted" in out.getvalue()
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    attachment.refresh_from_db()
    assert attachment.read() == data
    assert attachment.original_name == "录音.mp3"


def test_it_reads_and_rotates_a_file_stored_as_one_token_before_chunks(alice_case, settings):
    from django.core.files.base import ContentFile

    from cases.crypto import encrypt_bytes

    old_key = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old_key]
    data = mp3() * 3000  # over a megabyte: more than one chunk once rotated
    attachment = Attachment.store(
        log(alice_case, china(2026, 11, 20, 9, 0)), b"x", "old.mp3", "audio", "audio/mpeg"
    )
    default_storage.delete(attachment.blob.name)
    default_storage.save(attachment.blob.name, ContentFile(encrypt_bytes(data)))  # the old format
    assert attachment.read() == data
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), old_key]
    Attachment.rotate_encryption()
    attachment.refresh_from_db()
    assert attachment.read() == data
    with default_storage.open(attachment.blob.name, "rb") as f:
        assert f.read(len(CHUNKED_HEADER)) == CHUNKED_HEADER
