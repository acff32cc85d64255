"""Context cues (kind="cue"): facts the verdict engine weighs, not violations in themselves.

>>> sorted({h.code for h in detect_cues("请通过官方app还款,如已还款请忽略")})
['ignore_if_paid', 'money_demand', 'official_channel']
"""

from __future__ import annotations

import re

from .hits import Hit
from .text import CLAUSE_BREAKS, each, negated, words
from .vocab import (
    AT_DOOR_WORDS,
    BLACKLIST_WORDS,
    FEE_WORDS,
    IGNORE_IF_PAID_WORDS,
    NEW_LOAN_WORDS,
    OFFICIAL_CHANNEL_WORDS,
    PAY_WORDS,
    SCREEN_SHARE_WORDS,
)

# The cue codes with the plain-Chinese label shown next to a highlighted cue.
CUES: dict[str, str] = {
    "money_demand": "对方在要求你还钱或转账",
    "fee_demand": "对方在要求你先交一笔费用（手续费、保证金、解冻费等）",
    "official_channel": "对方让你通过官方App或官方还款账户处理",
    "ignore_if_paid": "短信写了“如已还款请忽略”，这是正规提醒常见的写法",
    "new_loan_push": "对方在催你去别处借钱来还，这会让债越滚越大",
    "blacklist_claim": "对方说要把你列入“黑名单”，民间并没有这样的官方名单",
    "screen_share": "对方让你开屏幕共享或下载会议软件，这是骗钱的常见步骤",
    "at_door": "对方说人已经在你家或单位楼下：有危险立刻打 110",
    "refund_story": "“退款、理赔、利率太高帮你调低、取消扣费”是常见的骗局开头，"
    "接下来往往要你转账、点链接、共享屏幕或报验证码",
    "call_to_fix": "对方说你的卡或账户“被冻结、出异常”，让你打某个电话处理："
    "请只打卡背面或官方App里的客服电话",
    "overdraft_warning": "信用卡“恶意透支”在满足法定条件时确实可能追究刑事责任：看看条件，保持联系、书面回应",
    "police_story": "有人说你“涉嫌案件”“身份被冒用”“有传票要按键领取”：这是冒充公检法的骗局开头，"
    "挂断后自己打110核实",
    "pass_on": "对方要你转告别人还钱；别人的欠款你没有替他还的义务",
    "own_link": "这个链接在署名机构自己公布的网站上；稳妥起见，还是直接打开官方App查看",
}

_NC = "[^" + re.escape("".join(sorted(CLAUSE_BREAKS))) + "]"
_PAY_RE = re.compile(words(PAY_WORDS))
_FEE_RE = re.compile(
    words(FEE_WORDS)
    + "|"
    + each(("先交", "先付", "先缴"), "[0-9一二三四五六七八九十百千万]")
    # a payment to unlock a loan or a frozen account ("借五万需要交纳一万五")
    + rf"|(?:解冻|放款|下款|借|提现|到账){_NC}{{0,12}}?(?:需要|须|需|要)(?:先)?(?:交纳|缴纳|交|缴|支付)"
    + "[0-9一二三四五六七八九十百千万]"
)
_OFFICIAL_RE = re.compile(
    words(OFFICIAL_CHANNEL_WORDS) + "|" + each(("登录", "打开", "通过"), f"{_NC}{{0,8}}?app")
)
# "我们的人已经在你家楼下了": fold the words the text may put between 在 and 你家.
_AT_DOOR_RE = re.compile(
    words(AT_DOOR_WORDS)
    + r"|(?:已经?|现在|正|就|此刻|人)(?:就)?在你?(?:的)?(?:家|老家|小区|单位|公司|村)"
    + r"(?:门口|楼下|外面|外边|附近|村口|里)"
    + r"|(?:已经?|现在)(?:到|来到)(?:了)?你?(?:的)?(?:家|老家|小区|单位|公司|村口|村里|楼下)"
)
_IGNORE_RE = re.compile(
    each(
        ("如", "若", "如果", "倘若", "假如"),
        rf"(?:您|你)?(?:已|已经){_NC}{{0,8}}?[,，]?{_NC}{{0,3}}?(?:忽略|无需理会|勿理会|不用理会)",
    )
    + r"|已还(?:款|清)?[^,。!?;]{0,3}?(?:请)?忽略"
    + "|"
    + words(IGNORE_IF_PAID_WORDS)
)
_NEW_LOAN_RE = re.compile(
    words(NEW_LOAN_WORDS)
    + "|"
    + each(
        ("别的", "其他", "其它", "另外", "另外的"),
        rf"(?:平台|网贷|app|地方|口子){_NC}{{0,4}}?(?:借|贷|周转|下款)",
    )
    + r"|去借(?![款记])|去贷(?![款记])|"
    + each(("推荐", "介绍"), rf"{_NC}{{0,6}}?(?:平台|口子|app|渠道|贷款)")
    + "|"
    + each(("借", "贷"), "(?:钱|款)?(?:也要|都要|也得|都得)还")
)
_BLACKLIST_RE = re.compile(words(BLACKLIST_WORDS))
_SCREEN_RE = re.compile(words(SCREEN_SHARE_WORDS) + rf"|下载{_NC}{{0,6}}?(?:会议|视频会议)")
_BORNE_LATER = re.compile(r"[^,。!?;]{0,10}?(?:由您承担|由你承担|自行承担|由借款人承担|均由)")
_PAID_BEFORE = ("已", "已经", "如已", "已于", "已按时")
_NO_FEE_BEFORE = re.compile(
    r"(?:免|无|零|(?<![0-9.])0(?![0-9.])|不收|不收取|免收|不需|没有|不产生|减免)[^,。]{0,4}$"
)


