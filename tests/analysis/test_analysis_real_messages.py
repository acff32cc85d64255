"""Whole messages written the way real ones are (wording from the seeds and from public anti-fraud
and consumer reporting; names replaced by XX). Lawful reminders must stay quiet; abusive and scam
messages must raise their flags."""

import pytest

from cases.analysis import analyze

# Flags a lawful lender reminder may raise: it may say it will report to 征信 or go to court.
ALLOWED_IN_LAWFUL = {"credit_report_mention", "lawsuit_claim"}

LAWFUL = [
    "【招商银行】尊敬的客户，您尾号1234的信用卡本期账单已逾期，最低还款额2,000.00元，"
    "请尽快还款，以免影响您的信用记录。如已还款请忽略。",
    "【美团】您的美团月付账单已逾期5天，待还金额326.50元，请打开美团App-我的-月付完成还款，"
    "逾期将影响您的信用，详询10107888。",
    "【度小满】您的借款已到期，请于今日24点前存入足额资金至还款银行卡，系统将自动扣款。",
    "【微众银行】您的微粒贷借款已逾期，为避免产生更多罚息，请尽快通过微信-微粒贷还款。",
    "【中国平安】尊敬的客户，您的贷款已逾期，请于3个工作日内联系客服95511协商还款方案，感谢配合！",
    "【京东金融】您的白条已逾期，请尽快还款。京东金融不会以任何理由要求您转账至个人账户，谨防诈骗。",
    "【安逸花】尊敬的用户，您的账单已逾期，逾期信息将按规定报送至金融信用信息基础数据库，请及时还款。",
    "【分期乐】您好，您在分期乐的借款已逾期30天，我司已委托第三方催收机构进行催收，请尽快处理。",
    "【网商银行】您的网商贷已逾期3天，逾期将产生罚息并可能影响征信，请登录支付宝-网商贷及时还款。",
    "温馨提示：您的还款日为每月15日，请保证还款账户余额充足。",
    "【某商业银行】您的信用卡欠款已逾期90天，我行将依法向人民法院提起诉讼，请于3日内联系我行协商还款。",
    "【XX消费金融】验证码：482913，您正在进行还款操作，切勿将验证码告知他人，工作人员不会向您索要。",
    "【XX银行】您尾号0123的贷款本期应还1,520.00元，已逾期2天，请尽快存入还款账户。",
    "【拍拍贷】您的借款已逾期，我们可以为您提供延期还款服务，详情请登录拍拍贷APP查看。",
    "【XX】尊敬的客户，由于您的借款长期逾期，我司将委托律师事务所向您发送律师函，请及时处理。",
    "如您暂时有困难，请您告知家人帮忙，或联系我们协商分期。",
    "您可以找家人商量一下还款的事情。",
]


@pytest.mark.parametrize("text", LAWFUL, ids=[t[1:7] for t in LAWFUL])
def test_a_lawful_reminder_raises_no_threat_or_scam_flag(text):
    a = analyze(text)
    assert a.flags <= ALLOWED_IN_LAWFUL, sorted(a.flags)
    assert a.sender_hint in ("official", None)


