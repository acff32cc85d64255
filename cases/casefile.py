"""The one loader: everything a case's pages show, built once per request, handed to templates.

    cf = casefile.load(case)
    cf.facts, cf.advice          # answers + message analysis + contact events -> Facts -> Advice
    cf.sections["evidence"]      # what the evidence log adds to the case page
    cf.sections["documents"]     # the letters, complaint routes and complaints made

The apps that keep parts of a case file sit above this app, so they plug in from their
AppConfig.ready() rather than being imported here (as they do for cases/export.py):

    casefile.register_log(read)                  # case -> object with `.events` (ContactEvents)
    casefile.register_section("documents", make) # CaseFile -> what its part of the case page shows

Nothing here is remembered between requests: each request decrypts what it shows and drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from .advice import analysis_for, facts_from
from .core.hotlines import CHANNELS
from .scenarios import Advice, advise

if TYPE_CHECKING:
    from .analysis import Analysis
    from .core.facts import Facts
    from .models import Case

_LOG: list[Callable[[Case], Any]] = []
_SECTIONS: dict[str, Callable[[CaseFile], Any]] = {}


def register_log(read: Callable[[Case], Any]) -> None:
    """`read(case)` returns the case's contact log: any object with an `events` sequence."""
    if read not in _LOG:
        _LOG.append(read)


def register_section(name: str, make: Callable[[CaseFile], Any]) -> None:
    _SECTIONS[name] = make


@dataclass
class CaseFile:
    case: Case
    analysis: Analysis | None
    log: Any  # what the registered log reader returned (None when no app keeps a log)
    facts: Facts
    advice: Advice
    today: Any = field(default_factory=timezone.localdate)
    sections: dict[str, Any] = field(default_factory=dict)

    @property
    def channels(self) -> list:
        """The complaint and help channels of the advice, as hotlines.CHANNELS entries."""
        return [CHANNELS[code] for code in self.advice.channels if code in CHANNELS]


def load(case: Case, *, sections: bool = False) -> CaseFile:
    """Read the case's log, build its Facts and Advice and, for the case page, every section."""
    log = _LOG[0](case) if _LOG else None
    analysis = analysis_for(case.answers)
    facts = facts_from(case.answers, analysis, log.events if log is not None else ())
    cf = CaseFile(case, analysis, log, facts, advise(facts))
    if sections:
        cf.sections = {name: make(cf) for name, make in _SECTIONS.items()}
    return cf