def _cue(code: str, rx: re.Pattern[str], t: str, *, negatable: bool = True) -> list[Hit]:
    return [
        Hit("cue", code, m.start(), m.end())
        for m in rx.finditer(t)
        if not (negatable and negated(t, m.start()))
    ]


# "已冻结…如需恢复请致电…": a problem to fix by calling the number the message gives.
_CALL_TO_FIX_RE = re.compile(
    r"(?:冻结|锁定|异常|失效|违规|无法使用|整改|停用)[^。！？!?\n]{0,40}?"
    r"(?:致电|拨打|来电|联系|咨询|添加)[^。！？!?\n]{0,12}?(?:电话|号码|热线|客服|微信|qq|[0-9])"
)

# "请你转告他尽快还款": the person is asked to pass a demand on, not to pay.
_PASS_ON_BEFORE = re.compile(
    rf"(?:转告|转达){_NC}{{0,12}}$|(?:告诉|通知|提醒|叫|让|要|催)(?:一下)?"
    rf"(?:他|她|借款人|你(?:的)?(?:朋友|家人|亲戚|同事|老公|老婆|丈夫|妻子|儿子|女儿)){_NC}{{0,8}}$"
)


def detect_cues(t: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _PAY_RE.finditer(t):
        before = t[max(0, m.start() - 3) : m.start()]
        if before.endswith(_PAID_BEFORE) or negated(t, m.start()):
            continue
        if _PASS_ON_BEFORE.search(t, max(0, m.start() - 20), m.start()):
            hits.append(Hit("cue", "pass_on", m.start(), m.end()))
        else:
            hits.append(Hit("cue", "money_demand", m.start(), m.end()))
    for m in _FEE_RE.finditer(t):
        if negated(t, m.start()) or _NO_FEE_BEFORE.search(t, max(0, m.start() - 8), m.start()):
            continue
        if _BORNE_LATER.match(t, m.end(), min(len(t), m.end() + 16)):
            continue  # "产生的律师费、诉讼费由您承担": a consequence stated, not a fee asked for now
        hits.append(Hit("cue", "fee_demand", m.start(), m.end()))
    for m in _OFFICIAL_RE.finditer(t):
        if not t.endswith("非", 0, m.start()) and not negated(t, m.start()):
            hits.append(Hit("cue", "official_channel", m.start(), m.end()))
    hits += _cue("ignore_if_paid", _IGNORE_RE, t, negatable=False)
    hits += _cue("new_loan_push", _NEW_LOAN_RE, t)
    hits += _cue("blacklist_claim", _BLACKLIST_RE, t)
    hits += _cue("screen_share", _SCREEN_RE, t)
    hits += _cue("at_door", _AT_DOOR_RE, t)
    hits += _cue("call_to_fix", _CALL_TO_FIX_RE, t)
    return hits
