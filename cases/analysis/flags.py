"""One small detector per flag code found in message text (kind="flag").

Each detector takes the normalised text and what earlier detectors found (senders, links, money,
deadlines, cues) and returns flag hits. `DETECTORS` runs in order; the ones that weigh other flags
(fake_legal_document, phishing_link) come last. The flags that need a contact log or the user's
answers (night_contact, excessive_frequency, excessive_interest, not_borrower) are not here.

>>> from .hits import Found
>>> [h.code for h in detect_exposure_threat("再不还钱就告诉你的家人", Found(""))]
['exposure_threat']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .frames import detect_frames
from .hits import Found, Hit
from .links import is_government, link_risk, official_domains_named, on_domain
from .senders import authority_speaking
from .text import CLAUSE_BREAKS, alt, clause_start, each, has_negator, negated, words
from .vocab import (
    AUTHORITY_BODIES,
    BLACKLIST_SOON,
    CANCEL_OBJECTS,
    CANCEL_PHRASES,
    CANCEL_PRESSURE,
    CANCEL_VERBS,
    CHILD_HARM,
    CHILD_HARM_NEG,
    CHILD_WORDS,
    CODE_ASK_VERBS,
    CODE_WORDS,
    CREDIT_REPAIR_WORDS,
    CREDIT_WORDS,
    EXPOSURE_TARGETS,
    EXPOSURE_VERBS,
    EXPOSURE_WEAK_TARGETS,
    EXPOSURE_WORDS,
    FALSE_CONSEQUENCE_WORDS,
    FOR_FEE_MARKS,
    HOME_VISIT_PLACES,
    HOME_VISIT_WORDS,
    INSULT_FAMILY_CURSES,
    INSULT_WORDS,
    LAWSUIT_WORDS,
    NOT_INSULT_AFTER,
    PERSONAL_ACCOUNT_WORDS,
    RELIEF_WORDS,
    THIRD_PARTY_VERBS,
    VIOLENCE_WORDS,
)

Detector = Callable[[str, Found], list[Hit]]

# What each flag signal says when highlighted (plain Chinese for a frightened reader).
FLAG_EXPLAIN: dict[str, str] = {
    "phishing_link": "这是一个可疑链接，不要点开，更不要在里面填写信息或下载App",
    "personal_account": "对方要你把钱转到个人账户或扫码付款，正规机构只通过官方账户收款",
    "impersonates_authority": "对方自称是法院、公安或政府部门，这些部门不会发短信让你转账",
    "fake_legal_document": "这份“法律文书”同时要你付钱，真正的法院文书不会这样做",
    "credit_repair_offer": "所谓“征信修复、债务优化、停息挂账”收费服务，多数是骗局",
    "account_cancellation_scam": "“注销账户/校园贷，否则影响征信”是常见骗局，正规机构不会这样要求",
    "asks_verification_code": "对方在要你的短信验证码，任何人要验证码都不要给",
    "insult": "这句话在辱骂你，催收时辱骂他人是违规的",
    "violence_threat": "这句话在威胁你的人身安全，这是违法的，必要时请报警",
    "exposure_threat": "这句话是在威胁把你欠钱的事告诉你的家人、朋友或单位，这是违规的",
    "third_party_contacted": "对方说已经联系了你的家人、朋友或单位，这是违规的",
    "false_legal_consequence": "普通欠款不会让你坐牢或被抓，这是在用虚假的后果吓唬你",
    "home_visit_threat": "对方说要上门或去你家、单位找你；真有人上门，先要求对方出示证件，全程录音",
    "lawsuit_claim": "对方说要起诉你或已经立案，真假需要向法院核实",
    "credit_report_mention": "对方提到了征信，逾期确实可能被如实上报征信",
}

# Where one flag covers different claims, what the highlight says for each (by Hit.value).
FLAG_EXPLAIN_KINDS: dict[str, str] = {
    "freeze": "冻结银行卡、查封财产只有法院按法定程序才能做，催收的人做不到；"
    "真有法院冻结，会有法院的正式文书，可以打12368核实",
    "blacklist": "“失信被执行人”名单和限制高消费只针对法院判决生效后、有能力却拒不履行的人，"
    "催收的人列不了，也不会“几天内”发生",
    "children": "欠钱本身不会让孩子上不了学、考不了公、当不了兵，这是在用家人吓唬你",
    "police": "普通的借款逾期是民事纠纷，催收的人说“报警抓你”“移交公安”是在吓唬你",
}
_FREEZE_WORDS = re.compile(r"冻结|查封|封停|封号|强制执行")
_BLACKLIST_WORDS = re.compile(r"失信|限高|限制|坐不了|不能坐|不能出国|老赖名单")
_CHILD_WORDS = re.compile("|".join(CHILD_WORDS))
_POLICE_WORDS = re.compile(r"公安|警方|警察|派出所|经侦|刑侦|报警|报案")


def _consequence_kind(word: str) -> str | None:
    """Which false claim a matched phrase makes, for its explanation (None: jail, the default)."""
    for kind, rx in (
        ("freeze", _FREEZE_WORDS),
        ("blacklist", _BLACKLIST_WORDS),
        ("children", _CHILD_WORDS),
        ("police", _POLICE_WORDS),
    ):
        if rx.search(word):
            return kind
    return None


_NC = "[^" + re.escape("".join(sorted(CLAUSE_BREAKS))) + "]"
_POSSESSIVE = "(?:你|您|其|他|她)(?:们)?的?"
_WARNING_AFTER = re.compile(r"(?:都|均)?(?:是|属于|属)?(?:骗局|诈骗|骗子|陷阱|套路)")


def _hits(code: str, rx: re.Pattern[str], t: str, *, negatable: bool = True) -> list[Hit]:
    return [
        Hit("flag", code, m.start(), m.end())
        for m in rx.finditer(t)
        if not (negatable and negated(t, m.start()))
    ]


def _warned(t: str, end: int) -> bool:
    """True when the words right after a match call it a scam ("征信修复都是骗局")."""
    return _WARNING_AFTER.match(t, end, min(len(t), end + 8)) is not None


# ── insult ─────────────────────────────────────────────────────────────────────────────────
_ASCII_INSULTS = tuple(w for w in INSULT_WORDS if w.isascii())
_INSULT_RE = re.compile(
    words(w for w in INSULT_WORDS if not w.isascii()) + f"|全家(?:都|人)?{alt(INSULT_FAMILY_CURSES)}"
)
_ASCII_INSULT_RE = re.compile(words(_ASCII_INSULTS))
_NOT_INSULT_AFTER = re.compile(alt(NOT_INSULT_AFTER))
_LAOLAI_WARNING = re.compile(r"(?:俗称|以免|避免|防止|成为|列为|变成|沦为)[^,。]{0,2}$")
_NOT_INSULT_BEFORE = re.compile(r"(?:冒充|识别|举报|提防|防止|远离|谨防|警惕|小心|防范|当心|假)[^,。]{0,6}$")


def detect_insult(t: str, found: Found) -> list[Hit]:
    out = []
    for m in _ASCII_INSULT_RE.finditer(t):
        if not (_ascii_letter(t[m.start() - 1 : m.start()]) or _ascii_letter(t[m.end() : m.end() + 1])):
            out.append(Hit("flag", "insult", m.start(), m.end()))
    for m in _INSULT_RE.finditer(t):
        word = m.group()
        if word in ("垃圾", "骗子", "诈骗犯") and (
            _NOT_INSULT_AFTER.match(t, m.end())
            or _NOT_INSULT_BEFORE.search(t, max(0, m.start() - 10), m.start())
        ):
            continue
        if word == "老赖" and (
            negated(t, m.start()) or _LAOLAI_WARNING.search(t, max(0, m.start() - 6), m.start())
        ):
            continue  # "以免成为老赖", "俗称老赖": a warning, not name-calling
        # Otherwise not negation-checked: "你怎么不去死" is a curse, and denials rarely repeat insults.
        out.append(Hit("flag", "insult", m.start(), m.end()))
    return out


def _ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


# ── violence_threat ────────────────────────────────────────────────────────────────────────
_VIOLENCE_RE = re.compile(
    words(VIOLENCE_WORDS)
    + r"|砍(?:死|你|人|了你|断|他)|"
    # "否则后果自负" is a veiled threat; "一切法律后果自负" in a formal letter is not
    + r"(?<!法律)后果自负|"
    + each(("找人", "叫人", "派人", "让人"), "(?:打|收拾|教训|弄|修理|废)")
    + "|"
    + each(("打", "弄", "搞", "整"), "(?:残|废)你?")
)


_SAFETY_BOILERPLATE = re.compile(r"(?:保障|保护|确保|维护|守护)[^,。]{0,6}$")


def detect_violence_threat(t: str, found: Found) -> list[Hit]:
    out = []
    for h in _hits("violence_threat", _VIOLENCE_RE, t):
        word = t[h.start : h.end]
        if word == "小心点" and t.startswith("击", h.end):
            continue  # "请小心点击链接"
        if word == "人身安全" and _SAFETY_BOILERPLATE.search(t, max(0, h.start - 8), h.start):
            continue  # "为保障您的资金和人身安全": anti-fraud boilerplate
        out.append(h)
    return out


# ── exposure_threat / third_party_contacted ────────────────────────────────────────────────
_TARGETS = alt(EXPOSURE_TARGETS)
_WEAK = alt(EXPOSURE_WEAK_TARGETS)
_TARGET_ANY = rf"(?:{_TARGETS}|{_POSSESSIVE}{_NC}{{0,2}}?{_WEAK})"
_EXPOSURE_RE = re.compile(
    each(EXPOSURE_VERBS, rf"(?:了|过)?{_NC}{{0,6}}?{_TARGET_ANY}")
    + rf"|让{_NC}{{0,10}}?(?:都|全|所有|大家|每个人|人人|全村|全世界|身边){_NC}{{0,4}}?知道"
    + "|"
    + each(
        ("给", "向"),
        rf"{_NC}{{0,6}}?{_TARGET_ANY}{_NC}{{0,3}}?(?:打电话|发短信|发信息|发消息|群发|发函|寄|发送|通报|反映|打)",
    )
    + "|"
    + each(("发", "寄", "送"), rf"{_NC}{{0,6}}?(?:到|至|给){_TARGET_ANY}")
    + "|"
    + each(
        EXPOSURE_TARGETS,
        rf"{_NC}{{0,8}}?(?:都|也|全)?(?:会|将|马上|很快|要)(?:去)?(?:收到|知道|看到|说|告知|通知|联系|打电话)",
    )
    + "|"
    + words(EXPOSURE_WORDS)
)
_PAST_BEFORE = re.compile(r"(?:已经?|刚刚?|昨天|前天|早就?|都已经?|之前|上次)[^,。]{0,4}$")
_PAST_AFTER = re.compile(r"了(?!解)|过(?![来去])|电话了|短信了")
_PAST_VERB = re.compile(rf"{alt(EXPOSURE_VERBS + THIRD_PARTY_VERBS)}(?:了|过)")
_PAST_MARKS = (
    "已",
    "已经",
    "刚",
    "刚刚",
    "昨天",
    "前天",
    "今天已",
    "今天已经",
    "都已",
    "都已经",
    "早",
    "早就",
)
_THIRD_PARTY_RE = re.compile(
    each(_PAST_MARKS, rf"{_NC}{{0,4}}?{alt(THIRD_PARTY_VERBS)}(?:了|过)?{_NC}{{0,6}}?{_TARGET_ANY}")
    + "|"
    + each(THIRD_PARTY_VERBS, rf"(?:了|过){_NC}{{0,6}}?{_TARGET_ANY}")
    + "|"
    + each(
        EXPOSURE_TARGETS, rf"{_NC}{{0,8}}?(?:已经|已|都)(?:联系|通知|告知|找|打过电话|打了电话|去)(?:过|了)"
    )
    + rf"|给{_POSSESSIVE}{_NC}{{0,4}}?(?:{_TARGETS}|{_WEAK}){_NC}{{0,3}}?"
    + rf"(?:打|发|寄|去){_NC}{{0,3}}?(?:了|过)"
)
# "你家人都已经知道了" (not "让你家人都知道", which is a threat: checked in the detector)
_KNOW = "(?:(?:已经?|都已经?|早就?)(?:知道|收到|接到)|(?:都|也)(?:知道|收到|接到)了)"
_THEY_KNOW_RE = re.compile(
    each(("你", "您", "其", "他", "她"), rf"(?:们)?的?(?:{_TARGETS}|{_WEAK}){_NC}{{0,4}}?{_KNOW}")
)


# "只能找你爸妈了", "就要通知你单位了": the trailing 了 marks a decision about what comes next.
_FUTURE_BEFORE = re.compile(
    r"(?:只能|只好|就要|就得|要|会|将|准备|打算|马上|立刻|下一步|明天)[^,。!?;]{0,3}$"
)


def _is_past(t: str, start: int, end: int) -> bool:
    if _FUTURE_BEFORE.search(t, max(0, start - 6), start) and not _PAST_BEFORE.search(
        t, max(0, start - 8), start
    ):
        return False
    return bool(
        _PAST_BEFORE.search(t, max(0, start - 8), start)
        or _PAST_VERB.match(t, start, end)
        or _PAST_AFTER.match(t, end)
    )


# "请你联系家人帮忙" / "你可以找家人商量": the debtor is the one told to reach family, no threat.
_EXPOSURE_VERB = re.compile(alt((*EXPOSURE_VERBS, "给", "向", "发", "寄", "送")))
_DEBTOR_IS_SUBJECT = re.compile(r"(?:你|您|请|建议|可以|自己|尽快)[^,。!?;]{0,2}$")


def detect_exposure_threat(t: str, found: Found) -> list[Hit]:
    return [
        h
        for h in _hits("exposure_threat", _EXPOSURE_RE, t)
        if not _is_past(t, h.start, h.end) and not _debtor_does_it(t, h.start)
    ]


def _debtor_does_it(t: str, start: int) -> bool:
    """True when the debtor is the subject of the telling verb ("请您告知家人帮忙")."""
    return bool(_EXPOSURE_VERB.match(t, start) and _DEBTOR_IS_SUBJECT.search(t, max(0, start - 3), start))


def detect_third_party_contacted(t: str, found: Found) -> list[Hit]:
    out = _hits("third_party_contacted", _THIRD_PARTY_RE, t)
    out += [h for h in _hits("third_party_contacted", _THEY_KNOW_RE, t) if not t.endswith("让", 0, h.start)]
    return out


# ── home_visit_threat ──────────────────────────────────────────────────────────────────────
_HOME_VISIT_RE = re.compile(
    words(HOME_VISIT_WORDS)
    + "|"
    + each(
        ("到", "去", "来", "赴", "前往", "上", "过去"),
        rf"(?:(?:你|您|其|他|她)(?:们)?的?{alt(HOME_VISIT_PLACES)}|户籍地|户籍所在地|户籍地址|老家|居住地|住址|家里)",
    )
    + "|"
    + each(("去找", "到找"), rf"{_POSSESSIVE}(?:{_TARGETS})")
    + "|"
    + each(("派", "安排"), rf"(?:人|专人|专员|同事|工作人员|外访){_NC}{{0,6}}?(?:去|到|过去|拜访|核实)")
    + rf"|在(?:你|您|其|他|她)(?:们)?的?{alt(HOME_VISIT_PLACES)}(?:门口|楼下|附近|外面)"
)


_MAILED = re.compile(r"(?:寄|邮寄|发送|送达|发)[^,。!?;]{0,8}$")


def detect_home_visit_threat(t: str, found: Found) -> list[Hit]:
    out = []
    for h in _hits("home_visit_threat", _HOME_VISIT_RE, t):
        if t[h.start] in "到至" and _MAILED.search(t, max(0, h.start - 10), h.start):
            continue  # "把催收函寄到你的户籍地址": a letter is sent, nobody visits
        out.append(h)
    return out


# ── lawsuit_claim ──────────────────────────────────────────────────────────────────────────
_LAWSUIT_RE = re.compile(words(LAWSUIT_WORDS))


def detect_lawsuit_claim(t: str, found: Found) -> list[Hit]:
    return _hits("lawsuit_claim", _LAWSUIT_RE, t)


# ── false_legal_consequence ────────────────────────────────────────────────────────────────
_SOON = (
    r"(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(?:小时|h|天|日)"
    r"|今天|明天|立即|马上|即将|立刻|当天|直接|即刻|随时"
)
_FALSE_RE = re.compile(
    words(FALSE_CONSEQUENCE_WORDS)
    + "|"
    + each(
        ("移交", "移送", "报送", "提交", "交由", "交给", "上报", "转交"),
        "(?:到|至|给)?(?:当地)?(?:公安|警方|派出所|经侦|刑侦)",
    )
    + "|"
    + each(("公安", "警方", "警察", "经侦"), "(?:机关)?(?:介入|立案|上门|抓|传唤)")
    + "|"
    + each(CHILD_WORDS, rf"{_NC}{{0,8}}?{alt(CHILD_HARM_NEG)}")
    + rf"|影响{_NC}{{0,6}}?{alt(CHILD_HARM)}|强制执行|"
    + each(("列入", "纳入", "上了", "进入", "录入", "标记为", "列为", "认定为"), "(?:最高法|法院)?的?失信")
    + "|"
    + each(
        ("冻结你", "冻结您", "冻结其"),
        "(?:名下)?的?(?:所有|全部)?(?:银行卡|银行账户|微信|支付宝|资产|财产|工资|存款|房产|车辆|社保|医保)",
    )
    + "|冻结名下|查封你|查封您|"
    + each(("银行卡", "微信支付", "支付宝"), rf"{_NC}{{0,4}}?(?:冻结|封停|封号)")
    + "|"
    + each(("判你", "判"), "[0-9一二三四五六七八九十两]{1,2}年")
    + "|"
    + each(("涉嫌",), rf"{_NC}{{0,6}}?(?:诈骗|犯罪|骗贷|洗钱)")
    + rf"|坐{_NC}{{0,3}}?牢"
    + "|"
    + each(("向", "去", "到"), "(?:公安|警方|派出所)(?:机关)?(?:报案|报警|举报|立案)")
)
# "72小时内上失信": a blacklisting said to come within hours or days (found from the 失信 word).
_BLACKLIST_SOON_RE = re.compile(words(BLACKLIST_SOON))
_SOON_RE = re.compile(_SOON)
_COURT_ORDER = re.compile(r"判决|裁定|调解书|支付令|生效|执行案号|已经?判")


# Anti-fraud boilerplate: "如您怀疑涉嫌诈骗请拨打110", "涉嫌诈骗的短信请举报".
_FRAUD_WARNING_BEFORE = re.compile(r"(?:怀疑|如遇|遇到|谨防|举报|识别|防范|警惕|小心|当心)[^,。!?;]{0,4}$")
_FRAUD_WARNING_AFTER = re.compile(r"的(?:短信|电话|信息|来电|链接|网站)")


# A card issuer's warning about 恶意透支 describes a real offence under its conditions (legal-facts
# 10.1–10.6): its "report to the police" and "criminal liability" are not invented consequences.
_CARD_OVERDRAFT = re.compile(r"恶意透支")
_CARD_WORDS = re.compile(r"信用卡|透支")
_CRIMINAL_REPORT = re.compile(r"公安|警方|派出所|经侦|刑事|报案|犯罪|追究")


def card_overdraft_warning(t: str) -> bool:
    """The message warns about 恶意透支 of a credit card (a real, conditional offence)."""
    return _CARD_OVERDRAFT.search(t) is not None and _CARD_WORDS.search(t) is not None


def detect_false_legal_consequence(t: str, found: Found) -> list[Hit]:
    out = []
    names = [(h.start, h.end) for h in found.of("sender", "signature")]
    overdraft = card_overdraft_warning(t)
    if overdraft:
        m = _CARD_OVERDRAFT.search(t)
        out.append(Hit("cue", "overdraft_warning", m.start(), m.end()))
    court_order = _COURT_ORDER.search(t) is not None
    for h in _hits("false_legal_consequence", _FALSE_RE, t):
        if _FRAUD_WARNING_BEFORE.search(t, max(0, h.start - 8), h.start) or _FRAUD_WARNING_AFTER.match(
            t, h.end
        ):
            continue
        if court_order and (t[h.start : h.end] == "强制执行" or t[h.start : h.end].endswith("失信")):
            continue  # enforcement or blacklisting after a real judgment is a lawful consequence
        if any(a <= h.start and h.end <= b for a, b in names):
            continue  # part of the sender's name (【省监狱住房公积金】), not a threat
        if overdraft and _CRIMINAL_REPORT.search(t, h.start, h.end):
            continue  # a card issuer reporting 恶意透支 to the police: real, under its conditions
        out.append(Hit(h.kind, h.code, h.start, h.end, _consequence_kind(t[h.start : h.end])))
    for m in _BLACKLIST_SOON_RE.finditer(t):
        lo = max(clause_start(t, m.start(), 14), m.start() - 14)
        soon = _SOON_RE.search(t, lo, m.start())
        if soon and not negated(t, soon.start()):
            out.append(Hit("flag", "false_legal_consequence", soon.start(), m.end(), "blacklist"))
    return out


# ── impersonates_authority ─────────────────────────────────────────────────────────────────
_BODY_NOTICE_RE = re.compile(rf"{_NC}{{0,10}}?{alt(AUTHORITY_BODIES)}(?:通知|提醒|公告|告知|提示)")


def detect_impersonates_authority(t: str, found: Found) -> list[Hit]:
    out = [Hit("flag", "impersonates_authority", a, b) for a, b in authority_speaking(t) if not negated(t, a)]
    m = _BODY_NOTICE_RE.match(t)  # the message opens as a court/police notice: "XX法院通知："
    if m:
        out.append(Hit("flag", "impersonates_authority", m.start(), m.end()))
    return out


# ── fake_legal_document ────────────────────────────────────────────────────────────────────
LEGAL_DOCUMENTS = (
    "传票",
    "立案通知",
    "立案告知",
    "律师函",
    "判决书",
    "裁定书",
    "执行通知",
    "协助执行通知",
    "起诉书",
    "起诉状",
    "应诉通知",
    "法院通知",
    "仲裁通知",
    "仲裁书",
    "案号",
    "拘传",
    "逮捕令",
    "通缉令",
    "冻结通知",
    "法律文书",
    "司法文书",
    "催告函",
)
_DOC_RE = re.compile(words(LEGAL_DOCUMENTS))
_PRIVATE_SENDERS = ("mobile", "wechat", "qq", "alipay")


def detect_fake_legal_document(t: str, found: Found) -> list[Hit]:
    pays = found.has("cue", "money_demand") or found.has("cue", "fee_demand") or found.has("money", "fee")
    private_contact = any(found.has("sender", c) for c in _PRIVATE_SENDERS)
    speaks_as_authority = found.has("flag", "impersonates_authority")
    if not (pays or found.has("flag", "personal_account") or (private_contact and speaks_as_authority)):
        return []
    return _hits("fake_legal_document", _DOC_RE, t)


# ── credit_report_mention ──────────────────────────────────────────────────────────────────
_CREDIT_RE = re.compile(words(CREDIT_WORDS))


def detect_credit_report_mention(t: str, found: Found) -> list[Hit]:
    return _hits("credit_report_mention", _CREDIT_RE, t)


# ── credit_repair_offer ────────────────────────────────────────────────────────────────────
_REPAIR_RE = re.compile(
    words(CREDIT_REPAIR_WORDS)
    + "|"
    + each(
        ("帮你", "帮您", "替你", "替您", "代你", "代您"),
        "(?:和|跟|与|向)(?:银行|平台|机构|网贷|贷款)(?:协商|谈|沟通|申请)",
    )
    + "|"
    + each(("逾期", "不良"), rf"(?:记录)?{_NC}{{0,6}}?(?:可以|均可|都能|能|可)?(?:消除|删除|清除|撤销|修复)")
)
_RELIEF_RE = re.compile(words(RELIEF_WORDS))
_FOR_FEE_RE = re.compile(words(FOR_FEE_MARKS))


def detect_credit_repair_offer(t: str, found: Found) -> list[Hit]:
    out = [h for h in _hits("credit_repair_offer", _REPAIR_RE, t) if not _warned(t, h.end)]
    for_fee = _FOR_FEE_RE.search(t) is not None or found.has("cue", "fee_demand")
    if for_fee:
        out += [h for h in _hits("credit_repair_offer", _RELIEF_RE, t) if not _warned(t, h.end)]
    return out


# ── account_cancellation_scam ──────────────────────────────────────────────────────────────
# Accounts named specifically enough to be read before the verb ("金条账户需要注销").
_NAMED_ACCOUNTS = tuple(o for o in CANCEL_OBJECTS if o not in ("账户", "账号", "额度", "会员"))
_CANCEL_RE = re.compile(
    each(CANCEL_VERBS, rf"(?:掉|了)?{_NC}{{0,8}}?{alt(CANCEL_OBJECTS)}")
    + "|"
    + each(("大学期间", "上学期间", "在校期间"), rf"{_NC}{{0,12}}?{alt(CANCEL_VERBS)}")
    + "|"
    # the object can stand a clause away from the verb ("被标记为校园贷账户，按规定须在今天内注销")
    + each(_NAMED_ACCOUNTS, rf"[^。！？!?;；\n]{{0,24}}?(?:需要|需|必须|要|尚未|未|没有)?{alt(CANCEL_VERBS)}")
    + "|"
    + words(CANCEL_PHRASES)
)
_CANCEL_PRESSURE_RE = re.compile(words(CANCEL_PRESSURE))


def detect_account_cancellation_scam(t: str, found: Found) -> list[Hit]:
    if not _CANCEL_PRESSURE_RE.search(t):
        return []
    return [h for h in _hits("account_cancellation_scam", _CANCEL_RE, t) if not _warned(t, h.end)]


# ── asks_verification_code ─────────────────────────────────────────────────────────────────
_CODE = alt(CODE_WORDS)
_ASK = alt(CODE_ASK_VERBS)
_CODE_RE = re.compile(
    each(CODE_ASK_VERBS, rf"(?:我|我们|给我|客服|工作人员|专员|一下|下)?{_NC}{{0,8}}?{_CODE}")
    + "|"
    # code first, then the ask, possibly after a comma ("验证码收到了吗，报一下"); a negator inside
    # the match ("验证码123456，切勿告诉他人") drops it in the detector
    + each(CODE_WORDS, rf"[^。！？!?;；\n]{{0,12}}?{_ASK}")
)


def detect_asks_verification_code(t: str, found: Found) -> list[Hit]:
    # Any negator in the clause ("请勿将验证码告诉他人", "切勿转发给任何人") makes it a warning: a
    # real ask is never phrased as a condition, so no condition exception as in text.negated.
    return [
        h
        for h in _hits("asks_verification_code", _CODE_RE, t, negatable=False)
        if not has_negator(t[clause_start(t, h.start, 14) : h.end])
    ]


# ── personal_account ───────────────────────────────────────────────────────────────────────
_STRONG_ACCOUNT = tuple(w for w in PERSONAL_ACCOUNT_WORDS if w not in ("二维码",))
_ACCOUNT_RE = re.compile(
    words(_STRONG_ACCOUNT)
    + "|"
    + each(
        ("转", "打", "汇", "存"),
        r"(?:到|入|给|至)(?:我|我的|本人|他|她|以下|下面|这个|下列|如下)的?(?:微信|支付宝|银行卡|卡|账户|账号|帐户)",
    )
    + "|"
    + each(
        ("加", "添加"),
        rf"(?:我|本人)?的?(?:微信|qq|支付宝|v){_NC}{{0,8}}?(?:还款|转账|付款|支付|缴纳|打款|处理)",
    )
    + rf"|二维码{_NC}{{0,6}}?(?:转账|付款|打款)|"
    + each(("扫我的", "扫这个", "扫下面的", "扫描我的"), "(?:收款码|二维码|码)")
)
_CARD_RE = re.compile(r"[0-9](?<![0-9*].)(?:[ -]?[0-9]){15,18}(?![0-9*])")
_BANK_CONTEXT = re.compile(r"银行|卡号|账号|帐号|账户|帐户|户名|转|汇|打款|收款|开户")
_ID_CONTEXT = re.compile(r"身份证|证件|订单|合同|编号|单号|流水号|案号")
_ACCOUNT_NAME_RE = re.compile(r"(?:户名|收款人|开户名|账户名)[:：]? ?(?P<name>[\u4e00-\u9fff*xa-z]{2,20})")
_COMPANY_NAME = re.compile(r"有限公司|有限责任公司|股份公司|集团|消费金融公司|小额贷款公司|对公账户")
_COMPANY = re.compile(r"公司|银行|中心|有限|机构|集团|金融|法院|事务所|财务|基金")


def _company_account(t: str, start: int, end: int) -> bool:
    """True when the account number sits next to a company name in the same sentence."""
    lo = max(0, start - 40)
    hi = min(len(t), end + 40)
    cut_lo = max(t.rfind("。", lo, start), t.rfind("\n", lo, start)) + 1
    cut_hi = min((i for i in (t.find("。", end, hi), t.find("\n", end, hi)) if i >= 0), default=hi)
    return _COMPANY_NAME.search(t, max(lo, cut_lo), cut_hi) is not None


def detect_personal_account(t: str, found: Found) -> list[Hit]:
    out = _hits("personal_account", _ACCOUNT_RE, t)
    for m in _CARD_RE.finditer(t):
        if m.start() > 0 and (t[m.start() - 1].isdigit() or t[m.start() - 1] == "*"):
            continue  # the tail of a longer number
        lo = max(0, m.start() - 12)
        if _ID_CONTEXT.search(t, lo, m.start()):
            continue
        if _company_account(t, m.start(), m.end()):
            continue  # "户名：XX消费金融有限公司 账号：…" is the lender's own account
        if t.startswith("62", m.start()) or _BANK_CONTEXT.search(t, lo, min(len(t), m.end() + 8)):
            out.append(Hit("flag", "personal_account", m.start(), m.end()))
    for m in _ACCOUNT_NAME_RE.finditer(t):
        if not _COMPANY.search(m.group("name")):
            out.append(Hit("flag", "personal_account", m.start(), m.end()))
    if found.has("cue", "money_demand"):
        out += [Hit("flag", "personal_account", h.start, h.end) for h in found.of("sender", "alipay")]
    return out


# ── phishing_link ──────────────────────────────────────────────────────────────────────────
# Flags that make any link in the same message suspicious: the link comes with pressure.
PRESSURE_FLAGS = frozenset(
    {
        "insult",
        "violence_threat",
        "exposure_threat",
        "home_visit_threat",
        "false_legal_consequence",
        "impersonates_authority",
        "fake_legal_document",
        "account_cancellation_scam",
        "credit_repair_offer",
        "asks_verification_code",
        "personal_account",
        "third_party_contacted",
    }
)
_DOWNLOAD_BEFORE = re.compile(r"下载|安装|apk")
# The phishing story: the account is "abnormal", "frozen" or "locked" and must be verified.
# So is a lure: points to cash in, a higher limit, an upgrade, a prize, a subsidy or a refund.
_ANOMALY_RE = re.compile(
    r"异常|冻结|锁定|解冻|认证|失效|(?:身份|资料|信息)(?:验证|核验|核实)"
    r"|积分|兑换|提额|提升额度|额度提升|升级|领取|中奖|领奖|补贴|退税|指定网站"
)
# A bare day ("明天到期") is a due date, not pressure; "明天中午12点前" or "24小时内" is.
_BARE_DAYS = frozenset({"今天", "今日", "明天", "明日", "当天", "当日", "本日", "后天"})


# A court's or an arbitration commission's own notice: a case number, or the body that accepted it.
# Such notices set deadlines (答辩期, 异议期) by law, so a deadline alone does not make their link
# suspicious; a risky link, a payment or another pressure flag still does (legal-facts 9.2, 10.50).
_CASE_NOTICE = re.compile(
    r"[(（]20[0-9]{2}[)）][^,。]{0,12}?[0-9]+号|仲裁委员会|人民法院[^,。]{0,10}?(?:受理|立案|送达)"
)


def detect_phishing_link(t: str, found: Found) -> list[Hit]:
    links = found.of("link")
    if not links:
        return []
    hard_deadline = any(t[h.start : h.end] not in _BARE_DAYS for h in found.of("deadline"))
    if _CASE_NOTICE.search(t) and not (found.has("cue", "money_demand") or found.has("cue", "fee_demand")):
        hard_deadline = False
    pressure = (
        hard_deadline
        or found.has("cue", "fee_demand")
        or found.has("cue", "screen_share")
        or _ANOMALY_RE.search(t) is not None
        or any(h.kind == "flag" and h.code in PRESSURE_FLAGS for h in found.hits)
    )
    out = []
    own = official_domains_named(t) if found.has("sender", "signature") else ()
    for h in links:
        url, disguised = h.value if isinstance(h.value, tuple) else (str(h.value), False)
        download = _DOWNLOAD_BEFORE.search(t, max(0, h.start - 8), h.start) is not None
        risk = link_risk(url, disguised)
        if own and on_domain(url, own) and not (risk or download):
            # a signed bill linking to the signer's own published domain (legal-facts 9.3)
            out.append(Hit("cue", "own_link", h.start, h.end))
            continue
        # Real courts send e-service SMS that link to their gov.cn platform (legal-facts 9.2):
        # a plain government link is not made suspicious by the court's own deadline wording.
        if is_government(url) and not (risk or download):
            continue
        if pressure or download or risk:
            out.append(Hit("flag", "phishing_link", h.start, h.end))
    return out


# In run order: detectors that look at other flags come after the flags they look at.
DETECTORS: dict[str, Detector] = {
    "insult": detect_insult,
    "violence_threat": detect_violence_threat,
    "exposure_threat": detect_exposure_threat,
    "third_party_contacted": detect_third_party_contacted,
    "home_visit_threat": detect_home_visit_threat,
    "lawsuit_claim": detect_lawsuit_claim,
    "false_legal_consequence": detect_false_legal_consequence,
    "impersonates_authority": detect_impersonates_authority,
    "credit_report_mention": detect_credit_report_mention,
    "credit_repair_offer": detect_credit_repair_offer,
    "account_cancellation_scam": detect_account_cancellation_scam,
    "asks_verification_code": detect_asks_verification_code,
    # the compositional frames (frames.py) add hits for the flags above and personal_account
    "frames": detect_frames,
    "personal_account": detect_personal_account,
    "fake_legal_document": detect_fake_legal_document,
    "phishing_link": detect_phishing_link,
}
