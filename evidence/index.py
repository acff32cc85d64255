"""The evidence index (证据清单): what a complaint lists as its annex, one row per file.

rows = evidence_index(log)   # oldest first; an entry without a file is one row too
"""

from dataclasses import dataclass
from datetime import datetime

from .log import Log
from .models import Entry

SUMMARY_CHARS = 60


@dataclass(frozen=True)
class IndexRow:
    """One line of the evidence index: one file, or an entry without a file."""

    at: datetime  # when the contact happened (aware; shown in China time)
    channel: str  # codes.CHANNELS label
    source: str  # the number or account, "" when unknown
    summary: str
    file_name: str  # "" when the entry has no file
    sha256: str  # hex digest of the original bytes, "" when no file
    received_at: datetime | None = None  # when we received the file
    size: int | None = None  # bytes


def summary(entry: Entry) -> str:
    """A short line for an entry: the start of its text, or what happened."""
    text = " ".join(entry.text.split())
    if text:
        return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"
    what = entry.channel_label
    if entry.channel == "call":
        what = "来电（接通）" if entry.answered else "未接来电"
    return f"{what}，联系了{entry.target_label}"


def evidence_index(log: Log) -> list[IndexRow]:
    rows = []
    for entry in log.entries:
        line = summary(entry)
        if not entry.files:
            rows.append(IndexRow(entry.at, entry.channel_label, entry.source, line, "", ""))
        for f in entry.files:
            rows.append(
                IndexRow(
                    entry.at,
                    entry.channel_label,
                    entry.source,
                    line,
                    f.original_name,
                    f.sha256,
                    f.received_at,
                    f.size,
                )
            )
    return rows
