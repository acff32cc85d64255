"""Facts: answers win over analyzer guesses; missing facts stay None."""

from dataclasses import FrozenInstanceError, dataclass
from datetime import datetime
from decimal import Decimal

import pytest

from cases.core.contacts import ContactEvent
from cases.core.facts import Facts
from cases.core.rules import CHINA_TZ


@dataclass
class FakeSignal:
    kind: str
    code: str


@dataclass
class FakeAnalysis:
    """A stand-in with the analyzer's interface (cases.analysis.Analysis)."""

    flags: frozenset = frozenset()
    cues: frozenset = frozenset()
    lender: str | None = None
    amount_claimed: Decimal | None = None
    fee_demanded: Decimal | None = None
    overdue_days: int | None = None
    links: tuple = ()
    sender_hint: str | None = None
    signals: tuple = ()


def test_it_leaves_missing_facts_as_none():
    facts = Facts.build({})
    assert facts.sender is None and facts.amount_claimed is None and facts.overdue_days is None
    assert facts.knows_nothing


def test_it_is_immutable():
    with pytest.raises(FrozenInstanceError):
        Facts.build({}).sender = "official"


def test_it_fills_missing_answers_from_the_analyzer():
    guess = FakeAnalysis(
        sender_hint="official", lender="安逸消费金融", amount_claimed=Decimal("2356.80"), overdue_days=3
    )
    facts = Facts.build({}, guess)
    assert (facts.sender, facts.lender, facts.amount_claimed, facts.overdue_days) == (
        "official",
        "安逸消费金融",
        Decimal("2356.80"),
        3,
    )
    assert facts.guessed == {"sender", "lender", "amount_claimed", "overdue_days"}


def test_it_lets_the_persons_answers_win_over_the_analyzer():
    guess = FakeAnalysis(sender_hint="official", amount_claimed=Decimal("9999"))
    facts = Facts.build({"sender": "private", "amount_claimed": Decimal("100")}, guess)
    assert facts.sender == "private" and facts.amount_claimed == Decimal("100")
    assert facts.guessed == frozenset()


def test_it_lets_the_analyzer_fill_an_unknown_sender():
    assert Facts.build({"sender": "unknown"}, FakeAnalysis(sender_hint="agency")).sender == "agency"


def test_it_keeps_an_unknown_sender_when_the_analyzer_has_no_guess():
    assert Facts.build({"sender": "unknown"}, FakeAnalysis()).sender == "unknown"


def test_it_merges_ticked_threats_found_flags_and_demands():
    facts = Facts.build(
        {"threats": ["insult"], "demands": ["pay_personal", "pay_official"]},
        FakeAnalysis(flags=frozenset({"phishing_link"})),
    )
    assert facts.said == {"insult", "phishing_link", "personal_account"}


def test_it_reads_deadlines_and_private_contacts_from_signals():
    facts = Facts.build(
        {}, FakeAnalysis(signals=(FakeSignal("deadline", "deadline"), FakeSignal("sender", "wechat")))
    )
    assert facts.deadline and facts.private_contact


def test_it_sorts_contacts_and_computes_their_stats():
    late = ContactEvent(datetime(2026, 11, 20, 23, 0, tzinfo=CHINA_TZ), "call")
    early = ContactEvent(datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ), "call")
    facts = Facts.build({}, None, [late, early])
    assert facts.contacts == (early, late)
    assert facts.stats.night_contacts == 1


def test_it_recognises_an_identified_lender():
    assert Facts(sender="official").identified_lender
    assert Facts(sender="agency", cues=frozenset({"official_channel"})).identified_lender
    assert Facts(channel="letter", demands=frozenset({"pay_official"})).identified_lender
    assert not Facts(sender="agency").identified_lender
    assert not Facts(sender="private", cues=frozenset({"official_channel"})).identified_lender


def test_it_reads_a_bare_signature_as_the_official_channel():
    assert Facts.build({}, FakeAnalysis(signals=(FakeSignal("sender", "signature"),))).sender == "official"


def test_it_does_not_read_a_signature_with_a_mobile_number_as_official():
    signals = (FakeSignal("sender", "signature"), FakeSignal("sender", "mobile"))
    assert Facts.build({}, FakeAnalysis(signals=signals)).sender is None
