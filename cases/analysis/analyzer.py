"""`analyze(text)`: normalise, run every detector, map hits back to the original text.

>>> a = analyze("【某市人民法院】案号(2026)民初1号，请于24小时内联系王法官13812345678缴纳诉讼保全费")
>>> sorted(a.flags)
['fake_legal_document', 'impersonates_authority', 'lawsuit_claim']
>>> a.sender_hint
'authority'
"""

from __future__ import annotations

import logging

from cases.core.codes import MAX_MESSAGE_CHARS

from .cues import CUES, detect_cues
from .flags import DETECTORS, FLAG_EXPLAIN, FLAG_EXPLAIN_KINDS
from .frames import EXPLAIN as FRAME_EXPLAIN
from .hits import Found, Hit
from .lender import detect_lender
from .links import detect_links
from .model import Analysis, Signal
from .money import detect_money
from .normalize import Normalized, normalize
from .senders import detect_senders
from .timing import detect_timing

log = logging.getLogger(__name__)

SENDER_LABELS = {
    "signature": "短信开头【】里是发送方自称的名字，骗子也能冒用，请到官方App或官方电话核实",
    "service_number": "这是95、106、400等开头的服务号码，可以拨打官方客服核实",
    "mobile": "这是一个个人手机号，正规机构一般不会让你打个人手机或转账给个人",
    "landline": "这是一个座机号码，可以先查一下是不是官方公布的号码",
    "wechat": "对方让你加微信联系，正规机构不会用个人微信收款",
    "qq": "对方让你加QQ联系，正规机构不会用QQ催收或收款",
    "alipay": "这是一个支付宝账号，正规机构不会让你转账到个人支付宝",
    "authority": "对方自称是法院、公安或政府部门",
    "law_firm": "对方自称是律师或律师事务所",
    "agency": "对方自称是受托的催收公司或外访人员",
}
MONEY_LABELS = {
    "debt": "对方说你欠的金额，请和官方App里的账单核对",
    "fee": "对方要你先交的费用，正规还款不需要先交任何费用",
    "amount": "信息里提到的一笔金额",
}
DEADLINE_LABEL = "对方给你限定了时间，这是在制造紧张感；先核实，不要慌"


def _label(h: Hit) -> str:
    if h.kind == "flag":
        if isinstance(h.value, str) and (h.value in FRAME_EXPLAIN or h.value in FLAG_EXPLAIN_KINDS):
            return FRAME_EXPLAIN.get(h.value) or FLAG_EXPLAIN_KINDS[h.value]
        return FLAG_EXPLAIN.get(h.code, "")
    if h.kind == "cue":
        return CUES.get(h.code, "")
    if h.kind == "sender":
        return SENDER_LABELS.get(h.code, "")
    if h.kind == "money":
        return MONEY_LABELS.get(h.code, "")
    if h.kind == "link":
        return "这是一个链接，先不要点开"
    if h.kind == "deadline":
        return DEADLINE_LABEL
    if h.kind == "overdue":
        return f"对方说你已经逾期{h.value}天"
    if h.kind == "lender":
        return f"信息里提到的借款平台：{h.value}"
    return ""


def _mark_disguised_links(found: Found, norm: Normalized, text: str) -> None:
    """A link whose original form differs from its clean form (full-width, spaces, zero-width
    characters inside) was disguised on purpose."""
    for i, h in enumerate(found.hits):
        if h.kind != "link" or not isinstance(h.value, tuple):
            continue
        url, disguised = h.value
        start, end = norm.span(h.start, h.end)
        if not disguised and text[start:end].lower() != norm.text[h.start : h.end]:
            found.hits[i] = Hit(h.kind, h.code, h.start, h.end, (url, True))


def _restore_case(found: Found, norm: Normalized) -> None:
    """Names (signatures, lenders) are matched lower-cased; give them back their written case."""
    for i, h in enumerate(found.hits):
        if (h.kind == "lender" or h.code == "signature") and isinstance(h.value, str):
            at = norm.text.find(h.value, h.start, h.end)
            if at >= 0:
                found.hits[i] = Hit(h.kind, h.code, h.start, h.end, norm.cased[at : at + len(h.value)])


def _detect(text: str) -> tuple[Signal, ...]:
    norm = normalize(text)
    t = norm.text
    found = Found(t)
    found.extend(detect_senders(t))
    found.extend(detect_links(t, norm.cased))
    _mark_disguised_links(found, norm, text)
    found.extend(detect_money(t))
    found.extend(detect_timing(t))
    found.extend(detect_lender(t))
    found.extend(detect_cues(t))
    for detector in DETECTORS.values():
        found.extend(detector(t, found))
    _restore_case(found, norm)

    signals: dict[tuple[str, str, int, int], Signal] = {}
    for h in found.hits:
        start, end = norm.span(h.start, h.end)
        value = h.value[0] if h.kind == "link" and isinstance(h.value, tuple) else h.value
        key = (h.kind, h.code, start, end)
        if key not in signals:
            signals[key] = Signal(h.kind, h.code, start, end, text[start:end], value, _label(h))
    return tuple(sorted(signals.values(), key=lambda s: (s.start, s.end, s.kind, s.code)))


def analyze(text: str) -> Analysis:
    """Find the signals in one pasted message. Never raises; linear in the length of `text`."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) > MAX_MESSAGE_CHARS:
        return Analysis(text, (), too_long=True)
    try:
        return Analysis(text, _detect(text))
    except Exception:  # the contract is "never raises": log the bug, return no signals
        log.exception("message analyzer failed on a %d-char text", len(text))
        return Analysis(text, ())
