"""Negotiating repayment with the lender: ask for time, installments, less penalty, in writing.

Built on seeds 002 “三、沟通协商”, 003 “2.1 及时与催款方沟通” and “2.3 制定还款计划”,
004 “二、与贷款平台沟通”, 001 “四、怎样缓解网贷逾期压力?”, and legal-facts 5.1: for credit cards
the bank *may* (可以, not must) agree a personalised installment plan of up to 5 years, and must
stop collecting once it is signed.

>>> applies(Facts(relationship="borrower"))
True
"""

from cases.core.negotiation import caution_before_writing
from cases.core.sources import law, seed

from .base import Contribution, EvidenceItem, Facts, Point, Reason, Scenario, Step, fill
from .scam_signals import is_scam

WHY_NEGOTIATE = Reason(
    "如果你确实欠款，主动和出借方沟通比躲着好。多数平台会给一定的宽限期，或同意分期还款。",
    seed("002", "三、沟通协商"),
)

EXPLAIN_HARDSHIP = Point(
    "诚恳说明还不上的原因，附上证明材料，比如失业证明、医疗证明、收入证明或银行流水。",
    seed("003", "2.1 及时与催款方沟通"),
)
ASK_TIME_OR_INSTALMENTS = Point(
    "请求宽限一段时间，或者把欠款分成几期还。",
    seed("002", "三、沟通协商"),
)
ASK_LESS_PENALTY = Point(
    "请求减少利息、减免部分罚息和违约金，以减轻还款压力。",
    seed("002", "三、沟通协商"),
)
IN_WRITING = Point(
    "双方谈妥后，一定要签书面还款协议（或保存清楚的聊天记录），写明金额、期数和每期日期。",
    seed("004", "二、与贷款平台沟通"),
)
CREDIT_CARD_PLAN = Point(
    "如果是信用卡欠款，超出你的还款能力、你又愿意还的，银行“可以”和你协商个性化分期，最长5年。"
    "注意是“可以”，银行没有义务一定答应；签了分期协议后，银行应当停止催收。",
    law("5.1"),
)
OFFICIAL_ONLY = Point(
    "只通过官方App或合同约定的还款账户还钱，每一笔都留凭证。不要转给催收员个人。",
    law("9.10"),
)
BUDGET_PLAN = Point(
    "按你每月能拿出来的钱（约{budget}元）提出分期方案。不要为了让对方满意，答应做不到的数额。",
    seed("003", "2.3 制定还款计划"),
)
CANNOT_PAY_NOW = Point(
    "现在一分钱也还不上，也要主动联系平台说明困难、争取更多时间，不要失联。",
    seed("001", "四、怎样缓解网贷逾期压力?"),
)

MAKE_A_PLAN = Step(
    "算清楚每月收入和必要开支，看每月最多能拿多少钱还债，再去谈。",
    seed("003", "2.3 制定还款计划"),
)
CONTACT_SUPPORT = Step(
    "通过官方客服电话或在线客服联系平台，说明情况，提出你的还款方案。电话谈不拢，可以写邮件或信函。",
    seed("002", "三、沟通协商"),
)

AGREEMENT = EvidenceItem(
    "repayment_agreement",
    "还款协议、协商的聊天记录或录音，以及每一笔还款的凭证。",
    seed("004", "二、与贷款平台沟通"),
)


def applies(facts: Facts) -> bool:
    # Talking terms with whoever sent a scam would only help the scammer.
    owes = facts.relationship == "borrower" or facts.repay_ability is not None
    return owes and not is_scam(facts)


def contribute(facts: Facts) -> Contribution:
    caution = caution_before_writing(facts)
    if caution is not None:
        # An old or sold debt: offering to pay could give away a defence (legal-facts 10.7–10.13),
        # so the plan asks for proof first and offers nothing yet.
        return Contribution(
            reasons=(Reason(caution.text, caution.sources[0]),),
            steps=(Step(caution.text, caution.sources[0], urgent=True),),
            negotiation=(IN_WRITING, OFFICIAL_ONLY),
            evidence=(AGREEMENT,),
        )
    points = [EXPLAIN_HARDSHIP, ASK_TIME_OR_INSTALMENTS, ASK_LESS_PENALTY]
    if facts.monthly_budget is not None:
        points.append(fill(BUDGET_PLAN, budget=f"{facts.monthly_budget.normalize():f}"))
    if facts.repay_ability == "none":
        points.append(CANNOT_PAY_NOW)
    if facts.lender_kind in ("bank", None):
        points.append(CREDIT_CARD_PLAN)
    points += [IN_WRITING, OFFICIAL_ONLY]
    return Contribution(
        reasons=(WHY_NEGOTIATE,),
        steps=(MAKE_A_PLAN, CONTACT_SUPPORT),
        negotiation=tuple(points),
        evidence=(AGREEMENT,),
    )


SCENARIO = Scenario("negotiation", "和出借方协商还款", applies, contribute)
