"""What a case's stored answers mean to the engine: the message's analysis, typed answers, Facts.

Plain functions over the answers; nothing is remembered between calls (the answers are the
person's decrypted words). cases/casefile.py adds the contact log and asks for the Advice.
"""

from collections.abc import Iterable

from .analysis import Analysis, analyze
from .core.contacts import ContactEvent
from .core.facts import Facts
from .questionnaire import typed


def analysis_for(answers: dict) -> Analysis | None:
    message = answers.get("message") or ""
    return analyze(message) if message else None


def facts_from(answers: dict, analysis: Analysis | None, events: Iterable[ContactEvent] = ()) -> Facts:
    return Facts.build(typed(answers), analysis, list(events))
