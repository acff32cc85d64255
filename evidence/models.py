"""The evidence log: what happened when (Entry), the proof (Attachment), what is kept (ChecklistTick).

Everything a person types is encrypted at rest (cases.crypto), and so are the files: the storage
holds Fernet tokens under random names, never the file's own name or bytes.
"""

import hashlib
import uuid

from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone

from cases.core import codes
from cases.crypto import EncryptedTextField, decrypt_bytes, encrypt_bytes, rotate_token
from cases.models import Case

KINDS = [("image", "截图或照片"), ("audio", "录音"), ("pdf", "PDF 文件")]


def blob_name(instance, filename: str) -> str:
    """A random name on disk: the person's file name is private and lives encrypted in the row."""
    return f"evidence/{uuid.uuid4().hex}.bin"


class EntryQuerySet(models.QuerySet):
    def for_timeline(self):
        """Newest first, with attachments, in a fixed number of queries."""
        return self.order_by("-at", "-id").prefetch_related("attachments")


class Entry(models.Model):
    """One contact: a call, a message, a letter, a visit."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="evidence_entries")
    at = models.DateTimeField("时间")
    channel = models.CharField("联系方式", max_length=10, choices=codes.choices(codes.CHANNELS))
    source = EncryptedTextField("对方号码或账号", blank=True)
    target = models.CharField(
        "联系了谁", max_length=10, choices=codes.choices(codes.CONTACT_TARGETS), default="me"
    )
    answered = models.BooleanField("接通了", default=True)
    text = EncryptedTextField("对方说了什么", blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["case", "at"])]

    def __str__(self) -> str:
        return f"{timezone.localtime(self.at):%Y-%m-%d %H:%M} {self.channel_label}"

    @property
    def channel_label(self) -> str:
        return codes.CHANNELS[self.channel].label

    @property
    def target_label(self) -> str:
        return codes.CONTACT_TARGETS[self.target].label

    @property
    def third_party(self) -> bool:
        return self.target != "me"


class Attachment(models.Model):
    """A screenshot, recording or letter, stored encrypted and byte-for-byte as uploaded."""

    entry = models.ForeignKey(Entry, models.CASCADE, related_name="attachments")
    blob = models.FileField(upload_to=blob_name, max_length=200)  # Fernet token of the bytes
    original_name = EncryptedTextField()
    kind = models.CharField(max_length=10, choices=KINDS)
    mime = models.CharField(max_length=60)
    size = models.PositiveBigIntegerField()  # of the original bytes
    sha256 = models.CharField(max_length=64)  # hex digest of the original bytes
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["received_at", "id"]

    def __str__(self) -> str:
        return self.original_name

    @classmethod
    def store(cls, entry: Entry, data: bytes, name: str, kind: str, mime: str) -> "Attachment":
        """Encrypt and save `data` for `entry`, recording its hash and the time it arrived."""
        attachment = cls(
            entry=entry,
            original_name=name,
            kind=kind,
            mime=mime,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            received_at=timezone.now(),
        )
        attachment.blob.save("blob", ContentFile(encrypt_bytes(data)), save=False)
        try:
            attachment.save()
        except BaseException:
            attachment.blob.storage.delete(attachment.blob.name)
            raise
        return attachment

    def read(self) -> bytes:
        """The original bytes, exactly as uploaded."""
        with self.blob.open("rb") as f:
            return decrypt_bytes(f.read())

    @classmethod
    def rotate_encryption(cls) -> int:
        """Re-encrypt every stored file with the newest key (called by `manage.py rotate_keys`).

        Each file is written under a new name before the row points at it, and the old file is
        removed only after the row is saved, so a crash half-way leaves every file readable.
        """
        count = 0
        for attachment in cls.objects.only("id", "blob").iterator():
            old = attachment.blob.name
            storage = attachment.blob.storage
            with storage.open(old, "rb") as f:
                token = rotate_token(f.read())
            attachment.blob.save("blob", ContentFile(token), save=False)
            with transaction.atomic():
                cls.objects.filter(pk=attachment.pk).update(blob=attachment.blob.name)
                transaction.on_commit(lambda name=old, storage=storage: storage.delete(name))
            count += 1
        return count


class ChecklistTick(models.Model):
    """An evidence checklist item the person has ticked, by the item's stable code."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="evidence_ticks")
    code = models.CharField(max_length=60)
    ticked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "code"], name="evidence_tick_unique")]

    def __str__(self) -> str:
        return self.code


@receiver(post_delete, sender=Attachment)
def _delete_blob(sender, instance: Attachment, **kwargs) -> None:
    # Also runs for cascades from Entry and Case deletes. The file goes once the delete is
    # committed, so a rolled-back delete never leaves a row without its file.
    if instance.blob.name:
        name, storage = instance.blob.name, instance.blob.storage
        transaction.on_commit(lambda: storage.delete(name))
