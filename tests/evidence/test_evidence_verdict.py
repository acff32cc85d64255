"""The log feeds Facts: the verdict and flags on the case page change as entries are added."""

import pytest
from evidence_helpers import china, form_data, log

from cases.casefile import load
from tests.support import answer

pytestmark = pytest.mark.django_db


def for_case(case):
    return load(case).advice


@pytest.fixture
def borrower_case(alice_client, alice_case):
    answer(
        alice_client,
        alice_case,
        "message",
        {"message": "【安逸消费金融】您的借款已逾期3天，请登录官方APP还款。"},
    )
    answer(alice_client, alice_case, "relationship", {"relationship": "borrower"})
    alice_case.refresh_from_db()
    return alice_case


def test_it_starts_without_conduct_flags(borrower_case):
    flags = for_case(borrower_case).flags
    assert not {"night_contact", "excessive_frequency", "third_party_contacted"} & set(flags)


def test_it_adds_night_contact_for_night_entries(alice_client, borrower_case):
    alice_client.post(f"/case/{borrower_case.id}/evidence/add/", form_data(at="2026-11-20T23:40"))
    advice = for_case(borrower_case)
    assert "night_contact" in advice.flags
    assert advice.verdict == "unlawful_collection"


def test_it_adds_excessive_frequency_after_the_fourth_answered_call(borrower_case):
    for hour in (9, 11, 14):
        log(borrower_case, china(2026, 11, 20, hour, 0))
    assert "excessive_frequency" not in for_case(borrower_case).flags
    log(borrower_case, china(2026, 11, 20, 17, 0))
    assert "excessive_frequency" in for_case(borrower_case).flags


def test_it_adds_third_party_contacted_when_family_is_reached(borrower_case):
    log(borrower_case, china(2026, 11, 20, 10, 0), target="family")
    assert "third_party_contacted" in for_case(borrower_case).flags


def test_it_takes_flags_from_the_texts_in_the_log(borrower_case):
    log(
        borrower_case,
        china(2026, 11, 20, 10, 0),
        channel="sms",
        text="再不还钱就爆你通讯录，让你全家都知道！",
    )
    assert "exposure_threat" in for_case(borrower_case).flags


def test_it_changes_the_case_page(alice_client, borrower_case):
    page = alice_client.get(f"/case/{borrower_case.id}/").text
    assert "证据记录" in page and f"/case/{borrower_case.id}/evidence/" in page
    assert "深夜或清晨催收" not in page
    log(borrower_case, china(2026, 11, 20, 23, 0))
    page = alice_client.get(f"/case/{borrower_case.id}/").text
    assert "已记下 1 次联系" in page
    assert "这段时间不应该催收" in page
