import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import timezone

from .crypto import EncryptedJSONField, EncryptedTextField


class CaseQuerySet(models.QuerySet):
    def stale_drafts(self, days: int):
        """Anonymous drafts nobody kept (no account, no resume code), untouched for `days`."""
        cutoff = timezone.now() - timedelta(days=days)
        return self.filter(owner__isnull=True, resume_code_hash="", updated__lt=cutoff)


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
    # registered with @case_file_part (its evidence, ticks, complaints). purge_stale counts an
    # unkept draft's idle days from it.
    updated = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-updated"]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        return reverse("cases:detail", args=[self.id])

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        return f"{timezone.localtime(self.created):%Y年%m月%d日} 的案件"

    def merge_answers(self, values: dict) -> None:
        """Save `values` into the answers without losing what another request saved meanwhile.

        The row is read again under a lock (PostgreSQL's SELECT … FOR UPDATE; SQLite's IMMEDIATE
        transactions take the write lock at BEGIN) and `values` merged into what it holds, so two
        workers saving different steps of one case both keep their answers. A save that changes
        nothing writes nothing. Raises Case.DoesNotExist when the case was deleted meanwhile.
        """
        if {**self.answers, **values} == self.answers:
            return  # nothing new since this request read the case: no lock, no write
        with transaction.atomic():
            current = Case.objects.select_for_update().only("answers").get(pk=self.pk).answers
            merged = {**current, **values}
            if merged != current:
                self.answers = merged
                self.save(update_fields=["answers", "updated"])
            else:
                self.answers = current

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
    def touch(cls, case_id) -> None:
        """Record that part of this case's file changed (see `case_file_part`)."""
        cls.objects.filter(pk=case_id).update(updated=timezone.now())


# Models whose rows belong to one case's file, each with the name of the field that leads to
# the case ("" when the model has a `case` field itself). tests/test_case_revision.py checks
# that every model related to Case is here or is merely derived from what is here.
CASE_FILE_PARTS: dict[type[models.Model], str] = {}


def case_file_part(via: str = ""):
    """Class decorator: saving or deleting a row of this model changes its case's file, so the
    case is not idle (purge_stale deletes unkept drafts nobody touched for STALE_DRAFT_DAYS).

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
    Case.touch(holder.case_id)
