"""Unlawful collection conduct: insults, threats, exposure, third parties, fake legal
consequences, posing as the authorities, night calls, call floods.

Built on seeds 001 “二、熟悉的相关法律规定” (the scraped text has gaps, e.g. “不得采纳、威胁” with
暴力 stripped; legal-facts has the checked rules), 002 “四、应对不当”, 003 “2.2 寻求法律帮助”, and
legal-facts §1 (criminal law, 治安管理处罚法), §2 (民法典 名誉、隐私、个人信息), §3 (个人信息保护法),
§4 (GB/T 45251 hours, frequency and contacts; 中银协 red lines) and §8 (regulator rules).

This conduct is reported whoever owes what: a contact or a scam victim sees these flags too.

>>> contribute(Facts(threats=frozenset({"insult"}))).verdict
'unlawful_collection'
"""

from cases.core.rules import MAX_ANSWERED_CALLS_PER_DAY, MAX_ATTEMPTS_PER_DAY
from cases.core.sources import law, seed

from .base import (
    CONDUCT_FLAGS,
    Contribution,
    EvidenceItem,
    Facts,
    Reason,
    Scenario,
    Step,
    fill,
    regulator_channels,
)

INSULT = Reason(
    "辱骂、侮辱你是违法的，不管你欠不欠钱。《民法典》第一千零二十四条规定，任何人不得用侮辱、诽谤等方式侵害他人的名誉。",
    law("第一千零二十四条", section="2"),
    flag="insult",
)
INSULT_POLICE = Reason(
    "多次发送侮辱、恐吓信息干扰你的生活，按《治安管理处罚法》（2026年1月1日起施行的修订版）的相关规定，"
    "公安机关可以处罚。",
    law("1.9"),
)
VIOLENCE = Reason(
    "威胁伤害你或你的家人，你可以直接报警。这可能构成违法，甚至构成寻衅滋事等犯罪。",
    law("1.5"),
    flag="violence_threat",
)
EXPOSURE = Reason(
    "把你的欠款告诉通讯录里的人、家人、单位，或在网上曝光，侵犯你的隐私和个人信息。"
    "《民法典》第一千零三十八条规定，未经你同意，不得向他人提供你的个人信息。",
    law("第一千零三十八条", section="2"),
    flag="exposure_threat",
)
EXPOSURE_PIPL = Reason(
    "《个人信息保护法》规定，没有你的单独同意，不得公开你的个人信息；你可以向网信等部门投诉。",
    law("25", section="3"),
)
EXPOSURE_RULE = Reason(
    "行业规定明确禁止散布隐私、恐吓，也禁止在公共场所张贴催收公告。",
    law("4c.4"),
)
CONTACTS_REACHED = Reason(
    "对方联系了你的家人、朋友或单位。催收原则上严禁找无关的第三人，更不能透露你的欠款；对方被要求不要再联系时必须停止。",
    law("4c.3"),
    flag="third_party_contacted",
)
FALSE_CONSEQUENCE = Reason(
    "欠钱还不上是民事纠纷。“马上抓你”“判你坐牢”“已移交公安”“72小时上失信名单”这类说法是在吓唬你。"
    "夸大债务的法律后果、虚构“黑名单”，是催收行业明令禁止的。",
    law("4c.4"),
    flag="false_legal_consequence",
)
IMPERSONATION = Reason(
    "催收人员冒用法院、公安等国家机关的名义催收，是监管明令禁止的。",
    law("8.1"),
    flag="impersonates_authority",
)
NIGHT = Reason(
    "晚上10点到第二天早上8点不应催收（除非你同意过），这是催收行业的国家推荐性标准。"
    "你的记录里有{n}次联系在这个时间段，违反了这条行业规定。",
    law("4b.3"),
    flag="night_contact",
)
NIGHT_SAID = Reason(
    "晚上10点到第二天早上8点不应催收（除非你同意过），这是催收行业的国家推荐性标准。"
    "深夜或清晨打电话、发消息违反了这条行业规定。",
    law("4b.3"),
    flag="night_contact",
)
FREQUENCY = Reason(
    "催收方一天内和你接通的电话不应超过{answered}次（所有号码加在一起算），这是催收行业的国家推荐性标准。"
    "你的记录里有{days}天超过了限度（一天最多接通{max_answered}次、同一个号码最多拨打{max_attempts}次）。",
    law("4b.3"),
    flag="excessive_frequency",
)
FREQUENCY_SAID = Reason(
    "催收方一天内和你接通的电话不应超过{answered}次（所有号码加在一起算）。电话打个不停，违反了催收行业的规定。",
    law("4b.3"),
    flag="excessive_frequency",
)
ATTEMPTS = Reason(
    "银行业协会的催收指引还要求：电话没人接时，同一个号码一天拨打不宜超过{attempts}次。",
    law("4c.2"),
)
VISIT_AS_PRESSURE = Reason(
    "对方用个人手机号、微信威胁上门找你或你的家人来逼你还钱，这是恐吓施压。外包催收人员未经同意不得用私人电话、"
    "社交软件催收，也不得未经同意进入你的住所。",
    law("4c.4"),
    flag="home_visit_threat",
)
RIGHT_TO_REFUSE = Reason(
    "对方的做法违规时，你有权拒绝配合，并向有关部门举报。",
    seed("001", "二、熟悉的相关法律规定"),
)

