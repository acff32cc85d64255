import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
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
    # Encrypted: people name cases after the lender or a person ("张三的借条").
    title = EncryptedTextField("案件名称", max_length=60, blank=True)
    # The questionnaire's answers, keyed by the field names in cases/questionnaire.py.
    answers = EncryptedJSONField()
    submitted = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
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

        The row is read again inside the transaction: PostgreSQL locks it (SELECT … FOR
        UPDATE) and SQLite's IMMEDIATE transactions take the write lock at BEGIN, so two
        workers saving different steps of one case both keep their answers.
        """
        with transaction.atomic():
            fresh = Case.objects.select_for_update().only("answers").get(pk=self.pk)
            self.answers = {**fresh.answers, **values}
            self.save(update_fields=["answers", "updated"])

    @property
    def is_kept(self) -> bool:
        return self.owner_id is not None or bool(self.resume_code_hash)
