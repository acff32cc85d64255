"""The log page's timeline and the figures the collection rules look at.

    items = timeline(log)     # newest first, each entry with its files and the flags it raises
    numbers = figures(log)    # per day, at night, over the limits, and the rules they break

The rules themselves (night window, daily limits, what each contact raises, how a breach is
worded) live in the engine's contacts module; this module only lays them out for the pages.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from cases.core import codes
from cases.core.contacts import Breach, breaches, contact_stats, event_flags

from .log import Log
from .models import Attachment, ChecklistTick, Entry


@dataclass(frozen=True)
class Figures:
    total: int = 0
    days: int = 0  # days with at least one contact
    per_day: tuple[tuple[date, int], ...] = ()  # China calendar day -> contacts, newest first
    busiest: tuple[date, int] | None = None
    night_contacts: int = 0  # between 22:00 and 08:00 China time
    days_over_limit: tuple[date, ...] = ()  # a collector over 3 answered calls or 6 attempts that day
    max_answered_per_day: int = 0
    max_attempts_per_day: int = 0
    third_party_contacts: int = 0
    by_target: tuple[tuple[str, int], ...] = ()  # (CONTACT_TARGETS label, count) for third parties
    breaches: tuple[Breach, ...] = ()


def figures(log: Log) -> Figures:
    """The numbers the collection rules look at, and which rules they break."""
    stats = contact_stats(log.events)
    per_day = tuple(sorted(stats.per_day.items(), reverse=True))
    counts = Counter(e.target for e in log.entries if e.target != "me")
    return Figures(
        total=stats.total,
        days=len(per_day),
        per_day=per_day,
        busiest=max(per_day, key=lambda item: item[1]) if per_day else None,
        night_contacts=stats.night_contacts,
        days_over_limit=stats.days_over_limit,
        max_answered_per_day=stats.max_answered_per_day,
        max_attempts_per_day=stats.max_attempts_per_day,
        third_party_contacts=stats.third_party_contacts,
        by_target=tuple(
            (codes.CONTACT_TARGETS[t].label, counts[t]) for t in codes.CONTACT_TARGETS if counts[t]
        ),
        breaches=breaches(stats),
    )


@dataclass(frozen=True)
class TimelineItem:
    entry: Entry
    flags: tuple[codes.Code, ...]  # in codes.FLAGS order
    night: bool  # between 22:00 and 08:00 China time
    when: str  # "2026-11-20 23:10" on a China clock
    files: tuple[Attachment, ...]  # oldest first


def items(log: Log) -> list[TimelineItem]:
    """Every entry with the flags it raises, oldest first."""
    out = []
    for entry, event, found in zip(log.entries, log.events, event_flags(log.events), strict=True):
        flags = tuple(code for key, code in codes.FLAGS.items() if key in found)
        out.append(
            TimelineItem(entry, flags, "night_contact" in found, f"{event.local:%Y-%m-%d %H:%M}", entry.files)
        )
    return out


def timeline(log: Log) -> list[TimelineItem]:
    """The case's log, newest first, each entry with its attachments and the flags it raises."""
    return items(log)[::-1]


@dataclass(frozen=True)
class Summary:
    """What the case page shows about the log: counts and the rules the contacts break."""

    figures: Figures
    files: int
    ticked: int


def case_section(cf) -> Summary:
    """The evidence log's part of the case page (registered with cases.casefile)."""
    return Summary(
        figures=figures(cf.log),
        files=sum(len(e.files) for e in cf.log.entries),
        ticked=ChecklistTick.objects.filter(case=cf.case).count(),
    )
