"""The evidence log: what happened when (Entry), the proof (Attachment), what is kept (ChecklistTick).

Everything a person types is encrypted at rest (cases.crypto), and so are the files: the storage
holds Fernet tokens under random names, never the file's own name or bytes.
"""

import io
import logging
import tempfile
import time
import uuid
from datetime import timedelta

from django.core.files.base import File
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone

from cases.analysis import VERSION as ANALYZER_VERSION
from cases.analysis import analyze
from cases.core import codes
from cases.crypto import EncryptedJSONField, EncryptedTextField, decrypt_stream, encrypt_stream, rotate_stream
from cases.models import Case, case_file_part

log = logging.getLogger(__name__)
# Old copies of files re-encrypted by rotate_encryption, deleted by delete_retired_files.
_RETIRED: list[tuple[object, str]] = []

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
    # The flag codes the analyzer found in `text`, and which analyzer found them: derived when the
    # entry is saved, and again when the analyzer changes (evidence/log.py), so a page does not
    # analyze every entry of the log on every view. Encrypted like the text they come from.
    said_flags = EncryptedJSONField(default=list, blank=True)
    flags_version = models.CharField(max_length=16, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["case", "at"])]

    def __str__(self) -> str:
        return f"{timezone.localtime(self.at):%Y-%m-%d %H:%M} {self.channel_label}"

    def save(self, *args, **kwargs):
        self.derive_flags()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "text" in update_fields:
            kwargs["update_fields"] = {*update_fields, "said_flags", "flags_version"}
        super().save(*args, **kwargs)

    def derive_flags(self) -> None:
        """Read the flags of `text` with the current analyzer."""
        self.said_flags = sorted(analyze(self.text).flags) if self.text else []
        self.flags_version = ANALYZER_VERSION


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
    def store(cls, content, name: str, kind: str, mime: str, **owner):
        """Encrypt and save `content` (bytes, or a binary file such as an upload, read a chunk at a
        time: a 20 MB file never sits in memory whole), recording its hash and when it arrived."""
        source = io.BytesIO(content) if isinstance(content, bytes) else content
        source.seek(0)
        received = timezone.now()
        with tempfile.TemporaryFile() as encrypted:
            size, sha256 = encrypt_stream(source, encrypted)
            encrypted.seek(0)
            stored = cls(
                **owner,
                original_name=name,
                kind=kind,
                mime=mime,
                size=size,
                sha256=sha256,
                received_at=received,
            )
            stored.blob.save("blob", File(encrypted), save=False)
        try:
            stored.save()
        except BaseException:
            stored.blob.storage.delete(stored.blob.name)
            raise
        return stored

    def open_chunks(self):
        """The original bytes as an iterator of chunks (about 1 MB each). The file is opened
        now, so a missing file raises FileNotFoundError here, before anything is sent."""
        f = self.blob.storage.open(self.blob.name, "rb")

        def chunks():
            with f:
                yield from decrypt_stream(f)

        return chunks()

    def read(self) -> bytes:
        """The original bytes, exactly as uploaded. FileNotFoundError when the file is gone."""
        return b"".join(self.open_chunks())

    @classmethod
    def delete_retired_files(cls, grace_seconds: float) -> int:
        """Delete the old copies rotate_encryption left, `grace_seconds` after it finished, so a
        request that read a row before it changed has opened its file by then (an open file
        stays readable after it is deleted)."""
        retired = [(storage, name) for storage, name in _RETIRED]
        _RETIRED.clear()
        if retired and grace_seconds > 0:
            time.sleep(grace_seconds)
        return sum(delete_if_unnamed(storage, name) for storage, name in retired)

    @classmethod
    def rotate_encryption(cls) -> str:
        """Re-encrypt every stored file with the newest key (called by `manage.py rotate_keys`).

        Each file is written under a new name before the row points at it, and the old file is
        removed only after the row is saved, so a crash half-way leaves every file readable. A
        file that is missing is reported (by row id) and skipped: the others are still rotated.
        """
        count, missing = 0, []
        for stored in cls.objects.exclude(blob="").only("id", "blob").iterator():
            old = stored.blob.name
            storage = stored.blob.storage
            with tempfile.TemporaryFile() as rotated:
                try:
                    with storage.open(old, "rb") as f:
                        rotate_stream(f, rotated)
                except FileNotFoundError:
                    missing.append(stored.pk)
                    continue
                rotated.seek(0)
                stored.blob.save("blob", File(rotated), save=False)
            with transaction.atomic():
                moved = cls.objects.filter(pk=stored.pk, blob=old).update(blob=stored.blob.name)
                if moved:  # the old copy: a request may still be opening it, deleted later
                    transaction.on_commit(lambda name=old, storage=storage: _RETIRED.append((storage, name)))
                else:  # deleted or moved meanwhile: the new copy is the one nobody names
                    name = stored.blob.name
                    transaction.on_commit(lambda name=name, storage=storage: delete_if_unnamed(storage, name))
            count += moved
        if missing:
            ids = ", ".join(str(pk) for pk in missing)
            return f"{count} files re-encrypted; {len(missing)} missing from storage, skipped (ids {ids})"
        return f"{count} files re-encrypted"


