"""What a case's stored answers mean to the engine: the message's analysis, typed answers, Facts.

Plain functions over the answers; nothing is remembered between calls (the answers are the
person's decrypted words). cases/casefile.py adds the contact log and asks for the Advice.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from .analysis import Analysis, analyze
from .core.contacts import ContactEvent
from .core.facts import Facts
from .core.first_answer import FirstAnswer, first_answer
from .questionnaire import typed
from .scenarios import advise


def analysis_for(answers: dict) -> Analysis | None:
    message = answers.get("message") or ""
    return analyze(message) if message else None


def facts_from(answers: dict, analysis: Analysis | None, events: Iterable[ContactEvent] = ()) -> Facts:
    return Facts.build(typed(answers), analysis, list(events))


@dataclass(frozen=True)
class FirstLook:
    """The findings step: the pasted message's analysis and what the message alone shows."""

    analysis: Analysis
    answer: FirstAnswer


def first_look(answers: dict) -> FirstLook | None:
    """The first answer right after the paste (design.md), from the message alone; None when no
    message was kept."""
    analysis = analysis_for(answers)
    if analysis is None:
        return None
    return FirstLook(analysis, first_answer(advise(Facts.build({}, analysis))))