KEEP_PROOF = Step(
    "保留证据：短信和聊天截图、通话录音、通话记录。证据越完整，投诉和报警越有用。",
    seed("002", "四、应对不当"),
)
REFUSE = Step(
    "对不合理的要求可以明确拒绝，比如额外收费、威胁。拒绝时保持冷静，不和对方对骂。",
    seed("002", "四、应对不当"),
)
COMPLAIN_LENDER = Step(
    "先向出借方的官方客服投诉催收人员的做法，要求停止，并记下投诉时间和受理编号。"
    "出借方不处理，再向监管部门投诉。",
    law("12363", section="7"),
)
POLICE_NOW = Step(
    "有人威胁你或家人的人身安全：马上打110报警，保留威胁的短信和录音。",
    law("110 / 96110", section="7"),
    urgent=True,
)
POLICE_REPORT = Step(
    "辱骂、恐吓、冒充公检法的信息多次发来，可以带着截图和录音到派出所报案。",
    law("1.8"),
)

RECORDING = EvidenceItem(
    "call_recording",
    "通话录音。打开手机的通话录音功能，或用另一部手机录。",
    seed("002", "四、应对不当"),
)
CALL_LOG = EvidenceItem(
    "call_log",
    "手机通话记录截图（来电号码、时间、次数），能看出深夜来电和一天打了多少次。",
    seed("003", "2.2 寻求法律帮助"),
)
THREAT_SCREENSHOTS = EvidenceItem(
    "threat_screenshots",
    "辱骂、威胁、曝光内容的截图，要能看到发送号码和时间。",
    seed("002", "一、保持冷静并收集证据"),
)


def conduct_flags(facts: Facts) -> set[str]:
    """Conduct flags supported by what was said, found or logged."""
    flags = set(CONDUCT_FLAGS & facts.said)
    # "Speaks as a court or police" is unlawful when a collector does it (8.1, 4c.4). When the
    # sender itself is (or says it is) the court, it may be a real court notice: the lawsuit_claim
    # scenario sends the person to 12368, and scam_signals catches it if it wants money.
    if not collector_posing_as_authority(facts):
        flags.discard("impersonates_authority")
    # A threat to put the person on a (made-up) 黑名单 exaggerates the legal consequence (4c.4).
    if facts.cue("blacklist_claim"):
        flags.add("false_legal_consequence")
    if facts.stats.night_contacts:
        flags.add("night_contact")
    if facts.stats.days_over_limit:
        flags.add("excessive_frequency")
    # When the person is the third party, third_party_contact speaks for the logged contacts.
    if facts.stats.third_party_contacts and not facts.is_third_party:
        flags.add("third_party_contacted")
    return flags


