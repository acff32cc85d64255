"""Glue between a stored case and the core: analysis, Facts and Advice for one case.

This is the only place the web side calls the core, so views stay thin.
"""

from functools import lru_cache

from evidence.services import contact_events

from .analysis import Analysis, analyze
from .core import codes
from .core.advice import Advice, advise
from .core.facts import Facts
from .questionnaire import typed


@lru_cache(maxsize=256)
def _analyze(message: str) -> Analysis:
    return analyze(message)


def analysis_for(answers: dict) -> Analysis | None:
    message = answers.get("message") or ""
    return _analyze(message) if message else None


def guesses(answers: dict) -> dict:
    """What the pasted message suggests for later steps; the person's own answer always wins."""
    analysis = analysis_for(answers)
    if analysis is None:
        return {}
    result = {}
    if analysis.sender_hint:
        result["sender"] = analysis.sender_hint
    if analysis.lender:
        result["lender"] = analysis.lender
    if analysis.amount_claimed is not None:
        result["amount_claimed"] = str(analysis.amount_claimed)
    if analysis.overdue_days is not None:
        result["overdue_days"] = analysis.overdue_days
    threats = [code for code in codes.THREAT_FLAGS if code in analysis.flags]
    if threats:
        result["threats"] = threats
    demands = [d for d, flag in codes.DEMAND_FLAG.items() if flag in analysis.flags]
    if demands:
        result["demands"] = demands
    return result


def facts_for(case) -> Facts:
    """The Facts of a case: its answers, its message and its evidence log.

    Built once per case object (the case page's advice and its documents both need them);
    saving new answers or a change to the log forgets them.
    """
    facts = case.__dict__.get("_facts")
    if facts is None:
        facts = Facts.build(typed(case.answers), analysis_for(case.answers), contact_events(case))
        case.__dict__["_facts"] = facts
    return facts


def for_case(case) -> Advice:
    """The Advice for a case, from its Facts."""
    return advise(facts_for(case))
