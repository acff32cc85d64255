"""Not your debt, or your contacts reached: collection aimed at someone who is not the borrower.

Built on seed 004 “三、避免非紧急联系人受到” (say clearly you are not the borrower or contact,
keep the evidence, complain), legal-facts §2 (民法典 465: a contract binds only its parties;
681/685: a guarantee needs a written contract; 1064: a spouse *can* be liable; 1161: heirs pay
only up to the estate) and §4 (GB/T 45251 4b.2 and 中银协 4c.3: collect only from the debtor,
stop when a contact refuses, never disclose the debt).

>>> contribute(Facts(relationship="not_borrower")).verdict
'not_your_debt'
"""

from cases.core.sources import law, seed

from .base import Contribution, EvidenceItem, Facts, Reason, Scenario, Step

NEVER_BORROWED = Reason(
    "你没有在这个平台借钱，这笔债和你无关。根据《民法典》第四百六十五条，合同只约束签合同的人。",
    law("第四百六十五条", section="2"),
    flag="not_borrower",
)
IDENTITY_CHECK = Reason(
    "如果对方找的确实是你的名字，可能是打错了人，也可能是有人冒用了你的身份借钱。查一次自己的征信报告就知道。",
    seed("003", "3.3 定期检查信用记录"),
)
CONTACT_NOT_LIABLE = Reason(
    "你只是借款人的亲友或紧急联系人，不用替他还钱。根据《民法典》第四百六十五条，合同只约束签合同的人。",
    law("第四百六十五条", section="2"),
)
NOT_GUARANTOR = Reason(
    "“紧急联系人”不是担保人。只有你签过书面的保证合同，才需要承担担保责任。",
    law("第六百八十一条、第六百八十五条", section="2"),
)
SPOUSE_CAVEAT = Reason(
    "例外要注意：如果借钱的是你的配偶，而你们一起签了字、你事后认可，或钱用于家庭日常生活，可能算夫妻共同债务。",
    law("第一千零六十四条 (婚姻家庭编)", section="2"),
)
HEIR_CAVEAT = Reason(
    "“父债子还”不是自动的：借款人去世后，继承人只在继承的遗产范围内还债；放弃继承的可以不还。",
    law("第一千一百六十一条 (继承编)", section="2"),
)
ONLY_THE_DEBTOR = Reason(
    "按国家标准，催收只能找借款人本人，不应该向联系人催收。你明确拒绝后，对方就不能再联系你，也不能向你透露欠款的事。",
    law("4b.2"),
    flag="third_party_contacted",
)
SAY_NOT_BORROWER = Step(
    "明确告诉对方：我不是借款人，也不是担保人，请停止联系我。可以用短信发一遍，留下记录。",
    seed("004", "三、避免非紧急联系人受到"),
)
DONT_PASS_ON = Step(
    "你没有义务替对方转告、催促或代还。不要替别人付钱，也不要向对方提供借款人的住址、单位等信息。",
    law("4c.3"),
)
KEEP_EVIDENCE = Step(
    "保存所有短信和通话记录。对方继续骚扰，就向出借方和监管部门投诉。",
    seed("004", "三、避免非紧急联系人受到"),
)
ASK_CONTACTS_FOR_PROOF = Step(
    "请被联系到的亲友、同事把收到的短信、来电记录截图发给你，记下对方说了什么。",
    seed("002", "一、保持冷静并收集证据"),
)

REGULATOR_RENAMED = Step(
    "有的文章说向“银监会”举报。现在负责的是国家金融监督管理总局（原银保监会），银行、消费金融公司的问题打12378投诉。",
    law("12378", section="7"),
)

MESSAGES_TO_ME = EvidenceItem(
    "third_party_messages",
    "对方发给你（或你亲友、单位）的短信、来电记录截图，注明时间和号码。",
    seed("004", "三、避免非紧急联系人受到"),
)


def applies(facts: Facts) -> bool:
    return facts.is_third_party or facts.has("third_party_contacted") or facts.stats.third_party_contacts > 0


def contribute(facts: Facts) -> Contribution:
    flags: list[str] = []
    reasons: list[Reason] = []
    steps: list[Step] = []
    if facts.relationship == "not_borrower":
        flags.append("not_borrower")
        reasons += [NEVER_BORROWED, IDENTITY_CHECK]
        steps += [SAY_NOT_BORROWER, KEEP_EVIDENCE, REGULATOR_RENAMED]
    elif facts.relationship == "contact":
        reasons += [CONTACT_NOT_LIABLE, NOT_GUARANTOR, SPOUSE_CAVEAT, HEIR_CAVEAT]
        if facts.message or facts.contacts or facts.said:
            # Being asked to pass on a repayment demand is being collected from (4b.2).
            flags.append("third_party_contacted")
            reasons.append(ONLY_THE_DEBTOR)
        steps += [SAY_NOT_BORROWER, DONT_PASS_ON, KEEP_EVIDENCE, REGULATOR_RENAMED]
    else:
        # The borrower's relatives, friends or employer were reached: the unlawful_conduct
        # scenario raises and explains the flag; here is how to gather what they received.
        steps.append(ASK_CONTACTS_FOR_PROOF)
    return Contribution(
        verdict="not_your_debt" if facts.is_third_party else None,
        flags=tuple(flags),
        reasons=tuple(reasons),
        steps=tuple(steps),
        evidence=(MESSAGES_TO_ME,),
        channels=("lender", "nfra", "spam", "pipl"),
    )


SCENARIO = Scenario("third_party_contact", "对方找的不是借款人本人", applies, contribute)
