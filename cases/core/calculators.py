"""Money arithmetic for the negotiation plan: a monthly plan from a budget, and the annual cost.

Plain Python, money as `Decimal` yuan rounded to the fen with ROUND_HALF_UP (how people and banks
round). A figure that cannot be worked out from what the person told us is `None`, never a guess.

>>> plan = monthly_plan(Decimal("2356.80"), Decimal("1000"))
>>> plan.months, [str(p.amount) for p in plan.payments]
(3, ['1000.00', '1000.00', '356.80'])
>>> annual_cost(principal=Decimal("1000"), claimed=Decimal("1100"), days=365).rate
Decimal('10.00')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

import numpy_financial as npf

from .rules import CRIMINAL_RATE_LINE, Rule, interest_line
from .sources import law

FEN = Decimal("0.01")
DAYS_PER_YEAR = 365

# The longest repayment plan any rule we rely on mentions: a credit-card 个性化分期 may run to
# 5 years (legal-facts 5.1). A budget that needs longer than this cannot cover the debt.
MAX_PLAN_MONTHS = Rule(60, law("5.1"), note="信用卡个性化分期最长 5 年；银行“可以”同意，不是必须")


def to_fen(value: Decimal) -> Decimal:
    """Round yuan to the fen, half up.

    >>> to_fen(Decimal("0.005")), to_fen(Decimal("2.344"))
    (Decimal('0.01'), Decimal('2.34'))
    """
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Payment:
    month: int  # 1 = the first month of the plan
    amount: Decimal  # yuan paid that month
    remaining: Decimal  # yuan still owed after it


@dataclass(frozen=True)
class MonthlyPlan:
    total: Decimal  # what is to be repaid, yuan
    budget: Decimal  # what the person can pay a month, yuan
    months: int | None  # months needed at that budget; None when the budget is zero
    payments: tuple[Payment, ...]  # the table; empty when the plan does not fit
    max_months: int  # the longest plan a rule mentions (MAX_PLAN_MONTHS)
    # Extra yuan a month needed to finish within max_months; None when the budget is enough.
    shortfall: Decimal | None

    @property
    def fits(self) -> bool:
        """The budget repays the whole amount within max_months."""
        return self.shortfall is None


def monthly_plan(
    total: Decimal | None, budget: Decimal | None, max_months: int | None = None
) -> MonthlyPlan | None:
    """Months needed and the payment table for paying `total` at `budget` a month.

    Every month pays the budget and the last month pays what is left. When the budget cannot
    repay the total within `max_months` (60 unless given), there is no table and `shortfall` says
    how much more a month it would take. None when the total or the budget is unknown.

    >>> monthly_plan(Decimal("6000"), Decimal("0")).shortfall
    Decimal('100.00')
    >>> monthly_plan(None, Decimal("500")) is None
    True
    """
    if total is None or budget is None or total < 0 or budget < 0:
        return None
    limit = max_months if max_months is not None else MAX_PLAN_MONTHS.value
    total, budget = to_fen(total), to_fen(budget)
    if total == 0:
        return MonthlyPlan(total, budget, 0, (), limit, None)
    months = int((total / budget).to_integral_value(rounding=ROUND_CEILING)) if budget > 0 else None
    if months is None or months > limit:
        needed = (total / limit).quantize(FEN, rounding=ROUND_CEILING)
        return MonthlyPlan(total, budget, months, (), limit, needed - budget)
    payments = []
    remaining = total
    for month in range(1, months + 1):
        amount = min(budget, remaining)
        remaining -= amount
        payments.append(Payment(month, amount, remaining))
    return MonthlyPlan(total, budget, months, tuple(payments), limit, None)


@dataclass(frozen=True)
class AnnualCost:
    rate: Decimal  # percent a year, to two decimals
    basis: str  # "implied": worked out from the amounts and days; "stated": the rate they gave
    extra: Decimal | None = None  # claimed − principal, yuan (implied only)
    days: int | None = None  # days the money was out (implied only)


def annual_cost(
    principal: Decimal | None = None,
    claimed: Decimal | None = None,
    days: int | None = None,
    stated_rate: Decimal | None = None,
) -> AnnualCost | None:
    """The annual cost of the loan: (claimed − principal) / principal × 365 / days × 100.

    `days` is how long the person has had the money (from receiving it to the date of the
    claim). When that cannot be worked out — zero or unknown days, no principal, or a claim no
    larger than the principal — the rate the person stated is used; without one, None.

    >>> annual_cost(Decimal("1000"), Decimal("1300"), 0, Decimal("24")).basis
    'stated'
    >>> annual_cost(Decimal("5000"), Decimal("4000"), 30) is None
    True
    """
    computable = (
        principal is not None and claimed is not None and days is not None and days > 0 and principal > 0
    )
    if computable and claimed > principal:
        extra = claimed - principal
        rate = extra / principal * Decimal(DAYS_PER_YEAR) / Decimal(days) * 100
        return AnnualCost(to_fen(rate), "implied", to_fen(extra), days)
    if stated_rate is not None and stated_rate >= 0:
        return AnnualCost(to_fen(stated_rate), "stated")
    return None


def schedule_rate(received: Decimal, payments: Sequence[Decimal]) -> Decimal | None:
    """The real annual rate of a loan repaid monthly: the internal rate of return of the cash
    flows (what was received now, each month's payment after), times 12, in percent. This is how
    lenders must state an annualised rate (legal-facts 10.23); numpy-financial solves it.

    >>> schedule_rate(Decimal("10000"), [Decimal("983.33")] * 12)
    Decimal('31.72')
    >>> schedule_rate(Decimal("10000"), [Decimal("100")] * 12) is None  # repays less than received
    True
    """
    if received <= 0 or not payments or any(p < 0 for p in payments) or sum(payments) <= received:
        return None
    monthly = npf.irr([float(received), *(-float(p) for p in payments)])
    if monthly != monthly:  # NaN: no rate solves these flows
        return None
    return to_fen(Decimal(str(monthly)) * 12 * 100)


def equal_instalments(received: Decimal, instalment: Decimal, count: int) -> Decimal | None:
    """The real annual rate of `count` equal monthly instalments on `received` yuan."""
    if count <= 0:
        return None
    return schedule_rate(received, [instalment] * count)


def interest_first(received: Decimal, interest: Decimal, count: int, principal: Decimal) -> Decimal | None:
    """先息后本: `interest` each month, the principal with the last payment. `received` is what
    actually arrived (less than `principal` when a fee was deducted up front, 砍头息)."""
    if count <= 0:
        return None
    return schedule_rate(received, [interest] * (count - 1) + [interest + principal])


@dataclass(frozen=True)
class InterestCheck:
    cost: AnnualCost
    lender_kind: str | None
    line: Rule | None  # the line for this kind of lender (rules.interest_line); None for cards

    @property
    def above_line(self) -> bool:
        return self.line is not None and self.cost.rate > self.line.value

    @property
    def above_criminal_line(self) -> bool:
        """Above 36%: a lending *business* may be the crime of illegal lending (6.5)."""
        return self.cost.rate > CRIMINAL_RATE_LINE.value

    @property
    def private_cap(self) -> bool:
        """The line is the court's 4×LPR cap for private lending (not a regulator's line)."""
        return self.lender_kind == "private" and self.line is not None


def interest_check(
    lender_kind: str | None,
    principal: Decimal | None = None,
    claimed: Decimal | None = None,
    days: int | None = None,
    stated_rate: Decimal | None = None,
    loan_date: date | None = None,
) -> InterestCheck | None:
    """The annual cost compared with the line for this kind of lender; None when unknown.

    >>> check = interest_check("private", stated_rate=Decimal("18"))
    >>> check.above_line, str(check.line.value)
    (True, '12.0')
    """
    cost = annual_cost(principal, claimed, days, stated_rate)
    line = interest_line(lender_kind, loan_date)
    if cost is None or line is None:
        return None
    return InterestCheck(cost, lender_kind, line)
