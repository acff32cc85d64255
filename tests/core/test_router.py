"""Where to complain, in which order: the router's choice for each verdict and lender kind."""

from datetime import date

import pytest

from cases.core.advice import Advice
from cases.core.hotlines import CHANNELS
from cases.core.router import REPLY_LIMITS, VIOLATIONS, reply_due, route, violations
from cases.core.rules import LENDER_KINDS


def codes(advice, kind=None, **kw):
    return [r.code for r in route(advice, kind, **kw)]


def test_it_sends_a_scam_to_the_police_then_antifraud_advice_and_spam_reports():
    assert codes(Advice("scam", flags=("personal_account", "insult")), "bank") == [
        "police",
        "antifraud",
        "spam",
    ]


def test_it_never_sends_a_scam_to_the_lender_or_a_regulator():
    for kind in [None, *LENDER_KINDS]:
        chosen = codes(Advice("scam", flags=("phishing_link",)), kind)
        assert not {"lender", "nfra", "local_regulator", "nifa", "heimao"} & set(chosen), kind


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("bank", ["lender", "nfra", "spam", "heimao"]),
        ("consumer_finance", ["lender", "nfra", "spam", "heimao"]),
        ("small_loan", ["lender", "local_regulator", "spam", "heimao"]),
        ("platform", ["lender", "nifa", "nfra", "spam", "heimao"]),
        ("private", ["spam", "heimao"]),
        (None, ["lender", "nfra", "local_regulator", "nifa", "spam", "heimao"]),
    ],
)
def test_unlawful_collection_goes_to_the_lender_first_then_its_regulator(kind, expected):
    assert codes(Advice("unlawful_collection", flags=("insult",)), kind) == expected


def test_small_loan_companies_are_not_sent_to_12378():
    # 12378's coverage of small-loan companies is UNCONFIRMED (legal-facts #13).
    assert "nfra" not in codes(Advice("unlawful_collection", flags=("night_contact",)), "small_loan")


def test_violence_puts_the_police_first():
    chosen = codes(Advice("unlawful_collection", flags=("violence_threat",), urgent=True), "bank")
    assert chosen[0] == "police"
    assert chosen[1:3] == ["lender", "nfra"]


def test_impersonating_the_authorities_is_for_the_police():
    assert codes(Advice("unlawful_collection", flags=("impersonates_authority",)), "bank")[0] == "police"


def test_a_contact_whose_details_were_shared_can_complain_about_privacy():
    chosen = codes(
        Advice("not_your_debt", flags=("third_party_contacted", "not_borrower")), "consumer_finance"
    )
    assert chosen == ["lender", "nfra", "pipl", "heimao"]


def test_a_credit_record_for_a_loan_never_taken_goes_to_dispute_then_12363():
    chosen = codes(Advice("not_your_debt", flags=("credit_report_mention", "not_borrower")), "bank")
    assert chosen == ["credit_dispute", "pboc"]


def test_a_disputed_credit_record_is_routed_when_the_person_says_so():
    chosen = codes(Advice("lawful_reminder"), "bank", credit_disputed=True)
    assert chosen == ["lender", "credit_dispute", "pboc"]


def test_a_lawful_reminder_needs_no_complaint():
    assert codes(Advice("lawful_reminder"), "bank") == []
    assert codes(Advice("needs_verification"), None) == []


def test_excessive_interest_from_a_licensed_lender_goes_to_its_regulator():
    chosen = codes(Advice("lawful_reminder", flags=("excessive_interest",)), "small_loan")
    assert chosen == ["lender", "local_regulator", "heimao"]


def test_usury_from_a_private_lender_can_be_reported_to_the_police():
    advice = Advice("lawful_reminder", flags=("excessive_interest",), channels=("police",))
    assert codes(advice, "private") == ["police", "heimao"]


def test_the_public_platform_always_comes_last():
    chosen = codes(Advice("unlawful_collection", flags=("exposure_threat", "night_contact")), None)
    assert chosen[-1] == "heimao"


def test_every_route_has_a_reason_a_source_and_a_real_channel():
    advice = Advice("unlawful_collection", flags=tuple(VIOLATIONS), urgent=True, channels=("police",))
    routes = route(advice, None, credit_disputed=True)
    assert len({r.code for r in routes}) == len(routes)
    for r in routes:
        assert r.code in CHANNELS and r.why and r.source
        assert r.channel is CHANNELS[r.code]


def test_it_names_each_violation_with_its_rule_in_flag_order():
    found = violations(("night_contact", "insult", "lawsuit_claim"))
    assert [v.flag for v in found] == ["insult", "night_contact"]
    assert found[0].conduct == "辱骂、侮辱"
    assert "第一千零二十四条" in found[0].rule
    assert "22:00" in found[1].rule


def test_reply_is_due_only_where_a_rule_sets_a_limit():
    assert reply_due("credit_dispute", date(2026, 1, 1)) == date(2026, 1, 21)
    assert reply_due("pboc", date(2026, 1, 30)) == date(2026, 3, 1)
    for code in set(CHANNELS) - set(REPLY_LIMITS):
        assert reply_due(code, date(2026, 1, 1)) is None


def test_every_source_the_router_and_calculators_cite_exists():
    from cases.core import calculators, router
    from cases.core.sources import SEEDS
    from tests.core.test_sources_exist import SHARED, legal_rows, sources_of

    for source in sources_of(router) | sources_of(calculators):
        if source.kind == "seed":
            assert source.section in (SHARED / "seeds" / SEEDS[source.doc][0]).read_text(encoding="utf-8")
        else:
            assert source.section in legal_rows()[source.doc], source


def test_the_police_reason_matches_why_the_advice_names_the_police():
    insult = route(Advice("unlawful_collection", flags=("insult",), channels=("police",)), "bank")
    assert next(r for r in insult if r.code == "police").source.section == "1.9"
    usury = route(Advice("lawful_reminder", flags=("excessive_interest",), channels=("police",)), "private")
    assert next(r for r in usury if r.code == "police").source.section == "6.5"
