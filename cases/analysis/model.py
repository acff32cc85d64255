"""The analyzer's value objects: `Signal` (one thing found) and `Analysis` (all of them).

Offsets always point into the ORIGINAL text, so a page can highlight exactly what was found:

>>> from decimal import Decimal
>>> s = Signal("money", "debt", 4, 9, "5200元", Decimal("5200"))
>>> a = Analysis("应还金额5200元。", (s,))
>>> a.amount_claimed
Decimal('5200')
>>> [piece for piece, _ in a.highlights()]
['应还金额', '5200元', '。']
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

SIGNAL_KINDS = ("flag", "cue", "sender", "link", "money", "deadline", "overdue", "lender")

# Sender codes that are a contact channel a private person controls (see sender_hint).
PRIVATE_CONTACTS = frozenset({"mobile", "wechat", "qq", "alipay"})

# How highlights() breaks ties between overlapping signals: lower wins.
_KIND_RANK = {"flag": 0, "cue": 1}


@dataclass(frozen=True, slots=True)
class Signal:
    kind: str  # one of SIGNAL_KINDS
    code: str  # a FLAGS code for kind="flag", a CUES code for kind="cue", else see __init__.py
    start: int  # offsets into the original text: text[start:end] == self.text
    end: int
    text: str
    value: object = None
    label: str = ""  # plain Chinese, for a frightened reader


@dataclass(frozen=True)
class Analysis:
    text: str
    signals: tuple[Signal, ...] = ()
    too_long: bool = False

    def _of(self, kind: str) -> list[Signal]:
        return [s for s in self.signals if s.kind == kind]

    # Remembered: the analysis of a message is shared (cases.advice memoizes it) and its flags
    # are asked for once per threat on every questionnaire step.
    @cached_property
    def flags(self) -> frozenset[str]:
        return frozenset(s.code for s in self._of("flag"))

    @cached_property
    def cues(self) -> frozenset[str]:
        return frozenset(s.code for s in self._of("cue"))

    @property
    def lender(self) -> str | None:
        found = self._of("lender")
        return str(found[0].value) if found else None

    @property
    def amount_claimed(self) -> Decimal | None:
        debts = [s.value for s in self._of("money") if s.code == "debt" and isinstance(s.value, Decimal)]
        return max(debts) if debts else None

    @property
    def fee_demanded(self) -> Decimal | None:
        fees = [s.value for s in self._of("money") if s.code == "fee" and isinstance(s.value, Decimal)]
        return max(fees) if fees else None

    @property
    def overdue_days(self) -> int | None:
        days = [s.value for s in self._of("overdue") if isinstance(s.value, int)]
        return max(days) if days else None

    @property
    def links(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for s in self._of("link"):
            seen.setdefault(str(s.value), None)
        return tuple(seen)

    @property
    def sender_hint(self) -> str | None:
        """A SENDERS code guessed from who the message speaks as, or None."""
        senders = {s.code for s in self._of("sender")}
        flags = self.flags
        if "authority" in senders or "impersonates_authority" in flags:
            return "authority"
        if "law_firm" in senders:
            return "law_firm"
        if "agency" in senders:
            return "agency"
        if senders & PRIVATE_CONTACTS or "personal_account" in flags:
            return "private"
        official_number = "signature" in senders and "service_number" in senders
        if official_number or "official_channel" in self.cues:
            return "official"
        return None

    def highlights(self) -> list[tuple[str, Signal | None]]:
        """The original text cut into consecutive display pieces, each with its signal or None.

        Overlaps are resolved greedily: flags beat cues beat the rest, then longer beats shorter.
        """
        ranked = sorted(
            (s for s in self.signals if 0 <= s.start < s.end <= len(self.text)),
            key=lambda s: (_KIND_RANK.get(s.kind, 2), s.start - s.end, s.start),
        )
        taken = bytearray(len(self.text))  # 1 where a chosen signal already covers the char
        chosen: list[Signal] = []
        for s in ranked:
            if not any(taken[s.start : s.end]):
                taken[s.start : s.end] = b"\x01" * (s.end - s.start)
                chosen.append(s)
        chosen.sort(key=lambda s: s.start)
        pieces: list[tuple[str, Signal | None]] = []
        pos = 0
        for s in chosen:
            if s.start > pos:
                pieces.append((self.text[pos : s.start], None))
            pieces.append((self.text[s.start : s.end], s))
            pos = s.end
        if pos < len(self.text):
            pieces.append((self.text[pos:], None))
        return pieces
