"""The case page's documents section: the letters that fit, where to complain, complaints made."""

from .casefile import documents_file
from .letters import letters_for


def case_section(loaded) -> dict:
    """The documents' part of the case page (registered with cases.casefile)."""
    cf = documents_file(loaded)
    letters = letters_for(cf)
    return {
        "cf": cf,
        "letters": letters,
        # the safety box offers the note to family one tap away (issue 16 item 5)
        "family_note": next((letter for letter in letters if letter.slug == "family_note"), None),
        "routes": cf.routes,
        "complaints": cf.complaints,
        "overdue": [c for c in cf.complaints if c.overdue],
    }
