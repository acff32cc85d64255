"""Odd input is refused with a message naming the field, never a 500 that loses the step's other
answers (issue 18, item 4)."""

import pytest

from tests.support import answer


@pytest.mark.parametrize("typed", ["፩", "⓵", "1" * 5000])
def test_it_refuses_a_count_in_other_digits_or_too_long_and_keeps_the_other_answers(
    alice_client, alice_case, typed
):
    response = answer(
        alice_client, alice_case, "amounts", {"overdue_days": typed, "amount_claimed": "2356.80"}
    )
    assert response.status_code == 200
    assert (
        "「已经逾期多少天」请填写整数天数" in response.text or "「已经逾期多少天」天数太大了" in response.text
    )
    alice_case.refresh_from_db()
    assert alice_case.answers["amount_claimed"] == "2356.80"
    assert "overdue_days" not in alice_case.answers


def test_it_still_reads_full_width_digits_as_a_count(alice_client, alice_case):
    assert answer(alice_client, alice_case, "amounts", {"overdue_days": "１２"}).status_code == 302
    alice_case.refresh_from_db()
    assert alice_case.answers["overdue_days"] == 12


@pytest.mark.parametrize("at", ["0001-01-01T00:00", "0001-01-01 00:00:00", "1989-12-31T23:59"])
def test_it_refuses_an_evidence_time_before_1990_and_keeps_what_was_typed(
    alice_client, alice_case, settings, tmp_path, at
):
    settings.MEDIA_ROOT = tmp_path
    data = {"at": at, "channel": "call", "target": "me", "answered": "yes", "text": "对方说要上门"}
    response = alice_client.post(f"/case/{alice_case.id}/evidence/add/", data)
    assert response.status_code == 200
    assert "年份不对：请填写 1990 年以后的时间" in response.text
    assert "对方说要上门" in response.text


def test_the_findings_step_without_a_message_moves_on_instead_of_failing(alice_client, alice_case):
    answer(alice_client, alice_case, "message", {"message": "\x00refused"})  # refused: nothing stored
    alice_case.refresh_from_db()
    assert "message" not in alice_case.answers
    response = alice_client.get(f"/case/{alice_case.id}/step/findings/")
    assert response.status_code == 302
    assert "/step/findings/" not in response["Location"]
