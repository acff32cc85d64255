"""The case page: the verdict in plain words, why, what to do now, and every answer with a change link."""

import pytest

from tests.support import answer, start_case

pytestmark = pytest.mark.django_db


def fill(client, case, **steps):
    for step, data in steps.items():
        response = answer(client, case, step, data)
        assert response.status_code == 302, (step, response.content[:500])
    client.post(f"/case/{case.id}/review/")


def test_it_warns_of_a_scam_when_asked_to_pay_a_personal_account(alice_client):
    case = start_case(alice_client)
    fill(
        alice_client,
        case,
        message={"message": "今天下午5点前把欠款转到以下账户：工商银行 6222 0212 3456 7890 户名 张某。"},
        relationship={"relationship": "borrower"},
    )
    html = alice_client.get(f"/case/{case.id}/").text
    assert "verdict-scam" in html
    assert "这很可能是诈骗" in html
    assert "要求转账到个人账户" in html  # the flag, in plain words


def test_it_tells_a_contact_the_debt_is_not_theirs(alice_client):
    case = start_case(alice_client)
    fill(alice_client, case, relationship={"relationship": "contact"}, sender={"sender": "agency"})
    html = alice_client.get(f"/case/{case.id}/").text
    assert "verdict-not_your_debt" in html
    assert "这不是你的债务" in html


def test_every_reason_and_step_shows_its_source(alice_client):
    case = start_case(alice_client)
    fill(
        alice_client,
        case,
        threats={"threats": ["insult", "exposure_threat"]},
        relationship={"relationship": "borrower"},
    )
    html = alice_client.get(f"/case/{case.id}/").text
    assert "verdict-unlawful_collection" in html
    assert html.count("出处：") >= 3
    assert "为什么" in html and "现在就做" in html


def test_it_calls_for_110_when_violence_is_threatened(alice_client):
    case = start_case(alice_client)
    fill(alice_client, case, threats={"threats": ["violence_threat"]})
    html = alice_client.get(f"/case/{case.id}/").text
    assert 'class="urgent"' in html
    assert 'href="tel:110"' in html


def test_it_changes_when_an_answer_changes(alice_client):
    case = start_case(alice_client)
    fill(alice_client, case, relationship={"relationship": "borrower"}, threats={"threats": ["insult"]})
    assert "verdict-unlawful_collection" in alice_client.get(f"/case/{case.id}/").text
    answer(alice_client, case, "relationship", {"relationship": "not_borrower"}, query="?next=review")
    assert "verdict-not_your_debt" in alice_client.get(f"/case/{case.id}/").text


def test_thin_facts_ask_the_questions_that_would_settle_it(alice_client):
    case = start_case(alice_client)
    fill(alice_client, case)
    html = alice_client.get(f"/case/{case.id}/").text
    assert "verdict-needs_verification" in html
    assert "回答这些问题" in html
    assert "去回答" in html


def test_it_lists_the_answers_grouped_with_change_links(alice_client):
    case = start_case(alice_client)
    fill(alice_client, case, channel={"channel": "sms"}, relationship={"relationship": "borrower"})
    html = alice_client.get(f"/case/{case.id}/").text
    for group in ("收到的消息", "你和这笔债", "对方的言行", "还款能力"):
        assert f"<h2>{group}</h2>" in html
    assert f"/case/{case.id}/step/channel/?next=review" in html


def test_the_message_is_never_rendered_as_html(alice_client):
    case = start_case(alice_client)
    fill(
        alice_client,
        case,
        message={"message": "<script>alert(1)</script> 点击 http://t.cn/AbCd12 <b>还款</b>"},
    )
    for url in (f"/case/{case.id}/", f"/case/{case.id}/step/findings/", f"/case/{case.id}/review/"):
        html = alice_client.get(url).text
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;" in html
        assert 'href="http://t.cn' not in html


def test_the_first_five_steps_are_shown_and_the_rest_folded(alice_client):
    case = start_case(alice_client)
    fill(
        alice_client,
        case,
        message={"message": "把欠款转到个人账户：工商银行 6222 0212 3456 7890 户名 张某，今天5点前。"},
    )
    html = alice_client.get(f"/case/{case.id}/").text
    shown = html.split("现在就做", 1)[1].split("</ol>", 1)[0]
    assert shown.count("<li") == 5
    assert "条建议</summary>" in html