ABUSIVE_OR_SCAM = [
    (
        "【XX】您好，您在XX平台的借款已严重逾期，现已进入司法程序，我司将于近期安排专员前往您户籍所在地"
        "及工作单位进行实地调查取证，请您于今日18点前处理，否则后果自负。",
        {"home_visit_threat", "lawsuit_claim"},
    ),
    (
        "你的欠款已经逾期20天，我们已将你的资料上报至征信中心，并将于明日发送至你的通讯录联系人。",
        {"exposure_threat", "credit_report_mention"},
    ),
    (
        "您好，我是XX金融风控部的，你的账户已严重逾期，我们将联系你的紧急联系人核实你的情况。",
        {"exposure_threat"},
    ),
    ("我们已经给你通讯录里的人发短信了，你自己看着办。", {"third_party_contacted"}),
    ("再不还款，我们将在你所在小区张贴欠款公告。", {"exposure_threat"}),
    ("今天下午三点前不处理，直接安排上门。", {"home_visit_threat"}),
    ("你的行为已涉嫌骗贷，我们将向公安机关报案。", {"false_legal_consequence"}),
    ("我是XX市公安局刑侦支队民警，你的身份证涉嫌洗钱案，请配合调查。", {"impersonates_authority"}),
    ("您的网贷逾期已被起诉至XX法院，请尽快添加书记员微信处理。", {"impersonates_authority", "lawsuit_claim"}),
    ("征信花了？网贷逾期？专业团队帮您协商延期分期，停息挂账，减免罚息。", {"credit_repair_offer"}),
    ("本人专业处理网贷逾期，协商还本金，不成功不收费。", {"credit_repair_offer"}),
    ("【京东金融】尊敬的用户，您的白条账户将于今日关闭，否则影响征信。", {"account_cancellation_scam"}),
    ("您开通的百万保障服务将于今日扣费，如需关闭请下载腾讯会议配合操作。", {"account_cancellation_scam"}),
    ("我们给您发了一个验证码，您收到了吗，麻烦报一下。", {"asks_verification_code"}),
    ("我们知道你住哪，也知道你孩子在哪上学。", {"violence_threat"}),
    ("我们的人已经到你家楼下了。", {"home_visit_threat"}),
    (
        "【中国人民银行】您的征信存在异常，请于24小时内联系专员处理，否则将影响您的征信，详询 http://rhzx-gov.top",
        {"impersonates_authority", "phishing_link"},
    ),
    ("你个死老赖，欠钱不还还有脸活着，全家死绝。", {"insult"}),
    ("把你的照片和身份证发到你所有联系人手机上，让你社死。", {"exposure_threat"}),
    ("不还钱就把你P成遗照发到你们村的群里。", {"exposure_threat"}),
    ("你再不还钱，我们就给你家里人打电话，让他们替你还。", {"exposure_threat"}),
    ("通知你的亲朋好友你欠钱不还。", {"exposure_threat"}),
    ("今天不还明天就去你老家，让你父母给你还。", {"home_visit_threat"}),
    ("我们会把你的欠款信息发到你公司的工作群。", {"exposure_threat"}),
    ("你的逾期记录会被曝光在网上。", {"exposure_threat"}),
    ("不要逼我们采取非常手段。", {"violence_threat"}),
    ("你这个穷逼，借钱的时候怎么不想想。", {"insult"}),
    ("我们已经在你单位门口了。", {"home_visit_threat"}),
    ("我们将依法追究你的法律责任。", {"lawsuit_claim"}),
    ("你已被列入失信被执行人名单。", {"false_legal_consequence"}),
    ("你已经上了网贷黑名单，以后坐不了高铁飞机。", {"false_legal_consequence"}),
    ("我们会向你所在的村委会发函。", {"exposure_threat"}),
    ("通讯录里的每个人都会收到你的欠款信息。", {"exposure_threat"}),
    ("会有专人联系您的紧急联系人了解情况。", {"exposure_threat"}),
    (
        "公安局通知：你涉嫌一起洗钱案件，请立即联系李警官。",
        {"impersonates_authority", "false_legal_consequence"},
    ),
    ("这里是XX市中级人民法院，你有一张传票，按9查询。", {"impersonates_authority", "lawsuit_claim"}),
    ("我们需要您配合把资金转入安全账户进行核查。", {"personal_account"}),
    ("帮您申请停息挂账，只需支付少量服务费。", {"credit_repair_offer"}),
    ("网贷逾期？我们帮你反催收，保护你的通讯录。", {"credit_repair_offer"}),
    ("专业处理信用卡逾期，代理投诉，降低本金。", {"credit_repair_offer"}),
    ("如需办理延期还款，请将费用转入以下个人账户。", {"personal_account"}),
]


@pytest.mark.parametrize(("text", "flags"), ABUSIVE_OR_SCAM, ids=[t[:12] for t, _ in ABUSIVE_OR_SCAM])
def test_an_abusive_or_scam_message_raises_its_flags(text, flags):
    assert flags <= analyze(text).flags


def test_a_child_schooling_threat_is_a_veiled_threat_not_a_legal_claim():
    a = analyze("我们知道你住哪，也知道你孩子在哪上学。")
    assert "false_legal_consequence" not in a.flags
