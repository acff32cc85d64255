"""Re-encrypt every encrypted column, and every encrypted file, with the newest key.

Rotation: put a new key in front of FIELD_ENCRYPTION_KEYS (keep the old ones behind it),
restart, run `python manage.py rotate_keys`, then remove the old keys and restart again.

Works on any model: it finds EncryptedTextField/EncryptedJSONField columns through the app
registry, reads the stored tokens as they are (no decryption into model instances) and writes
them back re-encrypted, one batch per transaction. Models with encrypted data elsewhere (files)
define a `rotate_encryption()` classmethod, which is called afterwards.
"""

from cryptography.fernet import InvalidToken
from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import connections, router, transaction

from cases.crypto import EncryptedJSONField, EncryptedTextField, rotate_token

BATCH = 500
GRACE_SECONDS = 30.0


def encrypted_columns(model) -> list[str]:
    return [
        f.column
        for f in model._meta.concrete_fields
        if isinstance(f, EncryptedTextField | EncryptedJSONField)
    ]


def rotate_table(model, columns: list[str], batch: int = BATCH) -> int:
    """Re-encrypt `columns` of `model`'s table, walking it by primary key. Returns values changed."""
    using = router.db_for_write(model)
    connection = connections[using]
    q = connection.ops.quote_name
    table, pk = q(model._meta.db_table), q(model._meta.pk.column)
    cols = ", ".join(q(c) for c in columns)
    changed = 0
    last = None
    while True:
        with transaction.atomic(using=using), connection.cursor() as cursor:
            where, params = (f"WHERE {pk} > %s", [last]) if last is not None else ("", [])
            # Lock the rows this batch rewrites (PostgreSQL: FOR UPDATE; SQLite's IMMEDIATE
            # transactions hold the write lock from BEGIN): an answer saved meanwhile waits for
            # this batch instead of being overwritten by the re-encrypted old value.
            lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
            cursor.execute(
                f"SELECT {pk}, {cols} FROM {table} {where} ORDER BY {pk} LIMIT %s{lock}", [*params, batch]
            )
            rows = cursor.fetchall()
            if not rows:
                return changed
            for row in rows:
                key, values = row[0], row[1:]
                new_values = []
                for column, value in zip(columns, values, strict=True):
                    if value in (None, ""):
                        new_values.append(value)
                        continue
                    try:
                        new_values.append(rotate_token(value.encode()).decode())
                    except InvalidToken:
                        raise CommandError(
                            f"{model._meta.label}.{column} of row {key} cannot be decrypted with any "
                            "configured key. Nothing in this batch was changed."
                        ) from None
                    changed += 1
                assignments = ", ".join(f"{q(c)} = %s" for c in columns)
                cursor.execute(f"UPDATE {table} SET {assignments} WHERE {pk} = %s", [*new_values, key])
            last = rows[-1][0]


class Command(BaseCommand):
    help = "Re-encrypt all encrypted data with the newest key in FIELD_ENCRYPTION_KEYS."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=BATCH, help="rows per transaction")
        parser.add_argument(
            "--grace",
            type=float,
            default=GRACE_SECONDS,
            help="seconds to wait before deleting the old copies of files (a download may be opening one)",
        )

    def handle(self, *args, batch: int, grace: float, **options):
        total = 0
        for model in apps.get_models():
            meta = model._meta
            if meta.proxy or not meta.managed or meta.swapped:
                continue
            columns = encrypted_columns(model)
            if columns:
                count = rotate_table(model, columns, batch)
                total += count
                self.stdout.write(f"{meta.label}: {count} values re-encrypted ({', '.join(columns)})")
        for model in apps.get_models():
            rotate = getattr(model, "rotate_encryption", None)
            if callable(rotate):
                result = rotate()
                suffix = f": {result}" if result is not None else ""
                self.stdout.write(f"{model._meta.label}.rotate_encryption(){suffix}")
        # The old copies of re-encrypted files go last, after a grace period: a request that read
        # a row before it changed may still be opening the file it named. (If this command is
        # stopped before, `purge_stale` sweeps them: no row names them.)
        for model in apps.get_models():
            retire = getattr(model, "delete_retired_files", None)
            if callable(retire):
                self.stdout.write(f"{model._meta.label}: {retire(grace)} old file copies deleted")
        self.stdout.write(self.style.SUCCESS(f"Done: {total} values re-encrypted with the newest key."))
