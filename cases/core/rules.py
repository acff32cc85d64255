"""The numbers the advisor applies, each with the rule it comes from and the day it was checked.

Every threshold lives here once. Scenario modules and the contact statistics read these values;
a test checks that every `Rule.source` points at a real row of ../shared/legal-facts.md.

>>> NIGHT_START.value, NIGHT_END.value
(datetime.time(22, 0), datetime.time(8, 0))
>>> PRIVATE_LENDING_CAP.value
Decimal('12.0')
>>> str(MAX_ANSWERED_CALLS_PER_DAY.source)
'legal-facts §4b.3'
"""

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from .codes import Code, _index
from .sources import LEGAL_FACTS_CHECKED, Source, law

# Collection hours are rules about the debtor's clock in mainland China, so every contact time is
# converted to this zone before it is compared with the night window or bucketed into a day.
CHINA_TZ = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Rule:
    """A named value with where it comes from and when that was last checked."""

    value: Any
    source: Source
    checked: str = LEGAL_FACTS_CHECKED
    note: str = ""


# Without the debtor's agreement, no collection between 22:00 and 08:00 (GB/T 45251-2025 and the
# 中银协 2026 指引 agree; the 2018 NIFA 公约 gives no clock hours, see legal-facts 4a.4).
NIGHT_START = Rule(time(22, 0), law("4b.3"), note="中国银行业协会的催收指引同样禁止")
NIGHT_END = Rule(time(8, 0), law("4b.3"))

# At most 3 effective (answered) active calls per debtor per day; at most 6 dialling attempts
# per number per day when calls go unanswered.
MAX_ANSWERED_CALLS_PER_DAY = Rule(3, law("4b.3"))
MAX_ATTEMPTS_PER_DAY = Rule(6, law("4c.2"))

# Licensed lenders: 小额贷款公司 must correct new loans above 24% comprehensive annual cost (6.7);
# 消费金融公司 were reportedly told the same (6.8). The 助贷 24% reading is UNCONFIRMED (#7), so the
# product cites 6.7 and speaks of a regulatory line, never of a statute.
LICENSED_COST_LINE = Rule(Decimal("24"), law("6.7"), note="据报道消费金融公司也被要求不超过24%")

# Private lending: the court protects at most 4× the one-year LPR at contract formation (6.1),
# and that LPR is 3.0% since May 2025 (6.9).
LPR_ONE_YEAR = Rule(Decimal("3.0"), law("6.9"))
PRIVATE_LENDING_CAP = Rule(
    LPR_ONE_YEAR.value * 4,
    law("6.1"),
    note="不知道合同成立的日期，先按2025年5月20日起的一年期LPR 3.0%的4倍算",
)


@dataclass(frozen=True)
class LprFixing:
    """One published one-year LPR (percent), in force from `day` until the next fixing."""

    day: date
    rate: Decimal
    row: str  # the legal-facts row that confirms it
    day_stated: bool = True  # False when the source gives the month only


# Every change of the one-year LPR since the new mechanism began (legal-facts 10.30–10.46; months
# without a row had no change). One table: the private-lending cap by contract date reads it.
LPR_FIXINGS = (
    LprFixing(date(2019, 8, 20), Decimal("4.25"), "10.31"),
    LprFixing(date(2019, 9, 20), Decimal("4.20"), "10.32", day_stated=False),
    LprFixing(date(2019, 11, 20), Decimal("4.15"), "10.33"),
    LprFixing(date(2020, 2, 20), Decimal("4.05"), "10.34"),
    LprFixing(date(2020, 4, 20), Decimal("3.85"), "10.35"),
    LprFixing(date(2021, 12, 20), Decimal("3.80"), "10.36"),
    LprFixing(date(2022, 1, 20), Decimal("3.70"), "10.37"),
    LprFixing(date(2022, 8, 22), Decimal("3.65"), "10.38"),
    LprFixing(date(2023, 6, 20), Decimal("3.55"), "10.39"),
    LprFixing(date(2023, 8, 21), Decimal("3.45"), "10.40"),
    LprFixing(date(2024, 7, 22), Decimal("3.35"), "10.41"),
    LprFixing(date(2024, 10, 21), Decimal("3.10"), "10.42"),
    LprFixing(date(2025, 5, 20), Decimal("3.00"), "10.43"),
)
# Fixings after this day are not confirmed (10.44 confirms 3.0% to March 2026; 10.45 is weak).
LPR_CONFIRMED_UNTIL = date(2026, 3, 31)


