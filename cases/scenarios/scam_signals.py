"""Scam signals: the message is probably not from a real lender, court or police.

Built on seeds 000 (“网贷收到催收信息怎么办?”: beware paid “快速解冻”; “收到网贷催款短信马上上门”:
its advice to call back the number in the message is corrected here, as is seed 002's “二、核实信息
来源”, with legal-facts 9.3), 001 “一、保持冷静核实信息” and “五、怎样去防范诈骗风险?”, 004
“一、核实短信内容与来源”, and
legal-facts §9 (9.3–9.10: how courts really notify, 征信修复 and 代理维权 scams, red flags).

Strong signals alone make the verdict `scam`: pay to a personal account, a link, a request for a
verification code, a paid credit-repair or debt-optimisation offer, a “cancel your account” story,
a fake legal document, screen sharing. A claim to be a court or the police is a scam when it
comes with a demand for a fee, or for money from a sender that is not an identified collector.

>>> contribute(Facts(demands=frozenset({"pay_personal"}))).verdict
'scam'
"""

from cases.core.sources import law, seed

from .base import SCAM_FLAGS, Contribution, EvidenceItem, Facts, Reason, Scenario, Step

PERSONAL_ACCOUNT = Reason(
    "真正的出借方只会让你通过官方App或合同约定的还款账户还钱。要你把钱转到个人银行卡、个人微信、支付宝或扫二维码，"
    "是诈骗的典型特征。",
    law("9.10"),
    flag="personal_account",
)
LINK = Reason(
    "消息里的链接可能通向仿冒网站，会骗走你的账号、密码和钱。不要点不明来源的链接。",
    seed("001", "一、保持冷静核实信息"),
    flag="phishing_link",
)
VERIFICATION_CODE = Reason(
    "有人向你要短信验证码，就是骗局。验证码能让对方登录你的账户、转走你的钱，任何正规机构都不会要。",
    seed("000", "网贷收到催款短信怎么办?"),
    flag="asks_verification_code",
)
CREDIT_REPAIR = Reason(
    "没有收费的“征信修复”：逾期记录是谁报送谁负责，中介删不掉；记录有错，自己就能免费提异议。"
    "收费做“征信修复”“债务优化”“停息挂账”"
    "“代理维权”的，多是骗局。",
    law("9.7"),
    flag="credit_repair_offer",
)
AGENT_WARNING = Reason(
    "2026年2月，金融监管总局、公安部、人民银行等五部门专门提醒：不要相信收费“代理维权”“债务清零”的广告。",
    law("9.9"),
)
ACCOUNT_CANCEL = Reason(
    "“不注销校园贷（或贷款账户）就影响征信”是常见骗局。征信记录只由借钱给你的机构报送，"
    "注销什么账户都不需要你贷款或转账。",
    law("9.7"),
    flag="account_cancellation_scam",
)
FAKE_DOCUMENT = Reason(
    "所谓“传票”“立案通知”“律师函”要你付钱，是伪造文书的典型做法。律师函本身没有强制力，真的诉讼由法院送达。",
    law("9.6"),
    flag="fake_legal_document",
)
FAKE_AUTHORITY = Reason(
    "法院、公安不会用私人手机号让你交钱，也不会要你交“保全费”“手续费”或把钱转到“安全账户”。"
    "自称法院、公安却要钱，基本可以认定是诈骗。",
    law("9.5"),
    flag="impersonates_authority",
)
FEE_FIRST = Reason(
    "要你先交一笔“手续费”“解冻费”“服务费”才能办事（比如“快速解冻”），这类服务往往收费很高，甚至就是骗局。",
    seed("000", "网贷收到催收信息怎么办?"),
)
PAY_TO_DROP_CASE = Reason(
    "没有“交钱撤诉”“交保证金就不开庭”这回事：诉讼费由起诉的一方预先交到法院指定的银行，判决后由败诉方承担，"
    "从不交到个人账户，也不会用一笔钱换“撤诉”。",
    law("9.4"),
)
SCREEN_SHARE = Reason(
    "要你打开“屏幕共享”的，都是诈骗：对方能看到你的密码和验证码。",
    law("9.5"),
)
REFUND_STORY = Reason(
    "对方先说“退款”“理赔”“利率太高帮你调低”“取消扣费”，再要你转账、点链接、加私人联系方式、开屏幕共享或报验证码：这是诈骗的套路。"
    "正规机构不会让你把钱转到个人账户，法院和正规机构也不会要你共享屏幕或提供银行账号。",
    law("9.5"),
)
DONT_CALL_BACK = Reason(
    "有的文章建议回拨短信里的号码核实身份。不要这样做，接电话的可能就是骗子。只用官方App、借款合同或官网上的号码核实；"
    "法院的通知也只通过12368、“人民法院在线服务”或法院专递来。",
    law("9.3"),
)

STOP_NOW = Step(
    "先停下：不要转账，不要点链接，不要说出验证码，不要开屏幕共享。",
    seed("001", "五、怎样去防范诈骗风险?"),
    urgent=True,
)
ALREADY_PAID = Step(
    "如果已经转了钱，马上打110报警，并打电话给自己的银行，说明被骗，请求帮忙止付。",
    law("110 / 96110", section="7"),
    urgent=True,
)
ASK_96110 = Step(
    "拿不准是不是诈骗，可以打96110（反诈劝阻咨询电话）问一问。它不是报警电话，遇到危险请打110。",
    law("110 / 96110", section="7"),
)
CHANGE_PASSWORDS = Step(
    "如果已经点了链接、输入过账号密码，马上修改密码，检查银行卡和支付账户有没有异常。",
    seed("000", "收到网贷催款短信马上上门"),
)
VERIFY_OFFICIALLY = Step(
    "通过官方App或官方客服电话查一查你是否真的欠这个平台的钱。",
    seed("004", "一、核实短信内容与来源"),
)

