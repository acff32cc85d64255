"""A case's evidence log as the verdict and the pages read it: its entries and contact events.

    log = read(case)      # Log: entries oldest first (each with `.files`), one ContactEvent each

Read once per request by the one loader (cases/casefile.py, which this app plugs into) or by a
log page itself; nothing of it is kept after the request.
"""

from dataclasses import dataclass

from cases.analysis import VERSION as ANALYZER_VERSION
from cases.core.contacts import ContactEvent

from .models import Entry


def event(entry: Entry) -> ContactEvent:
    return ContactEvent(
        at=entry.at,
        channel=entry.channel,
        answered=entry.answered,
        third_party=entry.target != "me",
        source=entry.source or None,
        flags=frozenset(entry.said_flags),
    )


@dataclass(frozen=True)
class Log:
    entries: tuple[Entry, ...]  # oldest first, each with `.files` (its attachments, oldest first)
    events: tuple[ContactEvent, ...]  # one per entry, in the same order


def read(case) -> Log:
    """The case's whole log in two queries (entries, then their files)."""
    entries = tuple(Entry.objects.filter(case=case).order_by("at", "id").with_files())
    stale = [entry for entry in entries if entry.flags_version != ANALYZER_VERSION]
    if stale:  # read by an older analyzer (or before flags were kept): read again, keep the result
        for entry in stale:
            entry.derive_flags()
        Entry.objects.bulk_update(stale, ["said_flags", "flags_version"])
    return Log(entries, tuple(event(e) for e in entries))
