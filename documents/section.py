"""The case page's documents section: the letters that fit, where to complain, complaints made."""

from cases.core.advice import Advice

from .casefile import case_file
from .letters import letters_for


def documents_summary(case, advice: Advice | None = None) -> dict:
    cf = case_file(case, advice if isinstance(advice, Advice) else None)
    return {
        "cf": cf,
        "letters": letters_for(cf),
        "routes": cf.routes,
        "complaints": cf.complaints,
        "overdue": [c for c in cf.complaints if c.overdue],
    }
