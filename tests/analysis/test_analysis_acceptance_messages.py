"""Every message text in the public acceptance cases raises the text flags the case expects and
none of the ones it excludes, plus the amounts, lenders and sender hints written in it."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from cases.analysis import analyze

CASES_FILE = Path("/work/shared/acceptance/cases.jsonl")
# Flags that come from the questionnaire or the contact log, never from message text.
NOT_FROM_TEXT = {"night_contact", "excessive_frequency", "excessive_interest", "not_borrower"}


def _message_cases() -> list:
    if not CASES_FILE.exists():  # the shared folder is beside the repo, not inside it
        return []
    cases = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(c, id=c["id"]) for c in cases if c["input"].get("message")]


MESSAGE_CASES = _message_cases()


@pytest.mark.skipif(not MESSAGE_CASES, reason="shared acceptance cases not present")
@pytest.mark.parametrize("case", MESSAGE_CASES)
def test_each_acceptance_message_raises_its_expected_text_flags(case):
    flags = analyze(case["input"]["message"]).flags
    expected = set(case["expect"].get("flags_include", [])) - NOT_FROM_TEXT
    excluded = set(case["expect"].get("flags_exclude", []))
    assert expected <= flags
    assert not (excluded & flags)


def test_there_are_at_least_twenty_acceptance_messages_to_check():
    if CASES_FILE.exists():
        assert len(MESSAGE_CASES) >= 20


# A copy of every message in the public acceptance cases with the text flags it expects, so the
# check runs even where the shared folder is absent (the file-driven test above checks the live file).
ACCEPTANCE_MESSAGES = [
    (
        "A01-lawful-official-sms",
        (
            "【安逸消费金融】尊敬的客户，您的借款已逾期3天，应还金额2,356.80元。请登录官方APP或通过约定还款账户还款，"
            "如已还款请忽略。客服热线95xxx。"
        ),
        (),
        ("exposure_threat", "insult", "personal_account", "phishing_link", "violence_threat"),
    ),
    (
        "A02-scam-personal-account",
        (
            "您的网贷已严重逾期，今天下午5点前把欠款转到以下账户可免除全部罚息："
            "工商银行 6222 0212 3456 7890 户名 张某。过时不候。"
        ),
        ("personal_account",),
        (),
    ),
    (
        "A03-scam-link-never-borrowed",
        (
            "【金融服务中心】您的贷款已逾期，即将上报征信，请立即点击 http://t.cn/AbCd12 处理，"
            "否则影响子女升学。"
        ),
        ("phishing_link",),
        (),
    ),
    (
        "A04-scam-fake-court",
        (
            "【某市人民法院】你因网贷逾期已被立案，案号(2026)某0102民初1234号，请于24小时内联系王法官13812345678缴纳诉讼保全费，"
            "否则强制执行。"
        ),
        ("impersonates_authority",),
        (),
    ),
    (
        "A05-scam-credit-repair",
        "专业征信修复，各类逾期记录均可消除，不成功不收费，加微信详谈。",
        ("credit_repair_offer",),
        (),
    ),
    (
        "A06-scam-campus-loan-cancel",
        (
            "您好，我是某金融平台客服，系统显示您大学期间开通的校园贷账户尚未注销，"
            "按国家要求必须注销，否则影响个人征信，请按我的指引操作。"
        ),
        ("account_cancellation_scam",),
        (),
    ),
    (
        "A07-unlawful-exposure",
        "再不还钱就把你欠钱的事发给你通讯录里每一个人，让你亲戚朋友都知道你是老赖。",
        ("exposure_threat",),
        (),
    ),
    ("A08-unlawful-insult", "你这种欠钱不还的人就是社会垃圾，骗子，全家都不得好死。", ("insult",), ()),
    (
        "A09-unlawful-violence-urgent",
        "今晚再不还钱，我们的人就去你家，打断你的腿。",
        ("home_visit_threat", "violence_threat"),
        (),
    ),
    (
        "A10-unlawful-false-criminal",
        "您因恶意逃废债已涉嫌诈骗，案件已移交公安机关，48小时内不还款将被刑事拘留。",
        ("false_legal_consequence",),
        (),
    ),
    (
        "A11-unlawful-third-party-contacted",
        "我们已经联系了你单位领导和你父母，今天再不处理，明天直接去你公司找你。",
        ("third_party_contacted",),
        (),
    ),
    (
        "A12-contact-asked-to-pass-on",
        "你好，你是李某的紧急联系人，他在我平台借款已逾期，请你转告他尽快还款，否则我们将上门。",
        (),
        (),
    ),
    (
        "A13-contact-abused",
        "你朋友王某欠钱不还，你也不是什么好东西，不帮他还就天天打你电话。",
        ("insult",),
        (),
    ),
    (
        "A14-never-borrowed-official",
        "【易借】您在我平台的借款已逾期30天，应还5,200元，请尽快登录APP还款。",
        (),
        (),
    ),
    (
        "A15-visit-notice",
        "您的欠款已委托我司处理，我司外访人员将于近日到您户籍地址核实情况，请提前准备还款。",
        ("home_visit_threat",),
        (),
    ),
    (
        "A16-lawful-lawsuit-warning",
        "【某商业银行】您的信用卡欠款已逾期90天，我行将依法向人民法院提起诉讼，请于3日内联系我行协商还款。",
        ("lawsuit_claim",),
        (),
    ),
    (
        "A17-unlawful-jail-claim",
        "你这个案子明天就报到法院，法院会直接判你坐牢，到时候你的孩子也上不了学。",
        ("false_legal_consequence",),
        (),
    ),
    (
        "A21-paper-notice-letter",
        (
            "催款通知函：截至2026年11月1日，您尚欠本金8,000元、利息及罚息1,263元，请于2026年11月30日前通过官方渠道还款。"
            "如有异议请致电我司客服。"
        ),
        (),
        (),
    ),
    (
        "A22-lawyer-letter-private-account",
        (
            "律师函：受某平台委托，请你于三日内将欠款12,000元转入本所承办律师个人账户"
            "（招商银行6214 8301 2345 6789），逾期将起诉并申请拘留。"
        ),
        ("personal_account",),
        (),
    ),
    (
        "A23-asks-verification-code",
        "我是某平台客服，现在可以为您办理罚息减免，请把您刚收到的短信验证码告诉我。",
        ("asks_verification_code",),
        (),
    ),
    ("A24-too-little-to-tell", "你的账单逾期了，尽快处理。", (), ()),
    (
        "A26-debt-optimisation-fee",
        "停息挂账、债务优化，专业团队帮你和平台协商减免，先交3000元服务费，成功率99%。",
        ("credit_repair_offer",),
        (),
    ),
    (
        "A27-criminal-and-employer",
        "你的行为已构成诈骗罪，我们已经联系你单位人事部门配合调查。",
        ("false_legal_consequence",),
        (),
    ),
    (
        "A28-traditional-characters",
        "您的借款已逾期，再不還款我們將聯繫您的家人和單位，讓所有人都知道您欠錢不還。",
        ("exposure_threat",),
        (),
    ),
    (
        "A29-fullwidth-amount-lawful",
        "【安逸消费金融】您的借款已逾期，应还金额５，２００元。请通过官方APP还款，如已还款请忽略。",
        (),
        (),
    ),
    (
        "A30-chinese-numerals-parents",
        "你欠的伍仟元今天必须还清，不然我们就上门去找你父母要。",
        ("home_visit_threat",),
        (),
    ),
    ("A31-wrong-person", "张伟先生，您在某平台的欠款已逾期多日，请立即联系处理。", (), ()),
]


@pytest.mark.parametrize(
    ("case_id", "message", "include", "exclude"), ACCEPTANCE_MESSAGES, ids=[r[0] for r in ACCEPTANCE_MESSAGES]
)
def test_each_copied_acceptance_message_raises_its_expected_text_flags(case_id, message, include, exclude):
    flags = analyze(message).flags
    assert set(include) <= flags
    assert not (set(exclude) & flags)


# The same messages, written out so these checks run even without the shared folder.
LAWFUL_SMS = (
    "【安逸消费金融】尊敬的客户，您的借款已逾期3天，应还金额2,356.80元。请登录官方APP或通过约定还款账户还款，"
    "如已还款请忽略。客服热线95xxx。"
)
FAKE_COURT = (
    "【某市人民法院】你因网贷逾期已被立案，案号(2026)某0102民初1234号，请于24小时内联系王法官13812345678缴纳诉讼保全费，"
    "否则强制执行。"
)
LAWYER_LETTER = (
    "律师函：受某平台委托，请你于三日内将欠款12,000元转入本所承办律师个人账户（招商银行6214 8301 2345 6789）"
    "，逾期将起诉并申请拘留。"
)
NOTICE_LETTER = (
    "催款通知函：截至2026年11月1日，您尚欠本金8,000元、利息及罚息1,263元，请于2026年11月30日前通过官方渠道还款。"
    "如有异议请致电我司客服。"
)
VISIT_NOTICE = "您的欠款已委托我司处理，我司外访人员将于近日到您户籍地址核实情况，请提前准备还款。"


def test_a_lawful_reminder_reads_as_official_with_its_lender_amount_and_days():
    a = analyze(LAWFUL_SMS)
    assert a.flags == frozenset()
    assert a.sender_hint == "official"
    assert a.lender == "安逸消费金融"
    assert a.amount_claimed == Decimal("2356.80")
    assert a.overdue_days == 3
    assert {"official_channel", "ignore_if_paid", "money_demand"} <= a.cues


def test_a_fake_court_message_speaks_as_an_authority_and_asks_for_a_fee():
    a = analyze(FAKE_COURT)
    assert {"impersonates_authority", "fake_legal_document", "lawsuit_claim"} <= a.flags
    assert a.sender_hint == "authority"
    assert a.lender is None
    assert "fee_demand" in a.cues


def test_a_lawyer_letter_to_a_personal_account_is_a_law_firm_with_the_debt_amount():
    a = analyze(LAWYER_LETTER)
    assert {"personal_account", "fake_legal_document", "false_legal_consequence"} <= a.flags
    assert a.sender_hint == "law_firm"
    assert a.amount_claimed == Decimal("12000")


def test_a_paper_notice_takes_the_principal_as_the_amount_claimed():
    a = analyze(NOTICE_LETTER)
    assert a.amount_claimed == Decimal("8000")
    assert a.sender_hint == "official"
    assert a.flags == frozenset()


def test_a_visit_notice_from_an_agency_is_a_home_visit_threat():
    a = analyze(VISIT_NOTICE)
    assert "home_visit_threat" in a.flags
    assert a.sender_hint == "agency"
