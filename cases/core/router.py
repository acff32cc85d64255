"""Where to complain, in which order, and which rule each piece of conduct breaks.

`route(advice, lender_kind)` reads the verdict, the flags and the kind of lender and returns the
complaint channels (codes of `hotlines.CHANNELS`) in the order to use them, each with a plain
reason and its source (legal-facts §7 and the rows it points to). Items legal-facts marks
UNCONFIRMED are not relied on: 12378's coverage of small-loan companies (#13) is not assumed, so
those go to the local financial regulator.

>>> from cases.core.advice import Advice
>>> [r.code for r in route(Advice("unlawful_collection", flags=("insult",)), "bank")]
['lender', 'nfra', 'spam', 'heimao']
>>> [r.code for r in route(Advice("scam", flags=("personal_account",)), None)]
['police', 'antifraud', 'spam']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .codes import FLAGS
from .facts import Facts
from .hotlines import CHANNELS
from .rules import LICENSED_KINDS, Rule
from .sources import Source, law

if TYPE_CHECKING:
    from .advice import Advice


@dataclass(frozen=True)
class Violation:
    """A piece of conduct and the rule it breaks, as a complaint or a letter states it."""

    flag: str
    rule: str  # the rule, named so the recipient can look it up
    source: Source

    @property
    def conduct(self) -> str:
        return FLAGS[self.flag].label


# Conduct flag -> the rule it breaks. The wording names only what legal-facts confirms; the
# revised 治安管理处罚法's new article numbers are UNCONFIRMED (#1), so none is given.
VIOLATIONS = {
    v.flag: v
    for v in (
        Violation(
            "insult",
            "《民法典》第一千零二十四条：任何组织或者个人不得以侮辱、诽谤等方式侵害他人的名誉权",
            law("第一千零二十四条", section="2"),
        ),
        Violation(
            "violence_threat",
            "《刑法》第二百九十三条：追逐、拦截、辱骂、恐吓他人，情节恶劣的，可构成寻衅滋事罪",
            law("1.5"),
        ),
        Violation(
            "exposure_threat",
            "《民法典》第一千零三十八条：未经本人同意，不得向他人非法提供其个人信息；"
            "中国银行业协会催收工作指引禁止散布隐私、恐吓",
            law("第一千零三十八条", section="2"),
        ),
        Violation(
            "third_party_contacted",
            "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》：原则上严禁对无关第三人进行催收，"
            "严禁透露债务信息，对方要求不再联系的须停止",
            law("4c.3"),
        ),
        Violation(
            "false_legal_consequence",
            "中国银行业协会催收工作指引禁止夸大债务的数额、性质和法律后果，禁止以虚构的黑名单催收",
            law("4c.4"),
        ),
        Violation(
            "impersonates_authority",
            "《银行保险机构消费者权益保护管理办法》：催收不得冒用行政机关、司法机关等名义",
            law("8.1"),
        ),
        Violation(
            "night_contact",
            "国家标准 GB/T 45251—2025：未经约定，不应在每日22:00至次日8:00催收",
            law("4b.3"),
        ),
        Violation(
            "excessive_frequency",
            "国家标准 GB/T 45251—2025：与单一债务人主动有效通话每日不应超过3次",
            law("4b.3"),
        ),
        Violation(
            "home_visit_threat",
            "中国银行业协会催收工作指引：未经同意不得进入债务人住所或单位，外包催收人员未经同意不得使用私人电话、社交软件催收",
            law("4c.4"),
        ),
        Violation(
            "excessive_interest",
            "中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》：利息、违约金和各种费用合计超过国家规定的部分，不得催收",
            law("4a.1"),
        ),
    )
}


def violations(flags: tuple[str, ...] | frozenset[str]) -> tuple[Violation, ...]:
    """The violations among these flags, in codes.FLAGS order.

    >>> [v.flag for v in violations(("night_contact", "insult", "lawsuit_claim"))]
    ['insult', 'night_contact']
    """
    return tuple(VIOLATIONS[f] for f in FLAGS if f in flags and f in VIOLATIONS)


@dataclass(frozen=True)
class Route:
    code: str  # hotlines.CHANNELS code
    why: str  # plain Chinese: why this channel, for this case
    source: Source

    @property
    def channel(self):
        return CHANNELS[self.code]


# Conduct that is a matter for the police, not only for a regulator.
POLICE_FLAGS = frozenset({"violence_threat", "impersonates_authority"})
# Conduct the police may punish under 治安管理处罚法 when it is repeated (legal-facts 1.8).
REPORTABLE_FLAGS = frozenset({"insult", "exposure_threat", "false_legal_consequence"})
# Unwanted calls and messages: what 12321 takes reports of (legal-facts §7).
HARASSMENT_FLAGS = frozenset(
    {"insult", "night_contact", "excessive_frequency", "violence_threat", "exposure_threat"}
)
# Personal information given to others: a matter for the personal-information authorities.
PRIVACY_FLAGS = frozenset({"exposure_threat", "third_party_contacted"})

_REGULATOR_WHY = {
    "nfra": "银行、信用卡和消费金融公司归国家金融监督管理总局管，12378 受理这些机构的投诉。",
    "local_regulator": "小额贷款公司（含网络小贷）归当地地方金融管理部门管。",
    "nifa": "网络借贷、互联网消费金融平台的违规催收，可以到中国互联网金融协会举报平台实名举报。",
}


def route(advice: Advice, lender_kind: str | None = None, credit_disputed: bool = False) -> tuple[Route, ...]:
    """The complaint channels for this case, in the order to use them.

    Safety first (110); then, for a real lender, its own complaint line, then its regulator;
    then the channels for the kind of conduct (credit records, privacy, harassing calls); the
    public platform 黑猫投诉 last, and only when there is unlawful conduct to report.
    """
    flags = set(advice.flags)
    out: list[Route] = []

    def add(code: str, why: str, source: Source | None = None) -> None:
        if code not in {r.code for r in out}:
            out.append(Route(code, why, source or CHANNELS[code].source))

    if advice.verdict == "scam":
        add("police", "这很可能是诈骗。已经转了钱、或有人威胁你，马上打 110 报警。")
        add("antifraud", "拿不准是不是诈骗，可以打 96110 咨询。它只提供劝阻和咨询，不是报警电话。")
        add("spam", "诈骗短信和电话可以向 12321 举报，让更多人不被骗。")
        return tuple(out)

    if flags & POLICE_FLAGS or advice.urgent:
        add("police", "对方威胁你的人身安全，或冒充公检法：这是警察要管的事，先打 110 报警。")
    conduct = bool(violations(tuple(flags)))
    licensed = lender_kind in LICENSED_KINDS or lender_kind is None
    if (conduct or credit_disputed) and licensed:
        add("lender", "先向出借方自己的官方客服投诉，要求停止并留下投诉编号。金融机构一般要求先向它投诉。")
    if conduct and licensed:
        for code in regulator_channels(Facts(lender_kind=lender_kind)):
            add(code, _REGULATOR_WHY[code])
    if credit_disputed or ("credit_report_mention" in flags and "not_borrower" in flags):
        add("credit_dispute", "征信记录不对，先提异议：对方应在收到异议之日起 20 日内核查处理。")
        add("pboc", "征信问题归人民银行管。异议没解决，可以打 12363 投诉，受理后 30 日内应书面答复。")
    if flags & PRIVACY_FLAGS:
        add("pipl", "你的欠款信息或通讯录被告诉了别人：可以向履行个人信息保护职责的部门投诉。")
    if flags & HARASSMENT_FLAGS:
        add("spam", "骚扰电话、骚扰短信可以向 12321 举报。")
    if "police" in advice.channels:
        if "excessive_interest" in flags and lender_kind in ("private", None):
            add(
                "police",
                "年利率超过 36%、以放贷为业的，可能涉嫌非法放贷犯罪，可以向公安机关报案。",
                law("6.5"),
            )
        elif flags & REPORTABLE_FLAGS:
            add("police", "辱骂、恐吓、曝光的信息多次发来，可以带着截图和录音到派出所报案。", law("1.9"))
        else:
            add("police", CHANNELS["police"].use_for)
    if conduct:
        add(
            "heimao",
            "想让更多人看到，可以最后在黑猫投诉公开发布。它是新浪的民间平台，不是监管部门；发布前要遮住个人信息。",
        )
    return tuple(out)


# Reply time limits, only where legal-facts gives one (征信业管理条例, legal-facts §7; the 银行业保险业
# 消费投诉处理管理办法 for banks, insurers and consumer-finance companies, 10.24).
REPLY_LIMITS = {
    "lender": Rule(
        15,
        law("10.24"),
        note="银行、保险公司和消费金融公司收到投诉后15日内要作出处理决定并告诉你；情况复杂的可以延长到30日，"
        "特别复杂的经批准最长60日。其他放贷机构没有这条规定",
    ),
    "credit_dispute": Rule(
        20, law("征信 dispute", section="7"), note="征信业管理条例第二十五条：收到异议之日起 20 日内核查处理"
    ),
    "pboc": Rule(
        30, law("征信 dispute", section="7"), note="征信业管理条例第二十六条：投诉受理之日起 30 日内书面答复"
    ),
}


def reply_due(channel: str, made_on: date) -> date | None:
    """When a reply is due for a complaint made on `made_on`, or None when no rule sets a limit.

    >>> reply_due("credit_dispute", date(2026, 1, 1))
    datetime.date(2026, 1, 21)
    >>> reply_due("nfra", date(2026, 1, 1)) is None
    True
    """
    limit = REPLY_LIMITS.get(channel)
    return made_on + timedelta(days=limit.value) if limit else None


@dataclass(frozen=True)
class Demand:
    """What a complaint asks for (诉求), with the rule that backs it."""

    text: str
    source: Source


STOP = Demand("要求对方立即停止上述违规催收行为。", law("8.1"))
NO_THIRD_PARTIES = Demand(
    "要求对方不再联系与债务无关的第三人，不再向任何人透露债务信息，删除非法获取、使用的通讯录等个人信息。",
    law("4c.3"),
)
NOT_MY_DEBT = Demand(
    "确认本人不是借款人，要求对方停止联系本人，并删除本人的手机号等个人信息。",
    law("44 / 47", section="3"),
)
RECALCULATE = Demand(
    "要求对方书面说明年化利率和各项费用的计算方式，按国家有关规定核算；超出规定的部分不得催收。",
    law("4a.1"),
)
CORRECT_RECORD = Demand(
    "要求核查并更正与事实不符的征信记录，并书面告知结果。",
    law("征信 dispute", section="7"),
)
INVESTIGATE = Demand("请公安机关依法调查处理。", law("110 / 96110", section="7"))
ANSWER = Demand("请依法处理并把处理结果告知本人。", law("65", section="3"))


def demands(advice: Advice, channel: str) -> tuple[Demand, ...]:
    """What to ask for in a complaint to `channel`, from the verdict and the flags.

    >>> from cases.core.advice import Advice
    >>> [d is STOP for d in demands(Advice("unlawful_collection", flags=("insult",)), "nfra")]
    [True, False]
    """
    flags = set(advice.flags)
    if channel in ("police", "antifraud"):
        return (INVESTIGATE,)
    if channel in ("credit_dispute", "pboc"):
        return (CORRECT_RECORD, ANSWER)
    out = []
    if violations(tuple(flags - {"excessive_interest"})):
        out.append(STOP)
    if advice.verdict == "not_your_debt" or "not_borrower" in flags:
        out.append(NOT_MY_DEBT)
    elif flags & PRIVACY_FLAGS:
        out.append(NO_THIRD_PARTIES)
    if "excessive_interest" in flags:
        out.append(RECALCULATE)
    out.append(ANSWER)
    return tuple(out)


# What a channel itself asks of a complaint, where legal-facts §7 says so.
CHANNEL_NEEDS = {
    "nifa": Demand(
        "这个平台要求实名举报：需要填写你的真实姓名和联系方式。同一个人每天最多提交 5 件。",
        law("NIFA 举报平台", section="7"),
    ),
    "pboc": Demand("原则上要先向金融机构投诉，没有解决再打 12363。", law("12363", section="7")),
    "credit_dispute": Demand(
        "对方应在收到异议之日起 20 日内核查处理；没有解决，可以向人民银行当地分支机构投诉，也可以直接起诉。",
        law("征信 dispute", section="7"),
    ),
    "antifraud": Demand(
        "96110 是劝阻和咨询电话，不是报警电话。被骗或有危险，请打 110。", law("110 / 96110", section="7")
    ),
    "heimao": Demand(
        "黑猫投诉是新浪的民间平台，不是监管部门。只发布公开版，截图里的个人信息也要遮住。",
        law("黑猫投诉", section="7"),
    ),
}


def regulator_channels(facts: Facts) -> tuple[str, ...]:
    """Which regulator hears a complaint about this lender, by lender type.

    Banks and consumer-finance companies answer to NFRA (12378); small-loan companies to the
    local financial regulator (12378's coverage of them is UNCONFIRMED, legal-facts #13); online
    platforms to the NIFA reporting site. When the type is unknown, all three are offered.

    >>> regulator_channels(Facts(lender_kind="small_loan"))
    ('local_regulator',)
    """
    by_kind = {
        "bank": ("nfra",),
        "consumer_finance": ("nfra",),
        "small_loan": ("local_regulator",),
        "platform": ("nifa", "nfra"),
        "private": (),
    }
    return by_kind.get(facts.lender_kind or "", ("nfra", "local_regulator", "nifa"))
