"""A lawsuit is threatened or said to be filed, or the message speaks as a court or the police.

Built on seed 003 “1.2 催款的方式” (a lender may go to court after long overdue) and legal-facts §9:
real courts do send SMS (9.2) but only point to an official platform; notices come from 12368,
the 人民法院在线服务 mini-program or 法院专递 (9.3); court fees are paid by the plaintiff to a
designated bank, never by the defendant to a person (9.4). The check is 12368 (§7).

>>> contribute(Facts(found=frozenset({"lawsuit_claim"}))).flags
('lawsuit_claim',)
"""

from cases.core.sources import law, seed

from .base import Contribution, EvidenceItem, Facts, Reason, Scenario, Step

SUING_IS_LAWFUL = Reason(
    "出借方说要起诉你，这本身是合法的：长期逾期时，出借方可以通过法院追讨欠款。起诉不等于坐牢，欠钱是民事纠纷。",
    seed("003", "1.2 催款的方式"),
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

CHECK_12368 = Step(
    "打12368（法院诉讼服务热线），或在微信小程序“人民法院在线服务”的“我的案件”里，查一查是否真的有案件。",
    law("12368", section="7"),
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


def applies(facts: Facts) -> bool:
    return facts.sender == "authority" or facts.has(
        "lawsuit_claim", "fake_legal_document", "impersonates_authority"
    )


def contribute(facts: Facts) -> Contribution:
    reasons = [SUING_IS_LAWFUL] if facts.has("lawsuit_claim") else []
    reasons += [HOW_COURTS_NOTIFY, COURT_SMS_EXIST]
    if facts.cue("money_demand", "fee_demand") or facts.has("personal_account", "fake_legal_document"):
        reasons.append(FEES_NOT_PERSONAL)
    return Contribution(
        flags=("lawsuit_claim",) if facts.has("lawsuit_claim") else (),
        reasons=tuple(reasons),
        steps=(CHECK_12368, ANSWER_REAL_SUMMONS),
        evidence=(SUMMONS_COPY,),
        channels=("court_check",),
    )


SCENARIO = Scenario("lawsuit_claim", "说要起诉你，或自称法院、公安", applies, contribute)
