"""The case page's documents section: the letters that fit, where to complain, complaints made."""

from .casefile import documents_file
from .letters import letters_for


def case_section(loaded) -> dict:
    """The documents' part of the case page (registered with cases.casefile)."""
    cf = documents_file(loaded)
    return {
        "cf": cf,
        "letters": letters_for(cf),
        "routes": cf.routes,
        "complaints": cf.complaints,
        "overdue": [c for c in cf.complaints if c.overdue],
    }
