"""What the evidence log says: contact events for the verdict, the timeline, figures, the index.

Plain functions over a case's entries; the views, the case page, cases/advice.py and the
complaint letter (documents/) all read the log through here.

    events = contact_events(case)        # -> list[ContactEvent], for Facts.build
    rows = evidence_index(case)          # -> list[IndexRow], the annex of a complaint
    items = timeline(case)               # -> list[TimelineItem], newest first, with flags
    numbers = figures(case)              # -> Figures: per day, at night, over the limits, breaches
"""

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from django.db import IntegrityError, connections, router, transaction
from django.utils import timezone

from cases.analysis import analyze
from cases.core import codes, rules
from cases.core.contacts import ContactEvent, contact_stats, counts_against, is_night, over_limit
from cases.core.sources import Source, law

from .models import Attachment, ChecklistTick, Entry, EntryLabels, FileLabels, LogSnapshot

SUMMARY_CHARS = 60


@lru_cache(maxsize=4096)
def text_flags(text: str) -> frozenset[str]:
    """The flag codes the message analyzer finds in one entry's text (cached per text)."""
    if not text:
        return frozenset()
    return frozenset(analyze(text).flags)


def _event(entry: Entry) -> ContactEvent:
    return ContactEvent(
        at=entry.at,
        channel=entry.channel,
        answered=entry.answered,
        third_party=entry.target != "me",
        source=entry.source or None,
        flags=text_flags(entry.text) if entry.text else frozenset(),
    )


@dataclass(frozen=True)
class LoggedFile(FileLabels):
    pk: int
    kind: str
    original_name: str
    sha256: str
    received_at: datetime
    size: int


@dataclass(frozen=True)
class LoggedEntry(EntryLabels):
    """One entry of the log as the pages read it (no database row)."""

    pk: int
    at: datetime
    channel: str
    answered: bool
    target: str
    source: str
    text: str
    files: tuple[LoggedFile, ...]


SNAPSHOT_FORMAT = 2  # bump when the rows below change shape


def _snapshot_state(case) -> tuple[str, str | None, str | None]:
    """(the log's fingerprint now, the stored snapshot's fingerprint, its stored token).

    The fingerprint changes when any entry or file is added, removed or edited. Raw SQL on
    purpose: this runs on every case page, and the ORM spent ten times as long composing these
    aggregates as the database spent answering them (1.4 ms against 0.1 ms).
    """
    connection = connections[router.db_for_read(Entry)]
    q = connection.ops.quote_name
    entry, attachment, snapshot = (q(m._meta.db_table) for m in (Entry, Attachment, LogSnapshot))
    key = Entry._meta.get_field("case").get_db_prep_value(case.pk, connection)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*), SUM(id), MAX(updated) FROM {entry} WHERE case_id = %s", [key])
        n, ids, changed = cursor.fetchone()
        cursor.execute(
            f"SELECT COUNT(*), SUM(a.id) FROM {attachment} a JOIN {entry} e ON a.entry_id = e.id "
            "WHERE e.case_id = %s",
            [key],
        )
        files, file_ids = cursor.fetchone()
        cursor.execute(f"SELECT fingerprint, entries FROM {snapshot} WHERE case_id = %s", [key])
        stored = cursor.fetchone() or (None, None)
    return f"{SNAPSHOT_FORMAT}:{n}:{ids}:{changed}:{files}:{file_ids}", *stored


def _row(entry: Entry) -> dict:
    return {
        "pk": entry.pk,
        "at": entry.at.isoformat(),
        "channel": entry.channel,
        "answered": entry.answered,
        "target": entry.target,
        "source": entry.source,
        "text": entry.text,
        "files": [
            [f.pk, f.kind, f.original_name, f.sha256, f.received_at.isoformat(), f.size] for f in entry.files
        ],
    }


def _logged(row: dict) -> LoggedEntry:
    return LoggedEntry(
        pk=row["pk"],
        at=datetime.fromisoformat(row["at"]),
        channel=row["channel"],
        answered=row["answered"],
        target=row["target"],
        source=row["source"],
        text=row["text"],
        files=tuple(
            LoggedFile(pk, kind, name, digest, datetime.fromisoformat(received), size)
            for pk, kind, name, digest, received, size in row["files"]
        ),
    )


