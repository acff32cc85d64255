"""Advice: the verdict and everything the person should know and do, each item with its source.

The shapes only: what a scenario contributes (`Contribution` and its items) and what the person
is told (`Advice`). `cases.scenarios.advise(facts)`, beside the registry, asks every scenario and
merges their contributions into one Advice; this module imports no scenario.

>>> Advice("needs_verification").verdict_label
'还需要核实'
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .codes import FLAGS, LAW_BREAKING_FLAGS, STANDARDS_ONLY_VERDICT, VERDICTS
from .hotlines import CHANNELS
from .sources import Source


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
