"""Several debts overdue at once: highest interest first, no new loans to repay old ones.

Built on seed 001 “四、怎样缓解网贷逾期压力?” and legal-facts 4c.4 (collectors may not push the
debtor into new borrowing).

>>> applies(Facts(other_debts=2)), applies(Facts(other_debts=0))
(True, False)
"""

from cases.core.sources import law, seed

from .base import Contribution, Facts, Point, Reason, Scenario, Step

SEVERAL_DEBTS = Reason(
    "你有好几笔欠款同时逾期。先理清楚，再按顺序还，比四处拆东墙补西墙好。",
    seed("001", "四、怎样缓解网贷逾期压力?"),
)
NEW_LOAN_PUSHED = Reason(
    "催收人员让你去借新的贷款来还这笔钱，这是行业规定明令禁止的。不要照做。",
    law("4c.4"),
)

HIGHEST_RATE_FIRST = Point(
    "多笔贷款同时逾期时，优先还利息最高的那笔，减少损失。",
    seed("001", "四、怎样缓解网贷逾期压力?"),
)
NO_NEW_LOANS = Point(
    "还清之前不要再借新贷款来还旧贷款，那只会让欠款越滚越大。",
    seed("001", "四、怎样缓解网贷逾期压力?"),
)

LIST_DEBTS = Step(
    "把所有欠款列一张表：平台、本金、利率、已逾期天数、每月应还，按利率从高到低排。",
    seed("003", "2.3 制定还款计划"),
)


def applies(facts: Facts) -> bool:
    return (facts.other_debts or 0) > 0 or facts.cue("new_loan_push")


def contribute(facts: Facts) -> Contribution:
    reasons = [SEVERAL_DEBTS] if (facts.other_debts or 0) > 0 else []
    if facts.cue("new_loan_push"):
        reasons.append(NEW_LOAN_PUSHED)
    return Contribution(
        reasons=tuple(reasons), steps=(LIST_DEBTS,), negotiation=(HIGHEST_RATE_FIRST, NO_NEW_LOANS)
    )


SCENARIO = Scenario("multiple_debts", "同时有好几笔欠款", applies, contribute)
