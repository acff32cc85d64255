"""Getting legal help: a lawyer, legal aid, and what a court can order.

Built on seeds 002 “五、寻求法律咨询与援助”, 001 “三、妥善应对上门” (item 4: seek legal aid when
collection seriously affects daily life) and 003 “2.2 寻求法律帮助”, and legal-facts §2 (民法典
997 人格权禁令, 1165/1167/1183 stopping the harm and damages, 1195 notice-and-takedown).

>>> applies(Facts(threats=frozenset({"exposure_threat"})))
True
"""

from cases.core.sources import law, seed

from .base import CONDUCT_FLAGS, Contribution, Facts, Reason, Scenario, Step

ASK_A_LAWYER = Reason(
    "你可以找专业的法律帮助：律师、当地法律援助机构，消费者协会也能提供意见，很多是免费或低收费的。",
    seed("002", "五、寻求法律咨询与援助"),
)
COURT_CAN_STOP_IT = Reason(
    "骚扰、曝光严重影响你的生活时，可以向法院起诉，要求对方停止侵害、赔礼道歉；造成严重精神损害的，可以要求赔偿。",
    law("第一千一百六十五条 / 第一千一百六十七条 / 第一千一百八十三条", section="2"),
)
INJUNCTION = Reason(
    "侵害正在发生时，还可以向法院申请禁令，让对方马上停止。",
    law("第九百九十七条", section="2"),
)
TAKEDOWN = Reason(
    "被人在网上曝光，可以通知平台删除、屏蔽相关内容。",
    law("第一千一百九十五条", section="2"),
)

COLLECT_THEN_CONSULT = Step(
    "先把所有沟通记录整理好（录音、短信、聊天记录），再带着去咨询律师。",
    seed("003", "2.2 寻求法律帮助"),
)
LEGAL_AID = Step(
    "催收已经严重影响你的日常生活，可以找律师，必要时起诉。",
    seed("001", "三、妥善应对上门"),
)

_SERIOUS = frozenset({"violence_threat", "exposure_threat", "third_party_contacted", "insult"})


def applies(facts: Facts) -> bool:
    return (
        facts.has(*_SERIOUS)
        or facts.has("lawsuit_claim", "fake_legal_document")
        or bool(facts.stats.night_contacts or facts.stats.days_over_limit)
    )


def contribute(facts: Facts) -> Contribution:
    reasons = [ASK_A_LAWYER]
    if facts.has(*(CONDUCT_FLAGS & _SERIOUS)) or facts.stats.days_over_limit:
        reasons += [COURT_CAN_STOP_IT, INJUNCTION]
    if facts.has("exposure_threat"):
        reasons.append(TAKEDOWN)
    return Contribution(
        reasons=tuple(reasons), steps=(COLLECT_THEN_CONSULT, LEGAL_AID), channels=("legal_aid",)
    )


SCENARIO = Scenario("legal_help", "找法律帮助", applies, contribute)
