"""Who sent the message and how it wants to be contacted (kind="sender").

Codes: "signature" (【签名】, value = the name), "service_number" (106/95/96/400/800 and
government short numbers), "mobile" (11-digit private mobile), "landline", "wechat", "qq",
"alipay" (value = the ID or number, digits only for numbers, None when only "加微信" is said), and
who it speaks as: "authority", "law_firm", "agency".

>>> [(h.code, h.value) for h in detect_senders("【安逸消费金融】请致电95188")]
[('signature', '安逸消费金融'), ('service_number', '95188')]
"""

from __future__ import annotations

import re

from .hits import Hit
from .text import CLAUSE_BREAKS, alt, each, words
from .vocab import AGENCY_WORDS, AUTHORITY_BODIES, AUTHORITY_FIRST_PERSON, AUTHORITY_TITLES, LAW_FIRM_WORDS

_NOT_CLAUSE = "[^" + re.escape("".join(sorted(CLAUSE_BREAKS))) + "]"

# Signatures: 【…】 anywhere, or […] at the very start or end of the message.
SIGNATURE_RE = re.compile(r"【([^【】\n]{1,24})】")
_BRACKET_START_RE = re.compile(r"\[([^\[\]\n]{1,24})\]")
_BRACKET_END_RE = re.compile(r"\[([^\[\]\n]{1,24})\]$")
# Bank cards (16–19 digits, spaces or hyphens allowed) are found here too so a mobile number is
# never read out of the middle of a card number. Number patterns start with the digit itself and
# the "not preceded by a digit" check is done in Python (see text.words on speed).
CARD_RE = re.compile(r"[0-9](?<![0-9*].)(?:[ -]?[0-9]){15,18}(?![0-9*])")
SERVICE_RE = re.compile(
    r"106[0-9]{5,17}|95[0-9x*]{3,6}|96[0-9x*]{3,6}"
    r"|400(?:[ -]?[0-9]){7}|800(?:[ -]?[0-9]){7}"
    r"|1236[38]|12378|12381|12321|12315|1010[0-9]{4}"
)
_NOT_SERVICE_AFTER = re.compile(r"[0-9*]|[元块万千%.,][0-9]|[元块万千%天日年月号]")
MOBILE_RE = re.compile(r"1(?<![0-9*].)[3-9][0-9](?:[ -]?[0-9*x]){8}(?![0-9*])")
LANDLINE_RE = re.compile(
    r"\(0[0-9]{2,3}\)[ -]?[2-9](?:[ -]?[0-9]){6,7}(?![0-9*])"
    r"|0[0-9]{2,3}[ -]?[2-9](?:[ -]?[0-9]){6,7}(?![0-9*])"
)
_WECHAT_NAMES = ("微信号", "微信", "vx", "v信", "威信", "薇信", "徽信", "wx", "wechat", "加v", "+v")
WECHAT_ID_RE = re.compile(
    each(_WECHAT_NAMES, r"(?:号|id)?[:：]?[ ]?([a-z][-_a-z0-9]{5,19}|1[3-9][0-9]{9}(?![0-9]))")
)
WECHAT_ASK_RE = re.compile(
    each(("加", "添加", "联系", "私信"), rf"{_NOT_CLAUSE}{{0,5}}?(?:微信|vx|v信|wx|威信|薇信)")
)
QQ_RE = re.compile(
    each(("qq", "扣扣", "企鹅"), r"(?:号|群)?[:：]?[ ]?([1-9][0-9]{4,10})(?![0-9])")
    + r"|加(?:我)?(?:qq|扣扣)"
)
ALIPAY_RE = re.compile(
    r"支付宝(?:账号|帐号|账户|帐户)?[:：]?[ ]?"
    r"(1[3-9][0-9]{9}(?![0-9])|[a-z0-9._-]{1,40}@[a-z0-9-]{1,40}\.[a-z]{2,6})"
)

_BODY = alt(AUTHORITY_BODIES)
_TITLE = alt(AUTHORITY_TITLES)
# "自称是…" is how a person retells a call ("对方自称是国家反诈中心人员"), which people paste too.
_SELF_INTRO = ("我是", "我们是", "这里是", "本人是", "我这边是", "我这里是", "自称是", "自称")
AUTHORITY_RE = re.compile(
    each(_SELF_INTRO, rf"{_NOT_CLAUSE}{{0,12}}?(?:{_BODY}|{_TITLE})")
    + "|"
    + words(AUTHORITY_FIRST_PERSON)
    + "|"
    + each(("联系", "致电", "拨打", "找", "添加", "加"), rf"[\u4e00-\u9fff]{{0,2}}?{_TITLE}")
)
# "王法官 电话…", "李警官13812345678": a title followed by a number (found from the title).
TITLE_WITH_NUMBER_RE = re.compile(each(AUTHORITY_TITLES, r"(?=[:：]?[ ]?(?:电话|手机|联系|1[3-9][0-9]))"))
LAW_FIRM_RE = re.compile(
    words(LAW_FIRM_WORDS)
    + "|"
    + each(("我是", "我们是", "本人是"), rf"{_NOT_CLAUSE}{{0,8}}?律师")
    + "|律师团队|律师事务"
)
AGENCY_RE = re.compile(
    words(AGENCY_WORDS)
    + rf"|受{_NOT_CLAUSE}{{0,12}}?委托|受托|"
    + each(("我是", "我们是"), rf"{_NOT_CLAUSE}{{0,8}}?催收")
)
_AUTHORITY_NAME_RE = re.compile(_BODY)
_CONTACT_BEFORE = re.compile(
    r"(?:联系|致电|拨打|打|电话|手机|回电|加|微信|热线|专员|经理|老师)[^,。!?;]{0,3}$"
)
# "我司已委托第三方催收机构": the lender speaks about an agency; the agency is not speaking.
_LENDER_DELEGATES = re.compile(r"(?:委托|交由|转交|移交|发送|发)[^,。!?;]{0,6}$")


