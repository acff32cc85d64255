from django import template

from cases.core.advice import Advice

from ..casefile import case_file
from ..letters import letters_for

register = template.Library()


@register.simple_tag
def case_documents(case, advice=None) -> dict:
    """What the case page's documents section shows: fitting letters, routes, complaints made."""
    cf = case_file(case, advice if isinstance(advice, Advice) else None)
    return {
        "cf": cf,
        "letters": letters_for(cf),
        "routes": cf.routes,
        "complaints": cf.complaints,
        "overdue": [c for c in cf.complaints if c.overdue],
    }
