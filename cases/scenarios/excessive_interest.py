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

from cases.core.rules import CRIMINAL_RATE_LINE, LICENSED_COST_LINE, PRIVATE_LENDING_CAP, interest_line
from cases.core.sources import law, seed

from .base import Contribution, Facts, Point, Reason, Scenario, fill, regulator_channels

OVER_LICENSED_LINE = Reason(
    "你被收的年化成本约{rate}%，超过了{line}%。监管要求小额贷款公司新发放贷款的综合年化成本不超过24%，"
    "超过的要整改；据报道，消费金融公司也已被要求不超过24%。",
    LICENSED_COST_LINE.source,
    flag="excessive_interest",
)
OVER_PRIVATE_CAP = Reason(
    "你被收的年利率约{rate}%。个人之间借钱，法院最多支持合同成立时一年期LPR的4倍，"
    "现在一年期LPR是3.0%，4倍就是{line}%。超过的部分（包括罚息、违约金和各种费用加在一起）法院不支持。",
    PRIVATE_LENDING_CAP.source,
    flag="excessive_interest",
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
    return facts.annual_rate is not None or gap


def contribute(facts: Facts) -> Contribution:
    reasons: list[Reason] = []
    flags: tuple[str, ...] = ()
    channels: list[str] = []
    rate = facts.annual_rate
    if rate is not None:
        line = interest_line(facts.lender_kind)
        shown = {"rate": _yuan(rate), "line": _yuan(line.value)}
        if rate > line.value:
            flags = ("excessive_interest",)
            template = OVER_PRIVATE_CAP if line is PRIVATE_LENDING_CAP else OVER_LICENSED_LINE
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
