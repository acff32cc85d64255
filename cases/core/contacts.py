"""Contact events (calls, messages, visits) and the statistics the collection rules look at.

The evidence log builds `ContactEvent`s from its records; `manage.py assess` builds them from the
"contacts" input. Both ask `contact_stats` for night contacts and calls per day.

>>> from datetime import datetime
>>> at = datetime(2026, 11, 20, 23, 10, tzinfo=CHINA_TZ)
>>> stats = contact_stats([ContactEvent(at, "call")])
>>> stats.night_contacts, stats.total
(1, 1)
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from .rules import CHINA_TZ, MAX_ANSWERED_CALLS_PER_DAY, MAX_ATTEMPTS_PER_DAY, NIGHT_END, NIGHT_START
from .sources import Source, law


@dataclass(frozen=True)
class ContactEvent:
    at: datetime  # timezone-aware; compared in Asia/Shanghai
    channel: str  # a codes.CHANNELS code
    answered: bool = True  # for calls: did the person pick up
    third_party: bool = False  # the contact reached a relative, friend or employer, not the debtor
    source: str | None = None  # which number or collector; None = the one collector
    flags: frozenset[str] = frozenset()  # flag codes found in what was said (the log's text)

    def __post_init__(self) -> None:
        # A naive time would silently be read in the server's zone; refuse it instead.
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError("ContactEvent.at must be timezone-aware")

    @property
    def local(self) -> datetime:
        """The event time on a mainland-China clock."""
        return self.at.astimezone(CHINA_TZ)


@dataclass(frozen=True)
class ContactStats:
    total: int = 0
    per_day: dict[date, int] = field(default_factory=dict)  # China calendar day -> all contacts
    night_contacts: int = 0  # contacts between 22:00 and 08:00 China time
    days_over_limit: tuple[date, ...] = ()  # days one collector went over 3 answered / 6 attempts
    max_answered_per_day: int = 0  # most answered calls from one collector on one day
    max_attempts_per_day: int = 0  # most call attempts from one collector on one day
    third_party_contacts: int = 0  # contacts that reached someone other than the debtor


def is_night(at: datetime) -> bool:
    """True when `at` falls in the 22:00–08:00 window on a China clock.

    >>> from datetime import timezone
    >>> is_night(datetime(2026, 11, 20, 15, 30, tzinfo=timezone.utc))  # 23:30 in Beijing
    True
    """
    local = at.astimezone(CHINA_TZ).time()
    return local >= NIGHT_START.value or local < NIGHT_END.value


def over_limit(events: Iterable[ContactEvent]) -> set[tuple[str | None, date]]:
    """The (number, China day) pairs over a frequency limit: more than 3 answered calls to the
    debtor that day, counting every number together (GB/T 45251: per debtor per day, 4b.3), or
    more than 6 attempts from one number (中银协: per number per day, 4c.2). A day over the
    answered-call limit is reported as (None, day).

    Calls that reached a third party are not counted against the debtor's daily limit.

    >>> day = datetime(2026, 11, 18, 9, tzinfo=CHINA_TZ)
    >>> calls = [ContactEvent(day.replace(minute=m), "call", source=f"1380000000{m}") for m in range(4)]
    >>> over_limit(calls)  # four answered calls from four numbers: over the per-debtor limit
    {(None, datetime.date(2026, 11, 18))}
    """
    answered, attempts = _call_counts(events)
    over = {(None, day) for day, n in answered.items() if n > MAX_ANSWERED_CALLS_PER_DAY.value}
    return over | {key for key, n in attempts.items() if n > MAX_ATTEMPTS_PER_DAY.value}


def counts_against(event: ContactEvent, over: set[tuple[str | None, date]]) -> bool:
    """This call is one of those that put its day over a limit (from `over_limit`)."""
    if event.channel != "call" or event.third_party:
        return False
    day = event.local.date()
    return (None, day) in over or (event.source, day) in over


def _call_counts(events: Iterable[ContactEvent]) -> tuple[Counter, Counter]:
    """Answered calls per China day (all numbers together) and attempts per (number, day)."""
    answered: Counter[date] = Counter()
    attempts: Counter[tuple[str | None, date]] = Counter()
    for event in events:
        if event.channel == "call" and not event.third_party:
            day = event.local.date()
            attempts[event.source, day] += 1
            answered[day] += event.answered
    return answered, attempts


def contact_stats(events: Iterable[ContactEvent]) -> ContactStats:
    """Count what the collection rules care about; the night rule covers every contact.

    >>> contact_stats([]).total
    0
    """
    events = list(events)
    per_day = Counter(event.local.date() for event in events)
    answered, attempts = _call_counts(events)
    return ContactStats(
        total=len(events),
        per_day=dict(sorted(per_day.items())),
        night_contacts=sum(is_night(event.at) for event in events),
        days_over_limit=tuple(sorted({day for _, day in over_limit(events)})),
        max_answered_per_day=max(answered.values(), default=0),
        max_attempts_per_day=max(attempts.values(), default=0),
        third_party_contacts=sum(event.third_party for event in events),
    )


def event_flags(events: Sequence[ContactEvent]) -> list[frozenset[str]]:
    """The flag codes each event raises by itself, in the order given: what was said in it,
    `night_contact` in the night window, `third_party_contacted` when it reached someone else,
    `excessive_frequency` for a call on a day over a frequency limit.

    >>> calls = [ContactEvent(datetime(2026, 11, 18, 23, m, tzinfo=CHINA_TZ), "call") for m in range(4)]
    >>> sorted(event_flags(calls)[0])
    ['excessive_frequency', 'night_contact']
    """
    over = over_limit(events)
    out = []
    for event in events:
        found = set(event.flags)
        if is_night(event.at):
            found.add("night_contact")
        if event.third_party:
            found.add("third_party_contacted")
        if counts_against(event, over):
            found.add("excessive_frequency")
        out.append(frozenset(found))
    return out


@dataclass(frozen=True)
class Breach:
    """A rule the logged contacts break, in plain words, with the rows it rests on."""

    text: str
    sources: tuple[Source, ...]


def breaches(stats: ContactStats) -> tuple[Breach, ...]:
    """What the counted contacts break, worded for the person (the evidence log and case page).

    >>> [b.sources[1].section for b in breaches(ContactStats(total=1, night_contacts=1))]
    ['4c.2']
    """
    out = []
    if stats.night_contacts:
        out.append(
            Breach(
                f"有 {stats.night_contacts} 次联系发生在晚上10点到第二天早上8点之间。"
                "没有你的同意，这段时间不应该催收。",
                (NIGHT_START.source, law("4c.2")),
            )
        )
    if stats.days_over_limit:
        out.append(
            Breach(
                f"有 {len(stats.days_over_limit)} 天，一天内接通的催收电话（所有号码加在一起）超过 "
                f"{MAX_ANSWERED_CALLS_PER_DAY.value} 次，"
                f"或同一个号码拨打超过 {MAX_ATTEMPTS_PER_DAY.value} 次。"
                "这超过了催收行业规定的上限。",
                (MAX_ANSWERED_CALLS_PER_DAY.source, MAX_ATTEMPTS_PER_DAY.source),
            )
        )
    if stats.third_party_contacts:
        out.append(
            Breach(
                f"对方联系了你以外的人 {stats.third_party_contacts} 次。催收只应该找借款人本人，"
                "不能向别人透露你的欠款；对方被要求不要再联系时必须停止。",
                (law("4b.2"), law("4c.3")),
            )
        )
    return tuple(out)