def _read_log(case) -> list[LoggedEntry]:
    fingerprint, stored_fingerprint, token = _snapshot_state(case)
    if token and stored_fingerprint == fingerprint:
        field = LogSnapshot._meta.get_field("entries")
        try:
            return [_logged(row) for row in field.from_db_value(token, None, None)]
        except ValueError:  # written with a key that is no longer configured: build it again
            pass
    rows = [_row(e) for e in Entry.objects.filter(case=case).order_by("at", "id").with_files()]
    # An UPDATE, not update_or_create: the old snapshot is never read back (it may be the one
    # that could not be decrypted).
    if not LogSnapshot.objects.filter(case=case).update(fingerprint=fingerprint, entries=rows):
        try:
            with transaction.atomic():
                LogSnapshot.objects.create(case=case, fingerprint=fingerprint, entries=rows)
        except IntegrityError:
            pass  # another request built it at the same moment
    return [_logged(row) for row in rows]


def logged_entries(case) -> list[LoggedEntry]:
    """The case's log, oldest first, each entry with its `.files`.

    Read once per case object, from the log's snapshot while the log is unchanged: one page
    asks for the advice, the figures and the evidence index of the same case, and decrypting
    every entry for each, on every view, was most of the case page's time.
    """
    cached = case.__dict__.get("_logged_entries")
    if cached is None:
        cached = case.__dict__["_logged_entries"] = _read_log(case)
    return cached


def contact_events(case) -> list[ContactEvent]:
    """Every logged contact as the core's ContactEvent (oldest first), once per case object."""
    events = case.__dict__.get("_contact_events")
    if events is None:
        events = case.__dict__["_contact_events"] = [_event(e) for e in logged_entries(case)]
    return events


@dataclass(frozen=True)
class Breach:
    """A rule the logged contacts break, in plain words, with the rows it rests on."""

    text: str
    sources: tuple[Source, ...]


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


def _figures(events: list[ContactEvent]) -> Figures:
    stats = contact_stats(events)
    breaches = []
    if stats.night_contacts:
        breaches.append(
            Breach(
                f"有 {stats.night_contacts} 次联系发生在晚上10点到第二天早上8点之间。"
                "没有你的同意，这段时间不应该催收。",
                (rules.NIGHT_START.source, law("4c.2")),
            )
        )
    if stats.days_over_limit:
        breaches.append(
            Breach(
                f"有 {len(stats.days_over_limit)} 天，一天内接通的催收电话（所有号码加在一起）超过 "
                f"{rules.MAX_ANSWERED_CALLS_PER_DAY.value} 次，"
                f"或同一个号码拨打超过 {rules.MAX_ATTEMPTS_PER_DAY.value} 次。"
                "这超过了催收行业规定的上限。",
                (rules.MAX_ANSWERED_CALLS_PER_DAY.source, rules.MAX_ATTEMPTS_PER_DAY.source),
            )
        )
    if stats.third_party_contacts:
        breaches.append(
            Breach(
                f"对方联系了你以外的人 {stats.third_party_contacts} 次。催收只应该找借款人本人，"
                "不能向别人透露你的欠款；对方被要求不要再联系时必须停止。",
                (law("4b.2"), law("4c.3")),
            )
        )
    per_day = tuple(sorted(stats.per_day.items(), reverse=True))
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
        by_target=(),
        breaches=tuple(breaches),
    )


def figures(case) -> Figures:
    """The numbers the collection rules look at, and which rules they break."""
    return _with_targets(_figures(contact_events(case)), logged_entries(case))


def _with_targets(result: Figures, entries) -> Figures:
    counts = Counter(e.target for e in entries if e.target != "me")
    by_target = tuple((codes.CONTACT_TARGETS[t].label, counts[t]) for t in codes.CONTACT_TARGETS if counts[t])
    return Figures(**{**result.__dict__, "by_target": by_target})


