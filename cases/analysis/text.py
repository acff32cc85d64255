"""Small text helpers shared by the detectors: word alternations, clauses and negation.

Negation is checked in linear time: from a match, look back at most NEG_WINDOW characters within
the same clause for a negator ("不会", "没有", "绝不"…). A negator only counts when what lies between
it and the match is not a condition ("不还就上门" is a threat; "不会上门" is not).

>>> import re
>>> t = "我们不会上门，但不还就上门"
>>> [negated(t, m.start()) for m in re.finditer("上门", t)]
[True, False]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CLAUSE_BREAKS = frozenset("。！？；，,.!?;\n")
NEG_WINDOW = 14  # characters looked back for a negator (same clause only)
NEG_MAX_GAP = (
    12  # characters allowed between the negator and the match ("不会以任何理由要求您转账至个人账户")
)

# Negators, longest first so "不会" is read as one word, not "不" + "会".
NEGATORS = (
    "绝对不会",
    "绝对不",
    "不需要",
    "不可能",
    "不会",
    "不得",
    "不能",
    "不要",
    "不用",
    "不必",
    "不再",
    "无需",
    "无须",
    "没有",
    "绝不",
    "决不",
    "并非",
    "并不",
    "从不",
    "从未",
    "不曾",
    "请勿",
    "切勿",
    "禁止",
    "严禁",
    "谨防",
    "警惕",
    "小心",
    "防范",
    "没",
    "未",
    "别",
    "勿",
    "不",
)
# Words that start like a negator but do not deny what follows: "不然就上门" (or else), "不得不"
# (must), "不管…都", "别的平台". They are matched first so "不" inside them is not a negator.
NOT_NEGATORS = (
    "不然",
    "要不然",
    "要不",
    "不管",
    "不论",
    "不止",
    "不仅",
    "不但",
    "不过",
    "不得不",
    "不如",
    "何不",
    "别的",
    "别人",
    "别处",
    "别家",
    "未来",
    "未还",
    "未按时",
    "未结清",
)
_NEG_RE = re.compile("(?P<skip>" + "|".join(NOT_NEGATORS) + ")|(?P<neg>" + "|".join(NEGATORS) + ")")

# Between a negator and the match these mark a condition, not a denial: "不还款就上门",
# "未处理将起诉", "不接电话我们上门".
_CONDITION_MARKS = re.compile("[就则便将还交付接回否话再]|处理|配合|我们|我司")


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted({w for w in words if w}, key=lambda w: (-len(w), w))


def alt(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of literal words, longest first (for use inside a pattern)."""
    return "(?:" + "|".join(re.escape(w) for w in _longest_first(words)) + ")"


# Why `words()` and `each()` exist: Python's `re` skips quickly to candidate positions only when
# every top-level alternative of a pattern starts with a literal character (its "charset prefix").
# A top-level "(?:a|b)x|c" or a leading look-behind makes it try every position, which is ~20x
# slower on a 10,000-char text. So top-level patterns are built flat: "ax|bx|c".


def words(items: Iterable[str]) -> str:
    """A flat alternation of literal words, longest first (for the top level of a pattern)."""
    return "|".join(re.escape(w) for w in _longest_first(items))


def each(prefixes: Iterable[str], rest: str) -> str:
    """A flat alternation "p1<rest>|p2<rest>|…" (the top-level form of "(?:p1|p2)<rest>")."""
    return "|".join(re.escape(p) + rest for p in _longest_first(prefixes))


def clause_start(text: str, pos: int, limit: int = 40) -> int:
    """Index where the clause containing `pos` starts (looking back at most `limit` chars)."""
    lo = max(0, pos - limit)
    for i in range(pos - 1, lo - 1, -1):
        if text[i] in CLAUSE_BREAKS:
            return i + 1
    return lo


def clause_end(text: str, pos: int, limit: int = 40) -> int:
    """Index where the clause containing `pos` ends (exclusive; at most `limit` chars ahead)."""
    hi = min(len(text), pos + limit)
    for i in range(pos, hi):
        if text[i] in CLAUSE_BREAKS:
            return i
    return hi


def negated(text: str, start: int, window: int = NEG_WINDOW) -> bool:
    """True when the match starting at `start` is denied by a negator just before it."""
    lo = max(clause_start(text, start, window), start - window)
    before = text[lo:start]
    last = None
    for m in _NEG_RE.finditer(before):
        last = m if m.group("neg") else None  # a later "不然"/"别的" ends any earlier denial
    if last is None:
        return False
    gap = before[last.end() :]
    return len(gap) <= NEG_MAX_GAP and not _CONDITION_MARKS.search(gap)


def has_negator(fragment: str) -> bool:
    """True when a negator occurs anywhere inside `fragment` (e.g. inside a matched gap)."""
    return any(m.group("neg") for m in _NEG_RE.finditer(fragment))


def near(text: str, start: int, end: int, pattern: re.Pattern[str], before: int, after: int) -> bool:
    """True when `pattern` occurs within `before` chars before or `after` chars after [start, end)."""
    lo = max(0, start - before)
    hi = min(len(text), end + after)
    return pattern.search(text, lo, hi) is not None
