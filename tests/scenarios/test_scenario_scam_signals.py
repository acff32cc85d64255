"""scam_signals: strong signals, authority claims with money, fees up front."""

import pytest

from cases.core.facts import Facts
from cases.scenarios.scam_signals import SCENARIO, contribute


@pytest.mark.parametrize(
    "flag",
    [
        "personal_account",
        "phishing_link",
        "asks_verification_code",
        "credit_repair_offer",
        "account_cancellation_scam",
        "fake_legal_document",
    ],
)
def test_it_calls_every_strong_signal_a_scam(flag):
    c = contribute(Facts(found=frozenset({flag})))
    assert c.verdict == "scam" and flag in c.flags
    assert any(r.flag == flag for r in c.reasons)


def test_it_calls_screen_sharing_a_scam():
    assert contribute(Facts(cues=frozenset({"screen_share"}))).verdict == "scam"


def test_it_calls_a_court_that_wants_a_fee_a_scam():
    c = contribute(Facts(sender="authority", cues=frozenset({"fee_demand"})))
    assert c.verdict == "scam" and "impersonates_authority" in c.flags


def test_it_calls_a_court_that_sends_you_to_a_personal_phone_a_scam():
    assert (
        contribute(Facts(found=frozenset({"impersonates_authority"}), private_contact=True)).verdict == "scam"
    )


def test_it_calls_police_talk_from_a_private_number_that_wants_money_a_scam():
    facts = Facts(
        sender="private", found=frozenset({"impersonates_authority"}), cues=frozenset({"money_demand"})
    )
    assert contribute(facts).verdict == "scam"


def test_it_leaves_a_collection_agency_posing_as_police_to_unlawful_conduct():
    facts = Facts(
        sender="agency", found=frozenset({"impersonates_authority"}), cues=frozenset({"money_demand"})
    )
    assert SCENARIO.applies(facts) and contribute(facts).verdict is None


def test_it_does_not_call_a_plain_court_notice_a_scam():
    c = contribute(Facts(sender="authority"))
    assert c.verdict is None and c.channels == ("antifraud",)


def test_it_calls_a_fee_up_front_from_an_unidentified_sender_a_scam():
    assert contribute(Facts(sender="private", cues=frozenset({"fee_demand"}))).verdict == "scam"


def test_it_does_not_call_a_fee_mentioned_by_the_official_lender_a_scam():
    assert contribute(Facts(sender="official", cues=frozenset({"fee_demand"}))).verdict is None


def test_it_does_not_apply_without_any_signal():
    assert not SCENARIO.applies(Facts(sender="official", relationship="borrower"))


def test_it_is_urgent_when_money_is_demanded_against_a_deadline():
    c = contribute(Facts(found=frozenset({"personal_account"}), deadline=True))
    assert c.urgent and c.steps[0].urgent and "police" in c.channels


def test_it_is_not_urgent_for_a_link_alone():
    assert not contribute(Facts(found=frozenset({"phishing_link"}))).urgent


def test_it_is_urgent_when_a_verification_code_is_asked():
    assert contribute(Facts(found=frozenset({"asks_verification_code"}))).urgent


def test_it_warns_against_calling_back_the_number_in_the_message():
    assert any("回拨" in r.text for r in contribute(Facts(found=frozenset({"phishing_link"}))).reasons)


def test_it_adds_the_five_agency_warning_to_a_credit_repair_offer():
    assert any(
        "五部门" in r.text for r in contribute(Facts(found=frozenset({"credit_repair_offer"}))).reasons
    )
