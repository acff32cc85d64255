"""Pure-Python analyzer for pasted collection messages (no Django here).

`analyze(text)` returns an `Analysis`: the original text plus `Signal`s (flags, cues, sender
hints, links, money, deadlines, overdue days, lender) with offsets into the original text.

>>> a = analyze("【安逸消费金融】您的借款已逾期3天，应还金额2,356.80元。请登录官方APP还款，如已还款请忽略。")
>>> a.lender, a.amount_claimed, a.overdue_days, a.sender_hint
('安逸消费金融', Decimal('2356.80'), 3, 'official')
>>> sorted(a.cues)
['ignore_if_paid', 'money_demand', 'official_channel']

Signal codes by kind:
  flag      a cases.core.codes.FLAGS code
  cue       a CUES code (CUES: dict code -> plain-Chinese label, in display order)
  sender    signature | service_number | mobile | landline | wechat | qq | alipay
            (value: the name, the digits or the ID; None for a bare "加微信")
            | authority | law_firm | agency   (who the message speaks as; feed sender_hint)
  link      url            (value: normalised URL, e.g. "http://t.cn/AbCd12"; defang before display)
  money     debt | fee | amount   (value: Decimal yuan)
  deadline  deadline
  overdue   overdue_days   (value: int days)
  lender    lender         (value: name)
"""

import hashlib
from pathlib import Path

from .analyzer import analyze
from .cues import CUES
from .model import SIGNAL_KINDS, Analysis, Signal

# Which analyzer read a stored text: a digest of this package's source. Anything derived from a
# text and stored (an evidence entry's flags) is derived again when this changes.
VERSION = hashlib.sha256(
    b"".join(path.read_bytes() for path in sorted(Path(__file__).parent.glob("*.py")))
).hexdigest()[:16]

__all__ = ["CUES", "SIGNAL_KINDS", "VERSION", "Analysis", "Signal", "analyze"]
