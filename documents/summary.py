"""The complaint summary for one channel: the fields a complaint asks for, from the case file.

被投诉机构, 事实经过 (oldest first, from the evidence log), each violation with its rule, 诉求,
证据清单 (with SHA-256), and the complainant's details only when they entered them. `public()`
gives the version for public platforms: no complainant block, numbers and names masked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cases.core import codes
from cases.core.hotlines import CHANNELS, Channel
from cases.core.redact import redact
from cases.core.router import CHANNEL_NEEDS, Demand, Route, Violation, demands
from cases.core.rules import CHINA_TZ

from .casefile import CaseFile


@dataclass(frozen=True)
class Event:
    when: str  # "2026-01-05 08:30", or "" when the date is not known
    text: str


@dataclass(frozen=True)
class EvidenceLine:
    when: str
    channel: str
    source: str
    summary: str
    file_name: str
    sha256: str


@dataclass(frozen=True)
class ComplaintSummary:
    channel: Channel
    route: Route | None  # why the router chose this channel; None when the person picked it
    respondent: str  # 被投诉机构
    events: tuple[Event, ...]  # 事实经过
    violations: tuple[Violation, ...]
    demands: tuple[Demand, ...]  # 诉求
    evidence: tuple[EvidenceLine, ...]  # 证据清单
    complainant: tuple[tuple[str, str], ...]  # (label, value), only what was entered
    public: bool = False

    @property
    def needs(self) -> Demand | None:
        """What this channel itself asks of a complaint (legal-facts §7), if anything."""
        return CHANNEL_NEEDS.get(self.channel.code)

    def redacted(self, names: list[str]) -> ComplaintSummary:
        """The public version: complainant details out, every number and known name masked."""

        def r(text: str) -> str:
            return redact(text, names)

        return replace(
            self,
            respondent=r(self.respondent),
            events=tuple(replace(e, text=r(e.text)) for e in self.events),
            evidence=tuple(
                replace(e, source=r(e.source), summary=r(e.summary), file_name=r(e.file_name))
                for e in self.evidence
            ),
            complainant=(),
            public=True,
        )


def _when(at) -> str:
    # On a China clock whatever the active time zone: the complaint goes to Chinese authorities.
    # (timezone.localtime looked the active zone up per call: a quarter of the print view's time.)
    return f"{at.astimezone(CHINA_TZ):%Y-%m-%d %H:%M}" if at else ""


def events(cf: CaseFile) -> tuple[Event, ...]:
    """事实经过: what the person told us, then every logged contact, oldest first."""
    f = cf.facts
    out = []
    owed = []
    if f.amount_claimed is not None:
        owed.append(f"对方称欠款 {f.amount_claimed} 元")
    if f.overdue_days is not None:
        owed.append(f"已逾期 {f.overdue_days} 天")
    if f.is_third_party:
        owed.append(
            "本人不是借款人" if f.relationship == "not_borrower" else "对方要找的是别人，本人不是借款人"
        )
    if owed:
        out.append(Event("", "，".join(owed) + "。"))
    if f.message:
        how = codes.CHANNELS[f.channel].label if f.channel in codes.CHANNELS else "消息"
        out.append(Event("", f"收到的{how}内容：“{f.message}”"))
    seen = set()
    for row in cf.evidence:
        key = (row.at, row.channel, row.source, row.summary)
        if key in seen:  # one line per contact, however many files it has
            continue
        seen.add(key)
        who = f"（{row.source}）" if row.source else ""
        out.append(Event(_when(row.at), f"{row.channel}{who}：{row.summary}"))
    return tuple(out)


def complaint_summary(cf: CaseFile, channel_code: str) -> ComplaintSummary:
    c = cf.complainant
    details = ()
    if c:
        details = tuple(
            (label, value)
            for label, value in (("姓名", c.name), ("手机号", c.phone), ("身份证号", c.id_number))
            if value
        )
    return ComplaintSummary(
        channel=CHANNELS[channel_code],
        route=next((r for r in cf.routes if r.code == channel_code), None),
        respondent=cf.lender,
        events=events(cf),
        violations=cf.violations,
        demands=demands(cf.advice, channel_code),
        evidence=tuple(
            EvidenceLine(_when(r.at), r.channel, r.source, r.summary, r.file_name, r.sha256)
            for r in cf.evidence
        ),
        complainant=details,
    )
