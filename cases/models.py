import uuid
from datetime import timedelta
from functools import lru_cache

from django.conf import settings
from django.db import connections, models, transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import timezone

from .crypto import EncryptedJSONField, EncryptedTextField


class CaseQuerySet(models.QuerySet):
    def by_id(self, case_id) -> "Case":
        """`get(pk=case_id)` for the one query every case page starts with, in plain SQL.

        Composing the query through the ORM, or mapping a raw query's columns back to fields,
        took twice as long as running it and decrypting the answers together; the statement
        never changes, so it is written out once and its row goes through the same converters
        (the answers' decryption among them) and `Model.from_db` as an ORM query's would.
        Raises Case.DoesNotExist, and ValueError for something not a UUID.
        """
        connection = connections[self.db]
        pk = self.model._meta.pk.get_db_prep_value(uuid.UUID(str(case_id)), connection)
        sql, names, converters = _by_id_plan(connection)
        with connection.cursor() as cursor:
            cursor.execute(sql, [pk])
            row = cursor.fetchone()
        if row is None:
            raise self.model.DoesNotExist
        values = list(row)
        for i, steps, column in converters:
            for convert in steps:
                values[i] = convert(values[i], column, connection)
        return self.model.from_db(self.db, names, values)

    def set_answers_if_unchanged(self, case: "Case", answers: dict, updated) -> bool:
        """Store `answers` and `updated` on `case`'s row if nobody wrote to it since `case` was
        read (its `updated` is still the same), in one plain UPDATE. Returns whether it did."""
        connection = connections[self.db]
        meta = self.model._meta
        q = connection.ops.quote_name
        field, stamp = meta.get_field("answers"), meta.get_field("updated")
        sql = (
            f"UPDATE {q(meta.db_table)} SET {q(field.column)} = %s, {q(stamp.column)} = %s "
            f"WHERE {q(meta.pk.column)} = %s AND {q(stamp.column)} = %s"
        )
        params = [
            field.get_db_prep_value(answers, connection),
            stamp.get_db_prep_value(updated, connection),
            meta.pk.get_db_prep_value(case.pk, connection),
            stamp.get_db_prep_value(case.updated, connection),
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.rowcount == 1

    def stale_drafts(self, days: int):
        """Anonymous drafts nobody kept (no account, no resume code), untouched for `days`."""
        cutoff = timezone.now() - timedelta(days=days)
        return self.filter(owner__isnull=True, resume_code_hash="", updated__lt=cutoff)


@lru_cache(maxsize=8)
def _by_id_plan(connection) -> tuple[str, list[str], list]:
    """by_id's statement, its columns' attribute names, and each column's converters, as an
    ORM query would apply them (the backend's first, then the field's), for one connection."""
    q = connection.ops.quote_name
    table = Case._meta.db_table
    fields = Case._meta.concrete_fields
    columns = ", ".join(q(f.column) for f in fields)
    sql = f"SELECT {columns} FROM {q(table)} WHERE {q(Case._meta.pk.column)} = %s"
    converters = []
    for i, field in enumerate(fields):
        column = field.get_col(table)
        steps = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        if steps:
            converters.append((i, steps, column))
    return sql, [f.attname for f in fields], converters


class Case(models.Model):
    """One person's case file. Everything they told us lives in the encrypted `answers`."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.CASCADE, null=True, blank=True, related_name="cases"
    )
    # A hash of the resume code, when the person took one (the code itself is never stored).
    resume_code_hash = models.CharField(max_length=128, blank=True, db_index=True)
    # When the code was made and last used to open the case (shown to the owner, who can revoke it).
    resume_code_created = models.DateTimeField(null=True, blank=True)
    resume_code_used = models.DateTimeField(null=True, blank=True)
    # Encrypted: people name cases after the lender or a person ("张三的借条").
    title = EncryptedTextField("案件名称", max_length=60, blank=True)
    # The questionnaire's answers, keyed by the field names in cases/questionnaire.py.
    answers = EncryptedJSONField()
    submitted = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    # When anything in the case file last changed: the case itself, or a row of a model
    # registered with @case_file_part (its evidence, ticks, complaints). cases.pages names a
    # rendered page by it, and purge_stale counts an unkept draft's idle days from it.
    updated = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-updated"]

    def __str__(self) -> str:
        return self.display_title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.__dict__.pop("_facts", None)  # cases.advice.facts_for: built from the old answers

    def get_absolute_url(self) -> str:
        return reverse("cases:detail", args=[self.id])

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        return f"{timezone.localtime(self.created):%Y年%m月%d日} 的案件"

    def merge_answers(self, values: dict) -> None:
        """Save `values` into the answers without losing what another request saved meanwhile.

        Answers that change nothing are not written, so the case's rendered pages stay valid.
        Otherwise the write is one UPDATE that only lands if `updated` is still what this
        object read: every write to a case moves `updated`, so a match means nobody wrote in
        between. If somebody did, the row is read again under a lock (PostgreSQL's SELECT …
        FOR UPDATE; SQLite's IMMEDIATE transactions take the write lock at BEGIN) and merged,
        so two workers saving different steps of one case both keep their answers.
        """
        merged = {**self.answers, **values}
        if merged == self.answers:
            return
        now = timezone.now()
        # One plain UPDATE: this runs on every questionnaire step, and composing it through the
        # ORM (or save()) took longer than encrypting the answers and writing them.
        if not Case.objects.set_answers_if_unchanged(self, merged, now):
            with transaction.atomic():
                rows = Case.objects.select_for_update().filter(pk=self.pk)
                merged = {**rows.values_list("answers", flat=True).get(), **values}
                now = timezone.now()
                rows.update(answers=merged, updated=now)
        self.answers, self.updated = merged, now
        self.__dict__.pop("_facts", None)  # cases.advice.facts_for: built from the old answers

    def set_resume_code(self, digest: str) -> None:
        """Make `digest` the case's one resume code ("" revokes it). Sessions that opened the
        case with the previous code lose it (cases.access.can_open compares the digests)."""
        self.resume_code_hash = digest
        self.resume_code_created = timezone.now() if digest else None
        self.resume_code_used = None
        self.save(update_fields=["resume_code_hash", "resume_code_created", "resume_code_used", "updated"])

    @property
    def is_kept(self) -> bool:
        return self.owner_id is not None or bool(self.resume_code_hash)

    @classmethod
    def touch(cls, case_id, loaded: "Case | None" = None) -> None:
        """Record that part of this case's file changed (see `case_file_part`).

        `loaded` is the case object the caller holds, if any: it gets the new time too, so a
        view that writes and then renders in the same request does not render by the old one.
        """
        now = timezone.now()
        cls.objects.filter(pk=case_id).update(updated=now)
        if loaded is not None:
            loaded.updated = now


# Models whose rows belong to one case's file, each with the name of the field that leads to
# the case ("" when the model has a `case` field itself). tests/test_case_revision.py checks
# that every model related to Case is here or is merely derived from what is here.
CASE_FILE_PARTS: dict[type[models.Model], str] = {}


def case_file_part(via: str = ""):
    """Class decorator: saving or deleting a row of this model changes its case's file.

    Writes that send no signals (bulk_create, QuerySet.update) must call `Case.touch` themselves.

    >>> @case_file_part(via="entry")      # doctest: +SKIP
    ... class Attachment(models.Model): ...
    """

    def register(model: type[models.Model]) -> type[models.Model]:
        CASE_FILE_PARTS[model] = via
        post_save.connect(_touch_case, sender=model, weak=False)
        post_delete.connect(_touch_case, sender=model, weak=False)
        return model

    return register


def _touch_case(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:  # loaddata: fixtures say what `updated` is
        return
    holder = instance
    if via := CASE_FILE_PARTS[sender]:
        try:
            holder = getattr(instance, via)
        except models.ObjectDoesNotExist:  # deleted together with its parent: nothing left to mark
            return
    Case.touch(holder.case_id, holder._state.fields_cache.get("case"))
