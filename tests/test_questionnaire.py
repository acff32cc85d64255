"""The questionnaire: one step per page, answers saved at every step, errors that name the field."""

import re

import pytest

from cases.models import Case
from tests.support import answer, start_case

pytestmark = pytest.mark.django_db


def test_it_starts_a_draft_case_and_opens_the_first_step(alice_client):
    case = start_case(alice_client)
    response = alice_client.get(f"/case/{case.id}/step/message/")
    assert response.status_code == 200
    assert "第 1 步，共" in response.text
    assert case.owner is None and case.submitted is None


def test_it_rejects_get_on_start(alice_client):
    assert alice_client.get("/start/").status_code == 405


def test_it_saves_the_message_and_goes_to_findings(alice_client, alice_case):
    response = answer(
        alice_client, alice_case, "message", {"message": "【某平台】您的借款已逾期3天，请尽快还款。"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/case/{alice_case.id}/step/findings/"
    alice_case.refresh_from_db()
    assert alice_case.answers["message"] == "【某平台】您的借款已逾期3天，请尽快还款。"


def test_it_skips_findings_when_no_message_was_pasted(alice_client, alice_case):
    response = answer(alice_client, alice_case, "message", {"message": ""})
    assert response["Location"] == f"/case/{alice_case.id}/step/channel/"


def test_it_rejects_a_message_over_the_limit_and_keeps_it_in_the_box(alice_client, alice_case):
    text = "催" * 10_001
    response = answer(alice_client, alice_case, "message", {"message": text})
    assert response.status_code == 200
    assert "「对方发来的消息」太长了" in response.text
    assert text in response.text  # nothing typed disappears


@pytest.mark.parametrize(
    ("step", "field", "bad", "label"),
    [
        ("channel", "channel", "pigeon", "对方是怎么联系你的？"),
        ("sender", "sender", "martian", "发消息或打电话的是谁？"),
        ("relationship", "relationship", "cousin", "你和这笔钱是什么关系？"),
        ("amounts", "amount_claimed", "lots", "对方说你欠多少钱（元）"),
        ("amounts", "principal", "-5", "你当初实际拿到手多少钱（元）"),
        ("amounts", "overdue_days", "seventeen", "已经逾期多少天"),
        ("amounts", "annual_rate", "abc", "年利率（%）"),
        ("threats", "threats", "telepathy", "对方说过或做过下面哪些事？"),
        ("demands", "demands", "dance", "对方要你做什么？"),
        ("repay", "monthly_budget", "1e999", "每个月最多能拿出多少钱还款（元）"),
        ("lender", "lender", "平" * 61, "借款平台或机构的名字"),
        ("lender", "lender_kind", "loan_shark_co", "它是哪一类机构？"),
        ("repay", "other_debts", "-1", "除了这一笔，还有几笔借款也逾期了"),
        ("repay", "repay_ability", "maybe", "你现在能还这笔钱吗？"),
    ],
)
def test_it_names_the_field_in_every_error(alice_client, alice_case, step, field, bad, label):
    response = answer(alice_client, alice_case, step, {field: bad})
    assert response.status_code == 200
    assert f"「{label}」" in response.text
    alice_case.refresh_from_db()
    assert field not in alice_case.answers


def test_it_requires_a_choice_on_radio_steps(alice_client, alice_case):
    response = answer(alice_client, alice_case, "channel", {})
    assert "「对方是怎么联系你的？」请选择一项。" in response.text


def test_it_keeps_valid_values_when_another_field_is_wrong(alice_client, alice_case):
    response = answer(
        alice_client, alice_case, "amounts", {"amount_claimed": "5,200元", "overdue_days": "很久"}
    )
    assert response.status_code == 200
    assert 'value="很久"' in response.text
    alice_case.refresh_from_db()
    assert alice_case.answers["amount_claimed"] == "5200"
    assert "overdue_days" not in alice_case.answers


def test_it_accepts_numbers_the_way_people_type_them(alice_client, alice_case):
    answer(
        alice_client,
        alice_case,
        "amounts",
        {"amount_claimed": "５，２００", "principal": "¥3000", "overdue_days": "17天"},
    )
    alice_case.refresh_from_db()
    assert alice_case.answers["amount_claimed"] == "5200"
    assert alice_case.answers["principal"] == "3000"
    assert alice_case.answers["overdue_days"] == 17


def test_it_skips_money_steps_for_someone_who_is_only_a_contact(alice_client, alice_case):
    answer(alice_client, alice_case, "relationship", {"relationship": "contact"})
    response = answer(alice_client, alice_case, "lender", {"lender": ""})
    assert response["Location"] == f"/case/{alice_case.id}/step/threats/"
    response = answer(alice_client, alice_case, "demands", {})
    assert response["Location"] == f"/case/{alice_case.id}/review/"


def test_it_counts_only_the_steps_that_apply(alice_client, alice_case):
    answer(alice_client, alice_case, "relationship", {"relationship": "borrower"})
    borrower_total = alice_client.get(f"/case/{alice_case.id}/step/threats/").text
    answer(alice_client, alice_case, "relationship", {"relationship": "contact"})
    contact_total = alice_client.get(f"/case/{alice_case.id}/step/threats/").text
    assert "共 9 步" in borrower_total  # message(no findings) + 8 more
    assert "共 7 步" in contact_total


def test_it_links_back_to_the_previous_step_that_applies(alice_client, alice_case):
    answer(alice_client, alice_case, "relationship", {"relationship": "contact"})
    response = alice_client.get(f"/case/{alice_case.id}/step/threats/")
    assert f'href="/case/{alice_case.id}/step/lender/"' in response.text


def test_it_resumes_a_draft_after_leaving(alice_client, alice_case):
    answer(alice_client, alice_case, "channel", {"channel": "sms"})
    answer(alice_client, alice_case, "sender", {"sender": "private"})
    # Later, the same browser comes back to the step it left.
    response = alice_client.get(f"/case/{alice_case.id}/step/sender/")
    assert 'value="private" class="form-check-input" id="id_sender_1" required checked' in response.text or (
        'value="private"' in response.text and "checked" in response.text
    )
    assert Case.objects.get(pk=alice_case.id).answers == {"channel": "sms", "sender": "private"}


def test_the_review_page_lists_every_answer_with_a_change_link(alice_client, alice_case):
    answer(alice_client, alice_case, "channel", {"channel": "sms"})
    answer(alice_client, alice_case, "relationship", {"relationship": "borrower"})
    answer(alice_client, alice_case, "amounts", {"amount_claimed": "5200"})
    response = alice_client.get(f"/case/{alice_case.id}/review/")
    assert "短信" in response.text
    assert "5,200.00 元" in response.text
    for step in (
        "message",
        "channel",
        "sender",
        "relationship",
        "lender",
        "amounts",
        "threats",
        "demands",
        "repay",
    ):
        assert f"/case/{alice_case.id}/step/{step}/?next=review" in response.text


def test_changing_an_answer_from_review_returns_to_review(alice_client, alice_case):
    response = answer(alice_client, alice_case, "channel", {"channel": "call"}, query="?next=review")
    assert response["Location"] == f"/case/{alice_case.id}/review/"


def test_submitting_the_review_opens_the_case_page(alice_client, alice_case):
    response = alice_client.post(f"/case/{alice_case.id}/review/")
    assert response["Location"] == f"/case/{alice_case.id}/"
    alice_case.refresh_from_db()
    assert alice_case.submitted is not None


def test_an_unknown_step_is_404(alice_client, alice_case):
    assert alice_client.get(f"/case/{alice_case.id}/step/nope/").status_code == 404


def test_someone_elses_draft_is_404(charlie_client, alice_case):
    assert charlie_client.get(f"/case/{alice_case.id}/step/message/").status_code == 404
    assert charlie_client.post(f"/case/{alice_case.id}/step/channel/", {"channel": "sms"}).status_code == 404
    assert charlie_client.get(f"/case/{alice_case.id}/").status_code == 404
    alice_case.refresh_from_db()
    assert alice_case.answers == {}


MESSAGE = "【安逸消费金融】您的借款已逾期17天，应还金额2,356.80元。再不还款就联系你的家人和单位。"


def test_the_message_prefills_later_steps_and_says_so(alice_client, alice_case):
    answer(alice_client, alice_case, "message", {"message": MESSAGE})
    amounts = alice_client.get(f"/case/{alice_case.id}/step/amounts/").text
    assert 'value="2356.80"' in amounts and 'value="17"' in amounts
    assert "根据你贴的消息预先填好" in amounts
    threats = alice_client.get(f"/case/{alice_case.id}/step/threats/").text
    assert re.search(r'value="exposure_threat"\s+id="id_threats_2" checked', threats)


def test_the_persons_own_answer_wins_over_the_guess(alice_client, alice_case):
    answer(alice_client, alice_case, "message", {"message": MESSAGE})
    answer(alice_client, alice_case, "amounts", {"amount_claimed": "1000", "overdue_days": ""})
    amounts = alice_client.get(f"/case/{alice_case.id}/step/amounts/").text
    assert 'value="1000"' in amounts and 'value="2356.80"' not in amounts
    assert 'value="17"' not in amounts  # cleared on purpose stays cleared
    alice_case.refresh_from_db()
    assert alice_case.answers["amount_claimed"] == "1000"
