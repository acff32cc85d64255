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
from datetime import time
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
NIGHT_START = Rule(time(22, 0), law("4b.3"), note="中银协指引同样禁止，见 4c.2")
NIGHT_END = Rule(time(8, 0), law("4b.3"))

# At most 3 effective (answered) active calls per debtor per day; at most 6 dialling attempts
# per number per day when calls go unanswered.
MAX_ANSWERED_CALLS_PER_DAY = Rule(3, law("4b.3"))
MAX_ATTEMPTS_PER_DAY = Rule(6, law("4c.2"))

# Licensed lenders: 小额贷款公司 must correct new loans above 24% comprehensive annual cost (6.7);
# 消费金融公司 were reportedly told the same (6.8). The 助贷 24% reading is UNCONFIRMED (#7), so the
# product cites 6.7 and speaks of a regulatory line, never of a statute.
LICENSED_COST_LINE = Rule(Decimal("24"), law("6.7"), note="消费金融公司见 6.8 的报道")

# Private lending: the court protects at most 4× the one-year LPR at contract formation (6.1),
# and that LPR is 3.0% since May 2025 (6.9).
LPR_ONE_YEAR = Rule(Decimal("3.0"), law("6.9"))
PRIVATE_LENDING_CAP = Rule(LPR_ONE_YEAR.value * 4, law("6.1"), note="4 × 一年期LPR 3.0%，见 6.9")

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


def interest_line(lender_kind: str | None) -> Rule:
    """The annual-cost line for a lender type (the licensed line when the type is unknown).

    >>> interest_line("private").value
    Decimal('12.0')
    >>> interest_line(None).value
    Decimal('24')
    """
    return PRIVATE_LENDING_CAP if lender_kind == "private" else LICENSED_COST_LINE
