"""Frames: what collectors and scammers say, understood from the parts the language combines.

A phrase list only knows the sentences it was written from. A frame names the parts instead —
who acts, what they will do, to whom, and what follows — and matches any combination of them in
one sentence, so words never listed together are still understood ("我们只能找你爸妈了",
"让你邻居都看看", "让你在公司待不下去"). Negation ("不会找你家人") and warnings ("谨防…都是骗局")
still hold: a match inside a negated or warned clause is dropped.

Each frame keeps its words, its exceptions, its source and its examples in one place;
`tests/analysis/test_frames.py` runs every example and counter-example, so adding a phrase is
adding a word to a table here and an example beside it.

>>> [h.code for h in detect_frames("那我们只能找你爸妈了，让你家里人替你还。")]
['exposure_threat', 'exposure_threat']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .hits import Found, Hit
from .text import CLAUSE_BREAKS, alt, has_negator, negated

# ── The parts ────────────────────────────────────────────────────────────────────────────────
# Anything inside one clause / one sentence.
_NC = "[^" + re.escape("".join(sorted(CLAUSE_BREAKS))) + "]"
_NS = "[^。！？!?\n]"  # inside one sentence (commas allowed)
_YOUR = "(?:你|您|其|他|她)(?:们)?(?:的)?"
_MAYBE_YOUR = f"(?:{_YOUR})?"

# To whom: the people and places a debt must not be told to (GB/T 45251 4b.2, 民法典 1038).
KIN = (
    "爸妈",
    "父母",
    "爹妈",
    "爸爸",
    "妈妈",
    "老爸",
    "老妈",
    "爹娘",
    "家人",
    "家里人",
    "家属",
    "老婆",
    "老公",
    "媳妇",
    "对象",
    "孩子",
    "儿子",
    "女儿",
    "子女",
    "兄弟姐妹",
    "哥哥",
    "姐姐",
    "弟弟",
    "妹妹",
    "亲戚",
    "亲属",
    "亲人",
    "爷爷",
    "奶奶",
    "外公",
    "外婆",
)
CIRCLE = (
    "朋友",
    "亲友",
    "同事",
    "同学",
    "领导",
    "老板",
    "邻居",
    "街坊",
    "村里人",
    "乡亲",
    "全村",
    "村里",
    "大家",
    "所有人",
    "身边的人",
    "联系人",
    "通讯录",
)
_KIN = alt(KIN)
_ANYONE = alt(KIN + CIRCLE)

# What follows for someone else: they will be made to pay the debt (民法典: a debt binds the
# debtor; a relative pays only as a guarantor or, for a spouse, a joint debt — legal-facts §2).
MAKE_PAY = ("替你还", "帮你还", "代你还", "替您还", "帮您还", "代您还", "替你偿还", "代为偿还", "替你承担")
# Everyday ways of making the debt known: "让你邻居都看看", "让全村都知道".
SEE_OR_KNOW = ("知道", "看看", "看到", "看见", "瞧瞧", "评评理", "认识认识", "了解一下")
# The job: "让你在公司待不下去", "工作保不住".
WORKPLACES = ("公司", "单位", "厂里", "厂子", "店里", "工地", "学校", "岗位")
STAY = ("待", "呆", "干", "混", "做")
JOB_LOSS = (
    "丢工作",
    "丢了工作",
    "丢饭碗",
    "砸了你的饭碗",
    "砸你饭碗",
    "工作保不住",
    "饭碗保不住",
    "被开除",
    "被辞退",
)
# Holding the person's data as a lever: "你的所有信息都在这".
DATA = ("信息", "资料", "通讯录", "联系人", "底细", "隐私", "照片")

# Insults aimed at the person's parents and family (民法典 1024; 4c.4 "辱骂").
DEGRADE = (
    "卖淫",
    "卖了淫",
    "卖身",
    "卖屁股",
    "是鸡",
    "做鸡",
    "当鸡",
    "婊",
    "贱",
    "死了",
    "死光",
    "死绝",
    "不得好死",
    "赌了博",
    "吸了毒",
    "偷人",
    "养的",
)
# Sexual harassment (软暴力 opinion: 侮辱、骚扰): demands or innuendo about the person's body.
SEXUAL = (
    "陪酒",
    "陪睡",
    "陪聊",
    "出台",
    "肉偿",
    "卖身",
    "裸照",
    "裸体",
    "果照",
    "你这个姿色",
    "你这姿色",
    "身材不错",
    "开房",
    "做小姐",
    "当小姐",
)
_SEXUAL_INVITE = r"让(?:我们|哥|哥几个|我|兄弟们)(?:几个)?(?:开心开心|爽一爽|爽爽|玩玩|快活快活)"
# Taunting the person to kill themselves (an insult and a danger sign: 12356, legal-facts 10.27).
SUICIDE_TAUNTS = (
    "想跳就跳",
    "去跳楼",
    "跳楼啊",
    "跳河",
    "跳桥",
    "跳水",
    "去死吧",
    "怎么不去死",
    "死了算了",
    "阎罗殿",
    "阎王殿",
    "见阎王",
    "下辈子还",
    "投胎",
)
# Vulgar put-downs a collector uses at the person (中银协 red line: 不文明催收).
VULGAR = ("关我屁事", "放屁", "屁话", "滚蛋", "滚一边", "你算老几", "给脸不要脸")

# Calling ordinary default a crime (legal-facts 10.1–10.6: only 恶意透支 of a credit card under its
# conditions is a crime; failing to repay a loan is a civil matter).
CRIME_LABELS = (
    "恶意拖欠",
    "恶意欠款",
    "恶意逃债",
    "恶意逃废债",
    "恶意赖账",
    "恶意不还",
    "恶意违约",
    "非法占有",
    "骗取贷款",
    "贷款诈骗",
    "金融诈骗",
    "套路贷款",
    "骗贷",
    "骗取钱财",
)
# Things a court does, promised within hours by a collector (only a court, after a judgment or
# its own procedure, can do them: legal-facts 10.15–10.21).
COURT_ACTS = ("传票", "拘传", "失信", "限高", "限制高消费", "冻结", "查封", "强制执行", "拘留", "上门抓")
_HOURS = r"(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(?:小时|h)"

# Third parties selling debt relief (legal-facts 9.7, 9.9: 代理维权, 征信修复, 债务优化 ads).
PROVIDERS = (
    "专业机构",
    "专业团队",
    "专业人士",
    "专业律师",
    "法务团队",
    "律师团队",
    "我们团队",
    "我们机构",
    "我们专业",
    "我们公司专业",
    "加我",
    "加微信",
    "私信",
    "咨询我",
)
SERVICES = (
    "优化债务",
    "债务优化",
    "梳理债务",
    "处理债务",
    "债务处理",
    "化解债务",
    "解决债务",
    "债务规划",
    "债务协商",
    "协商还款",
    "协商分期",
    "停息挂账",
    "延期还款",
    "延期还本",
    "减免",
    "停催",
    "上岸",
    "解决",
    "处理逾期",
    "消除逾期",
    "修复",
    "申诉",
    "话术",
    "方案",
)
# What only a third-party agent sells (a lender offers 协商/延期 through its own channels).
AGENT_SERVICES = (
    "优化债务",
    "债务优化",
    "梳理债务",
    "处理债务",
    "化解债务",
    "债务规划",
    "停息挂账",
    "上岸",
    "修复",
)
# Asking for the person's credit report is how these agents start (9.7).
ASK_REPORT = ("提供征信", "发征信", "把征信发", "看一下征信", "看下征信", "征信报告发", "征信截图")

# Money sent "by mistake" to be returned to a stranger: the loan-in-your-name refund scam (9.5).
MISTAKE = ("转错", "打错", "误转", "错转", "转账错误", "汇错", "多转了", "多打了", "操作失误", "多了")
RETURN = ("还给我", "退给我", "转回", "退回", "还回", "退还", "转给我", "打回")

# A "refund" or "closure" story: money to give back, interest to lower, a fee to stop (9.5).
REFUND_WORDS = (
    "退款",
    "退费",
    "理赔",
    "赔付",
    "退赔",
    "赔偿",
    "多扣",
    "误扣",
    "重复扣款",
    "多收",
    "退还利息",
    "退还多收",
    "算错",
    "多算",
    "计算错误",
)

# Changes to an account or a rate that "must" be made or the person's credit suffers: the
# account-closure / rate-fix scam (中消协 消费警示 2020-10; legal-facts 9.7: only the lender reports
# to the credit system, and nothing needs closing to protect it).
ACCOUNT_FIX = (
    "注销",
    "关闭",
    "清零",
    "取消额度",
    "取消借款额度",
    "调整利率",
    "调低利率",
    "利率整改",
    "整改",
    "学生状态",
    "成人状态",
    "合并账号",
    "升级",
    "解绑",
)
CREDIT_HARM = (
    r"(?:否则|不然|要不然|以免|若不|如不|不及时)[^。！？!?\n]{0,16}?"
    r"(?:影响|上报|纳入|列入|冻结)[^。！？!?\n]{0,8}?(?:征信|信用)"
)
# A "state policy" that makes debts shrink or wait (9.9: fake "监管新政", "债务清零").
POLICY = ("国家政策", "新政策", "最新政策", "政策", "新政", "国家规定", "监管新规", "通道", "绿色通道")
POLICY_RELIEF = (
    "只用交",
    "只需交",
    "只还",
    "只需还",
    "减免",
    "清零",
    "延迟还款",
    "延期还款",
    "停息",
    "先不还",
    "不用还",
    "可以不还",
    "取消",
    "折清偿",
    "折还款",
)
STOP_PAYING = (
    "可先不还",
    "可以先不还",
    "先不要还",
    "不要给银行还款",
    "不要还款",
    "别还了",
    "拖成坏账",
    "折清偿",
)
# Posting the debt where everyone passes (4c.4: 张贴催收公告).
PUBLIC_PLACES = (
    "墙",
    "围墙",
    "电杆",
    "电线杆",
    "门上",
    "家门",
    "村口",
    "小区",
    "楼道",
    "公告栏",
    "街上",
    "路口",
)
# Someone claims the person's identity was used for a crime (the 公检法 script, 9.5).
IDENTITY_USED = (
    r"(?:冒用|盗用|被人利用|被他人利用|被人冒用|被他人冒用)[^。！？!?\n]{0,6}?(?:身份|信息|名义|身份证|证件)"
)
CRIME_CASE = r"涉嫌[^。！？!?\n]{0,8}?(?:案|罪)|批准逮捕|申请拘捕|拘捕令|逮捕令|通缉令|洗钱案|立案侦查"
# The lender's own words for a debt (a criminal claim about a debt is a collector's scare).
DEBT_WORDS = re.compile(r"欠|还款|逾期|借款|贷款|透支|账单|分期")

# A warning around the match: "谨防…", "…都是骗局".
_WARNED_BEFORE = re.compile(
    r"(?:谨防|警惕|小心|当心|防范|识别|揭秘|曝光|远离|不要相信|别信)[^。！？!?\n]{0,16}$"
)
_WARNED_AFTER = re.compile(r"[^。！？!?\n]{0,10}?(?:是|属于|属)?(?:骗局|诈骗|骗子|陷阱|套路)")


@dataclass(frozen=True)
class Frame:
    """One way of saying something, built from the parts above."""

    name: str
    flag: str  # a flag code, or a cue code when kind is "cue"
    pattern: re.Pattern[str]
    source: str  # the seed section or legal-facts row behind the flag
    examples: tuple[str, ...]  # must give the flag
    not_examples: tuple[str, ...] = ()  # must not give it from this frame
    negatable: bool = True  # a negator before the match drops it ("不会找你家人")
    inner_negation: bool = False  # so does one inside it ("家人不用替你还")
    accept: Callable[[str, re.Match[str]], bool] = field(default=lambda t, m: True)
    kind: str = "flag"
    cue: str = ""  # a cue the verdict engine weighs, raised with the flag
    explain: str = ""  # what the highlight says, when the flag's general words would be wrong


def _p(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


def _not_card_overdraft(t: str, m: re.Match[str]) -> bool:
    # A bank warning that states the conditions of 恶意透支 is a real consequence (10.1–10.6).
    return not ("透支" in t and "信用卡" in t)


FRAMES: tuple[Frame, ...] = (
    Frame(
        "family_will_pay",
        "exposure_threat",
        _p(
            rf"(?:让|叫|要|逼|找){_MAYBE_YOUR}{_NC}{{0,4}}?{_KIN}{_NC}{{0,6}}?{alt(MAKE_PAY)}",
            rf"{_KIN}{_NC}{{0,4}}?(?:替|帮|代)(?:你|您)(?:还|偿还|承担|买单|出钱)",
            r"父债子还|子债父还|父债子偿|父债子偿|夫债妻还|妻债夫还",
        ),
        "legal-facts §2 (民法典 1038; a relative owes nothing as such, Arts 1064, 681–686)",
        (
            "到时候让你家里人替你还。",
            "父债子还，子债父还。",
            "你不还就让你爸妈帮你还",
            "你老婆得替你偿还",
        ),
        ("你可以找家人商量一下怎么还", "家人不用替你还钱"),
        inner_negation=True,
    ),
    Frame(
        "we_will_go_to_family",
        "exposure_threat",
        _p(
            rf"(?:只能|只好|就|会|要|将|马上|直接|立刻|准备|打算|下一步)(?:去)?(?:找|联系|通知|告诉)"
            rf"{_YOUR}{_NC}{{0,2}}?{_ANYONE}",
        ),
        "legal-facts §4c.3",
        ("那我们只能找你爸妈了", "明天就联系你同事", "下一步直接通知你领导"),
        ("请你尽快联系家人筹款", "我们不会联系你的家人"),
    ),
    Frame(
        "make_it_known",
        "exposure_threat",
        _p(
            rf"让{_NC}{{0,4}}?{_MAYBE_YOUR}{_NC}{{0,2}}?{_ANYONE}{_NC}{{0,3}}?(?:都|也|全|一起)?(?:来)?{alt(SEE_OR_KNOW)}",
        ),
        "legal-facts §4c.4",
        ("让你邻居都看看", "让全村都知道你欠钱不还", "让你同事也来评评理"),
        ("不会让你家人知道",),
    ),
    Frame(
        "job_threat",
        "exposure_threat",
        _p(
            rf"(?:在|去){_MAYBE_YOUR}{alt(WORKPLACES)}(?:里)?{alt(STAY)}不(?:下去|成|长)",
            rf"(?:让|叫){_MAYBE_YOUR}(?:失业|丢工作|丢饭碗|被开除|被辞退|没工作)",
            alt(JOB_LOSS),
        ),
        "legal-facts §4c.3, §4c.4",
        ("让你在公司待不下去", "叫你丢饭碗", "你这工作保不住了"),
        ("以免影响你的工作安排",),
    ),
    Frame(
        "holding_your_data",
        "exposure_threat",
        _p(
            rf"{_MAYBE_YOUR}(?:所有|全部|一切)?的?{alt(DATA)}(?:都|全都|全)?在(?:我们|我|我司)?(?:这|这里|这儿|手里|手上)"
        ),
        "legal-facts §3 (个人信息保护法)",
        ("你的所有信息都在这", "你通讯录全在我们手上"),
    ),
    Frame(
        "insult_family",
        "insult",
        _p(
            rf"(?:你|您)(?:妈|爸|爹|娘|妈妈|爸爸|全家|家人|祖宗|老婆|老公){_NC}{{0,3}}?{alt(DEGRADE)}",
        ),
        "legal-facts §2 (民法典 1024)",
        ("你妈卖了淫，你爸赌了博", "你全家死光", "你娘是鸡"),
        negatable=False,
    ),
    Frame(
        "sexual_harassment",
        "insult",
        _p(alt(SEXUAL), _SEXUAL_INVITE),
        "legal-facts §1 (治安管理处罚法), §2 (民法典 1010)",
        ("你先去夜场陪酒", "还不上就让我们开心开心", "你这个姿色还可以出台嘛"),
        negatable=False,
    ),
    Frame(
        "suicide_taunt",
        "insult",
        _p(alt(SUICIDE_TAUNTS)),
        "legal-facts §2 (民法典 1024)",
        ("有病治病，想跳就跳", "到了阎罗殿你也得还", "你就给我们表演一下百米高台跳水"),
        negatable=False,
    ),
    Frame(
        "vulgar_put_down",
        "insult",
        _p(alt(VULGAR)),
        "legal-facts §4c.4",
        ("女儿带饭关我屁事", "别给脸不要脸"),
        negatable=False,
    ),
    Frame(
        "crime_label",
        "false_legal_consequence",
        _p(rf"(?:涉嫌|属于|构成|认定为?|定性为|属)?{_NC}{{0,3}}?{alt(CRIME_LABELS)}"),
        "legal-facts §10.1–10.6",
        ("短信内容含有“涉嫌恶意拖欠”“非法占有意图明显”", "你这是恶意逃债", "你已涉嫌骗取贷款"),
        ("恶意透支信用卡，经两次催收超过三个月仍不归还的，可能承担刑事责任",),
        accept=_not_card_overdraft,
        explain="借了钱一时还不上是民事纠纷，不是犯罪；催收的人给你扣“恶意拖欠”“骗贷”的帽子，是在吓唬你",
    ),
    Frame(
        "court_act_within_hours",
        "false_legal_consequence",
        _p(rf"{_HOURS}(?:内|后|之内|以内)?{_NS}{{0,20}}?{alt(COURT_ACTS)}"),
        "legal-facts §10.15–10.21",
        ("72小时后你将收到传票，成为失信被执行人", "24小时内不还款，将冻结名下银行卡"),
        ("请在24小时内还款",),
        explain="传票、冻结、“失信”名单只能由法院按程序作出，不会由催收的人在几小时内安排；"
        "真有法院的事，可以打12368核实",
    ),
    Frame(
        "debt_agent_offer",
        "credit_repair_offer",
        _p(
            rf"{alt(PROVIDERS)}{_NS}{{0,16}}?{alt(SERVICES)}",
            rf"(?:帮|替|为)(?:你|您){_NC}{{0,4}}?{alt(AGENT_SERVICES)}",
            rf"{alt(SERVICES)}{_NS}{{0,12}}?{alt(PROVIDERS)}",
            rf"(?:债务|逾期|网贷|信用卡){_NS}{{0,40}}?{alt(ASK_REPORT)}",
            rf"{alt(ASK_REPORT)}{_NS}{{0,20}}?(?:债务|逾期|网贷|信用卡|方案)",
            r"征信[^。！？!?\n]{0,10}?修复|修复[^。！？!?\n]{0,4}?征信|(?:申诉|异议)修复|可(?:以)?修复",
            r"(?:收费|付费|交费|有偿)[^。！？!?\n]{0,4}?修复",
            r"(?:消除|删除|清除|洗白|抹掉)(?:掉)?(?:你的|您的)?(?:不良|逾期)",
            r"不成功不收",
        ),
        "legal-facts §9.7, §9.9",
        (
            "可以直接找我们专业机构来解决",
            "欠款逾期不要紧，专业团队帮你优化债务",
            "我已经申请延期三年还本金，加我把话术分享给你",
            "我们会帮您全面梳理债务，所以需要您提供征信",
            "根据征信报告定制修复方案，不成功不收取任何费用",
            "逾期超过1万元也可申诉修复",
            "收费修复，不成功，就退款",
            "他们有技术人员可以帮忙消除不良征信",
        ),
        (
            "如有困难请通过官方App申请延期还款",
            "征信修复都是骗局，请勿相信",
            "谨防“专业团队帮你停息挂账”的骗局",
        ),
    ),
    Frame(
        "fix_account_or_credit_suffers",
        "account_cancellation_scam",
        _p(
            rf"{alt(ACCOUNT_FIX)}{_NS}{{0,30}}?{CREDIT_HARM}",
            rf"(?:利率|利息|年化)[^。！？!?\n]{{0,6}}?(?:过高|太高|超标|不合规|不符合|超过|超出)"
            rf"[^。！？!?\n]{{0,30}}?{CREDIT_HARM}",
        ),
        "legal-facts §9.7, §9.10",
        (
            "你需要关闭京东金(白)条 否则会影响征信",
            "您的京东金条年利率过高，不符合相关法律规定，需要及时调整利率，否则会影响个人征信。",
            "必须注销之前在京东金融上注册的账户，否则将影响征信",
        ),
        ("请尽快还款，以免影响您的个人征信记录",),
        explain="“不注销账户、不调整利率就影响征信”是冒充客服的骗局：征信只记录你真实的借还款，"
        "不需要注销或调整任何东西",
    ),
    Frame(
        "fake_policy_relief",
        "credit_repair_offer",
        _p(
            rf"{alt(POLICY)}{_NS}{{0,24}}?{alt(POLICY_RELIEF)}",
            alt(STOP_PAYING),
        ),
        "legal-facts §9.9",
        (
            "现在有政策可以帮助债务人解决债务问题，只用交负债总额的25%就能够偿还所有债务。",
            "欠银行的钱可先不还，各大行已开通延迟还款通道",
            "要配合他们把这笔信用卡欠款拖成坏账",
            "现在国家政策需要取消相关借款额度并将额度清零",
        ),
        ("请按合同约定按时还款",),
        explain="没有“国家政策让欠款打折、清零、先不还”这回事；这是收费“代理维权”“债务优化”的说法，"
        "听了会让逾期更严重",
    ),
    Frame(
        "post_in_public",
        "exposure_threat",
        _p(rf"(?:贴|张贴|挂|喷|写)(?:在|到)[^。！？!?\n]{{0,6}}?{alt(PUBLIC_PLACES)}"),
        "legal-facts §4c.4",
        ("再不还钱，就要拿去贴在围墙上、电杆上", "把你的照片贴到村口"),
        ("请把还款凭证贴在申请表上",),
    ),
    Frame(
        "identity_used_for_crime",
        "impersonates_authority",
        _p(rf"{IDENTITY_USED}[^。！？!?\n]{{0,30}}?(?:犯罪|洗钱|冻结|涉嫌|案件|透支|诈骗)"),
        "legal-facts §9.5",
        ("有人冒用你的信息进行犯罪活动，你名下的所有银行账户将被冻结",),
        cue="police_story",
        explain="“有人冒用你的身份犯罪、账户要冻结”是冒充公检法的骗局开头；"
        "公安、法院不会打电话让你配合查账或转账",
    ),
    Frame(
        "criminal_case_without_a_debt",
        "impersonates_authority",
        _p(CRIME_CASE),
        "legal-facts §9.5",
        ("你涉嫌一宗跨国洗钱案，要每天汇报行踪！", "xx,你涉嫌诈骗案件,如不按时出庭将面临刑期。"),
        ("你欠款逾期不还，涉嫌诈骗",),
        accept=lambda t, m: DEBT_WORDS.search(t) is None,
        cue="police_story",
        explain="有人在电话或短信里说你“涉嫌某某案”，多半是冒充公检法的骗局；真有案件，"
        "可以自己打110或到派出所核实",
    ),
    Frame(
        "robocall_summons",
        "impersonates_authority",
        _p(
            r"(?:传票|法院通知|起诉书|诉讼通知|开庭通知)[^\n]{0,40}?"
            r"(?:请按|按[0-9一二三四五六七八九]|人工服务|人工咨询|转人工)"
        ),
        "legal-facts §9.3",
        ("您有一张人民法院的传票，请尽快联系领取。如果需要人工咨询，请按……",),
        ("法院的传票会通过法院专递送达",),
        cue="police_story",
        explain="法院不会用语音电话让你“按键领取传票”；真的传票由法院专递、当面送达或12368通知",
    ),
    Frame(
        "student_account_change",
        "account_cancellation_scam",
        _p(
            r"学生(?:状态|身份|账户|账号)[^。！？!?\n]{0,12}?(?:更改|改为|转为|转成|变更|注销|升级)",
            r"(?:注销|关闭)[^。！？!?\n]{0,16}?(?:大学期间|在校期间|上学期间|读书时|学生时)[^。！？!?\n]{0,12}?(?:账号|账户|额度)",
        ),
        "legal-facts §9.7",
        (
            "对方称其该平台还是学生状态，需要更改为成人状态",
            "要求其注销在大学期间开通的分*乐账号",
        ),
        explain="“学生账户要改成成人账户”“注销校园贷”是冒充平台客服的骗局；注销、变更账户从来不需要转账或贷款",
    ),
    Frame(
        "safe_account",
        "personal_account",
        _p(
            r"安全账户|监管账户|核查账户|验资账户|清查账户|资金清查",
            r"(?:转入|转到|转至|存入|汇入|打到)[^。！？!?\n]{0,10}?"
            r"(?:银监会|银保监|金融监管|公安|法院|检察院|人民银行|央行|反诈中心)[^。！？!?\n]{0,6}?(?:账户|账号)",
        ),
        "legal-facts §9.5",
        ("现需要将其名下银行卡资金转入“银监会账户”进行核查", "把钱转到安全账户"),
        explain="没有什么“安全账户”“监管账户”：公安、法院、监管部门从不让人把钱转给他们核查，这是诈骗",
    ),
    Frame(
        "mistaken_transfer",
        "personal_account",
        _p(rf"{alt(MISTAKE)}[^\n]{{0,80}}?{alt(RETURN)}"),
        "legal-facts §9.5",
        ("对方表示自己转错账了……能不能把钱还给我", "不好意思打错钱了，麻烦转回给我"),
        negatable=False,
        explain="“转错账、请退回”常是骗局：先核实到账的是不是一笔以你名义借的贷款，只通过银行原路退回，"
        "不要转给对方给的账户",
    ),
    Frame(
        "refund_or_closure_story",
        "refund_story",
        _p(
            alt(REFUND_WORDS),
            rf"(?:利率|利息|费率|年化){_NC}{{0,4}}?(?:过高|太高|偏高|超标|不合规|违规)",
            rf"(?:下调|调低|降低|降){_NC}{{0,4}}?(?:利率|利息|费率)",
            rf"(?:关闭|取消|注销){_NC}{{0,6}}?(?:自动扣费|自动续费|会员|扣费|百万保障|保险)",
            rf"(?:自动扣费|自动续费|会员费|扣费){_NS}{{0,10}}?(?:关闭|取消|注销|解除)",
        ),
        "legal-facts §9.5, §9.10",
        (
            "您在我平台的借款利率过高，现在可以为您办理退款",
            "您开通的会员即将自动扣费，需要帮您取消",
            "快递丢失了，我们给您理赔",
        ),
        ("如已还款请忽略",),
        kind="cue",
    ),
)


def _warned(t: str, m: re.Match[str]) -> bool:
    lo = max(0, m.start() - 20)
    return bool(_WARNED_BEFORE.search(t, lo, m.start()) or _WARNED_AFTER.match(t, m.end()))


def detect_frames(t: str, found: Found | None = None) -> list[Hit]:
    """Every frame's hits on the normalised text, negation and warnings respected."""
    out = []
    for frame in FRAMES:
        for m in frame.pattern.finditer(t):
            if frame.negatable and negated(t, m.start()):
                continue
            if frame.inner_negation and has_negator(m.group()):
                continue
            if _warned(t, m) or not frame.accept(t, m):
                continue
            out.append(Hit(frame.kind, frame.flag, m.start(), m.end(), frame.name))
            if frame.cue:
                out.append(Hit("cue", frame.cue, m.start(), m.end()))
    return out


# What a highlight says for a frame whose flag's general words would be wrong here.
EXPLAIN: dict[str, str] = {f.name: f.explain for f in FRAMES if f.explain}
