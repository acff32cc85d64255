"""Advice: the verdict and everything the person should know and do, each item with its source.

`advise(facts)` asks every scenario module in `cases.scenarios.REGISTRY` whether it applies, and
merges what the applicable ones contribute: flags, a verdict they support, reasons, next steps,
evidence to keep, negotiation points, complaint channels and questions. The verdict is the
highest-precedence one supported (design.md: scam > not_your_debt > unlawful_collection >
lawful_reminder > needs_verification); `needs_verification` when none is.

>>> from cases.core.facts import Facts
>>> advice = advise(Facts.build({"threats": ["insult"], "relationship": "borrower"}))
>>> advice.verdict, advice.flags
('unlawful_collection', ('insult',))
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .codes import FLAGS, LAW_BREAKING_FLAGS, STANDARDS_ONLY_VERDICT, VERDICT_PRECEDENCE, VERDICTS
from .hotlines import CHANNELS
from .sources import Source

if TYPE_CHECKING:
    from .facts import Facts


@dataclass(frozen=True)
class Reason:
    """Why: one plain sentence or two, the flag it explains (if any), and where it comes from."""

    text: str
    source: Source
    flag: str | None = None


@dataclass(frozen=True)
class Step:
    """What to do next. Urgent steps (safety, money about to leave) are shown first."""

    text: str
    source: Source
    urgent: bool = False


@dataclass(frozen=True)
class EvidenceItem:
    """Something to keep. `code` is stable so a checklist can remember what was ticked."""

    code: str
    text: str
    source: Source


@dataclass(frozen=True)
class Point:
    """A point to make when negotiating repayment."""

    text: str
    source: Source


@dataclass(frozen=True)
class Question:
    """A question whose answer would settle the verdict; `key` is the answer it fills."""

    key: str
    text: str


def fill[Item: (Reason, Step, EvidenceItem, Point)](item: Item, **values: Any) -> Item:
    """The same item with `{placeholders}` in its text filled in (its source stays declared).

    >>> from cases.core.sources import law
    >>> fill(Reason("有{n}次", law("4b.3")), n=2).text
    '有2次'
    """
    return replace(item, text=item.text.format(**values))


@dataclass(frozen=True)
class Contribution:
    """What one scenario adds to the advice. Empty by default."""

    verdict: str | None = None  # the verdict this scenario supports, if any
    flags: tuple[str, ...] = ()
    urgent: bool = False
    reasons: tuple[Reason, ...] = ()
    steps: tuple[Step, ...] = ()
    evidence: tuple[EvidenceItem, ...] = ()
    negotiation: tuple[Point, ...] = ()
    channels: tuple[str, ...] = ()  # hotlines.CHANNELS codes
    questions: tuple[Question, ...] = ()
    safety: tuple[Step, ...] = ()  # keep yourself safe now: shown in a box above everything else

    def __post_init__(self) -> None:
        # Catch a typo in a scenario module at once rather than in a rendered page.
        assert self.verdict is None or self.verdict in VERDICTS, self.verdict
        assert set(self.flags) <= FLAGS.keys(), self.flags
        assert set(self.channels) <= CHANNELS.keys(), self.channels


@dataclass(frozen=True)
class Advice:
    verdict: str
    flags: tuple[str, ...] = ()  # in codes.FLAGS order
    scenarios: tuple[str, ...] = ()  # slugs, in registry order
    urgent: bool = False
    reasons: tuple[Reason, ...] = ()  # those behind the verdict first
    next_steps: tuple[Step, ...] = ()  # urgent first
    evidence: tuple[EvidenceItem, ...] = ()
    negotiation: tuple[Point, ...] = ()
    channels: tuple[str, ...] = ()  # in hotlines.CHANNELS order: emergency first, public last
    questions: tuple[Question, ...] = ()  # only when the verdict is needs_verification
    safety: tuple[Step, ...] = ()  # someone at the door, a visit promised, violence: first of all

    @property
    def verdict_code(self):
        """The verdict as the person reads it: 违法 only for conduct that breaks a law, 违反行业
        规定 for a breach of the collection standards alone (legal-facts 10.28–10.29)."""
        if self.verdict == "unlawful_collection" and not LAW_BREAKING_FLAGS & set(self.flags):
            return STANDARDS_ONLY_VERDICT
        return VERDICTS[self.verdict]

    @property
    def verdict_label(self) -> str:
        return self.verdict_code.label

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the `manage.py assess` output.

        >>> Advice("needs_verification").to_dict()["verdict_label"]
        '还需要核实'
        """
        return {
            "verdict": self.verdict,
            "verdict_label": self.verdict_label,
            "flags": list(self.flags),
            "flag_labels": {f: FLAGS[f].label for f in self.flags},
            "scenarios": list(self.scenarios),
            "urgent": self.urgent,
            "reasons": [
                {"text": r.text, "source": str(r.source), **({"flag": r.flag} if r.flag else {})}
                for r in self.reasons
            ],
            "next_steps": [
                {"text": s.text, "source": str(s.source), "urgent": s.urgent} for s in self.next_steps
            ],
            "evidence": [{"code": e.code, "text": e.text, "source": str(e.source)} for e in self.evidence],
            "negotiation": [{"text": p.text, "source": str(p.source)} for p in self.negotiation],
            "channels": [
                {
                    "code": c,
                    "name": CHANNELS[c].name,
                    "contact": CHANNELS[c].contact,
                    "use_for": CHANNELS[c].use_for,
                    "source": str(CHANNELS[c].source),
                }
                for c in self.channels
            ],
            "questions": [{"key": q.key, "text": q.text} for q in self.questions],
            "safety": [{"text": s.text, "source": str(s.source)} for s in self.safety],
        }


