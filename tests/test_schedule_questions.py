"""The amounts step asks what the real rate needs: what arrived, the date, the schedule (issue 16
items 7-8); the case page then shows the real annual rate and the cap for that day."""

from tests.support import answer, case_with_answers


def test_it_shows_the_real_rate_from_the_schedule_the_person_gave(alice_client):
    case = case_with_answers(alice_client, relationship="borrower", lender_kind="private")
    response = answer(
        alice_client,
        case,
        "amounts",
        {"principal": "10,000", "loan_date": "2023年7月1日", "instalment": "983.33", "instalments": "12"},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.answers["loan_date"] == "2023-07-01" and case.answers["instalments"] == 12
    html = alice_client.get(f"/case/{case.id}/").content.decode()
    assert "31.72%" in html and "2023年6月20日" in html and "14.2%" in html


def test_it_refuses_a_date_that_has_not_come_yet_by_name_and_keeps_the_rest(alice_client):
    case = case_with_answers(alice_client, relationship="borrower")
    response = answer(alice_client, case, "amounts", {"loan_date": "2999-01-01", "principal": "5000"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "「哪天借的」这个日期还没到" in html
    assert 'value="5000"' in html


def test_it_refuses_a_date_it_cannot_read_by_name(alice_client):
    case = case_with_answers(alice_client, relationship="borrower")
    html = answer(alice_client, case, "amounts", {"loan_date": "去年春天"}).content.decode()
    assert "「哪天借的」请按" in html