def collector_posing_as_authority(facts: Facts) -> bool:
    """A lender, agency, law firm or private number that speaks as a court, police or government.

    >>> collector_posing_as_authority(Facts(sender="agency", found=frozenset({"impersonates_authority"})))
    True
    >>> collector_posing_as_authority(Facts(sender="authority", found=frozenset({"impersonates_authority"})))
    False
    """
    return facts.has("impersonates_authority") and facts.sender in _COLLECTORS


_COLLECTORS = ("official", "agency", "law_firm", "private")


def visit_used_as_pressure(facts: Facts) -> bool:
    """A visit threatened from a personal phone or account: intimidation, not a visit notice.

    A lawful visit is announced by an identified lender or agency (4c.5); outsourced collectors may
    not use private phones or social accounts without consent (4c.4).
    """
    return facts.has("home_visit_threat") and facts.sender == "private"


def applies(facts: Facts) -> bool:
    return bool(conduct_flags(facts)) or visit_used_as_pressure(facts)


def contribute(facts: Facts) -> Contribution:
    flags = conduct_flags(facts)
    reasons: list[Reason] = []
    if "insult" in flags:
        reasons += [INSULT, INSULT_POLICE]
    if "violence_threat" in flags:
        reasons.append(VIOLENCE)
    if "exposure_threat" in flags:
        reasons += [EXPOSURE, EXPOSURE_PIPL, EXPOSURE_RULE]
    if "third_party_contacted" in flags:
        reasons.append(CONTACTS_REACHED)
    if "false_legal_consequence" in flags:
        reasons.append(FALSE_CONSEQUENCE)
    if "impersonates_authority" in flags:
        reasons.append(IMPERSONATION)
    limits = {"answered": MAX_ANSWERED_CALLS_PER_DAY.value, "attempts": MAX_ATTEMPTS_PER_DAY.value}
    if "night_contact" in flags:
        n = facts.stats.night_contacts
        reasons.append(fill(NIGHT, n=n) if n else NIGHT_SAID)
    if "excessive_frequency" in flags:
        stats = facts.stats
        if stats.days_over_limit:
            reasons.append(
                fill(
                    FREQUENCY,
                    days=len(stats.days_over_limit),
                    max_answered=stats.max_answered_per_day,
                    max_attempts=stats.max_attempts_per_day,
                    **limits,
                )
            )
        else:
            reasons.append(fill(FREQUENCY_SAID, **limits))
        reasons.append(fill(ATTEMPTS, **limits))
    if visit_used_as_pressure(facts):
        reasons.append(VISIT_AS_PRESSURE)
    reasons.append(RIGHT_TO_REFUSE)

    danger = "violence_threat" in flags
    steps = [KEEP_PROOF, REFUSE, COMPLAIN_LENDER]
    if flags & {"insult", "violence_threat", "exposure_threat", "impersonates_authority"}:
        steps.append(POLICE_REPORT)
    channels = ["lender", *regulator_channels(facts)]
    if flags & {"violence_threat", "insult", "impersonates_authority", "false_legal_consequence"}:
        channels.append("police")
    if flags & {"exposure_threat", "third_party_contacted"}:
        channels.append("pipl")
    if flags & {"night_contact", "excessive_frequency", "insult"}:
        channels.append("spam")
    channels.append("heimao")
    return Contribution(
        verdict="unlawful_collection",
        flags=tuple(flags | ({"home_visit_threat"} if visit_used_as_pressure(facts) else set())),
        urgent=danger,
        reasons=tuple(reasons),
        steps=tuple(steps),
        safety=(POLICE_NOW,) if danger else (),  # 110 before any evidence advice (issue 16 item 6)
        evidence=(THREAT_SCREENSHOTS, RECORDING, CALL_LOG),
        channels=tuple(channels),
    )


SCENARIO = Scenario("unlawful_conduct", "违法违规的催收", applies, contribute)