PAYMENT_DETAILS = EvidenceItem(
    "scam_details",
    "对方给的收款账户、二维码、链接、电话号码，截图保存，报警时要用。不要删除短信。",
    law("9.10"),
)

_IDENTIFIED_COLLECTORS = ("official", "agency", "law_firm")


def _pay_to_drop_case(facts: Facts) -> bool:
    """A lawsuit or court step said to go away for a fee paid now (legal-facts 9.4): whoever sends
    it speaks with a court's authority it does not have."""
    return facts.has("lawsuit_claim") and (facts.cue("fee_demand") or facts.fee_demanded is not None)


def _claims_authority(facts: Facts) -> bool:
    return facts.has("impersonates_authority") or facts.sender == "authority" or _pay_to_drop_case(facts)


def _authority_scam(facts: Facts) -> bool:
    """Speaks as a court or police and wants a fee, or wants money while not an identified
    collector, or sends you to a personal phone or WeChat (courts do not, legal-facts 9.3)."""
    if not _claims_authority(facts):
        return False
    wants_fee = facts.cue("fee_demand") or facts.fee_demanded is not None
    wants_money = facts.cue("money_demand") and facts.sender not in _IDENTIFIED_COLLECTORS
    # a criminal case, stolen identity or robocall summons told to a person with no debt in sight
    police_story = facts.cue("police_story")
    return wants_fee or wants_money or facts.private_contact or police_story


def _fee_scam(facts: Facts) -> bool:
    """A fee demanded up front by someone who is not the identified lender."""
    return facts.cue("fee_demand") and not facts.identified_lender


def _refund_scam(facts: Facts) -> bool:
    """A refund, claim or closure story that ends in a transfer, a link, a private contact, a screen
    share or a code (legal-facts 9.5, 9.10). The lender's own link or app is not such an ending."""
    if not facts.cue("refund_story"):
        return False
    risky = facts.private_contact or facts.cue("screen_share", "call_to_fix") or facts.has("personal_account")
    asks = facts.cue("money_demand") or bool(facts.links and not facts.cue("own_link"))
    return risky or (asks and not facts.identified_lender)


CALL_TO_FIX = Reason(
    "说你的卡或账户“被冻结”“出异常”、让你打短信里给的电话去处理，是冒充银行、平台的常见骗局。"
    "只用卡背面、官方App或官网上的电话核实，不要打消息里的号码。",
    law("9.10"),
)


def _call_to_fix_scam(facts: Facts) -> bool:
    """A frozen or faulty account to be fixed through a number the message gives, from a sender
    that is not the lender's official channel (legal-facts 9.5, 9.10)."""
    return facts.cue("call_to_fix") and facts.sender != "official"


def is_scam(facts: Facts) -> bool:
    return (
        bool(SCAM_FLAGS & facts.said)
        or facts.cue("screen_share")
        or _authority_scam(facts)
        or _fee_scam(facts)
        or _refund_scam(facts)
        or _call_to_fix_scam(facts)
    )


def applies(facts: Facts) -> bool:
    return (
        is_scam(facts) or _claims_authority(facts) or facts.cue("fee_demand", "refund_story", "call_to_fix")
    )


def contribute(facts: Facts) -> Contribution:
    scam = is_scam(facts)
    flags = sorted(SCAM_FLAGS & facts.said)
    reasons = [
        reason
        for flag, reason in (
            ("personal_account", PERSONAL_ACCOUNT),
            ("phishing_link", LINK),
            ("asks_verification_code", VERIFICATION_CODE),
            ("credit_repair_offer", CREDIT_REPAIR),
            ("account_cancellation_scam", ACCOUNT_CANCEL),
            ("fake_legal_document", FAKE_DOCUMENT),
        )
        if flag in flags
    ]
    if "credit_repair_offer" in flags:
        reasons.append(AGENT_WARNING)
    if _authority_scam(facts):
        flags.append("impersonates_authority")
        reasons.append(FAKE_AUTHORITY)
    if _pay_to_drop_case(facts):
        reasons.append(PAY_TO_DROP_CASE)
    if facts.cue("fee_demand"):
        reasons.append(FEE_FIRST)
    if facts.cue("screen_share"):
        reasons.append(SCREEN_SHARE)
    if _refund_scam(facts):
        reasons.append(REFUND_STORY)
    if _call_to_fix_scam(facts):
        reasons.append(CALL_TO_FIX)
    reasons.append(DONT_CALL_BACK)
    # Money or an account is about to leave the person's hands: a code or a screen asked for
    # now, or a payment demanded against a deadline.
    paying = facts.has("personal_account") or facts.cue("fee_demand") or _authority_scam(facts)
    urgent = scam and (
        facts.has("asks_verification_code") or facts.cue("screen_share") or (paying and facts.deadline)
    )
    steps = [STOP_NOW, ALREADY_PAID] if scam else []
    steps += [ASK_96110, VERIFY_OFFICIALLY]
    if facts.has("phishing_link", "asks_verification_code") or facts.cue("screen_share"):
        steps.append(CHANGE_PASSWORDS)
    return Contribution(
        verdict="scam" if scam else None,
        flags=tuple(flags),
        urgent=urgent,
        reasons=tuple(reasons),
        steps=tuple(steps),
        evidence=(PAYMENT_DETAILS,),
        channels=("police", "antifraud", "spam") if scam else ("antifraud",),
    )


SCENARIO = Scenario("scam_signals", "诈骗的迹象", applies, contribute)
