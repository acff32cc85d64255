"""Credit reports (征信): what a real threat to report means, paid “repair” scams, the dispute
route and the 2025 one-off repair.

Built on seed 003 “3.3 定期检查信用记录” and legal-facts 9.7 (no such thing as paid 征信修复),
9.8 (PBOC one-off repair: overdue items ≤ ¥10,000 from 2020–2025 repaid by 2026-03-31 are no
longer shown, automatically, free), 9.9 (代理维权 scams) and §7 征信 dispute (异议 in 20 days;
bad records kept 5 years; the person must be told before a bad record is reported).

>>> applies(Facts(found=frozenset({"credit_report_mention"})))
True
"""

from cases.core.sources import law, seed

from .base import Contribution, EvidenceItem, Facts, Reason, Scenario, Step

REPORTING_IS_REAL = Reason(
    "逾期确实可能上征信，这是出借方可以做的事。不良记录从还清之日起保存5年。报送前，机构应当先告诉你本人。",
    law("征信 dispute", section="7"),
    flag="credit_report_mention",
)
NO_PAID_REPAIR = Reason(
    "征信里准确的逾期记录，谁也删不掉。“花钱修复征信”“洗白逾期”都是骗局。记录有错，走免费的异议渠道。",
    law("9.7"),
)
ONE_OFF_REPAIR = Reason(
    "人民银行2025年12月宣布过一次性信用修复：2020年至2025年底之间、单笔不超过1万元的逾期，"
    "在2026年3月31日前还清的，自动不再展示，不用申请，不收费，也不需要任何中介。"
    "这个还款期限已经过了：现在才还清的逾期不在这一次的范围里。"
    "骗子正借这个政策卖收费“修复”。符合条件但记录还在，可以打征信中心的客服电话或到人民银行征信窗口申请。",
    law("9.8"),
)
ANY_NAME_CHECK = Reason(
    "从没借过钱却被催收，查一次征信报告，看有没有人冒用你的身份借款。",
    seed("003", "3.3 定期检查信用记录"),
)

CHECK_REPORT = Step(
    "通过人民银行征信中心官网或银行网点，免费查一次自己的信用报告，看有没有不是你的借款或错误的逾期。",
    seed("003", "3.3 定期检查信用记录"),
)
DISPUTE = Step(
    "报告里的记录不对，向征信中心或报送的机构提出异议。对方应当在20日内核查处理；不满意可以投诉或起诉。",
    law("征信 dispute", section="7"),
)

REPORT_COPY = EvidenceItem(
    "credit_report",
    "你的信用报告（查询结果截图或打印件），错误记录要标出来。",
    seed("003", "3.3 定期检查信用记录"),
)


def applies(facts: Facts) -> bool:
    return facts.relationship == "not_borrower" or facts.has(
        "credit_report_mention", "credit_repair_offer", "account_cancellation_scam"
    )


def contribute(facts: Facts) -> Contribution:
    reasons: list[Reason] = []
    flags: tuple[str, ...] = ()
    if facts.has("credit_report_mention"):
        flags = ("credit_report_mention",)
        reasons.append(REPORTING_IS_REAL)
    if facts.has("credit_repair_offer", "account_cancellation_scam"):
        reasons += [NO_PAID_REPAIR, ONE_OFF_REPAIR]
    if facts.relationship == "not_borrower":
        reasons.append(ANY_NAME_CHECK)
    return Contribution(
        flags=flags,
        reasons=tuple(reasons),
        steps=(CHECK_REPORT, DISPUTE),
        evidence=(REPORT_COPY,),
        channels=("credit_dispute", "pboc"),
    )


SCENARIO = Scenario("credit_report", "征信问题", applies, contribute)
