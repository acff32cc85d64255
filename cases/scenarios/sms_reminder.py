"""An overdue reminder by SMS: what a normal one looks like and what to do with it.

Built on seeds 000 “网贷收到催款短信怎么办?”, 004 “二、与贷款平台沟通” and 002 “一、保持冷静并收集证据”.

>>> applies(Facts(channel="sms"))
True
"""

from cases.core.sources import seed

from .base import Contribution, EvidenceItem, Facts, Reason, Scenario, Step
from .scam_signals import is_scam

NORMAL_REMINDER = Reason(
    "正规的逾期提醒短信一般写明平台名称和欠款金额，让你通过官方App或约定的还款账户还款，"
    "不会让你转账给个人，也不会骂人或威胁你。",
    seed("000", "网贷收到催款短信怎么办?"),
)
OFFICIAL_ROUTE = Reason(
    "这条消息让你通过官方App或官方渠道还款，这是正规出借方的做法。",
    seed("000", "网贷收到催款短信怎么办?"),
)

CHECK_IN_APP = Step(
    "在官方App或官网里查看账户，核对欠款金额、滞纳金和还款期限是否和短信一致。",
    seed("000", "网贷收到催款短信怎么办?"),
)
CALL_SUPPORT = Step(
    "如果一时还不上，主动联系官方客服，说明情况，问能不能延期或分期。不要不接电话、不回消息。",
    seed("004", "二、与贷款平台沟通"),
)
PAY_TODAY = Step(
    "如果这笔钱确实是你借的、你也能一次还清：今天就在官方App里，或打卡背面、合同上的官方电话还清，"
    "免得逾期记录越拖越长、影响征信。不要转给任何个人账户。",
    seed("001", "六、总结"),
    urgent=True,
)
KEEP_SMS = EvidenceItem(
    "sms_screenshot",
    "把收到的短信截图保存，截图里要能看到发送号码和时间。",
    seed("002", "一、保持冷静并收集证据"),
)


def applies(facts: Facts) -> bool:
    # A pasted message with no channel given is almost always a text message.
    return facts.channel == "sms" or (facts.channel is None and bool(facts.message))


def contribute(facts: Facts) -> Contribution:
    reasons = [NORMAL_REMINDER]
    if facts.cue("official_channel") and facts.identified_lender:
        reasons.append(OFFICIAL_ROUTE)
    steps = [CHECK_IN_APP]
    if facts.relationship == "borrower" and facts.repay_ability == "full" and not is_scam(facts):
        steps.insert(0, PAY_TODAY)
    if not facts.is_third_party:  # asking for more time is for someone who borrowed
        steps.append(CALL_SUPPORT)
    return Contribution(reasons=tuple(reasons), steps=tuple(steps), evidence=(KEEP_SMS,))


SCENARIO = Scenario("sms_reminder", "收到催款短信", applies, contribute)
