"""A table of phrases and messages with the signals each must and must not produce.

Each row: the text, the signals it must raise and the ones it must not. A signal is written
"kind:code" ("sender:mobile", "money:fee", "deadline:deadline"); a bare flag or cue code means
"flag:<code>" or "cue:<code>". The vocabulary follows the seeds and public reporting of real
collection and scam messages, not one test sentence.
"""

import pytest

from cases.analysis import CUES, analyze
from cases.core.codes import FLAGS


def found(text: str) -> set[str]:
    return {f"{s.kind}:{s.code}" for s in analyze(text).signals}


def spelled(code: str) -> str:
    if ":" in code:
        return code
    if code in FLAGS:
        return f"flag:{code}"
    if code in CUES:
        return f"cue:{code}"
    return {"overdue_days": "overdue:overdue_days"}.get(code, f"{code}:{code}")  # "deadline", "lender"…


def row(text: str, must: tuple[str, ...] = (), must_not: tuple[str, ...] = (), id: str = ""):
    return pytest.param(text, must, must_not, id=id or text[:24])


ROWS = [
    # ── insult ────────────────────────────────────────────────────────────────────────────
    row("你这种欠钱不还的人就是社会垃圾", ("insult",), id="insult-garbage"),
    row("老赖，赶紧还钱", ("insult", "money_demand"), id="insult-laolai"),
    row("你全家不得好死", ("insult",), id="insult-family-curse"),
    row("畜生一样的东西，欠钱不还", ("insult",), id="insult-animal"),
    row("你就是个废物，连这点钱都还不上", ("insult",), id="insult-useless"),
    row("不要脸的东西，借钱不还", ("insult",), id="insult-shameless"),
    row("你怎么不去死", ("insult",), id="insult-go-die"),
    row("你就是个骗子，借钱不还", ("insult",), id="insult-liar"),
    row("你真是个SB", ("insult",), id="insult-ascii"),
    row("谨防骗子冒充客服", (), ("insult",), id="insult-not-a-scam-warning"),
    row("请开启拦截垃圾短信功能", (), ("insult",), id="insult-not-spam-filter"),
    row("请插入USB接口", (), ("insult",), id="insult-not-inside-a-word"),
    row("你朋友欠钱不还，你也不是什么好东西", ("insult",), id="insult-to-a-contact"),
    row("草泥马的，欠钱不还还有脸接电话？", ("insult",), id="insult-vulgar"),
    row("限你半小时内回电，否则后果自负", ("violence_threat",), id="violence-veiled-consequences"),
    row(
        "你已被标记为失信人员，三天内不还将被限制高铁飞机出行",
        ("false_legal_consequence",),
        id="false-blacklist-in-days",
    ),
    row(
        "您的账户存在异常，需点击 http://360jt-kf.com 认证后才能还款",
        ("phishing_link",),
        id="link-account-anomaly-story",
    ),
    row(
        "【某银行】您的信用卡已逾期，详情可登录 www.example-bank.com 查看",
        ("link:url",),
        ("phishing_link",),
        id="link-plain-in-a-reminder",
    ),
    row(
        "逾期不还的，一切法律后果自负", (), ("violence_threat",), id="violence-not-formal-legal-consequences"
    ),
    row("你身份证、家庭住址我们都有，等着吧。", ("violence_threat",), id="violence-veiled-wait"),
    row("我们的人已经在你小区楼下了", ("cue:at_door",), id="cue-at-door"),
    row("我们两个同事现在就在你家楼下等着", ("cue:at_door",), id="cue-at-door-now"),
    row(
        "您的信用卡因违规操作已临时冻结，如需恢复正常使用请致电0755-1234567",
        ("cue:call_to_fix",),
        id="cue-call-to-fix",
    ),
    row("您在我平台的借款利率过高，可以为您办理退款", ("cue:refund_story",), id="cue-refund-story"),
    row("麻烦你转告他，让他尽快还款", ("cue:pass_on",), ("money_demand",), id="cue-pass-on"),
    row(
        "你涉嫌一宗洗钱案，请配合调查", ("cue:police_story", "impersonates_authority"), id="cue-police-story"
    ),
    row(
        "您的信用卡透支本金已逾期95天，如仍不归还，我行将追究恶意透支的刑事责任",
        ("cue:overdraft_warning",),
        ("false_legal_consequence",),
        id="cue-overdraft-warning",
    ),
    row(
        "【招商银行】您的信用卡账单已逾期，请登录招商银行App或访问 cmbchina.com 还款",
        ("cue:own_link",),
        ("phishing_link",),
        id="cue-own-link-bank-bill",
    ),
    row(
        "【招商银行】您的账户异常，请访问 cmbchina-pay.com 认证",
        ("phishing_link",),
        ("cue:own_link",),
        id="link-look-alike-of-a-bank-domain",
    ),
    row("今天不还就去你单位闹，让你丢工作", ("exposure_threat",), id="exposure-scene-at-work"),
    row("请于7日内通过公司官方账户还款", ("cue:official_channel",), id="cue-official-company-account"),
    row(
        "您在本平台的账户已被标记为校园贷账户，根据银保监会最新规定须在今天内注销",
        ("account_cancellation_scam",),
        id="cancel-object-a-clause-before-the-verb",
    ),
    row(
        "【某市人民法院】您有一份诉讼文书，请于3日内登录 https://zxfw.court.gov.cn 查看。",
        ("link:url",),
        ("phishing_link",),
        id="link-court-e-service-is-not-phishing",
    ),
    row(
        "请于24小时内登录 http://court.gov.cn.verify-case.top 缴纳保全费",
        ("phishing_link",),
        id="link-lookalike-government-domain",
    ),
    # ── violence_threat ───────────────────────────────────────────────────────────────────
    row("再不还钱打断你的腿", ("violence_threat",), id="violence-legs"),
    row("小心我们弄死你", ("violence_threat",), id="violence-kill"),
    row("惹急了找人砍你", ("violence_threat",), id="violence-knife"),
    row("明天去你家门口泼油漆", ("violence_threat", "home_visit_threat"), id="violence-paint"),
    row("不还钱就让你好看", ("violence_threat",), id="violence-you-will-see"),
    row("你出门小心点", ("violence_threat",), id="violence-careful-outside"),
    row("注意你的人身安全", ("violence_threat",), id="violence-personal-safety"),
    row("本金中被扣了砍头息500元", (), ("violence_threat",), id="violence-not-kantouxi"),
    row("请小心点击陌生链接", (), ("violence_threat",), id="violence-not-click-carefully"),
    # ── exposure_threat ───────────────────────────────────────────────────────────────────
    row("再不还钱就爆你通讯录", ("exposure_threat",), id="exposure-contacts"),
    row("我们会联系你的家人和领导", ("exposure_threat",), id="exposure-family-boss"),
    row("将把你的欠款信息发到你们村委", ("exposure_threat",), id="exposure-village"),
    row("让全村人都知道你是老赖", ("exposure_threat", "insult"), id="exposure-everyone-knows"),
    row("把你的照片P图发朋友圈", ("exposure_threat",), id="exposure-moments"),
    row("准备在你小区贴大字报", ("exposure_threat",), id="exposure-posters"),
    row("我们会群发短信给你的所有联系人", ("exposure_threat",), id="exposure-mass-sms"),
    row("我们会通知你单位", ("exposure_threat",), id="exposure-employer"),
    row("我们不会联系您的家人", (), ("exposure_threat",), id="exposure-negated"),
    row("我们绝不会把你的情况告诉家人", (), ("exposure_threat",), id="exposure-never"),
    row("如有疑问请联系我公司客服", (), ("exposure_threat",), id="exposure-not-our-company"),
    row("我们不会上门，但会联系您的家人", ("exposure_threat",), ("home_visit_threat",), id="exposure-but"),
    # ── third_party_contacted ─────────────────────────────────────────────────────────────
    row("我们已经联系了你父母", ("third_party_contacted",), ("exposure_threat",), id="third-parents"),
    row("已通知你家人", ("third_party_contacted",), id="third-family-notified"),
    row("刚给你同事打了电话", ("third_party_contacted",), id="third-colleague-called"),
    row("你家人都已经知道了", ("third_party_contacted",), id="third-family-knows"),
    row("你老婆我们已经联系过了", ("third_party_contacted",), ("exposure_threat",), id="third-target-first"),
    row("你家人那边我们也会去说", ("exposure_threat",), id="exposure-target-first"),
    row("我们没有联系你的家人", (), ("third_party_contacted", "exposure_threat"), id="third-negated"),
    row("让你家人都知道", ("exposure_threat",), ("third_party_contacted",), id="third-not-a-threat"),
    # ── home_visit_threat ─────────────────────────────────────────────────────────────────
    row("我们将安排外访人员上门", ("home_visit_threat", "sender:agency"), id="visit-agency"),
    row("明天去你户籍地找你", ("home_visit_threat",), id="visit-hometown"),
    row("我们会到你单位找你", ("home_visit_threat",), id="visit-work"),
    row("我们的工作人员近期登门拜访", ("home_visit_threat",), id="visit-call-on"),
    row("去找你父母要钱", ("home_visit_threat",), id="visit-parents"),
    row("我们不会上门", (), ("home_visit_threat",), id="visit-negated"),
    row("不还钱就上门", ("home_visit_threat",), id="visit-condition-not-negation"),
    row("今天必须还清，不然上门", ("home_visit_threat",), id="visit-or-else"),
    row("再拖下去我们不得不上门了", ("home_visit_threat",), id="visit-must"),
    row("不管怎样我们都会联系你家人", ("exposure_threat",), id="exposure-no-matter-what"),
    row("如未还款我们也不会上门", (), ("home_visit_threat",), id="visit-negated-after-unpaid"),
    # ── lawsuit_claim ─────────────────────────────────────────────────────────────────────
    row("我行将依法向人民法院提起诉讼", ("lawsuit_claim",), ("false_legal_consequence",), id="lawsuit-bank"),
    row("你已被立案，传票已寄出", ("lawsuit_claim",), id="lawsuit-filed"),
    row("你的案件下周开庭", ("lawsuit_claim",), id="lawsuit-hearing"),
    row("我们暂时不会起诉", (), ("lawsuit_claim",), id="lawsuit-negated"),
    row("依法起诉", ("lawsuit_claim",), ("false_legal_consequence",), id="lawsuit-plain"),
    # ── false_legal_consequence ───────────────────────────────────────────────────────────
    row("您已涉嫌诈骗，案件已移交公安机关", ("false_legal_consequence",), id="false-fraud-police"),
    row("48小时内不还款将被刑事拘留", ("false_legal_consequence", "deadline"), id="false-detention"),
    row("法院会直接判你坐牢", ("false_legal_consequence",), id="false-jail"),
    row("会留案底，影响子女考公", ("false_legal_consequence",), id="false-record-children"),
    row("72小时内上报失信名单", ("false_legal_consequence",), id="false-blacklist-72h"),
    row("不还就强制执行你的房产", ("false_legal_consequence",), id="false-enforcement"),
    row("判决已生效，我们将申请强制执行", (), ("false_legal_consequence",), id="false-not-after-judgment"),
    row("欠钱不还不会坐牢", (), ("false_legal_consequence",), id="false-negated"),
    row("你的孩子以后上不了学", ("false_legal_consequence",), id="false-child-school"),
    # ── impersonates_authority ────────────────────────────────────────────────────────────
    row(
        "【某市人民法院】你有一张传票未领取", ("impersonates_authority", "lawsuit_claim"), id="auth-court-sig"
    ),
    row("我是市公安局经侦大队的李警官", ("impersonates_authority", "sender:authority"), id="auth-police"),
    row("请联系王法官13812345678", ("impersonates_authority", "sender:mobile"), id="auth-judge-mobile"),
    row("本院已受理你的案件", ("impersonates_authority",), id="auth-this-court"),
    row("我行将向法院起诉", ("lawsuit_claim",), ("impersonates_authority",), id="auth-not-a-mention"),
    # ── fake_legal_document ───────────────────────────────────────────────────────────────
    row("律师函：请于三日内将欠款转入以下账户", ("fake_legal_document", "sender:law_firm"), id="doc-lawyer"),
    row("传票已生成，需缴纳诉讼费500元", ("fake_legal_document", "fee_demand", "money:fee"), id="doc-fee"),
    row("你的立案通知已下发，请加微信处理", ("fake_legal_document", "personal_account"), id="doc-wechat"),
    row("我行将依法向法院提起诉讼", (), ("fake_legal_document",), id="doc-none"),
    # ── credit_report_mention ─────────────────────────────────────────────────────────────
    row("逾期将上报征信", ("credit_report_mention",), id="credit-report"),
    row("不会影响您的征信", (), ("credit_report_mention",), id="credit-negated"),
    row("会影响个人信用记录", ("credit_report_mention",), id="credit-record"),
    row("请按时还款，以免影响您的征信", ("credit_report_mention",), id="credit-lest"),
    # ── credit_repair_offer ───────────────────────────────────────────────────────────────
    row("专业征信修复，逾期记录均可消除", ("credit_repair_offer",), id="repair-credit"),
    row("停息挂账、债务优化，先交服务费", ("credit_repair_offer", "fee_demand"), id="repair-fee"),
    row("我们专业团队帮你协商减免，成功率高", ("credit_repair_offer",), id="repair-negotiation"),
    row("代理维权，帮你反催收", ("credit_repair_offer",), id="repair-rights"),
    row("请联系我行协商还款", (), ("credit_repair_offer",), id="repair-not-lender"),
    row("所谓征信修复都是骗局", (), ("credit_repair_offer",), id="repair-warning"),
    # ── account_cancellation_scam ─────────────────────────────────────────────────────────
    row(
        "系统显示您大学期间开通的校园贷账户尚未注销，按国家要求必须注销，否则影响个人征信",
        ("account_cancellation_scam",),
        id="cancel-campus",
    ),
    row("您的京东金条账户需要注销，否则影响征信", ("account_cancellation_scam",), id="cancel-jintiao"),
    row("请关闭您的百万保障服务，否则每月自动扣费", ("account_cancellation_scam",), id="cancel-insurance"),
    row("如需注销账户请在官方APP操作", (), ("account_cancellation_scam",), id="cancel-no-pressure"),
    row(
        "您上学期间的学生账户需要转为社会人员账户，否则会影响个人征信",
        ("account_cancellation_scam",),
        id="cancel-student-to-adult",
    ),
    row("需要先把额度清零，否则影响征信", ("account_cancellation_scam",), id="cancel-zero-credit-line"),
    row("请把借款转到清查账户", ("personal_account",), id="account-check-account"),
    # ── asks_verification_code ────────────────────────────────────────────────────────────
    row("请把您刚收到的短信验证码告诉我", ("asks_verification_code",), id="code-tell-me"),
    row("把验证码报一下", ("asks_verification_code",), id="code-read-out"),
    row("验证码123456，切勿告诉他人", (), ("asks_verification_code",), id="code-bank-boilerplate"),
    row("请勿向任何人提供验证码", (), ("asks_verification_code",), id="code-warning"),
    row("請把驗證碼告訴我", ("asks_verification_code",), id="code-traditional"),
    # ── personal_account ──────────────────────────────────────────────────────────────────
    row(
        "今天下午5点前把欠款转到以下账户：工商银行 6222 0212 3456 7890 户名 张某。过时不候。",
        ("personal_account", "money_demand", "deadline"),
        ("lender",),
        id="account-card",
    ),
    row("请转到我的支付宝", ("personal_account",), id="account-my-alipay"),
    row("扫码转账即可结清", ("personal_account",), id="account-scan"),
    row("户名：李四 卡号6217 0000 1111 2222 333", ("personal_account",), id="account-name-card"),
    row("还款账户户名：某某消费金融有限公司", (), ("personal_account",), id="account-company"),
    row("我司不会要求您向个人账户转账", (), ("personal_account",), id="account-negated"),
    row("身份证号110101199001011234", (), ("personal_account",), id="account-not-id-card"),
    row("加我微信还款", ("personal_account", "sender:wechat"), id="account-wechat"),
    # ── cues ──────────────────────────────────────────────────────────────────────────────
    row("请尽快还款", ("money_demand",), id="cue-pay"),
    row("如已还款请忽略", ("ignore_if_paid",), ("money_demand",), id="cue-ignore"),
    row("若您已结清，请忽略本短信", ("ignore_if_paid",), id="cue-ignore-settled"),
    row("需先交保证金2000元才能放款", ("fee_demand", "money:fee"), id="cue-deposit"),
    row("本次还款免手续费", (), ("fee_demand",), id="cue-no-fee"),
    row("请登录官方APP还款", ("official_channel", "money_demand"), id="cue-official-app"),
    row("请勿通过非官方渠道还款", (), ("official_channel",), id="cue-not-official"),
    row("还不上就去别的平台借", ("new_loan_push",), id="cue-borrow-elsewhere"),
    row("以贷养贷也得还", ("new_loan_push",), id="cue-loan-to-loan"),
    row("你将被列入全国黑名单", ("blacklist_claim",), id="cue-blacklist"),
    row("请下载腾讯会议并开启屏幕共享", ("screen_share",), id="cue-screen-share"),
    row("请您配合开启远程协助", ("screen_share",), id="cue-remote"),
    # ── Traditional characters, full-width forms, Chinese numerals ────────────────────────
    row("再不還錢就打斷你的腿", ("violence_threat",), id="trad-violence"),
    row("您已涉嫌詐騙，將被刑事拘留", ("false_legal_consequence",), id="trad-false"),
    row("我們將聯繫您的家人和單位", ("exposure_threat",), id="trad-exposure"),
    row("应还金额５，２００元", ("money:debt",), id="fullwidth-amount"),
    row("请致电９５１８８", ("sender:service_number",), id="fullwidth-service"),
    row("联系１３８１２３４５６７８", ("sender:mobile",), id="fullwidth-mobile"),
    row("你欠的伍仟元今天必须还清", ("money:debt", "deadline"), id="numeral-capital"),
    row("五千块钱明天之前还上", ("money:amount", "deadline"), id="numeral-plain"),
    row("逾期三十天", ("overdue_days",), id="numeral-overdue"),
    row("请三日内处理", ("deadline",), id="numeral-deadline"),
    # ── links ─────────────────────────────────────────────────────────────────────────────
    row("请立即点击 http://t.cn/AbCd12 处理", ("link:url", "phishing_link"), id="link-short"),
    row("登录 www . xx . com 处理", ("link:url", "phishing_link"), id="link-spaced"),
    row("访问xx。com查看", ("link:url", "phishing_link"), id="link-odd-dot"),
    row("ｈｔｔｐ://ｗｗｗ.ｅｘ.ｃｏｍ", ("link:url", "phishing_link"), id="link-fullwidth"),
    row("下载app: http://1.2.3.4/app.apk", ("link:url", "phishing_link"), id="link-ip-apk"),
    row("查看 bit.ly/3xYz", ("link:url", "phishing_link"), id="link-bitly"),
    row("【某银行】请于3日内还款，详见 www.bank.com", ("link:url", "phishing_link"), id="link-with-pressure"),
    row(
        "【工商银行】您的信用卡账单已出，详情请访问 https://www.icbc.com.cn",
        ("link:url",),
        ("phishing_link",),
        id="link-plain-benign",
    ),
    row("我的邮箱是abc@qq.com", (), ("link:url",), id="link-not-email"),
    row(
        "【XX银行】您的账单将于明天到期，详情 https://www.xxbank.com",
        ("link:url", "deadline"),
        ("phishing_link",),
        id="link-due-date-is-not-pressure",
    ),
    row("明天中午12点前处理，详情 https://www.xxbank.com", ("phishing_link",), id="link-hard-deadline"),
    row("请于下午5点前还款", ("deadline",), ("link:url",), id="link-not-clock"),
    # ── money ─────────────────────────────────────────────────────────────────────────────
    row("应还金额2,356.80元", ("money:debt",), id="money-debt"),
    row("¥5200", ("money:amount",), id="money-yen"),
    row("欠款1.2万", ("money:debt",), id="money-wan"),
    row("欠款共计5千元", ("money:debt",), id="money-qian"),
    row("手续费200元", ("money:fee",), id="money-fee"),
    row("截至2026年11月1日", (), ("money:amount", "money:debt"), id="money-not-date"),
    row("成功率99%", (), ("money:amount",), id="money-not-percent"),
    # ── deadlines ─────────────────────────────────────────────────────────────────────────
    row("24小时内处理", ("deadline",), id="deadline-hours"),
    row("今天下午5点前", ("deadline",), id="deadline-clock"),
    row("今晚必须还", ("deadline",), id="deadline-tonight"),
    row("过时不候", ("deadline",), id="deadline-no-wait"),
    row("请于2026年11月30日前还款", ("deadline",), id="deadline-date"),
    # ── overdue days ──────────────────────────────────────────────────────────────────────
    row("已逾期17天", ("overdue_days",), id="overdue-days"),
    row("逾期2个月", ("overdue_days",), id="overdue-months"),
    row("已经45天未还", ("overdue_days",), id="overdue-unpaid"),
    # ── lender ────────────────────────────────────────────────────────────────────────────
    row("【安逸消费金融】您的借款已逾期", ("lender",), id="lender-signature"),
    row("您在美借平台的借款已逾期", ("lender",), id="lender-borrowed-at"),
    row("您的借呗已逾期", ("lender",), id="lender-known"),
    row("您在某平台的借款已逾期", (), ("lender",), id="lender-placeholder"),
    row("【某市人民法院】传票", (), ("lender",), id="lender-not-a-court"),
    # ── senders ───────────────────────────────────────────────────────────────────────────
    row("客服热线95188", ("sender:service_number",), id="sender-95"),
    row("退订回T 106900001234", ("sender:service_number",), id="sender-106"),
    row("客服电话400-123-4567", ("sender:service_number",), id="sender-400"),
    row("座机010-62345678", ("sender:landline",), id="sender-landline"),
    row("加微信abc12345", ("sender:wechat",), id="sender-wechat-id"),
    row("QQ：123456789", ("sender:qq",), id="sender-qq"),
    row("支付宝账号13812345678", ("sender:alipay",), id="sender-alipay"),
    row("受某平台委托，我司将核实您的情况", ("sender:agency",), id="sender-agency"),
    row("我是某某律师事务所的张律师", ("sender:law_firm",), id="sender-law-firm"),
    row("应还5200元", (), ("sender:service_number", "sender:mobile"), id="sender-not-an-amount"),
    row("尊敬的用户138****5678，您的借款已逾期", (), ("sender:mobile",), id="sender-own-masked-number"),
    # ── lawful wording that shares words with threats ─────────────────────────────────────
    row(
        "可能被法院列为失信被执行人（俗称老赖），请珍惜个人信用", (), ("insult",), id="lawful-laolai-warning"
    ),
    row("为保障您的资金和人身安全，请勿向陌生账户转账", (), ("violence_threat",), id="lawful-safety"),
    row("本短信由系统群发，请勿回复", (), ("exposure_threat",), id="lawful-bulk-sms"),
    row("如需注销账户，必须先结清全部欠款", (), ("account_cancellation_scam",), id="lawful-close-account"),
    row(
        "扫描下方二维码下载官方APP查看账单", ("official_channel",), ("personal_account",), id="lawful-qr-app"
    ),
    row(
        "还款账户户名：XX消费金融有限公司，开户行：招商银行，账号：7559 1234 5678 9012 3",
        (),
        ("personal_account",),
        id="lawful-company-account",
    ),
    row("逾期产生的律师费、诉讼费均由您承担", (), ("fee_demand",), id="lawful-costs-borne"),
    row("我司将冻结您的借款额度", (), ("false_legal_consequence",), id="lawful-freeze-credit-line"),
    row("再不还钱就冻结你名下所有银行卡", ("false_legal_consequence",), id="false-freeze-bank-cards"),
    row("涉嫌诈骗的短信请举报", (), ("false_legal_consequence",), id="lawful-report-fraud"),
    row("如您怀疑涉嫌诈骗请拨打110", (), ("false_legal_consequence",), id="lawful-suspect-fraud"),
    row("你涉嫌诈骗请立即联系我们", ("false_legal_consequence",), id="false-fraud-then-ask"),
    row("请勿将验证码等六位数字告诉他人", (), ("asks_verification_code",), id="lawful-code-warning"),
    row("我们会将催收函寄到你的户籍地址", (), ("home_visit_threat",), id="lawful-letter-mailed"),
    # ── collector jargon and more variants ────────────────────────────────────────────────
    row("再不还就通讯录轰炸", ("exposure_threat",), id="exposure-bombing"),
    row("给你的亲友群发催收短信", ("exposure_threat",), id="exposure-mass-to-friends"),
    row("我们会联系你的紧联和三方", ("exposure_threat",), id="exposure-jargon"),
    row("我们将寄催收函到你单位", ("exposure_threat",), id="exposure-letter-to-work"),
    row("把你的照片做成表情包发抖音", ("exposure_threat",), id="exposure-douyin"),
    row("已安排地面催收团队", ("home_visit_threat",), id="visit-ground-team"),
    row("我们将向法院申请支付令", ("lawsuit_claim",), id="lawsuit-payment-order"),
    row("法院会判你三年", ("false_legal_consequence",), id="false-three-years"),
    row("警察会把你带走", ("false_legal_consequence",), id="false-taken-away"),
    row("你已涉嫌信用卡诈骗", ("false_legal_consequence",), id="false-card-fraud"),
    row("会影响你孩子以后考学入党", ("false_legal_consequence",), id="false-child-party"),
    row("你名下银行卡将全部冻结", ("false_legal_consequence",), id="false-cards-frozen"),
    row("【XX公安】你涉嫌一宗案件", ("impersonates_authority",), id="auth-police-sig"),
    row("打到我卡上就行", ("personal_account",), id="account-my-card"),
    row("我们可以帮你和银行协商停息", ("credit_repair_offer",), id="repair-we-negotiate"),
    row("把手机收到的六位数字发给我", ("asks_verification_code",), id="code-six-digits"),
    row("逾期已达90天", ("overdue_days",), id="overdue-reached"),
    row("你这种人cnm", ("insult",), id="insult-pinyin-abbrev"),
    row("你的欠款信息将同步给你的紧急联系人", ("exposure_threat",), id="exposure-synced"),
    row("在你村公示你的欠款", ("exposure_threat",), id="exposure-public-notice"),
    row("将被判处有期徒刑", ("false_legal_consequence",), id="false-sentenced"),
    row("让你坐几年牢", ("false_legal_consequence",), id="false-years-in-jail"),
    row("把短信里的验证码截图发我", ("asks_verification_code",), id="code-screenshot"),
    row("我们可以给你推荐一个平台先借出来还上", ("new_loan_push",), id="cue-recommend-platform"),
    row("您可以找家人商量一下还款的事情", (), ("exposure_threat",), id="lawful-debtor-asks-family"),
]


@pytest.mark.parametrize(("text", "must", "must_not"), ROWS)
def test_it_finds_the_signals_each_phrase_must_raise_and_no_others(text, must, must_not):
    signals = found(text)
    assert {spelled(c) for c in must} <= signals, f"missing in {signals}"
    assert not ({spelled(c) for c in must_not} & signals), f"unexpected in {signals}"


def test_the_table_covers_every_text_flag_and_every_cue():
    text_flags = set(FLAGS) - {"night_contact", "excessive_frequency", "excessive_interest", "not_borrower"}
    covered = {spelled(c) for _, must, _ in (p.values for p in ROWS) for c in must}
    assert {f"flag:{f}" for f in text_flags} <= covered
    assert {f"cue:{c}" for c in CUES} <= covered
    assert len(ROWS) >= 120
