"""Normalise a message for matching while remembering where every character came from.

Steps, each keeping a char-level map back to the original: drop invisible characters (zero-width,
variation selectors, emoji, private use, lone surrogates); NFKC (full-width → half-width, so
"ｈｔｔｐ" → "http" and "５，２００" → "5,200"); ASCII lower-case; Traditional → Simplified
(opencc t2s); collapse whitespace (removed next to Chinese, one space between Latin words,
one newline kept as a clause break).

>>> n = normalize("再不還款 我們將聯繫您的家人😀")
>>> n.text
'再不还款我们将联系您的家人'
>>> n.span(9, 13)  # "您的家人" in the original
(10, 14)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that only decorate text and may be inserted to dodge keyword filters.
_INVISIBLE = frozenset("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0")
_CLAUSE_PUNCT = frozenset("。！？；，、,.!?;:：")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str  # the normalised text (ASCII lower-cased)
    src: tuple[int, ...]  # src[i] = index in the original of text[i]
    cased: str = ""  # the same text with the original ASCII case (for link paths)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) back to the smallest covering original span."""
        return self.src[start], self.src[end - 1] + 1


@lru_cache(maxsize=1)
def _t2s():  # opencc ships no type hints
    """The opencc converter, or None when opencc is unavailable (we then skip t2s)."""
    try:
        import opencc

        return opencc.OpenCC("t2s")
    except Exception:  # pragma: no cover - depends on the environment
        return None


def _drop(ch: str, cp: int) -> bool:
    """True for characters that carry no meaning for matching."""
    if ch in _INVISIBLE:
        return True
    if 0xFE00 <= cp <= 0xFE0F or 0xE0000 <= cp <= 0xE01EF or 0x1F3FB <= cp <= 0x1F3FF:
        return True  # variation selectors, tags, skin tones
    if 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF:
        return True  # emoji and pictographs
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Cs", "Co", "Cn", "So", "Sk"):
        return True  # format chars (zero-width…), lone surrogates, private use, symbols
    return cat == "Mn" and 0x20D0 <= cp <= 0x20FF  # enclosing keycaps and similar


# Characters that need no work (printable ASCII, CJK ideographs, common CJK punctuation): copied
# in bulk, which keeps a 10,000-char message fast.
_PLAIN_RUN = re.compile(r"[\x20-\x7e\u4e00-\u9fff、。【】《》「」『』〔〕〈〉]+")
_SPACE_RUN = re.compile(r"[ \n]+")


@lru_cache(maxsize=4096)
def _convert_char(ch: str) -> str:
    """What one non-plain character becomes: "" (dropped), whitespace, or its NFKC form."""
    cp = ord(ch)
    if cp < 0x20 or cp == 0x7F:
        return "\n" if ch in "\n\r\v\f" else " "
    if _drop(ch, cp):
        return ""
    if 0x2460 <= cp <= 0x24FF or 0x2776 <= cp <= 0x2793:
        return " "  # circled list numbers would otherwise glue onto amounts
    if unicodedata.category(ch) in ("Zs", "Zl", "Zp", "Cc"):
        return "\n" if ch in "\x85\u2028\u2029" else " "
    return unicodedata.normalize("NFKC", ch).replace("\t", " ")


# Full-width ASCII forms (U+FF01–FF5E) and the ideographic space map 1:1 to ASCII under NFKC;
# translating them first keeps the common case ("，", "：", "５") on the bulk path.
_FULLWIDTH = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")  # re.sub beats str.translate on CJK text


def _first_pass(text: str) -> tuple[str, list[int]]:
    """Drop noise and apply NFKC, keeping the source index of every output char."""
    text = _FULLWIDTH_RE.sub(lambda m: _FULLWIDTH[m.group()], text)  # 1:1, so offsets are unchanged
    parts: list[str] = []
    src: list[int] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _PLAIN_RUN.match(text, pos)
        if m:
            parts.append(m.group())
            src.extend(range(pos, m.end()))
            pos = m.end()
            continue
        out = _convert_char(text[pos])
        parts.append(out)
        src.extend([pos] * len(out))
        pos += 1
    return "".join(parts), src


def _to_simplified(s: str) -> str:
    """opencc t2s that keeps one output char per input char (whole text, else chunk-wise,
    else char by char for a chunk where a phrase changed length)."""
    cc = _t2s()
    if cc is None or s.isascii():
        return s
    try:
        conv = cc.convert(s)
    except Exception:
        conv = ""
    if len(conv) == len(s):
        return conv
    out: list[str] = []
    step = 256
    for k in range(0, len(s), step):
        chunk = s[k : k + step]
        try:
            conv = cc.convert(chunk)
        except Exception:
            conv = ""
        if len(conv) == len(chunk):
            out.append(conv)
            continue
        for ch in chunk:
            try:
                c = cc.convert(ch)
            except Exception:
                c = ch
            out.append(c if len(c) == 1 else ch)
    return "".join(out)


def _is_wide(ch: str) -> bool:
    return ord(ch) >= 0x2E80 or ch in _CLAUSE_PUNCT


def _collapse_spaces(s: str, src: list[int]) -> tuple[str, tuple[int, ...]]:
    """Whitespace: removed at the ends and next to Chinese, else one space or one newline."""
    parts: list[str] = []
    out_src: list[int] = []
    prev = 0
    n = len(s)
    for m in _SPACE_RUN.finditer(s):
        a, b = m.span()
        parts.append(s[prev:a])
        out_src.extend(src[prev:a])
        prev = b
        if a == 0 or b == n:
            continue  # leading or trailing whitespace
        before, after = s[a - 1], s[b]
        if "\n" in m.group():
            if before not in _CLAUSE_PUNCT and after not in _CLAUSE_PUNCT:
                parts.append("\n")
                out_src.append(src[a])
        elif not (_is_wide(before) or _is_wide(after)):
            parts.append(" ")
            out_src.append(src[a])
    parts.append(s[prev:])
    out_src.extend(src[prev:])
    return "".join(parts), tuple(out_src)


def normalize(text: str) -> Normalized:
    """Normalise `text`; see the module docstring. Never raises on a str."""
    first, src = _first_pass(text)
    simplified = _to_simplified(first)
    if "帐" in simplified:  # 转帐/帐户 are common variant spellings of 转账/账户 (1:1, offsets kept)
        simplified = simplified.replace("帐", "账")
    cased, norm_src = _collapse_spaces(simplified, src)
    return Normalized(cased.lower() if cased.isascii() else _lower_ascii(cased), norm_src, cased)


def _lower_ascii(s: str) -> str:
    """Lower-case A-Z only: str.lower() can change the length of some non-ASCII strings."""
    return _UPPER_RE.sub(lambda m: m.group().lower(), s)


_UPPER_RE = re.compile("[A-Z]+")
