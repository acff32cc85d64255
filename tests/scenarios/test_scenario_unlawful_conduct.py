"""unlawful_conduct: each kind of conduct, logged contacts, and visits used as pressure."""

from datetime import datetime

import pytest

from cases.core.contacts import ContactEvent
from cases.core.facts import Facts
from cases.core.rules import CHINA_TZ
from cases.scenarios.unlawful_conduct import SCENARIO, contribute


def with_contacts(*events, **answers):
    return Facts.build(answers, None, list(events))


def call(day, hour, **kw):
    return ContactEvent(datetime(2026, 11, day, hour, tzinfo=CHINA_TZ), "call", **kw)


@pytest.mark.parametrize(
    "flag",
    [
        "insult",
        "violence_threat",
        "exposure_threat",
        "third_party_contacted",
        "false_legal_consequence",
        "impersonates_authority",
        "night_contact",
        "excessive_frequency",
    ],
)
def test_it_calls_every_kind_of_conduct_unlawful_and_explains_it(flag):
    c = contribute(Facts(sender="agency", threats=frozenset({flag})))
    assert c.verdict == "unlawful_collection" and flag in c.flags
    assert any(r.flag == flag for r in c.reasons)


def test_it_does_not_call_a_message_that_speaks_as_a_court_unlawful_by_itself():
    # It may be a real court notice (legal-facts 9.2): verify through 12368 instead.
    facts = Facts(sender="authority", found=frozenset({"impersonates_authority", "lawsuit_claim"}))
    assert not SCENARIO.applies(facts)


def test_it_calls_a_collector_posing_as_the_police_unlawful():
    c = contribute(Facts(sender="private", found=frozenset({"impersonates_authority"})))
    assert c.verdict == "unlawful_collection" and "impersonates_authority" in c.flags


def test_it_does_not_apply_to_a_plain_reminder():
    assert not SCENARIO.applies(Facts(sender="official", relationship="borrower"))


def test_it_does_not_call_a_lawsuit_threat_unlawful():
    assert not SCENARIO.applies(Facts(found=frozenset({"lawsuit_claim", "credit_report_mention"})))


def test_it_does_not_call_a_visit_notice_from_an_agency_unlawful():
    assert not SCENARIO.applies(Facts(sender="agency", found=frozenset({"home_visit_threat"})))


def test_it_calls_a_visit_threatened_from_a_private_phone_intimidation():
    c = contribute(Facts(sender="private", found=frozenset({"home_visit_threat"})))
    assert c.verdict == "unlawful_collection" and "home_visit_threat" in c.flags
    assert any(r.flag == "home_visit_threat" for r in c.reasons)


def test_it_reads_a_blacklist_threat_as_a_false_legal_consequence():
    c = contribute(Facts(cues=frozenset({"blacklist_claim"})))
    assert "false_legal_consequence" in c.flags


def test_it_counts_logged_night_contacts():
    c = contribute(with_contacts(call(20, 23), call(21, 6)))
    assert "night_contact" in c.flags
    assert any("2次" in r.text for r in c.reasons)


def test_it_counts_a_call_flood_from_the_log():
    c = contribute(with_contacts(*[call(18, 9 + i) for i in range(5)]))
    assert "excessive_frequency" in c.flags
    assert any("1天" in r.text and "接通5次" in r.text for r in c.reasons)


def test_it_flags_logged_calls_to_the_borrowers_relatives():
    c = contribute(with_contacts(call(18, 10, third_party=True), relationship="borrower"))
    assert "third_party_contacted" in c.flags


def test_it_leaves_logged_third_party_calls_of_a_contact_to_third_party_contact():
    assert not SCENARIO.applies(with_contacts(call(18, 10, third_party=True), relationship="contact"))


def test_it_is_urgent_and_calls_the_police_first_for_violence():
    c = contribute(Facts(threats=frozenset({"violence_threat"})))
    assert c.urgent and c.safety[0].urgent and "110" in c.safety[0].text and "police" in c.channels


def test_it_sends_exposure_to_the_privacy_regulator():
    assert "pipl" in contribute(Facts(threats=frozenset({"exposure_threat"}))).channels


def test_it_sends_small_loan_complaints_to_the_local_regulator():
    c = contribute(Facts(threats=frozenset({"insult"}), lender_kind="small_loan"))
    assert "local_regulator" in c.channels and "nfra" not in c.channels
