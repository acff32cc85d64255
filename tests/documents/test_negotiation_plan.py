"""The negotiation plan page: asks, the monthly table, the interest check, the phone script,
and which debt first when the person has several."""

import pytest
from django.contrib.auth import get_user_model

from cases.models import Case
from tests.documents.conftest import BORROWER, get, make_case

pytestmark = pytest.mark.django_db


def url(case, query=""):
    return f"/case/{case.id}/documents/plan/{query}"


def test_it_uses_the_budget_from_the_questionnaire(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case)).text
    assert "每月还 1000.00 元" in html and "3 个月" in html
    assert "<td>356.80</td><td>0.00</td>" in html
    assert 'value="1000"' in html  # the form shows it


def test_a_new_budget_gives_a_new_table(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case, "?monthly_budget=300")).text
    assert "8 个月" in html and "<td>8</td><td>256.80</td>" in html


def test_a_zero_budget_says_it_cannot_cover_and_what_remains(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case, "?monthly_budget=0")).text
    assert "60 个月内还不完" in html
    assert "每月还需要多拿出约 39.28 元" in html  # 2356.80 / 60
    assert "宽限期" in html and "不要借新还旧" in html


def test_a_bad_budget_is_shown_with_its_field_named_and_kept(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case, "?monthly_budget=abc&days=-3")).text
    assert "「每个月最多能拿出多少钱还款（元）」请填写数字" in html
    assert 'value="abc"' in html


def test_without_an_amount_it_says_what_is_missing_and_does_not_guess(alice_client):
    case = make_case(alice_client, relationship="borrower", monthly_budget="500")
    html = get(alice_client, url(case)).text
    assert "还算不出来" in html and "我们不猜数字" in html


def test_the_interest_check_from_amounts_and_days(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case, "?monthly_budget=1000&days=365")).text
    assert "年化约 17.84%" in html  # 356.80 / 2000 over a year
    assert "综合年化成本线是 24%" in html and "不是法律条文" in html and "没有超过这条线" in html
    assert "法定" not in html


def test_the_interest_check_above_the_line_says_what_to_say(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case, "?monthly_budget=1000&days=30")).text
    assert "年化约 217.05%" in html
    assert "超过了这条线" in html and "书面说明是怎么算的" in html


def test_a_private_lender_is_held_to_4_times_lpr_and_the_criminal_line(alice_client):
    case = make_case(alice_client, relationship="borrower", lender_kind="private", annual_rate="48")
    html = get(alice_client, url(case)).text
    assert "你填写的年利率是 <strong>48.00%</strong>" in html
    assert "4倍" in html and "12.0%" in html
    assert "可能涉嫌非法放贷的犯罪" in html


def test_the_credit_card_plan_is_offered_honestly_for_banks(alice_client):
    case = make_case(alice_client, **{**BORROWER, "lender_kind": "bank"})
    html = get(alice_client, url(case)).text
    assert "个性化分期" in html and "不是必须同意" in html


def test_the_phone_script_and_safeguards_are_there(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case)).text
    assert "“我每个月最多能还 1000 元。”" in html
    assert "不要把钱转到对方给的个人账户" in html
    assert "书面协议" in html and "凭证" in html


def test_several_debts_are_ordered_highest_rate_first(client, db):
    owner = get_user_model().objects.create_user("alice", password="x")
    client.force_login(owner)
    low = Case.objects.create(owner=owner, title="花呗", answers={**BORROWER, "annual_rate": "18"})
    Case.objects.create(owner=owner, title="小贷", answers={**BORROWER, "annual_rate": "36"})
    Case.objects.create(owner=owner, title="不知道", answers={"relationship": "borrower"})
    Case.objects.create(owner=owner, title="朋友的", answers={"relationship": "contact"})
    html = get(client, url(low)).text
    section = html.split("先处理哪一笔")[1]
    assert section.index("小贷") < section.index("花呗") < section.index("不知道")
    assert "朋友的" not in section
    assert "利率不清楚" in section and "不要借新贷款还旧贷款" in section


def test_one_debt_shows_no_ordering(alice_client, borrower_case):
    assert "先处理哪一笔" not in get(alice_client, url(borrower_case)).text