@case_file_part(via="entry")
class Attachment(StoredFile):
    """A screenshot, recording or letter belonging to one entry of the log."""

    entry = models.ForeignKey(Entry, models.CASCADE, related_name="attachments")

    class Meta:
        ordering = ["received_at", "id"]
        # Each attachment owns its file: two rows naming one file would lose it for both when
        # either is deleted.
        constraints = [models.UniqueConstraint(fields=["blob"], name="evidence_attachment_owns_its_file")]

    @classmethod
    def store(cls, entry: Entry, data: bytes, name: str, kind: str, mime: str) -> "Attachment":
        return super().store(data, name, kind, mime, entry=entry)

    ORPHAN_AGE = timedelta(hours=1)

    @classmethod
    def sweep_orphans(cls, older_than: timedelta | None = None) -> int:
        """Delete stored files that no row names, last written over an hour ago (called by
        `manage.py purge_stale`). A worker killed between writing a file and saving its row, or
        a case deleted meanwhile, leaves such files; the hour spares uploads still in progress."""
        storage = cls._meta.get_field("blob").storage
        cutoff = timezone.now() - (older_than or cls.ORPHAN_AGE)
        try:
            _, files = storage.listdir("evidence")
        except FileNotFoundError:
            return 0
        count = 0
        for start in range(0, len(files), 500):
            names = [f"evidence/{name}" for name in files[start : start + 500]]
            for name in set(names) - names_in_use(names):
                try:
                    if storage.get_modified_time(name) < cutoff:
                        storage.delete(name)
                        count += 1
                except FileNotFoundError:  # deleted meanwhile
                    continue
        return count

    @classmethod
    def adopt(cls, entry: Entry, pending: "PendingUpload") -> "Attachment | None":
        """Attach a file received earlier: same stored bytes, same hash, same time received.

        The pending row is claimed first, by one UPDATE that only matches while it still names
        its file: of two requests adopting it at once (a double tap), exactly one gets it, and
        the other gets None. Call inside a transaction.
        """
        name = pending.blob.name
        if not name or not PendingUpload.objects.filter(pk=pending.pk, blob=name).update(blob=""):
            return None
        fields = ("original_name", "kind", "mime", "size", "sha256", "received_at")
        attachment = cls.objects.create(entry=entry, blob=name, **{f: getattr(pending, f) for f in fields})
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


def names_in_use(names) -> set[str]:
    """Which of these stored file names a row still names."""
    names = list(names)
    used = set(Attachment.objects.filter(blob__in=names).values_list("blob", flat=True))
    return used | set(PendingUpload.objects.filter(blob__in=names).values_list("blob", flat=True))


def delete_if_unnamed(storage, name: str) -> bool:
    """Delete a stored file unless a row names it. Returns whether it was deleted."""
    if not name or names_in_use([name]):
        return False
    storage.delete(name)
    return True


@receiver(post_delete, sender=Attachment)
@receiver(post_delete, sender=PendingUpload)
def _delete_blob(sender, instance: StoredFile, **kwargs) -> None:
    # Also runs for cascades from Entry and Case deletes. The file goes once the delete is
    # committed, so a rolled-back delete never leaves a row without its file, and only if no
    # other row names it.
    if instance.blob.name:
        name, storage = instance.blob.name, instance.blob.storage
        transaction.on_commit(lambda: delete_if_unnamed(storage, name))
