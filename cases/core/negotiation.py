"""The negotiation plan for people who do owe the debt: what to ask for, what to say on the
phone, the safeguards, and which of several debts to deal with first.

Built on seeds 001 “四、怎样缓解网贷逾期压力?” (highest interest first, no new loans), 002 “三、沟通协商”
(grace period, instalments, less interest and penalty, in writing with proof) and “四、应对不当”
(refuse improper demands, keep recordings), 003 “2.3 制定还款计划” (a plan from a budget), 004
“二、与贷款平台沟通” (a written agreement), and legal-facts 5.1 (credit cards: the bank *may* agree a
personalised plan of up to 5 years), 4a.1 (no collecting above the legal line), 4c.3/4c.4 and 9.10.

>>> from cases.core.facts import Facts
>>> [a.code for a in asks(Facts(repay_ability="none", lender_kind="bank"))]
['grace', 'instalments', 'card_plan', 'waive_penalty']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .sources import Source, law, seed


@dataclass(frozen=True)
class Caution:
    """A warning to read before writing to the lender at all."""

    text: str
    sources: tuple[Source, ...]


# The limitation period is 3 years (民法典 188; 10.7). Instalment offers, part payment or a request
# for more time count as agreeing to pay and restart it (10.9, 10.11); agreeing after it has run
# gives the time-bar away for good (10.8, 10.12).
LIMITATION_DAYS = 3 * 365
# Words that show the debt was sold or assigned (资产管理公司 buying bad debts, 债权转让).
DEBT_BUYER_WORDS = ("资产管理", "债权转让", "债权已转让", "转让给", "不良资产", "受让", "债权人已变更")

OLD_DEBT = Caution(
    "先别寄协商还款的信：这笔欠款已经逾期3年以上。欠款的诉讼时效一般是3年；答应分期、还一部分、请求宽限，"
    "都算“同意还款”，会让时效重新计算；时效已经过了之后再答应还钱，就不能再用“超过时效”来抗辩了。"
    "先书面请对方拿出借款合同、放款记录和欠款明细，再请教律师或打12348问一问。",
    (law("10.7"), law("10.8"), law("10.11"), law("10.12")),
)
SOLD_DEBT = Caution(
    "先别寄协商还款的信：消息里说这笔债已经转让（比如给了资产管理公司）。债权转让要通知你本人才对你有效。"
    "先书面请对方拿出债权转让协议和通知你的凭证，以及借款合同和欠款明细；答应还款前，先请教律师或打12348。",
    (law("第五百四十六条", section="2"), law("10.11")),
)


def caution_before_writing(facts: Any) -> Caution | None:
    """A reason to ask for proof before offering to pay: a debt over 3 years overdue, or one
    that was sold or assigned.

    >>> from cases.core.facts import Facts
    >>> caution_before_writing(Facts(overdue_days=1200)) is OLD_DEBT
    True
    >>> caution_before_writing(Facts(message="您的债权已转让给某资产管理公司")) is SOLD_DEBT
    True
    >>> caution_before_writing(Facts(overdue_days=30)) is None
    True
    """
    if facts.overdue_days is not None and facts.overdue_days > LIMITATION_DAYS:
        return OLD_DEBT
    if any(word in (facts.message or "") for word in DEBT_BUYER_WORDS):
        return SOLD_DEBT
    return None


@dataclass(frozen=True)
class Item:
    """One thing to ask, say, avoid or remember, with where it comes from."""

    code: str
    text: str  # to the person, in plain words
    source: Source
    request: str = ""  # the same ask as a letter to the lender puts it


GRACE = Item(
    "grace",
    "请求给一段宽限期（比如一到三个月），这段时间先不算罚息、不催收，你好把钱凑出来。",
    seed("002", "三、沟通协商"),
    "给予本人一段宽限期，宽限期内暂停计收罚息、暂停催收。",
)
INSTALMENTS = Item(
    "instalments",
    "请求把欠款分成几期还，每期的数额按你每月真正拿得出的钱来定。",
    seed("002", "三、沟通协商"),
    "同意本人分期还款。",
)
WAIVE_PENALTY = Item(
    "waive_penalty",
    "请求减免罚息、违约金和各种费用，或者少算一部分利息。说明困难时附上证明（失业、生病、收入下降的材料）。",
    seed("002", "三、沟通协商"),
    "减免罚息、违约金和其他费用，适当减少利息。",
)
PAY_OFF_FOR_WAIVER = Item(
    "pay_off_for_waiver",
    "你能一次还清时，可以提出：一次还清本金和合理利息，请对方减免罚息和费用，并出具结清证明。",
    seed("002", "三、沟通协商"),
    "本人一次性结清本金及合理利息，请贵方减免罚息和费用，并出具结清证明。",
)
CARD_PLAN = Item(
    "card_plan",
    "如果是信用卡欠款：欠款超出你的还款能力、你又愿意还的，银行“可以”和你协商个性化分期，最长 5 年。"
    "这是银行可以同意的事，不是必须同意；谈成并签了协议后，银行应当停止催收。",
    law("5.1"),
    "如本笔为信用卡欠款，请贵方按照《商业银行信用卡业务监督管理办法》的规定，与本人平等协商个性化分期还款方案。",
)
REFUSE_EXCESS = Item(
    "refuse_excess",
    "利息和费用超过国家规定的部分，对方不应催收。你可以请对方书面说明是怎么算的，超出规定的部分按规定重新核算。",
    law("4a.1"),
    "书面说明本笔借款的年化利率和各项费用是怎么算的；超出国家有关规定的部分，请按规定重新核算。",
)

SAFEGUARDS = (
    Item(
        "official_only",
        "只通过官方App或合同约定的还款账户还钱，绝不转给催收员个人、陌生人的银行卡或二维码。",
        law("9.10"),
    ),
    Item(
        "in_writing",
        "谈妥的方案一定要有书面协议（或对方官方渠道发来的确认），写明总额、期数、每期金额和日期。",
        seed("004", "二、与贷款平台沟通"),
    ),
    Item(
        "keep_records",
        "保留每一笔还款的凭证、协商的聊天记录和通话录音。",
        seed("002", "四、应对不当"),
    ),
)

SAY = (
    Item(
        "say_willing",
        "“我愿意还款，但现在确实有困难。我想和你们协商一个我能做到的方案。”",
        seed("003", "2.1 及时与催款方沟通"),
    ),
    Item(
        "say_breakdown",
        "“请把欠款明细发给我：本金、利息、罚息、违约金和其他费用各是多少，怎么算出来的。”",
        seed("004", "一、核实短信内容与来源"),
    ),
    Item(
        "say_offer",
        "“我每个月最多能还 {budget} 元。”（只说你真正拿得出的数。）",
        seed("003", "2.3 制定还款计划"),
    ),
    Item(
        "say_in_writing",
        "“谈好的方案请通过官方App、短信或邮件发给我书面确认，我确认后按约定还款。”",
        seed("004", "二、与贷款平台沟通"),
    ),
    Item(
        "say_no_third_parties",
        "“请只联系我本人，不要联系我的家人、朋友和单位，也不要向他们透露我的欠款。”",
        law("4c.3"),
    ),
    Item(
        "say_recording",
        "“为了双方都清楚，这通电话我会录音。”",
        seed("002", "四、应对不当"),
    ),
)

NEVER = (
    Item(
        "never_overpromise",
        "不要为了让对方满意，答应你做不到的数额或日期。做不到再违约，只会更糟。",
        seed("003", "2.3 制定还款计划"),
    ),
    Item(
        "never_personal_account",
        "不要把钱转到对方给的个人账户、个人微信、支付宝或二维码。",
        law("9.10"),
    ),
    Item(
        "never_new_loan",
        "不要答应“先借一笔新贷款把这笔还上”。催收人员诱导你借新还旧是被明令禁止的。",
        law("4c.4"),
    ),
    Item(
        "never_codes",
        "不要说出短信验证码、银行卡密码，也不要按对方要求开屏幕共享。",
        law("9.5"),
    ),
    Item(
        "never_fees",
        "不要给任何人交“手续费”“修复费”“停息挂账服务费”。征信修复、代理维权收费是骗局。",
        law("9.9"),
    ),
)

HIGHEST_RATE_FIRST = Item(
    "highest_rate_first",
    "几笔欠款同时逾期时，先还利息最高的那笔，损失最少。",
    seed("001", "四、怎样缓解网贷逾期压力?"),
)
NO_NEW_LOANS = Item(
    "no_new_loans",
    "还清之前不要借新贷款还旧贷款，那样欠款会越滚越大。",
    seed("001", "四、怎样缓解网贷逾期压力?"),
)
UNKNOWN_RATE_LAST = Item(
    "unknown_rate",
    "利率不清楚的欠款排在后面。先向出借方要欠款明细，算清年利率，再决定顺序。",
    seed("003", "2.3 制定还款计划"),
)
PLAN_FROM_BUDGET = Item(
    "plan_from_budget",
    "每期的数额按你每月真正拿得出的钱来定：先算清每月收入和必要开支，剩下的才是能还的钱。",
    seed("003", "2.3 制定还款计划"),
)
CANNOT_COVER = Item(
    "cannot_cover",
    "按你现在每月能拿出的钱，5 年内也还不完。这时仍然有路：先争取宽限期，请求减免罚息和费用、"
    "减少利息；信用卡可以请求个性化分期；也可以请家人帮忙、增加收入。不要失联，也不要借新还旧。",
    seed("001", "四、怎样缓解网贷逾期压力?"),
)


def asks(facts: Any, above_line: bool = False) -> tuple[Item, ...]:
    """What to ask the lender for, the best fit for this situation first.

    `facts` is a `Facts` (only repay_ability and lender_kind are read). `above_line` is True when
    the interest check found the cost above the line for this kind of lender.

    >>> from cases.core.facts import Facts
    >>> [a.code for a in asks(Facts(repay_ability="full"), above_line=True)]
    ['refuse_excess', 'pay_off_for_waiver', 'waive_penalty']
    """
    ability = facts.repay_ability
    if ability == "full":
        items = [PAY_OFF_FOR_WAIVER, WAIVE_PENALTY]
    elif ability == "none":
        items = [GRACE, INSTALMENTS, WAIVE_PENALTY]
    else:  # part, or not said: instalments are what most people can manage
        items = [INSTALMENTS, WAIVE_PENALTY, GRACE]
    if ability != "full" and facts.lender_kind in ("bank", None):
        items.insert(2, CARD_PLAN)
    if above_line:
        items.insert(0, REFUSE_EXCESS)
    return tuple(items)


def phone_script(budget: Decimal | None = None) -> tuple[tuple[Item, ...], tuple[Item, ...]]:
    """(what to say, what not to agree to). The offer line is filled in only with a budget.

    >>> say, never = phone_script(Decimal("800"))
    >>> [s.text for s in say if s.code == "say_offer"][0][:15]
    '“我每个月最多能还 800 元'
    """
    say = []
    for item in SAY:
        if item.code == "say_offer":
            if budget is None:
                continue
            item = Item(item.code, item.text.format(budget=f"{budget.normalize():f}"), item.source)
        say.append(item)
    return tuple(say), NEVER


@dataclass(frozen=True)
class Debt:
    """One debt among several, for ordering. `ref` is whatever the caller wants back (a case)."""

    label: str
    rate: Decimal | None  # annual cost, percent; None when unknown
    amount: Decimal | None = None  # yuan owed
    ref: Any = None


def order_debts(debts: Iterable[Debt]) -> tuple[Debt, ...]:
    """Highest annual rate first (seed 001 四); unknown rates last; ties by the larger amount.

    >>> [d.label for d in order_debts([Debt("A", Decimal("18")), Debt("B", None), Debt("C", Decimal("36"))])]
    ['C', 'A', 'B']
    """
    return tuple(
        sorted(
            debts,
            key=lambda d: (d.rate is None, -(d.rate or 0), -(d.amount or 0)),
        )
    )


ALL_ITEMS = (
    GRACE,
    INSTALMENTS,
    WAIVE_PENALTY,
    PAY_OFF_FOR_WAIVER,
    CARD_PLAN,
    REFUSE_EXCESS,
    *SAFEGUARDS,
    *SAY,
    *NEVER,
    HIGHEST_RATE_FIRST,
    NO_NEW_LOANS,
    UNKNOWN_RATE_LAST,
    PLAN_FROM_BUDGET,
    CANNOT_COVER,
)
