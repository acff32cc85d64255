"""Amounts of money (kind="money"): the debt claimed, a fee demanded, or another amount.

Reads "2,356.80元", "¥5200", "5,200元" (from full-width "５，２００元"), "1.2万", "5千元",
"伍仟元", "五千块". The code comes from the words around it: "debt" (应还/欠款/本金…),
"fee" (手续费/服务费/保证金…), else "amount".

>>> [(h.code, h.value) for h in detect_money("应还金额2,356.80元,先交3000元服务费")]
[('debt', Decimal('2356.80')), ('fee', Decimal('3000'))]
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .hits import Hit
from .text import alt, clause_end, clause_start
from .vocab import FEE_WORDS

DEBT_WORDS = (
    "应还",
    "欠款",
    "尚欠",
    "欠",
    "本金",
    "逾期金额",
    "待还",
    "未还",
    "账单",
    "借款",
    "贷款",
    "总额",
    "共计",
    "合计",
    "利息",
    "罚息",
    "违约金",
    "滞纳金",
    "本息",
    "还款",
    "金额",
    "还清",
    "结清",
    "透支",
    "债务",
    "剩余",
)
_FEE_RE = re.compile(alt(FEE_WORDS) + "|费")
_DEBT_RE = re.compile(alt(DEBT_WORDS))

_MONEY_WORD_RE = re.compile(f"(?:{_DEBT_RE.pattern}|{_FEE_RE.pattern})")
_MONEY_WORD_END_RE = re.compile(f"(?:{_DEBT_RE.pattern}|{_FEE_RE.pattern})$")

_MULT = {"万": 10000, "万元": 10000, "w": 10000, "千": 1000, "千元": 1000, "k": 1000, "百": 100, "百元": 100}
# Starts with the digit itself (fast scanning, see text.words); "¥"/"人民币" before it and "not inside
# a longer number" are checked in Python.
ARABIC_RE = re.compile(
    r"(?P<num>[0-9](?<![0-9.,].)(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]*))(?P<dec>\.[0-9]{1,2})?(?![0-9])"
    r"(?P<unit> ?(?:万元|千元|百元|万|千|w|k)(?![a-z]))?(?P<yuan> ?(?:元|块钱|块(?!儿)|圆|人民币|rmb))?"
)
_CURRENCY_BEFORE = re.compile(r"(?:¥|rmb|人民币) ?$")
CHINESE_RE = re.compile(
    r"(?P<cn>[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬]{1,20})(?P<yuan>元|块钱|块(?!儿)|圆)"
)


def _chinese_value(s: str) -> Decimal | None:
    try:
        import cn2an

        return Decimal(str(cn2an.cn2an(s.replace("萬", "万"), "smart")))
    except Exception:
        return None


def classify(t: str, start: int, end: int) -> str:
    """ "fee" when a fee word is nearest, "debt" when a debt word is, else "amount"."""
    after = t[end : clause_end(t, end, 8)]
    if _FEE_RE.match(after.lstrip(" 的")):
        return "fee"
    lo = clause_start(t, start, 16)
    best: tuple[int, str] | None = None
    for rx, code in ((_FEE_RE, "fee"), (_DEBT_RE, "debt")):
        for m in rx.finditer(t, lo, start):
            if best is None or m.end() > best[0] or (m.end() == best[0] and code == "fee"):
                best = (m.end(), code)
    return best[1] if best else "amount"


def _bare_amount(t: str, m: re.Match[str], unit: str) -> bool:
    """A number without 元 or ¥ is money only right after a money word ("保证金5000", "欠款1.2万")."""
    if t.startswith(("天", "日", "号", "月", "年", "期", "个", "次", "小时", "%", "点", "分"), m.end()):
        return False
    lo = clause_start(t, m.start(), 12 if unit else 5)
    before = t[lo : m.start()].rstrip(" :")
    return bool((_MONEY_WORD_RE if unit else _MONEY_WORD_END_RE).search(before))


def detect_money(t: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in ARABIC_RE.finditer(t):
        start = m.start()
        if start > 0 and t[start - 1] in "0123456789.,":
            continue  # the tail of a longer number
        cur = _CURRENCY_BEFORE.search(t, max(0, start - 4), start)
        start = cur.start() if cur else start
        unit = (m.group("unit") or "").strip()
        if not (cur or m.group("yuan") or unit.endswith("元")) and not _bare_amount(t, m, unit):
            continue
        try:
            value = Decimal(m.group("num").replace(",", "") + (m.group("dec") or ""))
        except InvalidOperation:  # pragma: no cover - the regex only admits digits
            continue
        value *= _MULT.get(unit, 1)
        if value == value.to_integral_value() and unit:
            value = value.quantize(Decimal(1))
        hits.append(Hit("money", classify(t, start, m.end()), start, m.end(), value))
    for m in CHINESE_RE.finditer(t):
        value = _chinese_value(m.group("cn"))
        if value is not None and value > 0:
            hits.append(Hit("money", classify(t, m.start(), m.end()), m.start(), m.end(), value))
    return hits
