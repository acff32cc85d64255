"""Every code the product speaks, with its plain-Chinese label: the one source of truth.

The codes are the public contract in ../shared/design.md (`manage.py assess`). Forms, the
analyzer, the scenario modules, templates and the command all take their choices from here.

>>> VERDICTS["scam"].label
'这很可能是诈骗'
>>> "night_contact" in FLAGS
True
"""

from dataclasses import dataclass

# The product's limit on one pasted message or evidence text, in characters. Longer input is
# rejected with a message, never truncated.
MAX_MESSAGE_CHARS = 10_000


@dataclass(frozen=True)
class Code:
    code: str
    label: str  # short plain-Chinese label
    help: str = ""  # one plain sentence for a form or a banner


def _index(*items: Code) -> dict[str, Code]:
    return {item.code: item for item in items}


def choices(table: dict[str, Code]) -> list[tuple[str, str]]:
    """Django-style choices from one of the tables below."""
    return [(c.code, c.label) for c in table.values()]


# Verdicts, in precedence order (design.md): the first that fits wins.
VERDICTS = _index(
    Code(
        "scam", "这很可能是诈骗", "对方很可能不是真正的出借方，而是骗子。不要转账，不要点链接，不要给验证码。"
    ),
    Code(
        "not_your_debt",
        "这不是你的债务",
        "你没有向对方借钱，法律上你不需要替别人还钱，也不需要转告或代为处理。",
    ),
    Code(
        "unlawful_collection",
        "对方的催收方式违法",
        "不管你是否欠钱，对方的做法已经越过法律和行业规定的红线。你可以留证据并投诉。",
    ),
    Code(
        "lawful_reminder",
        "看起来是正常的还款提醒",
        "这看起来是出借方的正常提醒。先通过官方渠道核实，再按自己的能力协商还款。",
    ),
    Code(
        "needs_verification",
        "还需要核实",
        "现有信息还不够判断。先不要付钱，通过官方渠道核实，并补充下面的问题。",
    ),
)
VERDICT_PRECEDENCE = tuple(VERDICTS)

# unlawful_collection when only the industry's collection rules are broken (GB/T 45251 is a
# recommended national standard, the 中银协 guideline self-regulation: legal-facts 10.28–10.29).
STANDARDS_ONLY_VERDICT = Code(
    "unlawful_collection",
    "对方的催收方式违反行业规定",
    "对方的做法违反了催收行业的规定（比如深夜催收、一天打太多次电话）。这些是行业标准和自律规定，"
    "不是法律条文，但可以作为向出借方和监管投诉的依据。",
)

# Flag codes (design.md). `label` is what the case page says was found; `help` is the
# plain-language checkbox the questionnaire shows for the threat-type flags.
FLAGS = _index(
    Code("phishing_link", "短信里有可疑链接", "让我点一个链接处理"),
    Code("personal_account", "要求转账到个人账户", "让我把钱转到个人银行卡、个人微信或支付宝、二维码"),
    Code("impersonates_authority", "冒充法院、公安或政府", "对方自称是法院、公安、检察院或政府部门"),
    Code("fake_legal_document", "可疑的“法律文书”", "发来“传票”“立案通知”“律师函”等，并要求付钱"),
    Code(
        "credit_repair_offer",
        "收费“征信修复/债务优化”",
        "有人说能收费帮我修复征信、消除逾期、停息挂账或代理维权",
    ),
    Code(
        "account_cancellation_scam", "“注销账户/校园贷”骗局", "有人说要帮我注销校园贷或贷款账户，否则影响征信"
    ),
    Code("asks_verification_code", "索要短信验证码", "让我告诉对方手机收到的验证码"),
    Code("insult", "辱骂、侮辱", "骂我、侮辱我或我的家人"),
    Code("violence_threat", "威胁人身安全", "威胁要打我、伤害我或我的家人"),
    Code(
        "exposure_threat",
        "威胁“爆通讯录”或公开曝光",
        "威胁把欠款的事告诉我的家人、朋友、同事、单位或村里，或在网上曝光",
    ),
    Code("third_party_contacted", "已经联系了你的亲友或单位", "对方已经联系了我的家人、朋友、同事或单位"),
    Code("false_legal_consequence", "虚假的法律后果", "说我会被抓、坐牢、留案底，或“72小时内上失信名单”"),
    Code("home_visit_threat", "声称要上门", "说要上门、到我家、户籍地或单位找我"),
    Code("lawsuit_claim", "声称要起诉或已立案", "说要起诉我，或说已经立案、开庭"),
    Code("credit_report_mention", "提到征信", "说会影响征信或上报征信"),
    Code("night_contact", "深夜或清晨催收（22:00–08:00）", "在晚上10点到早上8点之间打电话或发消息"),
    Code("excessive_frequency", "催收过于频繁", "一天之内打了很多次电话"),
    Code("excessive_interest", "利息和费用可能超过法律红线", ""),
    Code("not_borrower", "你不是借款人", ""),
)