@dataclass(frozen=True)
class LprOnDay:
    fixing: LprFixing
    provisional: bool  # the day is after the last confirmed fixing (10.45)

    @property
    def cap(self) -> Decimal:
        """4 × this LPR: the private-lending cap for a contract made that day (6.1, 10.46)."""
        return self.fixing.rate * 4


def lpr_on(day: date) -> LprOnDay | None:
    """The one-year LPR in force on `day` (the last fixing on or before it); None before 2019-08-20.

    >>> lpr_on(date(2021, 6, 1)).fixing.rate, lpr_on(date(2021, 6, 1)).cap
    (Decimal('3.85'), Decimal('15.40'))
    >>> lpr_on(date(2026, 6, 1)).provisional
    True
    """
    in_force = [f for f in LPR_FIXINGS if f.day <= day]
    if not in_force:
        return None
    return LprOnDay(in_force[-1], provisional=day > LPR_CONFIRMED_UNTIL)


# Above 36% actual annual rate, a lending *business* can be the crime 非法经营 (with thresholds).
CRIMINAL_RATE_LINE = Rule(Decimal("36"), law("6.5"))

# Who lent the money decides which interest line applies and where to complain.
LENDER_KINDS = _index(
    Code("bank", "银行（含信用卡）"),
    Code("consumer_finance", "消费金融公司"),
    Code("small_loan", "小额贷款公司（含网络小贷）"),
    Code("platform", "网贷平台或助贷平台（不清楚背后是谁放款）"),
    Code("private", "个人或没有放贷资质的机构"),
)
LICENSED_KINDS = frozenset({"bank", "consumer_finance", "small_loan", "platform"})

ALL_RULES = {
    name: value for name, value in list(globals().items()) if isinstance(value, Rule) and name.isupper()
}


# Credit-card rates have had no ceiling since 2021-01-01: issuer and holder agree them, and the
# issuer must show the annualised rate (10.22, 10.23).
CARD_RATES_FREE = Rule(None, law("10.22"), note="2021年1月1日起信用卡透支利率由双方约定，不设上限")


def private_cap(loan_date: date | None) -> Rule:
    """4 × the one-year LPR in force on the contract date (6.1, 10.46), naming that fixing; the
    current cap when the date is unknown.

    >>> private_cap(date(2021, 6, 1)).value, private_cap(date(2021, 6, 1)).note
    (Decimal('15.40'), '合同成立时（2021年6月1日）适用2020年4月20日公布的一年期LPR 3.85%的4倍')
    """
    on_day = lpr_on(loan_date) if loan_date else None
    if on_day is None:
        return PRIVATE_LENDING_CAP
    fixing = on_day.fixing
    day = f"{fixing.day.year}年{fixing.day.month}月" + (f"{fixing.day.day}日" if fixing.day_stated else "")
    note = (
        f"合同成立时（{loan_date.year}年{loan_date.month}月{loan_date.day}日）适用{day}公布的"
        f"一年期LPR {fixing.rate}%的4倍"
    )
    if on_day.provisional:
        note += "；2026年3月以后的LPR还没有得到确认，这个数字是暂定的"
    return Rule(on_day.cap, law(fixing.row), note=note)


def interest_line(lender_kind: str | None, loan_date: date | None = None) -> Rule | None:
    """The annual-cost line for a lender type: the court's cap for private lending, the line
    regulators set for licensed lenders (the licensed line when the type is unknown), and none
    for credit cards.

    >>> interest_line("private").value
    Decimal('12.0')
    >>> interest_line(None).value
    Decimal('24')
    >>> interest_line("bank") is None
    True
    """
    if lender_kind == "private":
        return private_cap(loan_date)
    if lender_kind == "bank":
        return None
    return LICENSED_COST_LINE
