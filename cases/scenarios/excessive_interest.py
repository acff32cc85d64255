"""Interest and fees above the legal or regulatory line for that kind of lender.

Built on seeds 002 “六、避免涉及高利贷与非法借贷” and 000 “收到网贷催款通知函怎么办?” (read the
interest and penalty terms), and legal-facts §6: private lending is protected up to 4 × the
one-year LPR (6.1; LPR 3.0% → 12%, 6.9); licensed lenders are held to a 24% comprehensive-cost
line (小贷 6.7, 消金 6.8); above 36% a lending business may be a crime (6.5); interest taken out
of the principal up front (砍头息) does not count as lent (第六百七十条). Amounts above the legal
line may not be collected (4a.1).

>>> from decimal import Decimal
>>> contribute(Facts(annual_rate=Decimal("180"))).flags
('excessive_interest',)
"""

from decimal import Decimal

from cases.core.calculators import equal_instalments
from cases.core.rules import (
    CARD_RATES_FREE,
    CRIMINAL_RATE_LINE,
    LICENSED_COST_LINE,
    PRIVATE_LENDING_CAP,
    interest_line,
)
from cases.core.sources import law, seed

from .base import Contribution, Facts, Point, Reason, Scenario, fill, regulator_channels

OVER_LICENSED_LINE = Reason(
    "你被收的年化成本约{rate}%，高于监管为这类机构划的线（{line}%）：小额贷款公司新发放贷款的综合年化成本"
    "超过24%要整改，据报道消费金融公司也有同样的要求。这是监管的要求，不是法律条文；"
    "可以请对方书面解释这个成本是怎么算出来的。",
    LICENSED_COST_LINE.source,
    flag="excessive_interest",
)
OVER_PRIVATE_CAP = Reason(
    "你被收的年利率约{rate}%。个人之间借钱，法院最多支持合同成立时一年期LPR的4倍：{note}，也就是{line}%。"
    "超过的部分（包括罚息、违约金和各种费用加在一起）法院不支持。",
    PRIVATE_LENDING_CAP.source,
    flag="excessive_interest",
)
CARD_RATE = Reason(
    "信用卡透支利率从2021年起由银行和持卡人约定，没有统一的上限；但银行必须清楚地告诉你年化利率是多少。"
    "可以请银行书面说明年化利率和各项费用。",
    CARD_RATES_FREE.source,
)
SCHEDULE_RATE = Reason(
    "按你到手的{received}元、每月还{instalment}元、共{count}期算，这笔钱的真实年化利率约{rate}%"
    "（按每期还款的现金流计算内部收益率，再乘以12）。放贷机构必须明示年化利率，可以要对方拿出来对照。",
    law("10.23"),
)
OVER_CRIMINAL_LINE = Reason(
    "年利率超过36%、又以放贷为业的，可能涉嫌非法放贷的犯罪。遇到这种高利贷，可以向公安机关报案。",
    CRIMINAL_RATE_LINE.source,
)
MAYBE_PRIVATE = Reason(
    "你被收的年利率约{rate}%。如果借钱给你的是个人或没有放贷资质的机构，超过{line}%的部分法院不支持。"
    "请确认出借方是什么机构。",
    PRIVATE_LENDING_CAP.source,
)
NOT_COLLECTABLE = Reason(
    "利息、违约金和各种费用加起来超过法律规定的部分，催收方不得催收。",
    law("4a.1"),
)
AMOUNT_GAP = Reason(
    "对方要你还{claimed}元，比本金{principal}元多出{extra}元。请对方列出利息、罚息、违约金和各种费用的明细，逐项核对。",
    seed("000", "收到网贷催款通知函怎么办?"),
)
HEAD_INTEREST = Reason(
    "如果放款时先扣掉了一笔钱（“砍头息”“服务费”），本金按你实际拿到手的钱算，利息也按这个数算。",
    law("第六百七十条", section="2"),
)
USURY_WARNING = Reason(
    "发现自己借到了高利贷或非法借贷，应当向公安机关报案，并寻求法律帮助。",
    seed("002", "六、避免涉及高利贷与非法借贷"),
)

REFUSE_EXCESS = Point(
    "协商时明确提出：超过法律红线的利息和费用，你不同意支付，请对方按合法标准重新计算。",
    law("4a.1"),
)
ASK_BREAKDOWN = Point(
    "要求对方书面列出本金、利息、罚息、违约金和其他费用各是多少，以及怎么算出来的。",
    seed("000", "收到网贷催款通知函怎么办?"),
)


def _yuan(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')).normalize():f}"


def applies(facts: Facts) -> bool:
    gap = (
        facts.principal is not None
        and facts.amount_claimed is not None
        and facts.amount_claimed > facts.principal
    )
    schedule = facts.instalment is not None and facts.instalments is not None
    return facts.annual_rate is not None or gap or schedule


def _schedule_rate(facts: Facts) -> Decimal | None:
    """The real annual rate from the repayment schedule, when the person gave one."""
    if facts.principal is None or facts.instalment is None or not facts.instalments:
        return None
    return equal_instalments(facts.principal, facts.instalment, facts.instalments)


def contribute(facts: Facts) -> Contribution:
    reasons: list[Reason] = []
    flags: tuple[str, ...] = ()
    channels: list[str] = []
    from_schedule = _schedule_rate(facts)
    if from_schedule is not None:
        reasons.append(
            fill(
                SCHEDULE_RATE,
                received=_yuan(facts.principal),
                instalment=_yuan(facts.instalment),
                count=facts.instalments,
                rate=_yuan(from_schedule),
            )
        )
    rate = from_schedule if from_schedule is not None else facts.annual_rate
    line = interest_line(facts.lender_kind, facts.loan_date)
    if rate is not None and line is None:
        reasons.append(CARD_RATE)
    elif rate is not None:
        shown = {"rate": _yuan(rate), "line": _yuan(line.value), "note": line.note}
        if rate > line.value:
            flags = ("excessive_interest",)
            template = OVER_PRIVATE_CAP if facts.lender_kind == "private" else OVER_LICENSED_LINE
            reasons += [fill(template, **shown), NOT_COLLECTABLE]
            channels += regulator_channels(facts)
        elif facts.lender_kind is None and rate > PRIVATE_LENDING_CAP.value:
            reasons.append(fill(MAYBE_PRIVATE, rate=shown["rate"], line=_yuan(PRIVATE_LENDING_CAP.value)))
        if rate > CRIMINAL_RATE_LINE.value and facts.lender_kind in ("private", None):
            reasons += [OVER_CRIMINAL_LINE, USURY_WARNING]
            channels.append("police")
    if (
        facts.principal is not None
        and facts.amount_claimed is not None
        and facts.amount_claimed > facts.principal
    ):
        extra = facts.amount_claimed - facts.principal
        reasons.append(
            fill(
                AMOUNT_GAP,
                claimed=_yuan(facts.amount_claimed),
                principal=_yuan(facts.principal),
                extra=_yuan(extra),
            )
        )
    reasons.append(HEAD_INTEREST)
    return Contribution(
        flags=flags,
        reasons=tuple(reasons),
        negotiation=(REFUSE_EXCESS, ASK_BREAKDOWN) if flags else (ASK_BREAKDOWN,),
        channels=tuple(channels),
    )


SCENARIO = Scenario("excessive_interest", "利息和费用可能过高", applies, contribute)