# Conduct that breaks a law (民法典, 个人信息保护法, 治安管理处罚法, 刑法), not only an industry rule.
LAW_BREAKING_FLAGS = frozenset(
    {
        "insult",
        "violence_threat",
        "exposure_threat",
        "third_party_contacted",
        "false_legal_consequence",
        "impersonates_authority",
    }
)

# The flags a person can tick in the questionnaire ("what did they say or do").
THREAT_FLAGS = (
    "insult",
    "violence_threat",
    "exposure_threat",
    "third_party_contacted",
    "false_legal_consequence",
    "home_visit_threat",
    "lawsuit_claim",
    "credit_report_mention",
    "impersonates_authority",
    "fake_legal_document",
    "night_contact",
    "excessive_frequency",
)

# What the message asks the person to do; each demand is evidence of the flag it names.
DEMANDS = _index(
    Code("pay_personal", "转账到个人账户、个人微信/支付宝或扫二维码", "personal_account"),
    Code("click_link", "点击一个链接或下载一个App", "phishing_link"),
    Code("give_code", "告诉对方短信验证码", "asks_verification_code"),
    Code("pay_fee", "先交一笔“手续费”“修复费”“服务费”", "credit_repair_offer"),
    Code("cancel_account", "“注销账户”或“注销校园贷”", "account_cancellation_scam"),
    Code("pay_official", "通过官方App或官方还款账户还款", ""),
)
DEMAND_FLAG = {d.code: d.help for d in DEMANDS.values() if d.help}

CHANNELS = _index(
    Code("sms", "短信"),
    Code("call", "电话"),
    Code("app", "App、微信或QQ消息"),
    Code("email", "电子邮件"),
    Code("letter", "纸质信件或通知函"),
    Code("visit", "有人上门"),
    Code("other", "其他方式"),
)

SENDERS = _index(
    Code(
        "official",
        "出借方的官方号码或App",
        "106、95、400开头的号码，带【平台名】签名的短信，或官方App里的消息",
    ),
    Code("private", "个人手机号、微信或QQ", "普通的11位手机号，或个人微信、QQ"),
    Code("agency", "自称催收公司", "对方说自己是受托的催收公司、资产管理公司或“外访人员”"),
    Code("law_firm", "自称律师事务所", "对方说自己是律师或律师事务所"),
    Code("authority", "自称法院、公安或检察院", "对方说自己是法院、公安、检察院或其他政府部门"),
    Code("unknown", "不确定", "看不出对方是谁"),
)

RELATIONSHIPS = _index(
    Code("borrower", "我在这个平台借过钱", "我是借款人"),
    Code("not_borrower", "我从没在这个平台借过钱", "对方找的可能是我，但我没借过"),
    Code("contact", "对方找的是别人", "我是借款人的亲友、同事或紧急联系人"),
    Code("unsure", "我不确定", "我不记得是否在这个平台借过钱"),
)

REPAY_ABILITY = _index(
    Code("full", "可以一次还清"),
    Code("part", "可以还一部分或分期还"),
    Code("none", "现在还不了"),
)

# Who a contact event reached (evidence log).
CONTACT_TARGETS = _index(
    Code("me", "我本人"),
    Code("family", "我的家人"),
    Code("friend", "我的朋友"),
    Code("employer", "我的单位、同事或领导"),
    Code("other", "其他人"),
)
