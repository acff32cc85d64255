"""Scenario modules: one per design.md slug. Adding a scenario is one module plus one line in SLUGS.

The order is the order the case page shows them in, from "check it" to "look after yourself".
`advise(facts)` sits beside the registry, above both the core and the scenario modules: it asks
every scenario whether it applies and merges what the applicable ones contribute: flags, a
verdict they support, reasons, next steps, evidence to keep, negotiation points, complaint
channels and questions. The verdict is the highest-precedence one supported (design.md: scam >
not_your_debt > unlawful_collection > lawful_reminder > needs_verification);
`needs_verification` when none is.

>>> list(REGISTRY)[:2]
['verify_first', 'sms_reminder']
>>> from cases.core.facts import Facts
>>> advice = advise(Facts.build({"threats": ["insult"], "relationship": "borrower"}))
>>> advice.verdict, advice.flags
('unlawful_collection', ('insult',))
"""

from collections.abc import Iterable
from importlib import import_module
from typing import Any

from cases.core.advice import Advice
from cases.core.codes import FLAGS, VERDICT_PRECEDENCE
from cases.core.facts import Facts
from cases.core.hotlines import CHANNELS

from .base import Scenario

__all__ = ["REGISTRY", "Advice", "Scenario", "advise"]

# One line per scenario module (cases/scenarios/<slug>.py, which ends with `SCENARIO = ...`).
SLUGS = (
    "verify_first",
    "sms_reminder",
    "other_channel",
    "home_visit",
    "notice_letter",
    "lawsuit_claim",
    "third_party_contact",
    "scam_signals",
    "unlawful_conduct",
    "negotiation",
    "multiple_debts",
    "excessive_interest",
    "credit_report",
    "legal_help",
    "wellbeing",
)
REGISTRY: dict[str, Scenario] = {slug: import_module(f"{__name__}.{slug}").SCENARIO for slug in SLUGS}


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


def _channels_for(verdict: str, parts: list) -> tuple[str, ...]:
    wanted = {code for c in parts for code in c.channels}
    if verdict == "scam":
        wanted = (wanted & SCAM_CHANNELS) | {"police", "antifraud"}
    return tuple(code for code in CHANNELS if code in wanted)


def advise(facts: Facts) -> Advice:
    """Ask every scenario about these facts and merge the answers into one Advice."""
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
