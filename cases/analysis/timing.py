"""Time pressure (kind="deadline") and days overdue (kind="overdue", value = int days).

Deadlines: "24小时内", "3日内", "三日内", "今天下午5点前", "今晚", "明天", "2026年11月30日前",
"过时不候". Overdue: "已逾期17天", "逾期三十天", "逾期2个月" (60 days).

>>> [(h.kind, h.value) for h in detect_timing("已逾期17天,请于24小时内还款")]
[('overdue', 17), ('deadline', None)]
"""

from __future__ import annotations

import re

from .hits import Hit
from .text import each, words

_NUM = r"(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,5}|半)"
_CLOCK = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[:：][0-9]{2}|点半?|时)(?:[0-9]{1,2}分)?"
_BEFORE = "(?:之前|以前|前|之内|以内|内|为止)"
# Each pattern starts with a literal or a single character class so `re` can skip ahead fast.
_COUNT_DEADLINE_RE = re.compile(
    r"[0-9零〇一二两三四五六七八九十百半][0-9零〇一二两三四五六七八九十百]{0,4}"
    r"个?(?:小时|h|天|日|工作日|个工作日|分钟)(?:之内|以内|内)"
)
_PRESSURE_WORDS = (
    "过时不候",
    "逾期不候",
    "最后期限",
    "最后通牒",
    "最后一次机会",
    "最后一天",
    "限期",
    "期限内",
    "马上处理",
    "立即处理",
    "立即还款",
    "立刻还款",
    "马上还款",
)
_DAY_DEADLINE_RE = re.compile(
    each(
        ("今天", "今日", "今晚", "明天", "明日", "明早", "明晚", "后天", "当天", "当日", "本日", "即日"),
        rf"(?:(?:上午|中午|下午|傍晚|晚上|晚|早上)?{_CLOCK})?{_BEFORE}?",
    )
    + "|"
    + each(("上午", "中午", "下午", "傍晚", "晚上"), f"{_CLOCK}(?:之前|以前|前)")
    + "|"
    + words(_PRESSURE_WORDS)
)
_DATE_DEADLINE_RE = re.compile(
    r"[0-9][0-9]{0,3}(?:年[0-9]{1,2})?月[0-9]{1,2}[日号](?:[0-9]{1,2}(?:点|时))?(?:之前|以前|前|24时前)"
)
DEADLINE_RES = (_COUNT_DEADLINE_RE, _DAY_DEADLINE_RE, _DATE_DEADLINE_RE)
OVERDUE_RE = re.compile(
    each(("逾期", "拖欠", "超期", "欠款"), rf"(?:了|已|已经|第|已达|达|超过|超)?{_NUM}(?:天|日|个月|月|年)")
    + "|"
    + each(("已", "已经", "超过"), rf"{_NUM}(?:天|日|个月)(?:未还|没还|逾期)")
)
_COUNT_RE = re.compile(rf"(?P<n>{_NUM})(?P<u>天|日|个月|月|年)")
_UNIT_DAYS = {"天": 1, "日": 1, "个月": 30, "月": 30, "年": 365}


def number(s: str) -> int | None:
    """Arabic or Chinese numeral → int ("17" → 17, "三十" → 30, "半" → None)."""
    if s.isdigit():
        return int(s)
    try:
        import cn2an

        return int(cn2an.cn2an(s, "smart"))
    except Exception:
        return None


def detect_timing(t: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in OVERDUE_RE.finditer(t):
        c = _COUNT_RE.search(m.group())
        n = number(c.group("n")) if c else None
        if c and n is not None:
            hits.append(Hit("overdue", "overdue_days", m.start(), m.end(), n * _UNIT_DAYS[c.group("u")]))
    for rx in DEADLINE_RES:
        for m in rx.finditer(t):
            hits.append(Hit("deadline", "deadline", m.start(), m.end(), None))
    return hits
