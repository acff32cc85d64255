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
