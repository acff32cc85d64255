"""The verdict engine: precedence, merging, ordering, and invariants over any facts."""

from datetime import datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from cases.core.advice import Advice
from cases.core.codes import CHANNELS, DEMANDS, FLAGS, RELATIONSHIPS, SENDERS, VERDICTS
from cases.core.contacts import ContactEvent
from cases.core.facts import Facts
from cases.core.rules import CHINA_TZ, LENDER_KINDS
from cases.scenarios import REGISTRY, advise


def verdict(**answers) -> str:
    return advise(Facts.build(answers)).verdict


def test_it_needs_verification_when_nothing_is_known():
    advice = advise(Facts.build({}))
    assert advice.verdict == "needs_verification"
    assert {q.key for q in advice.questions} >= {"relationship", "sender", "message"}


def test_it_asks_what_would_settle_a_thin_case():
    advice = advise(Facts.build({"message": "你的账单逾期了", "sender": "unknown", "relationship": "unsure"}))
    assert advice.verdict == "needs_verification"
    assert [q.key for q in advice.questions][:2] == ["relationship", "sender"]


def test_it_asks_no_questions_once_the_verdict_is_clear():
    assert advise(Facts.build({"threats": ["insult"]})).questions == ()


def test_it_calls_an_identified_lenders_reminder_lawful():
    assert verdict(sender="official", relationship="borrower") == "lawful_reminder"


def test_it_ranks_unlawful_conduct_above_a_lawful_reminder():
    assert verdict(sender="official", relationship="borrower", threats=["insult"]) == "unlawful_collection"


def test_it_ranks_not_your_debt_above_unlawful_conduct_and_keeps_the_conduct_flags():
    advice = advise(Facts.build({"relationship": "contact", "threats": ["insult", "night_contact"]}))
    assert advice.verdict == "not_your_debt"
    assert {"insult", "night_contact"} <= set(advice.flags)
    assert "unlawful_conduct" in advice.scenarios


def test_it_ranks_a_scam_above_not_your_debt():
    assert verdict(relationship="not_borrower", demands=["click_link"]) == "scam"


def test_it_ranks_a_scam_above_unlawful_conduct_and_still_reports_the_conduct():
    advice = advise(Facts.build({"demands": ["pay_personal"], "threats": ["violence_threat"]}))
    assert advice.verdict == "scam"
    assert "violence_threat" in advice.flags and advice.urgent


def test_it_puts_the_reasons_behind_the_verdict_first():
    advice = advise(Facts.build({"sender": "official", "relationship": "borrower", "threats": ["insult"]}))
    assert advice.reasons[0].flag == "insult"


def test_it_puts_urgent_steps_first():
    advice = advise(Facts.build({"demands": ["pay_personal"], "relationship": "borrower"}))
    assert advice.next_steps[0].urgent
    assert [s.urgent for s in advice.next_steps] == sorted(
        (s.urgent for s in advice.next_steps), reverse=True
    )


def test_it_puts_safety_first_for_someone_at_the_door_with_no_reassurance_that_nobody_comes():
    advice = advise(Facts.build({"channel": "visit", "relationship": "borrower"}))
    assert advice.urgent
    assert advice.safety[0].text.startswith("你不需要开门")
    assert any("110" in s.text for s in advice.safety)
    assert any("家里人" in s.text for s in advice.safety)
    shown = [r.text for r in advice.reasons] + [s.text for s in advice.next_steps]
    assert not any("不会真的上门" in text for text in shown)


def test_it_gives_a_threatened_visit_the_safety_box_too():
    advice = advise(Facts.build({"threats": ["home_visit_threat"], "relationship": "borrower"}))
    assert advice.safety and advice.safety[0].text.startswith("你不需要开门")


def test_it_puts_110_in_the_safety_box_for_a_threat_of_violence():
    advice = advise(Facts.build({"threats": ["violence_threat"], "relationship": "borrower"}))
    assert any("110" in s.text for s in advice.safety)


def test_it_removes_duplicate_evidence_by_code():
    advice = advise(Facts.build({"channel": "sms", "message": "你好", "threats": ["insult"]}))
    codes = [e.code for e in advice.evidence]
    assert len(codes) == len(set(codes))


def test_it_orders_channels_emergency_first():
    advice = advise(Facts.build({"threats": ["violence_threat"], "relationship": "borrower"}))
    assert advice.channels[0] == "police" and advice.channels[-1] == "heimao"


def test_it_makes_a_json_ready_dict():
    out = advise(Facts.build({"threats": ["insult"]})).to_dict()
    assert (
        out["verdict"] == "unlawful_collection"
        and out["verdict_label"] == VERDICTS["unlawful_collection"].label
    )
    assert all(isinstance(r["source"], str) and r["text"] for r in out["reasons"])
    assert {"next_steps", "evidence", "negotiation", "channels", "questions"} <= out.keys()


def test_an_empty_advice_has_a_label():
    assert Advice("scam").verdict_label == VERDICTS["scam"].label


maybe = lambda s: st.none() | s  # noqa: E731
facts_strategy = st.builds(
    Facts.build,
    st.fixed_dictionaries(
        {
            "channel": maybe(st.sampled_from(list(CHANNELS))),
            "sender": maybe(st.sampled_from(list(SENDERS))),
            "relationship": maybe(st.sampled_from(list(RELATIONSHIPS))),
            "threats": st.lists(st.sampled_from(list(FLAGS))),
            "demands": st.lists(st.sampled_from(list(DEMANDS))),
            "annual_rate": maybe(st.decimals(0, 1000, places=1)),
            "principal": maybe(st.decimals(1, 100000, places=2)),
            "amount_claimed": maybe(st.decimals(0, 100000, places=2)),
            "lender_kind": maybe(st.sampled_from(list(LENDER_KINDS))),
            "other_debts": maybe(st.integers(0, 5)),
            "monthly_budget": maybe(st.decimals(0, 10000, places=0)),
            "message": maybe(st.just("你的借款已逾期")),
        }
    ),
    st.none(),
    st.lists(
        st.builds(
            ContactEvent,
            st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31), timezones=st.just(CHINA_TZ)),
            st.sampled_from(["call", "sms"]),
            st.booleans(),
            st.booleans(),
        ),
        max_size=12,
    ),
)


@settings(max_examples=300, deadline=None)
@given(facts_strategy)
def test_any_facts_give_a_well_formed_advice(facts):
    advice = advise(facts)
    assert advice.verdict in VERDICTS
    assert set(advice.scenarios) <= set(REGISTRY)
    # Every flag is explained by a reason that names it.
    explained = {r.flag for r in advice.reasons}
    assert set(advice.flags) <= explained, set(advice.flags) - explained
    assert all(r.text and r.source for r in advice.reasons)
    if advice.verdict != "needs_verification":
        assert advice.reasons
    # The person's own answers about conduct always surface as flags, whatever the verdict.
    conduct = {"insult", "violence_threat", "exposure_threat", "false_legal_consequence", "night_contact"}
    assert conduct & facts.said <= set(advice.flags)
    # A third party always hears it is not their debt unless it is a scam.
    if facts.relationship in ("not_borrower", "contact"):
        assert advice.verdict in ("scam", "not_your_debt")


def test_the_excessive_interest_flag_follows_the_line_for_the_lender():
    assert (
        "excessive_interest"
        in advise(Facts.build({"annual_rate": Decimal("13"), "lender_kind": "private"})).flags
    )
    assert (
        "excessive_interest"
        not in advise(Facts.build({"annual_rate": Decimal("13"), "lender_kind": "bank"})).flags
    )