def signature_name(raw: str) -> str:
    return raw.strip(" :：")


def is_authority_name(name: str) -> bool:
    return _AUTHORITY_NAME_RE.search(name) is not None


def _digits(s: str) -> str:
    return "".join(c for c in s if c.isdigit() or c in "*x")


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def _digit_before(t: str, start: int) -> bool:
    return start > 0 and (t[start - 1].isdigit() or t[start - 1] in "*.,")


def _signatures(t: str) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), m.group(1)) for m in SIGNATURE_RE.finditer(t)]
    for m in (_BRACKET_START_RE.match(t), _BRACKET_END_RE.search(t, max(0, len(t) - 27))):
        if m:
            found.append((m.start(), m.end(), m.group(1)))
    return found


def signatures(t: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every 【签名】 (and of a […] at the very start or end)."""
    return [(a, b, signature_name(raw)) for a, b, raw in _signatures(t) if signature_name(raw)]


def authority_speaking(t: str) -> list[tuple[int, int]]:
    """Spans where a court, police, procuratorate or government body speaks."""
    spans = [(a, b) for a, b, name in signatures(t) if is_authority_name(name)]
    spans += [m.span() for m in AUTHORITY_RE.finditer(t)]
    for m in TITLE_WITH_NUMBER_RE.finditer(t):
        if m.start() > 0 and "\u4e00" <= t[m.start() - 1] <= "\u9fff":  # a surname: "王法官"
            spans.append((m.start() - 1, m.end()))
    return spans


def detect_senders(t: str) -> list[Hit]:
    """Every sender signal in the normalised text `t`."""
    hits: list[Hit] = []
    for a, b, name in signatures(t):
        hits.append(Hit("sender", "signature", a, b, name))
    taken = [m.span() for m in CARD_RE.finditer(t) if not _digit_before(t, m.start())]
    for m in SERVICE_RE.finditer(t):
        if _digit_before(t, m.start()) or _NOT_SERVICE_AFTER.match(t, m.end()) or _overlaps(*m.span(), taken):
            continue
        hits.append(Hit("sender", "service_number", m.start(), m.end(), _digits(m.group())))
        taken.append(m.span())
    for m in MOBILE_RE.finditer(t):
        start = m.start()
        masked = any(c in m.group() for c in "*x")
        if masked and not _CONTACT_BEFORE.search(t, max(0, start - 8), start):
            continue  # "尊敬的用户138****5678": the recipient's own masked number, not a contact
        if t.endswith(("+86 ", "+86-"), 0, start):
            start -= 4  # keep the country code with the number
        if not _overlaps(start, m.end(), taken):
            hits.append(Hit("sender", "mobile", start, m.end(), _digits(m.group())))
            taken.append((start, m.end()))
    for m in LANDLINE_RE.finditer(t):
        if not _digit_before(t, m.start()) and not _overlaps(*m.span(), taken):
            hits.append(Hit("sender", "landline", m.start(), m.end(), _digits(m.group())))
    for m in WECHAT_ID_RE.finditer(t):
        hits.append(Hit("sender", "wechat", m.start(), m.end(), m.group(m.lastindex or 0)))
    for m in WECHAT_ASK_RE.finditer(t):
        hits.append(Hit("sender", "wechat", m.start(), m.end(), None))
    for m in QQ_RE.finditer(t):
        qq = next((g for g in m.groups() if g), None)
        hits.append(Hit("sender", "qq", m.start(), m.end(), qq))
    for m in ALIPAY_RE.finditer(t):
        hits.append(Hit("sender", "alipay", m.start(), m.end(), m.group(1)))
    for a, b in authority_speaking(t):
        hits.append(Hit("sender", "authority", a, b, None))
    for m in LAW_FIRM_RE.finditer(t):
        if not _LENDER_DELEGATES.search(t, max(0, m.start() - 8), m.start()):
            hits.append(Hit("sender", "law_firm", m.start(), m.end(), None))
    for m in AGENCY_RE.finditer(t):
        if not _LENDER_DELEGATES.search(t, max(0, m.start() - 8), m.start()):
            hits.append(Hit("sender", "agency", m.start(), m.end(), None))
    return hits
