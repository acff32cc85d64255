"""Collection by phone call, app or WeChat message, email or another channel.

Built on seed 000 “网贷收到催收信息怎么办?”: the same rules as for SMS apply (tell real from fake,
read what it says), plus keeping a record of each call; and on 001 “三、妥善应对上门” for
recording every conversation.

>>> applies(Facts(channel="call")), applies(Facts(channel="sms"))
(True, False)
"""

from cases.core.sources import seed

from .base import Contribution, EvidenceItem, Facts, Reason, Scenario, Step

SAME_RULES = Reason(
    "电话、App消息、邮件催收和短信一样处理：先分辨真假，再看清对方具体要求什么。",
    seed("000", "网贷收到催收信息怎么办?"),
)

NO_RASH_PROMISES = Step(
    "通话时不要冲动，不要随口答应短期内做不到的还款金额或日期。",
    seed("000", "网贷收到催收信息怎么办?"),
)
NOTE_EACH_CALL = Step(
    "每次通话记下时间、来电号码、对方自称的公司和工号、说了什么。可以的话全程录音。",
    seed("001", "三、妥善应对上门"),
)

CALL_LOG = EvidenceItem(
    "call_log",
    "手机通话记录截图（来电号码、时间、次数）。",
    seed("002", "一、保持冷静并收集证据"),
)
CALL_RECORDING = EvidenceItem(
    "call_recording",
    "通话录音。打开手机的通话录音功能，或用另一部手机录。",
    seed("002", "四、应对不当"),
)
CHAT_EXPORT = EvidenceItem(
    "chat_screenshot",
    "App、微信或QQ聊天记录截图，要能看到对方账号和时间。",
    seed("002", "一、保持冷静并收集证据"),
)

_CHANNELS = ("call", "app", "email", "other")


def applies(facts: Facts) -> bool:
    return facts.channel in _CHANNELS


def contribute(facts: Facts) -> Contribution:
    evidence = (CALL_LOG, CALL_RECORDING) if facts.channel == "call" else (CHAT_EXPORT,)
    # Promises about repayment only concern the person who owes it.
    steps = (NOTE_EACH_CALL,) if facts.is_third_party else (NO_RASH_PROMISES, NOTE_EACH_CALL)
    return Contribution(reasons=(SAME_RULES,), steps=steps, evidence=evidence)


SCENARIO = Scenario("other_channel", "通过电话、App消息或邮件催收", applies, contribute)
