"""Verify first: before paying or panicking, find out who is really writing and whether you owe.

Built on seeds 000 “网贷收到催款短信怎么办?”, 001 “一、保持冷静核实信息”, 002 “二、核实信息来源”
and 004 “一、核实短信内容与来源”. It always applies: every situation starts with checking.
It is also where a reminder from an identified lender is recognised as a lawful reminder.

>>> contribute(Facts(sender="official", relationship="borrower")).verdict
'lawful_reminder'
"""

from cases.core.sources import seed

from .base import Contribution, EvidenceItem, Facts, Question, Reason, Scenario, Step

OFFICIAL = Reason(
    "消息来自出借方的官方号码、官方App或带【平台名】签名的短信，这是正常的提醒渠道。"
    "不过签名也可能被冒用，还是要打开你自己手机上的官方App核对一遍。",
    seed("004", "一、核实短信内容与来源"),
)
OFFICIAL_GUESSED = Reason(
    "我们是从消息内容（比如【平台名】签名）判断它来自官方渠道的，你最好再确认一下发送号码。",
    seed("004", "一、核实短信内容与来源"),
)
AGENCY_ROUTE = Reason(
    "对方自称受托的催收公司或律师，并让你通过官方渠道还款，这和正规催收的做法一致。"
    "但是否真的受托，要向出借方的官方客服确认。",
    seed("002", "二、核实信息来源"),
)
PRIVATE = Reason(
    "对方用的是个人手机号、微信或QQ。不要轻信私人号码发来的信息，它可能来自骗子。",
    seed("001", "一、保持冷静核实信息"),
)
UNCLEAR = Reason(
    "现在还看不出对方是谁、你是否真的欠这笔钱。先核实，再决定怎么做。",
    seed("002", "二、核实信息来源"),
)

CHECK_OFFICIAL = Step(
    "不要用消息里给的电话或链接来核实。打开你自己下载的官方App，或拨打借款合同、官网上的客服电话，"
    "问清你是否真的欠款、欠多少、逾期几天。",
    seed("002", "二、核实信息来源"),
)
CHECK_DETAILS = Step(
    "核对消息里的机构名称、金额、逾期时间，和你自己的借款记录是否一致。对不上的，要提高警惕。",
    seed("004", "一、核实短信内容与来源"),
)
DONT_PAY_YET = Step(
    "核实之前，先不要转账，也不要提供验证码、密码或身份证照片。",
    seed("000", "网贷收到催款短信怎么办?"),
)

SCREENSHOT = EvidenceItem(
    "sms_screenshot",
    "把收到的短信或消息截图保存，截图里要能看到发送号码和时间。",
    seed("002", "一、保持冷静并收集证据"),
)

ASK_RELATIONSHIP = Question("relationship", "你是否在这个平台借过钱？还是对方找的是别人？")
ASK_SENDER = Question(
    "sender", "消息是从什么号码发来的？官方号码（106、95、400开头）、个人手机号，还是别的？"
)
ASK_MESSAGE = Question("message", "对方具体说了什么？请把消息原文粘贴进来。")
ASK_LENDER = Question("lender", "对方说的是哪个平台或银行的欠款？")
ASK_THREATS = Question("threats", "对方有没有辱骂、威胁你，深夜打电话，或者联系你的家人、单位？")
ASK_PAY_TO = Question(
    "demands", "对方让你把钱还到哪里？官方App或官方还款账户，还是个人银行卡、微信、支付宝？"
)


def applies(facts: Facts) -> bool:
    return True


def contribute(facts: Facts) -> Contribution:
    reasons: list[Reason] = []
    verdict = None
    if facts.identified_lender:
        if facts.sender == "official":
            reasons.append(OFFICIAL_GUESSED if "sender" in facts.guessed else OFFICIAL)
        else:
            reasons.append(AGENCY_ROUTE)
        # A reminder from a lender you really borrowed from is lawful; the conduct scenarios
        # outrank this verdict when anything unlawful was said or done.
        if facts.relationship in ("borrower", None):
            verdict = "lawful_reminder"
    elif facts.sender == "private":
        reasons.append(PRIVATE)
    elif not facts.knows_nothing and facts.relationship != "contact":
        reasons.append(UNCLEAR)

    questions = []
    if facts.relationship in (None, "unsure"):
        questions.append(ASK_RELATIONSHIP)
    if facts.sender in (None, "unknown"):
        questions.append(ASK_SENDER)
    if not facts.message and not facts.said:
        questions.append(ASK_MESSAGE)
    # Where the money is meant to go separates a lender from a scam (legal-facts 9.10).
    route_known = facts.identified_lender or facts.demands or facts.has("personal_account")
    if not route_known and facts.relationship != "contact":
        questions.append(ASK_PAY_TO)
    if not facts.said and not facts.contacts:
        questions.append(ASK_THREATS)
    if not facts.lender:
        questions.append(ASK_LENDER)
    # Someone asked about another person's loan has nothing of their own to check.
    steps = (
        (DONT_PAY_YET,) if facts.relationship == "contact" else (DONT_PAY_YET, CHECK_OFFICIAL, CHECK_DETAILS)
    )
    return Contribution(
        verdict=verdict,
        reasons=tuple(reasons),
        steps=steps,
        evidence=(SCREENSHOT,) if facts.message else (),
        channels=("lender",),
        questions=tuple(questions),
    )


SCENARIO = Scenario("verify_first", "先核实：对方是谁，你是否真的欠款", applies, contribute)
