"""Someone says they will come to your home, your family or your work, or is at the door now.

Built on seeds 000 “收到网贷催款短信马上上门”, 001 “三、妥善应对上门” and 003 “1.2 催款的方式”.
Where the seeds and the rules disagree the rules win: seed 000 says regular collectors do not
visit unless there is a judgment, but industry rules allow visits by at least two collectors
(legal-facts 4c.5), never at night (4c.2), never entering the home without consent (4c.4).

>>> contribute(Facts(channel="visit")).urgent
True
"""

from cases.core.sources import law, seed

from .base import Contribution, EvidenceItem, Facts, Reason, Scenario, Step

VISITS_HAPPEN = Reason(
    "对方说要上门。真的上门催收是可能的：网贷公司在长期逾期时可能派人外访。",
    seed("003", "1.2 催款的方式"),
    flag="home_visit_threat",
)
SEED_CORRECTED = Reason(
    "有的文章说正规催收要等法院判决以后才会上门。这个说法不准确：行业规定允许上门催收，"
    "但至少要两名催收人员一起来。所以“要上门”本身不一定违法，关键看对方怎么做。",
    law("4c.5"),
)
VISIT_HOURS = Reason(
    "上门也有时间限制：晚上10点到早上8点不能来（除非你同意）。",
    law("4c.2"),
)
VISIT_LIMITS = Reason(
    "没有你的同意，催收人员不能进你家或你的单位，也不能恐吓、威胁你。",
    law("4c.4"),
)

AT_DOOR = Step(
    "你不需要开门，也不需要让任何人进屋。隔着门请对方出示工作证件和委托文件，问清是哪家公司、受谁委托。",
    seed("001", "三、妥善应对上门"),
    urgent=True,
)
RECORD_NOW = Step(
    "用手机录音、录像，记下几点来的、来了几个人、说了什么。",
    seed("001", "三、妥善应对上门"),
    urgent=True,
)
WARN_FAMILY = Step(
    "现在就提醒家里人：可能有人上门催收，不用开门，不要当场给钱，也不要透露你的住址、单位和去向。",
    law("4c.3"),
    urgent=True,
)
CALL_POLICE_IF_FORCED = Step(
    "如果对方不肯离开、威胁你、堵门或强行进门，马上打110报警。",
    law("110 / 96110", section="7"),
    urgent=True,
)
STAY_CALM = Step(
    "和对方说话保持冷静、礼貌，告诉对方你会通过官方渠道协商还款。不要透露家人、单位等敏感信息。",
    seed("000", "收到网贷催款短信马上上门"),
)
RECORD_VISIT = Step(
    "记下来访的时间、人数、证件信息和说了什么，能录像就录像。这些是以后维权的依据。",
    seed("001", "三、妥善应对上门"),
)
VERIFY_VISIT = Step(
    "打出借方的官方客服电话，问清楚有没有安排人上门、来的是谁。",
    seed("001", "三、妥善应对上门"),
)

NOT_YOUR_VISITOR = Step(
    "对方要找的是借款人，不是你。你没有义务接待，也不要告诉对方借款人的住址或单位。"
    "有人到你家纠缠不走，打110。",
    law("4c.3"),
)

VISIT_RECORD = EvidenceItem(
    "visit_record",
    "上门情况记录：日期时间、来了几个人、证件和公司名称、说了什么；有录像或监控更好。",
    seed("001", "三、妥善应对上门"),
)


def applies(facts: Facts) -> bool:
    return facts.channel == "visit" or facts.has("home_visit_threat") or facts.cue("at_door")


def contribute(facts: Facts) -> Contribution:
    # Someone is at the door now: the person chose "visit", or the message says they are downstairs.
    at_door = facts.channel == "visit" or facts.cue("at_door")
    reasons = [VISITS_HAPPEN] if facts.has("home_visit_threat") else []
    reasons += [SEED_CORRECTED, VISIT_HOURS, VISIT_LIMITS]
    # A visit at the door or promised: keep safe first (issue 16 items 5-6), before any evidence.
    safety = [AT_DOOR, RECORD_NOW, CALL_POLICE_IF_FORCED]
    if not facts.is_third_party:
        safety.append(WARN_FAMILY)
    if facts.is_third_party:
        steps = [NOT_YOUR_VISITOR, RECORD_VISIT]
    else:
        steps = [STAY_CALM, RECORD_VISIT] if at_door else [VERIFY_VISIT, STAY_CALM, RECORD_VISIT]
    return Contribution(
        flags=("home_visit_threat",) if facts.has("home_visit_threat") else (),
        urgent=at_door,  # someone is at the door now
        reasons=tuple(reasons),
        steps=tuple(steps),
        safety=tuple(safety),
        evidence=(VISIT_RECORD,),
        channels=("police", "lender") if at_door else ("lender",),
    )


SCENARIO = Scenario("home_visit", "有人说要上门，或已经上门", applies, contribute)
