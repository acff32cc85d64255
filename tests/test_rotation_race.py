"""Key rotation locks the rows it rewrites: an answer saved while `rotate_keys` is re-encrypting
that row waits for it, and is not overwritten by the re-encrypted old value (issue 18, item 15).

The race needs two real connections with row locks: it runs in the PostgreSQL pass
(`make test-pg`); on SQLite the IMMEDIATE transactions serialize writers anyway."""

import threading

import pytest
from cryptography.fernet import Fernet
from django.db import connection

from cases.management.commands import rotate_keys
from cases.models import Case


@pytest.mark.django_db(transaction=True)
def test_an_answer_saved_during_rotation_is_not_overwritten_by_the_old_value(settings, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("row-lock race: runs on PostgreSQL (make test-pg)")
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old_key]
    case = Case.objects.create(answers={"lender": "旧的平台"})
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]

    rotation_read = threading.Event()
    answer_saved = threading.Event()
    real_rotate = rotate_keys.rotate_token

    def slow_rotate(token: bytes) -> bytes:
        rotation_read.set()  # the row has been read (and, with the fix, locked)
        answer_saved.wait(3)  # room for the other request to save; it cannot while the row is locked
        return real_rotate(token)

    monkeypatch.setattr(rotate_keys, "rotate_token", slow_rotate)

    def person_saves():
        try:
            rotation_read.wait(10)
            mine = Case.objects.get(pk=case.pk)
            mine.answers = {"lender": "新的平台"}
            mine.save(update_fields=["answers"])
            answer_saved.set()
        finally:
            connection.close()

    person = threading.Thread(target=person_saves)
    person.start()
    rotate_keys.rotate_table(Case, rotate_keys.encrypted_columns(Case))
    answer_saved.set()
    person.join(15)

    assert Case.objects.get(pk=case.pk).answers == {"lender": "新的平台"}
