"""credit_report: a real reporting threat, paid repair offers, never-borrowed identity checks."""

from cases.core.facts import Facts
from cases.scenarios.credit_report import SCENARIO, contribute


def texts(c):
    return " ".join(r.text for r in c.reasons)


def test_it_applies_when_credit_reports_are_mentioned():
    assert SCENARIO.applies(Facts(found=frozenset({"credit_report_mention"})))


def test_it_does_not_apply_otherwise():
    assert not SCENARIO.applies(Facts(relationship="borrower"))


def test_it_says_reporting_is_real_and_records_last_five_years():
    c = contribute(Facts(found=frozenset({"credit_report_mention"})))
    assert c.flags == ("credit_report_mention",) and "5年" in texts(c)


def test_it_explains_there_is_no_paid_repair_and_the_free_one_off_repair():
    c = contribute(Facts(found=frozenset({"credit_repair_offer"})))
    assert "删不掉" in texts(c) and "一次性信用修复" in texts(c) and c.flags == ()


def test_it_applies_to_account_cancellation_stories():
    assert SCENARIO.applies(Facts(found=frozenset({"account_cancellation_scam"})))


def test_it_suggests_an_identity_check_to_someone_who_never_borrowed():
    c = contribute(Facts(relationship="not_borrower"))
    assert "冒用" in texts(c) and "credit_dispute" in c.channels
