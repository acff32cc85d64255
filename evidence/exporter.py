"""The evidence log's part of a case export (cases/export.py): the entries as data, the files as
the original bytes, each under a name that keeps its SHA-256 so it can be checked."""

from django.utils import timezone

from .models import ChecklistTick, Entry
from .sniff import ACCEPTED

_EXTENSIONS = {fmt.mime: fmt.label.lower().replace("jpeg", "jpg") for fmt in ACCEPTED.values()}


def export_case(case) -> tuple[str, dict, list]:
    entries, files = [], []
    for entry in Entry.objects.filter(case=case).order_by("at", "id").with_files():
        attachments = []
        for a in entry.files:
            path = f"evidence/{a.pk}-{a.sha256[:16]}.{_EXTENSIONS.get(a.mime, 'bin')}"
            files.append((path, a.open_chunks))  # read when the ZIP is written, a chunk at a time
            attachments.append(
                {
                    "file": path,
                    "original_name": a.original_name,
                    "kind": a.kind,
                    "mime": a.mime,
                    "size": a.size,
                    "sha256": a.sha256,
                    "received_at": timezone.localtime(a.received_at).isoformat(),
                }
            )
        entries.append(
            {
                "at": timezone.localtime(entry.at).isoformat(),
                "channel": entry.channel,
                "source": entry.source,
                "target": entry.target,
                "answered": entry.answered,
                "text": entry.text,
                "attachments": attachments,
            }
        )
    ticks = sorted(ChecklistTick.objects.filter(case=case).values_list("code", flat=True))
    return "evidence", {"entries": entries, "checklist_ticked": ticks}, files
