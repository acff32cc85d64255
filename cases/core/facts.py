"""Facts: everything known about one situation, in one immutable value.

Built from three places, in this order of trust: the person's own answers, then what the message
analyzer guessed (it only fills answers that are missing), then the evidence log's contact
events. A fact nobody gave is `None` (or empty), never a guess.

>>> facts = Facts.build({"sender": "official", "relationship": "borrower", "threats": ["insult"]})
>>> facts.sender, facts.said
('official', frozenset({'insult'}))
>>> facts.overdue_days is None
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .codes import DEMAND_FLAG
from .contacts import ContactEvent, ContactStats, contact_stats

if TYPE_CHECKING:  # the analyzer is optional here: Facts can be built from answers alone
    from cases.analysis import Analysis

# Answers the message analyzer may fill when the person left them empty. "unknown" as a sender
# answer means "I can't tell", so a signature like 【平台名】 found in the text may still fill it.
_GUESSABLE = ("sender", "lender", "amount_claimed", "overdue_days")

# Analyzer sender-signal codes for contact channels a private person controls.
_PRIVATE_CONTACTS = frozenset({"mobile", "wechat", "qq", "alipay"})


@dataclass(frozen=True)
class Facts:
    # What the person answered (assess input keys and questionnaire-only keys).
    message: str | None = None
    channel: str | None = None  # codes.CHANNELS
    sender: str | None = None  # codes.SENDERS
    relationship: str | None = None  # codes.RELATIONSHIPS
    lender: str | None = None
    amount_claimed: Decimal | None = None  # yuan
    principal: Decimal | None = None  # yuan
    overdue_days: int | None = None
    annual_rate: Decimal | None = None  # percent per year
    threats: frozenset[str] = frozenset()  # flag codes the person ticked
    demands: frozenset[str] = frozenset()  # codes.DEMANDS
    repay_ability: str | None = None  # codes.REPAY_ABILITY
    monthly_budget: Decimal | None = None  # yuan a month the person can put towards debts
    lender_kind: str | None = None  # rules.LENDER_KINDS
    other_debts: int | None = None  # how many other debts are overdue
    loan_date: date | None = None  # when the loan was made (the LPR of that day sets the cap)
    instalment: Decimal | None = None  # yuan paid each month under the repayment schedule
    instalments: int | None = None  # how many monthly payments the schedule has

    # What the analyzer read in the message.
    found: frozenset[str] = frozenset()  # flag codes found in the text
    cues: frozenset[str] = frozenset()  # analysis cues: money_demand, fee_demand, official_channel…
    links: tuple[str, ...] = ()
    fee_demanded: Decimal | None = None
    deadline: bool = False  # the message sets a deadline ("24小时内", "今天下午5点前")
    private_contact: bool = False  # the message gives a personal mobile, WeChat, QQ or Alipay to use
    guessed: frozenset[str] = frozenset()  # which answers above came from the analyzer

    # What the evidence log recorded.
    contacts: tuple[ContactEvent, ...] = ()
    stats: ContactStats = field(default_factory=ContactStats)

    @classmethod
    def build(
        cls,
        answers: Mapping[str, Any],
        analysis: Analysis | None = None,
        contacts: Sequence[ContactEvent] = (),
    ) -> Facts:
        """Combine answers, the analyzer's reading of the message and the contact log.

        >>> Facts.build({"demands": ["pay_personal"]}).said
        frozenset({'personal_account'})
        """
        values: dict[str, Any] = {k: answers.get(k) for k in _ANSWER_FIELDS}
        values["threats"] = frozenset(answers.get("threats") or ())
        values["demands"] = frozenset(answers.get("demands") or ())
        guessed = set()
        if analysis is not None:
            hints = {
                "sender": analysis.sender_hint,
                "lender": analysis.lender,
                "amount_claimed": analysis.amount_claimed,
                "overdue_days": analysis.overdue_days,
            }
            senders = {signal.code for signal in analysis.signals if signal.kind == "sender"}
            if hints["sender"] is None and senders == {"signature"}:
                # codes.SENDERS counts an SMS signed 【平台名】 as the lender's official channel;
                # a signature with no other contact detail is read that way (a scam still shows
                # its link, account or code request, which outrank this).
                hints["sender"] = "official"
            for key in _GUESSABLE:
                missing = values[key] is None or (key == "sender" and values[key] == "unknown")
                if missing and hints[key] is not None:
                    values[key] = hints[key]
                    guessed.add(key)
            values["found"] = frozenset(analysis.flags)
            values["cues"] = frozenset(analysis.cues)
            values["links"] = tuple(analysis.links)
            values["fee_demanded"] = analysis.fee_demanded
            kinds = {(signal.kind, signal.code) for signal in analysis.signals}
            values["deadline"] = any(kind == "deadline" for kind, _ in kinds)
            values["private_contact"] = any(
                kind == "sender" and code in _PRIVATE_CONTACTS for kind, code in kinds
            )
        events = tuple(sorted(contacts, key=lambda e: e.at))
        return cls(**values, guessed=frozenset(guessed), contacts=events, stats=contact_stats(events))

    @cached_property  # read by most scenarios; the instance is frozen so it never goes stale
    def said(self) -> frozenset[str]:
        """Every flag code the person reported or the analyzer found in the message or the log
        (before any rule is applied)."""
        from_demands = {DEMAND_FLAG[d] for d in self.demands if d in DEMAND_FLAG}
        if self.sender == "official" and "phishing_link" not in self.found:
            # "asked me to click a link", and the link is the signing bank's own site; or no link
            # was pasted and the message reads as the lender's own reminder (its app, "如已还款请
            # 忽略"): the tick alone does not make a bill phishing (legal-facts 9.3).
            official_route = self.cue("ignore_if_paid", "official_channel") or "pay_official" in self.demands
            if self.cue("own_link") or (not self.links and official_route):
                from_demands.discard("phishing_link")
        from_log = frozenset().union(*(event.flags for event in self.contacts))
        return self.threats | self.found | from_demands | from_log

    def has(self, *flags: str) -> bool:
        """True when any of these flag codes was reported or found."""
        return not self.said.isdisjoint(flags)

    def cue(self, *cues: str) -> bool:
        """True when the analyzer saw any of these cues in the message."""
        return not self.cues.isdisjoint(cues)

    @property
    def is_third_party(self) -> bool:
        """The person says the debt is not theirs (never borrowed, or they want someone else)."""
        return self.relationship in ("not_borrower", "contact")

    @property
    def identified_lender(self) -> bool:
        """The message comes from a lender we can check: its official number or app, or a named
        agency, law firm or letter that sends repayment to the official channel.

        >>> Facts(sender="agency", cues=frozenset({"official_channel"})).identified_lender
        True
        """
        if self.sender == "official":
            return True
        official_route = self.cue("official_channel") or "pay_official" in self.demands
        return official_route and (self.sender in ("agency", "law_firm") or self.channel == "letter")

    @property
    def knows_nothing(self) -> bool:
        """Nothing at all to go on: no message, no answers about who or what."""
        return not (self.message or self.said or self.contacts or self.sender or self.relationship)


_ANSWER_FIELDS = (
    "message",
    "channel",
    "sender",
    "relationship",
    "lender",
    "amount_claimed",
    "principal",
    "overdue_days",
    "annual_rate",
    "repay_ability",
    "monthly_budget",
    "lender_kind",
    "other_debts",
    "loan_date",
    "instalment",
    "instalments",
)