@dataclass(frozen=True)
class TimelineItem:
    entry: LoggedEntry
    flags: tuple[codes.Code, ...]  # in codes.FLAGS order
    night: bool  # between 22:00 and 08:00 China time
    when: str  # "2026-11-20 23:10" on a China clock, formatted once here: a page may show 1,000
    files: tuple[LoggedFile, ...]  # oldest first


def _timeline(entries: list[LoggedEntry]) -> tuple[list[TimelineItem], list[ContactEvent]]:
    events = [_event(e) for e in entries]
    over = over_limit(events)
    items = []
    for entry, event in zip(entries, events, strict=True):
        found = set(text_flags(entry.text))
        night = is_night(entry.at)
        if night:
            found.add("night_contact")
        if event.third_party:
            found.add("third_party_contacted")
        if counts_against(event, over):
            found.add("excessive_frequency")
        flags = tuple(code for key, code in codes.FLAGS.items() if key in found)
        when = f"{event.local:%Y-%m-%d %H:%M}"
        items.append(TimelineItem(entry, flags, night, when, tuple(entry.files)))
    return items, events


def timeline(case) -> list[TimelineItem]:
    """The case's log, newest first, each entry with its attachments and the flags it raises."""
    items, _ = _timeline(logged_entries(case)[::-1])
    return items


def timeline_and_figures(case) -> tuple[list[TimelineItem], Figures]:
    """Both from one query, for the log page."""
    entries = logged_entries(case)[::-1]
    items, events = _timeline(entries)
    return items, _with_targets(_figures(events), entries)


@dataclass(frozen=True)
class IndexRow:
    """One line of the evidence index (证据清单): one file, or an entry without a file."""

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


def evidence_index(case) -> list[IndexRow]:
    """The evidence index, oldest first: what a complaint lists as its annex."""
    rows = []
    for entry in logged_entries(case):
        line = summary(entry)
        files = entry.files
        if not files:
            rows.append(IndexRow(entry.at, entry.channel_label, entry.source, line, "", ""))
        for f in files:
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


# Spreadsheet programs run a cell starting with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FULL_WIDTH_FORMULA_START = ("＝", "＋", "－", "＠")


def csv_safe(value) -> str:
    """A cell value a spreadsheet will show as text, never run.

    Spreadsheets skip leading whitespace (spaces, tabs, line breaks) before a formula, so a
    cell that starts with whitespace and then = + - @ is neutralised too.

    >>> csv_safe("=HYPERLINK(1)"), csv_safe("13800000000"), csv_safe(" \t=1+1")
    ("'=HYPERLINK(1)", '13800000000', "' \t=1+1")
    """
    text = "" if value is None else str(value)
    risky = text.startswith(FORMULA_START) or text.lstrip().startswith(
        FORMULA_START + FULL_WIDTH_FORMULA_START
    )
    return "'" + text if risky else text


CSV_HEADER = (
    "时间",
    "联系方式",
    "对方号码或账号",
    "联系了谁",
    "是否接通",
    "内容",
    "发现的问题",
    "附件",
    "SHA-256",
    "收到文件的时间",
)


def log_csv(case) -> str:
    """The whole log as CSV text, oldest first (the caller adds the BOM and the encoding)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    items, _ = _timeline(logged_entries(case))
    for item in items:
        e = item.entry
        files = e.files
        writer.writerow(
            [
                csv_safe(value)
                for value in (
                    f"{timezone.localtime(e.at):%Y-%m-%d %H:%M}",
                    e.channel_label,
                    e.source,
                    e.target_label,
                    ("是" if e.answered else "否") if e.channel == "call" else "",
                    e.text,
                    "、".join(flag.label for flag in item.flags),
                    "\n".join(f.original_name for f in files),
                    "\n".join(f.sha256 for f in files),
                    "\n".join(f"{timezone.localtime(f.received_at):%Y-%m-%d %H:%M:%S}" for f in files),
                )
            ]
        )
    return out.getvalue()


@dataclass(frozen=True)
class Summary:
    """What the case page shows about the log: counts and the rules the contacts break."""

    figures: Figures
    files: int
    ticked: int


def case_summary(case) -> Summary:
    return Summary(
        figures=figures(case),
        files=sum(len(e.files) for e in logged_entries(case)),
        ticked=ChecklistTick.objects.filter(case=case).count(),
    )
