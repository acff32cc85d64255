"""A lawsuit is threatened or said to be filed, or the message speaks as a court or the police;
or a card issuer warns of 恶意透支, a real criminal risk under its conditions.

Built on seed 003 “1.2 催款的方式” (a lender may go to court after long overdue) and legal-facts §9:
real courts do send SMS (9.2) but only point to an official platform; notices come from 12368,
the 人民法院在线服务 mini-program or 法院专递 (9.3); court fees are paid by the plaintiff to a
designated bank, never by the defendant to a person (9.4). The check is 12368 (§7). What ignoring
a real one costs: 小额诉讼 is one instance (10.15), a 支付令 becomes enforceable after 15 days
without a written objection to the debt itself (10.16–10.17), an arbitration award is enforced by a
court (10.18); 失信 and 执行 status can be checked (10.48). 恶意透支: 10.1–10.6.

>>> contribute(Facts(found=frozenset({"lawsuit_claim"}))).flags
('lawsuit_claim',)
"""

from cases.core.sources import law, seed

from .base import Contribution, EvidenceItem, Facts, Reason, Scenario, Step
from .scam_signals import is_scam

SUING_IS_LAWFUL = Reason(
    "出借方说要起诉你，这本身是合法的：长期逾期时，出借方可以通过法院追讨欠款。起诉不等于坐牢，欠钱是民事纠纷。",
    seed("003", "1.2 催款的方式"),
    flag="lawsuit_claim",
)
CLAIM_TO_CHECK = Reason(
    "对方说要起诉你或已经立案。是真是假，不看对方怎么说，到12368或“人民法院在线服务”查一查就知道。",
    law("9.3"),
    flag="lawsuit_claim",
)
HOW_COURTS_NOTIFY = Reason(
    "真的被起诉时，法院一般通过12368发短信、“人民法院在线服务”小程序、法院专递或当面送达通知你，"
    "一般不会用私人手机联系你。",
    law("9.3"),
)
COURT_SMS_EXIST = Reason(
    "法院确实会发短信，但只会提醒你到官方平台查看文书；法院短信不会要你提供银行账号，也不会让你转账。",
    law("9.2"),
)
FEES_NOT_PERSONAL = Reason(
    "诉讼费由起诉的一方先交，交到法院指定的银行，并开正式收据。不存在“交钱就撤诉”“先交保全费”给个人的事。",
    law("9.4"),
)

SMALL_CLAIMS = Reason(
    "如果真有案件，置之不理代价很大：金额不大的“小额诉讼”一审终审，开庭一次就判，不能上诉。",
    law("10.15"),
)
PAYMENT_ORDER = Reason(
    "法院的“支付令”不开庭：收到后15天内不还钱、也不向法院提出书面异议，对方就可以申请强制执行。"
    "异议必须写成书面的，而且要针对债务本身（比如金额不对、不是你借的）；只说“还不起”“要宽限”挡不住支付令。",
    law("10.17"),
)
ARBITRATION = Reason(
    "仲裁裁决由法院强制执行。仲裁只能由仲裁委员会作出，而且要有你签过的仲裁协议；仲裁委自己不能冻结你的账户。",
    law("10.50"),
)
OVERDRAFT_CONDITIONS = Reason(
    "银行说的“恶意透支”是真实的罪名，但有严格的条件：要能证明你想占有这笔钱，银行在逾期后至少两次有效催收"
    "（相隔30天以上）、之后超过3个月仍不归还，而且没还的本金在5万元以上。只是还不上，不等于恶意透支。",
    law("10.6"),
)
OVERDRAFT_SAFE = Step(
    "信用卡逾期时：保持电话畅通、不换号不躲避（躲避联系会被当作“恶意”的证据），书面回复银行说明情况，"
    "主动协商还款计划。万一走到刑事程序，在检察院起诉前还清本金，可能不被起诉。",
    law("10.5"),
    urgent=True,
)

CHECK_12368 = Step(
    "先核实它：打12368，或在“人民法院在线服务”小程序、法院官网公布的电话上查是否真有案件；"
    "不要点消息里的链接，也不要打消息里的号码，但也不要置之不理。",
    law("12368", section="7"),
    urgent=True,
)
CHECK_ENFORCEMENT = Step(
    "想知道自己有没有被列为“失信被执行人”或被限制消费，可以在中国执行信息公开网（zxgk.court.gov.cn）用姓名和身份证号查询。",
    law("10.48"),
)
ANSWER_REAL_SUMMONS = Step(
    "如果真的收到法院传票，不要躲：按时应诉。收到起诉状后有15天可以提交答辩，可以对金额和利息提出意见。",
    law("9.1"),
)

SUMMONS_COPY = EvidenceItem(
    "court_papers",
    "所谓“传票”“立案通知”的照片或截图，以及发来的号码。",
    law("9.5"),
)


_PAYMENT_ORDER_WORDS = ("支付令",)
_ARBITRATION_WORDS = ("仲裁",)
_ENFORCEMENT_WORDS = ("失信", "被执行", "强制执行", "限制消费", "限高")


def _mentions(facts: Facts, words: tuple[str, ...]) -> bool:
    return any(w in (facts.message or "") for w in words)


def applies(facts: Facts) -> bool:
    return (
        facts.sender == "authority"
        or facts.has("lawsuit_claim", "fake_legal_document", "impersonates_authority")
        or facts.cue("overdraft_warning")
    )


def contribute(facts: Facts) -> Contribution:
    scam = is_scam(facts)
    # On a scam page, "suing you is lawful" and "what ignoring a real case costs" contradict the
    # verdict: the check on 12368 stays, the rest is for claims that may be real.
    reasons = []
    if facts.has("lawsuit_claim"):
        reasons.append(CLAIM_TO_CHECK if scam else SUING_IS_LAWFUL)
    if facts.cue("overdraft_warning") and not scam:
        reasons.append(OVERDRAFT_CONDITIONS)
    reasons += [HOW_COURTS_NOTIFY, COURT_SMS_EXIST]
    if facts.cue("money_demand", "fee_demand") or facts.has("personal_account", "fake_legal_document"):
        reasons.append(FEES_NOT_PERSONAL)
    if not scam and facts.has("lawsuit_claim"):
        reasons.append(SMALL_CLAIMS)
        if _mentions(facts, _PAYMENT_ORDER_WORDS):
            reasons.append(PAYMENT_ORDER)
        if _mentions(facts, _ARBITRATION_WORDS):
            reasons.append(ARBITRATION)
    steps = [OVERDRAFT_SAFE] if facts.cue("overdraft_warning") and not scam else []
    steps += [CHECK_12368, ANSWER_REAL_SUMMONS]
    if _mentions(facts, _ENFORCEMENT_WORDS):
        steps.append(CHECK_ENFORCEMENT)
    return Contribution(
        flags=("lawsuit_claim",) if facts.has("lawsuit_claim") else (),
        reasons=tuple(reasons),
        steps=tuple(steps),
        evidence=(SUMMONS_COPY,),
        channels=("court_check",),
    )


SCENARIO = Scenario("lawsuit_claim", "说要起诉你，或自称法院、公安", applies, contribute)