def _unique(items: Iterable[Any], key: Any = None) -> tuple[Any, ...]:
    """Items in first-seen order without repeats (by `key(item)` when given)."""
    seen: set[Any] = set()
    out = []
    for item in items:
        k = key(item) if key else item
        if k not in seen:
            seen.add(k)
            out.append(item)
    return tuple(out)


# What helps against a scam (110, 96110, 12321, and the platform whose name was used); the
# lender complaint order would only send the person to the scammer's pretend employer.
SCAM_CHANNELS = frozenset({"police", "antifraud", "spam", "lender"})


def _channels_for(verdict: str, parts: list[Contribution]) -> tuple[str, ...]:
    wanted = {code for c in parts for code in c.channels}
    if verdict == "scam":
        wanted = (wanted & SCAM_CHANNELS) | {"police", "antifraud"}
    return tuple(code for code in CHANNELS if code in wanted)


def advise(facts: Facts) -> Advice:
    """Ask every scenario about these facts and merge the answers into one Advice."""
    # Imported here because scenario modules import this module's item types.
    from cases.scenarios import REGISTRY

    applied = [(slug, s.contribute(facts)) for slug, s in REGISTRY.items() if s.applies(facts)]
    parts = [c for _, c in applied]
    supported = {c.verdict for c in parts if c.verdict}
    verdict = next((v for v in VERDICT_PRECEDENCE if v in supported), "needs_verification")

    # The scenarios behind the winning verdict speak first; the rest follow in registry order.
    ordered = [c for c in parts if c.verdict == verdict] + [c for c in parts if c.verdict != verdict]
    raised = {f for c in parts for f in c.flags}
    steps = _unique((s for c in ordered for s in c.steps), key=lambda s: s.text)
    return Advice(
        verdict=verdict,
        flags=tuple(f for f in FLAGS if f in raised),
        scenarios=tuple(slug for slug, _ in applied),
        urgent=any(c.urgent for c in parts),
        reasons=_unique((r for c in ordered for r in c.reasons), key=lambda r: r.text),
        next_steps=tuple(sorted(steps, key=lambda s: not s.urgent)),
        evidence=_unique((e for c in ordered for e in c.evidence), key=lambda e: e.code),
        negotiation=_unique((p for c in ordered for p in c.negotiation), key=lambda p: p.text),
        channels=_channels_for(verdict, parts),
        safety=_unique((s for c in ordered for s in c.safety), key=lambda s: s.text),
        questions=(
            _unique((q for c in parts for q in c.questions), key=lambda q: q.key)
            if verdict == "needs_verification"
            else ()
        ),
    )
