"""Keeping calm and not carrying it alone.

Built on seeds 000 “总结”, 002 “一、保持冷静并收集证据”, 004 “四、保持良好心态与积极应对” and
001 “四、怎样缓解网贷逾期压力?” (item 3: tell your family and ask for support).

>>> applies(Facts(message="你的账单逾期了"))
True
"""

from cases.core.sources import seed

from .base import Contribution, Facts, Reason, Scenario, Step

KEEP_CALM = Reason(
    "先深呼吸。催收消息常常故意写得很吓人。冷静下来，一步一步处理，比慌忙转账或躲起来好。",
    seed("002", "一、保持冷静并收集证据"),
)
YOU_HAVE_RIGHTS = Reason(
    "就算确实欠钱，你也有权利被依法对待。一边学会用法律保护自己，一边尽早规划还款，难关是可以过去的。",
    seed("000", "总结"),
)

TALK_TO_FAMILY = Step(
    "找一个信任的家人或朋友说说这件事，请他们帮你一起想办法。一个人扛着会更难。",
    seed("001", "四、怎样缓解网贷逾期压力?"),
)
ONE_STEP_AT_A_TIME = Step(
    "不要被消息里的话牵着走。按上面的步骤一件一件做，主动沟通，积极应对。",
    seed("004", "四、保持良好心态与积极应对"),
)


def applies(facts: Facts) -> bool:
    return not facts.knows_nothing


def contribute(facts: Facts) -> Contribution:
    # "Plan your repayment" is for the person who owes; a third party only needs calm.
    reasons = (KEEP_CALM,) if facts.is_third_party else (KEEP_CALM, YOU_HAVE_RIGHTS)
    return Contribution(reasons=reasons, steps=(TALK_TO_FAMILY, ONE_STEP_AT_A_TIME), channels=("psych",))


SCENARIO = Scenario("wellbeing", "照顾好自己", applies, contribute)
