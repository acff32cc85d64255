"""The shape every scenario module shares, and the few facts about conduct several of them read.

A scenario module declares its advice as module-level constants (so a test can walk every
`Source` it cites) and ends with::

    SCENARIO = Scenario("home_visit", "有人说要上门或已经上门", applies, contribute)

where `applies(facts) -> bool` says when it speaks and `contribute(facts) -> Contribution` says
what it adds. `cases.scenarios.REGISTRY` lists them all.

>>> from cases.core.facts import Facts
>>> SCAM_FLAGS & Facts.build({"demands": ["give_code"]}).said
frozenset({'asks_verification_code'})
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cases.core.advice import Contribution, EvidenceItem, Point, Question, Reason, Step, fill
from cases.core.codes import LAW_BREAKING_FLAGS
from cases.core.facts import Facts
from cases.core.router import regulator_channels

__all__ = [
    "Contribution",
    "EvidenceItem",
    "Facts",
    "Point",
    "Question",
    "Reason",
    "Scenario",
    "Step",
    "fill",
    "SCAM_FLAGS",
    "CONDUCT_FLAGS",
    "regulator_channels",
]


@dataclass(frozen=True)
class Scenario:
    slug: str  # design.md scenario slug
    title: str  # plain-Chinese heading for the case page
    applies: Callable[[Facts], bool]
    contribute: Callable[[Facts], Contribution]


# Flags that on their own show the message is not from a real lender (legal-facts 9.5–9.10).
SCAM_FLAGS = frozenset(
    {
        "personal_account",
        "phishing_link",
        "asks_verification_code",
        "credit_repair_offer",
        "account_cancellation_scam",
        "fake_legal_document",
    }
)

# Flags for conduct that breaks the law or the collection rules whoever the debt belongs to: the
# law-breaking ones (codes.py) and the two that break the collection standards only.
CONDUCT_FLAGS = LAW_BREAKING_FLAGS | {"night_contact", "excessive_frequency"}
