"""Encryption at rest for what people tell us: message text, answers, evidence, files.

Keys come from settings.FIELD_ENCRYPTION_KEYS (Fernet keys, newest first). MultiFernet
decrypts with any of them and encrypts with the first, so a key is rotated by putting a new
one in front and running `manage.py rotate_keys`. A copy of the database alone reveals
nothing: every sensitive column holds a Fernet token.

Under DEBUG (and only then) with no key configured, a key is derived from SECRET_KEY so
`make run` works on a fresh machine.
"""

import base64
import hashlib
import json
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


@cache
def _fernet_for(keys: tuple[str, ...], secret: str) -> MultiFernet:
    if not keys:
        derived = base64.urlsafe_b64encode(hashlib.sha256(("field-key:" + secret).encode()).digest())
        keys = (derived.decode(),)
    return MultiFernet([Fernet(k.encode() if isinstance(k, str) else k) for k in keys])


def fernet() -> MultiFernet:
    return _fernet_for(tuple(settings.FIELD_ENCRYPTION_KEYS), settings.SECRET_KEY)


def encrypt_bytes(data: bytes) -> bytes:
    return fernet().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    return fernet().decrypt(token)


def rotate_token(token: bytes) -> bytes:
    return fernet().rotate(token)


class EncryptedTextField(models.TextField):
    """A TextField stored as a Fernet token. Not searchable, by design."""

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        try:
            return decrypt_bytes(value.encode()).decode()
        except InvalidToken:
            raise ValueError(
                f"{self.model.__name__}.{self.name} cannot be decrypted with the configured keys"
            ) from None

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt_bytes(value.encode()).decode()


class EncryptedJSONField(models.TextField):
    """JSON stored as a Fernet token: the answers of a case, for example."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", dict)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return {}
        try:
            return json.loads(decrypt_bytes(value.encode()))
        except InvalidToken:
            raise ValueError(
                f"{self.model.__name__}.{self.name} cannot be decrypted with the configured keys"
            ) from None

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value) if value else {}
        return value

    def get_prep_value(self, value):
        if value is None:
            return value
        data = json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True)
        return encrypt_bytes(data.encode()).decode()

    def value_to_string(self, obj):
        return json.dumps(self.value_from_object(obj), cls=DjangoJSONEncoder, ensure_ascii=False)
