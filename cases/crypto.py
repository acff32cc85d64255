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


# Files are encrypted in chunks, so that neither an upload nor a download ever holds a whole
# file (20 MB, 27 MB as one Fernet token) in memory: the file is this header, then for each
# megabyte of the original a 4-byte length and that chunk's Fernet token. Files written before
# this format are one Fernet token, and are still read (and rotated into chunks).
CHUNKED_HEADER = b"ADVISOR-FERNET-CHUNKS-1\n"
CHUNK_BYTES = 1 << 20


def encrypt_stream(source, target) -> tuple[int, str]:
    """Encrypt the binary file `source` into `target`, a chunk at a time.
    Returns the original's size and SHA-256 (hex)."""
    f, digest, size = fernet(), hashlib.sha256(), 0
    target.write(CHUNKED_HEADER)
    while chunk := source.read(CHUNK_BYTES):
        digest.update(chunk)
        size += len(chunk)
        token = f.encrypt(chunk)
        target.write(len(token).to_bytes(4, "big"))
        target.write(token)
    return size, digest.hexdigest()


def _tokens(source):
    """The Fernet tokens of an encrypted file, in order (one for a file of the old format)."""
    head = source.read(len(CHUNKED_HEADER))
    if head != CHUNKED_HEADER:
        yield head + source.read()
        return
    while length := source.read(4):
        if len(length) < 4:
            raise InvalidToken
        token = source.read(int.from_bytes(length, "big"))
        yield token


def decrypt_stream(source):
    """The original bytes of an encrypted file, chunk by chunk."""
    f = fernet()
    for token in _tokens(source):
        yield f.decrypt(token)


def rotate_stream(source, target) -> None:
    """Re-encrypt an encrypted file with the newest key, chunk by chunk (old format: into chunks)."""
    f = fernet()
    target.write(CHUNKED_HEADER)
    for token in _tokens(source):
        plain = f.decrypt(token)
        for start in range(0, max(len(plain), 1), CHUNK_BYTES):
            new = f.encrypt(plain[start : start + CHUNK_BYTES])
            target.write(len(new).to_bytes(4, "big"))
            target.write(new)


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
