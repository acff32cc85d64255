"""Everything the documents say about one case, gathered once: the documents' named facts.

Like djangoproject.com's checklists, each document is a per-type template rendered over these
named facts; no template reaches into the database or the core by itself. Built on the case's
one loader (cases.casefile.load: answers, contact log → Facts → Advice) plus the complaints made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

from django.utils import timezone

from cases import casefile
from cases.advice import analysis_for, facts_from
from cases.core import codes, negotiation
from cases.core.advice import Advice
from cases.core.calculators import InterestCheck, MonthlyPlan, annual_cost, interest_check, monthly_plan
from cases.core.facts import Facts
from cases.core.router import Route, Violation, route, violations
from cases.core.rules import LENDER_KINDS
from evidence.index import IndexRow, evidence_index
from evidence.log import Log

from .models import Complainant, Complaint

if TYPE_CHECKING:
    from cases.models import Case


@dataclass(frozen=True)
class CaseFile:
    case: Case
    facts: Facts
    advice: Advice
    routes: tuple[Route, ...]
    violations: tuple[Violation, ...]
    complaints: tuple[Complaint, ...]
    log: Log
    today: date = field(default_factory=timezone.localdate)

    # Built when a document needs them, not for the case page's summary of the documents; they
    # live as long as this object, which lives for one request.
    @cached_property
    def evidence(self) -> tuple[IndexRow, ...]:
        return tuple(evidence_index(self.log))

    @cached_property
    def complainant(self) -> Complainant | None:
        return Complainant.objects.filter(case=self.case).first()

    @property
    def lender(self) -> str:
        """The lender's name as the person or the message gave it; empty when unknown."""
        return self.facts.lender or ""

    @property
    def lender_kind_label(self) -> str:
        kind = self.facts.lender_kind
        return LENDER_KINDS[kind].label if kind in LENDER_KINDS else ""

    @property
    def borrower(self) -> bool:
        """The person owes (or may owe) this debt: the negotiation documents are for them."""
        return not self.facts.is_third_party and self.advice.verdict not in ("scam", "not_your_debt")

    @property
    def channel_label(self) -> str:
        return codes.CHANNELS[self.facts.channel].label if self.facts.channel in codes.CHANNELS else ""

    @property
    def names(self) -> list[str]:
        """Names to mask in a public version: the complainant's own."""
        return [self.complainant.name] if self.complainant and self.complainant.name else []

    def interest(self, days: int | None = None) -> InterestCheck | None:
        f = self.facts
        return interest_check(f.lender_kind, f.principal, f.amount_claimed, days, f.annual_rate, f.loan_date)

    def plan(self, budget: Decimal | None = None) -> MonthlyPlan | None:
        budget = budget if budget is not None else self.facts.monthly_budget
        return monthly_plan(self.facts.amount_claimed, budget)

    def asks(self, days: int | None = None) -> tuple[negotiation.Item, ...]:
        check = self.interest(days)
        return negotiation.asks(self.facts, above_line=bool(check and check.above_line))


def case_file(case: Case) -> CaseFile:
    """Gather the named facts for one case (a handful of queries)."""
    return documents_file(casefile.load(case))


def documents_file(loaded: casefile.CaseFile) -> CaseFile:
    """The documents' named facts from what the case's loader built, plus the complaints made."""
    facts, advice = loaded.facts, loaded.advice
    complaints = tuple(Complaint.objects.filter(case=loaded.case))
    credit_disputed = any(c.channel in ("credit_dispute", "pboc") for c in complaints)
    return CaseFile(
        case=loaded.case,
        facts=facts,
        advice=advice,
        routes=route(advice, facts.lender_kind, credit_disputed=credit_disputed),
        violations=violations(advice.flags),
        complaints=complaints,
        log=loaded.log,
        today=loaded.today,
    )


def other_debts(case: Case) -> tuple[negotiation.Debt, ...]:
    """The owner's debts across all their cases, highest rate first (seed 001 四).

    Empty unless the case belongs to an account with at least two cases where the person owes.
    Rates come from what each case says (the stated rate); nothing is guessed.
    """
    if case.owner_id is None:
        return ()
    debts = []
    for other in case.owner.cases.all():
        f = facts_from(other.answers, analysis_for(other.answers))
        if f.is_third_party:
            continue
        cost = annual_cost(f.principal, f.amount_claimed, None, f.annual_rate)
        label = other.display_title + (f"（{f.lender}）" if f.lender else "")
        debts.append(negotiation.Debt(label, cost.rate if cost else None, f.amount_claimed, other))
    return negotiation.order_debts(debts) if len(debts) > 1 else ()
