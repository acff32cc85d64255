"""The first answer, right after the paste: what the message alone shows, in one sentence.

design.md: the findings step says what the message alone shows (scam signs, unlawful content,
looks like a normal reminder, or can't tell yet) and links to the advice; the questions that
follow refine it. A person facing a clear scam gets the three don'ts at once.

>>> from cases.core.advice import Advice
>>> first_answer(Advice("scam", flags=("phishing_link",))).tone
'danger'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .codes import LAW_BREAKING_FLAGS

if TYPE_CHECKING:
    from .advice import Advice

# The three don'ts for a scam (legal-facts 9.5, 9.10; seed 001 "五、怎样去防范诈骗风险?").
SCAM_DONTS = ("不要转账", "不要点消息里的链接", "不要把验证码告诉任何人")


@dataclass(frozen=True)
class FirstAnswer:
    tone: str  # "danger" (scam), "warning" (unlawful content), "info" (reminder), "neutral"
    text: str
    donts: tuple[str, ...] = ()


def first_answer(advice: Advice) -> FirstAnswer:
    """One sentence for what the advice on the message alone says.

    >>> from cases.core.advice import Advice
    >>> first_answer(Advice("unlawful_collection", flags=("insult",))).text
    '这条消息里有违法的催收内容。'
    >>> first_answer(Advice("needs_verification")).text
    '单看这条消息还判断不了，回答下面几个问题就能说得更准。'
    """
    if advice.verdict == "scam":
        return FirstAnswer("danger", "这条消息有诈骗的典型特征。", SCAM_DONTS)
    if advice.verdict == "unlawful_collection":
        if LAW_BREAKING_FLAGS & set(advice.flags):
            return FirstAnswer("warning", "这条消息里有违法的催收内容。")
        return FirstAnswer("warning", "这条消息里的催收方式违反了行业规定。")
    if advice.verdict == "not_your_debt":
        return FirstAnswer("warning", "对方找的可能不是你的债：别人的欠款，你没有替他还的义务。")
    if advice.verdict == "lawful_reminder":
        return FirstAnswer("info", "这像是正常的还款提醒：核实一下是不是你的借款。")
    return FirstAnswer("neutral", "单看这条消息还判断不了，回答下面几个问题就能说得更准。")
