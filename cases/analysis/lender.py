"""The lender or platform the message names (kind="lender", value = the name). At most one hit.

Preference: a 【签名】 that is not a court or police body, then "在XX平台借款", then a known
platform name. A name is never cut out of the middle of a sentence by its ending (银行, 消费金融…):
that gave "冻结名下银行" from a fake court's "冻结你名下所有银行卡", which then reached a printed
police report. Such a name is still found when it stands on its own, as the whole text between
two punctuation marks or at the start of the message ("招商银行：您的…").

>>> [h.value for h in detect_lender("您在美借平台的借款已逾期")]
['美借']
"""

from __future__ import annotations

import re

from .hits import Hit
from .senders import is_authority_name, signatures
from .text import words
from .vocab import AGENCY_WORDS, GENERIC_SIGNATURES, KNOWN_LENDERS, LAW_FIRM_WORDS, LENDER_SUFFIXES

BORROWED_AT_RE = re.compile(
    r"在(?P<name>[\u4e00-\u9fffa-z0-9]{2,10}?)(?:平台|app|上|处)?的?"
    r"(?:借款|贷款|借的|借了|申请的|欠款|账单|分期|额度|借钱|消费|信用卡|办理的)"
)
KNOWN_RE = re.compile(words(KNOWN_LENDERS))
SUFFIX_RE = re.compile(words(LENDER_SUFFIXES))
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffa-z0-9]")
# Characters that end a name when walking back from "银行" ("向某商业银行" → "某商业银行").
_STOP = frozenset("的在于向是了我您你从和与及请已将对把被为到给欠借还款其他她它该此贵本通过")
_NOT_A_NAME = (
    "我",
    "本",
    "贵",
    "该",
    "此",
    "你",
    "您",
    "其",
    "他",
    "某平台",
    "某app",
    "这",
    "那",
    "各",
    "其他",
)
_PAY_AFTER = re.compile(r"[ :：]?(?:账号|卡号|账户)?[ :：]?[0-9]")
_NOT_LENDERS = ("人民银行", "中国人民银行", "央行", "互联网金融", "金融监管", "金融服务中心")
_PLACEHOLDER_LENDER = re.compile("|".join(map(re.escape, AGENCY_WORDS + LAW_FIRM_WORDS)))


_PLACEHOLDER = re.compile(r"[x×*某]+")


def _good(name: str) -> bool:
    if _PLACEHOLDER.fullmatch(name):
        return False  # "【XX】", "某某": an anonymised name, not a lender
    if len(name) < 2 or name.startswith(_NOT_A_NAME) or name in _NOT_LENDERS:
        return False
    return not (is_authority_name(name) or _PLACEHOLDER_LENDER.search(name))


def detect_lender(t: str) -> list[Hit]:
    for start, end, name in signatures(t):
        if _good(name) and name not in GENERIC_SIGNATURES:
            return [Hit("lender", "lender", start, end, name)]
    for m in BORROWED_AT_RE.finditer(t):
        name = m.group("name")
        if _good(name):
            return [Hit("lender", "lender", m.start("name"), m.end("name"), name)]
    m = KNOWN_RE.search(t)
    if m:
        return [Hit("lender", "lender", m.start(), m.end(), m.group())]
    for m in SUFFIX_RE.finditer(t):
        start = m.start()
        while start > max(0, m.start() - 6) and _NAME_CHAR.match(t[start - 1]) and t[start - 1] not in _STOP:
            start -= 1
        name = t[start : m.end()]
        if start == m.start() or name.startswith("某") or not _good(name) or _PAY_AFTER.match(t, m.end()):
            continue
        if not _stands_alone(t, start, m.end()):
            continue  # the end of a longer phrase ("冻结名下银行卡"): not a name
        return [Hit("lender", "lender", start, m.end(), name)]
    return []


_BOUNDARY = frozenset("，,。.！!？?；;：:、（）()【】[] \n")


def _stands_alone(t: str, start: int, end: int) -> bool:
    """The name is a whole segment: punctuation, a space or the text's edge on both sides."""
    before = start == 0 or t[start - 1] in _BOUNDARY
    after = end == len(t) or t[end] in _BOUNDARY
    return before and after
