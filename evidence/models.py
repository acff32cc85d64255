"""The evidence log: what happened when (Entry), the proof (Attachment), what is kept (ChecklistTick).

Everything a person types is encrypted at rest (cases.crypto), and so are the files: the storage
holds Fernet tokens under random names, never the file's own name or bytes.
"""

import hashlib
import uuid
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone

from cases.core import codes
from cases.crypto import EncryptedTextField, decrypt_bytes, encrypt_bytes, rotate_token
from cases.models import Case, case_file_part

KINDS = [("image", "截图或照片"), ("audio", "录音"), ("pdf", "PDF 文件")]


def blob_name(instance, filename: str) -> str:
    """A random name on disk: the person's file name is private and lives encrypted in the row."""
    return f"evidence/{uuid.uuid4().hex}.bin"


class EntryQuerySet(models.QuerySet):
    def with_files(self) -> list["Entry"]:
        """The entries, each with `.files`: its attachments, oldest first, in two queries whatever
        the number of entries (one join, no IN list of every entry's id)."""
        entries = list(self)
        files: dict[int, list[Attachment]] = {}
        ids = {e.pk for e in entries}
        case_ids = {e.case_id for e in entries}
        for attachment in Attachment.objects.filter(entry__case__in=case_ids).order_by("received_at", "id"):
            if attachment.entry_id in ids:
                files.setdefault(attachment.entry_id, []).append(attachment)
        for entry in entries:
            entry.files = files.get(entry.pk, [])
        return entries


class EntryLabels:
    """What an entry's codes say in words."""

    channel: str
    target: str

    @property
    def channel_label(self) -> str:
        return codes.CHANNELS[self.channel].label

    @property
    def target_label(self) -> str:
        return codes.CONTACT_TARGETS[self.target].label

    @property
    def third_party(self) -> bool:
        return self.target != "me"


@case_file_part()
class Entry(EntryLabels, models.Model):
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


class FileLabels:
    """What a stored file's kind says in words."""

    kind: str

    @property
    def kind_label(self) -> str:
        return dict(KINDS)[self.kind]


class StoredFile(FileLabels, models.Model):
    """An uploaded file kept encrypted and byte-for-byte as uploaded, with its SHA-256."""

    blob = models.FileField(upload_to=blob_name, max_length=200)  # Fernet token of the bytes
    original_name = EncryptedTextField()
    kind = models.CharField(max_length=10, choices=KINDS)
    mime = models.CharField(max_length=60)
    size = models.PositiveBigIntegerField()  # of the original bytes
    sha256 = models.CharField(max_length=64)  # hex digest of the original bytes
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.original_name

    @classmethod
    def store(cls, data: bytes, name: str, kind: str, mime: str, **owner):
        """Encrypt and save `data`, recording its hash and the time it arrived."""
        stored = cls(
            **owner,
            original_name=name,
            kind=kind,
            mime=mime,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            received_at=timezone.now(),
        )
        stored.blob.save("blob", ContentFile(encrypt_bytes(data)), save=False)
        try:
            stored.save()
        except BaseException:
            stored.blob.storage.delete(stored.blob.name)
            raise
        return stored

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
        for stored in cls.objects.exclude(blob="").only("id", "blob").iterator():
            old = stored.blob.name
            storage = stored.blob.storage
            with storage.open(old, "rb") as f:
                token = rotate_token(f.read())
            stored.blob.save("blob", ContentFile(token), save=False)
            with transaction.atomic():
                cls.objects.filter(pk=stored.pk).update(blob=stored.blob.name)
                transaction.on_commit(lambda name=old, storage=storage: storage.delete(name))
            count += 1
        return count


@case_file_part(via="entry")
class Attachment(StoredFile):
    """A screenshot, recording or letter belonging to one entry of the log."""

    entry = models.ForeignKey(Entry, models.CASCADE, related_name="attachments")

    class Meta:
        ordering = ["received_at", "id"]

    @classmethod
    def store(cls, entry: Entry, data: bytes, name: str, kind: str, mime: str) -> "Attachment":
        return super().store(data, name, kind, mime, entry=entry)

    @classmethod
    def adopt(cls, entry: Entry, pending: "PendingUpload") -> "Attachment":
        """Attach a file received earlier: same stored bytes, same hash, same time received."""
        fields = ("blob", "original_name", "kind", "mime", "size", "sha256", "received_at")
        attachment = cls.objects.create(entry=entry, **{f: getattr(pending, f) for f in fields})
        # The file now belongs to the attachment: empty the pending row's name so that deleting
        # the row leaves the file alone.
        PendingUpload.objects.filter(pk=pending.pk).update(blob="")
        PendingUpload.objects.filter(pk=pending.pk).delete()
        return attachment


class PendingUpload(StoredFile):
    """A file that passed the checks on a form that came back with other errors.

    Browsers empty file inputs on such a page, so the file is kept (encrypted, like any other)
    and offered again; saving the form turns it into an Attachment with its original time of
    receipt. Unclaimed ones are deleted after KEEP.
    """

    KEEP = timedelta(days=1)

    case = models.ForeignKey(Case, models.CASCADE, related_name="evidence_pending")

    class Meta:
        ordering = ["received_at", "id"]

    @classmethod
    def store(cls, case: Case, data: bytes, name: str, kind: str, mime: str) -> "PendingUpload":
        return super().store(data, name, kind, mime, case=case)

    @classmethod
    def purge_unclaimed(cls) -> int:
        """Delete the ones nobody came back for (their files go with them)."""
        count, _ = cls.objects.filter(received_at__lt=timezone.now() - cls.KEEP).delete()
        return count


@case_file_part()
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
@receiver(post_delete, sender=PendingUpload)
def _delete_blob(sender, instance: StoredFile, **kwargs) -> None:
    # Also runs for cascades from Entry and Case deletes. The file goes once the delete is
    # committed, so a rolled-back delete never leaves a row without its file.
    if instance.blob.name:
        name, storage = instance.blob.name, instance.blob.storage
        transaction.on_commit(lambda: storage.delete(name))
