"""Masking for documents posted on public platforms (黑猫投诉): numbers and names out.

Masks mobile numbers (with +86/0086/86, spaces or dashes), landlines, 18-digit IDs (ending in X
too), 15-digit old IDs, 16–19 digit bank cards (in spaced or dashed groups too), full-width
digits, names written after 户名/姓名 and the names the caller passes (the complainant's own).

>>> redact("催收员 138-1234-5678 说：姓名：张小明，卡号 6222 0212 3456 7890")
'催收员 【手机号已隐藏】 说：姓名：张**，卡号 【银行卡号已隐藏】'
>>> redact("王芳你好", names=["王芳"])
'王*你好'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Full-width digits and signs people type on a phone keyboard.
_WIDE = str.maketrans("０１２３４５６７８９＋－　（）Ｘｘ", "0123456789+- ()Xx")

_NO_DIGIT_BEFORE = r"(?<![0-9])"
_NO_DIGIT_AFTER = r"(?![0-9])"
_SEP = r"[ \-]?"
_DATE8 = r"(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_DATE6 = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"

# Order matters: the longest and most specific forms first, so a card is not read as a phone.
PATTERNS = (
    (
        "身份证号",
        re.compile(_NO_DIGIT_BEFORE + r"\d{6}" + _SEP + _DATE8 + _SEP + r"\d{3}[0-9Xx]" + r"(?![0-9A-Za-z])"),
    ),
    (
        "银行卡号",
        re.compile(
            _NO_DIGIT_BEFORE + r"\d{4}(?:" + _SEP + r"\d{4}){3}(?:" + _SEP + r"\d{1,3})?" + _NO_DIGIT_AFTER
        ),
    ),
    ("银行卡号", re.compile(_NO_DIGIT_BEFORE + r"\d{16,19}" + _NO_DIGIT_AFTER)),
    ("身份证号", re.compile(_NO_DIGIT_BEFORE + r"\d{6}" + _DATE6 + r"\d{3}" + _NO_DIGIT_AFTER)),
    (
        "手机号",
        # 11 digits from 13x–19x, however people space or dash them (138 1234 5678, 1381-234-5678).
        re.compile(
            _NO_DIGIT_BEFORE
            + r"(?:\+?(?:00)?86"
            + _SEP
            + r")?1"
            + _SEP
            + r"[3-9](?:"
            + _SEP
            + r"\d){9}"
            + _NO_DIGIT_AFTER
        ),
    ),
    (
        "电话号码",
        re.compile(
            r"(?:\(0\d{2,3}\)|" + _NO_DIGIT_BEFORE + r"0\d{2,3})" + _SEP + r"\d{3,4}" + _SEP + r"\d{4}"
            r"(?:(?:-|转)\d{1,6})?" + _NO_DIGIT_AFTER
        ),
    ),
)

# A name written after a label: 户名：张三, 姓名 李四, 收款人王五.
NAME_AFTER_LABEL = re.compile(r"((?:户名|姓名|收款人|借款人|持卡人)\s*[:：]?\s*)([\u4e00-\u9fff·]{2,4})")


def mask_name(name: str) -> str:
    """Keep the first character (usually the surname), star the rest.

    >>> mask_name("欧阳娜娜")
    '欧***'
    """
    return name[:1] + "*" * (len(name) - 1)


def redact(text: str, names: Iterable[str] = ()) -> str:
    """The text with every phone, ID and card number and every known name masked."""
    if not text:
        return text
    text = text.translate(_WIDE)
    for label, pattern in PATTERNS:
        text = pattern.sub(f"【{label}已隐藏】", text)
    text = NAME_AFTER_LABEL.sub(lambda m: m.group(1) + mask_name(m.group(2)), text)
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        text = text.replace(name, mask_name(name))
    return text
