"""home_visit: a threatened visit, or someone at the door now."""

from cases.core.facts import Facts
from cases.scenarios.home_visit import SCENARIO, contribute

THREAT = Facts(found=frozenset({"home_visit_threat"}))


def test_it_applies_when_a_visit_is_threatened():
    assert SCENARIO.applies(THREAT)


def test_it_applies_when_someone_is_at_the_door():
    assert SCENARIO.applies(Facts(channel="visit"))


def test_it_does_not_apply_otherwise():
    assert not SCENARIO.applies(Facts(channel="sms"))


def test_it_raises_the_visit_flag_for_a_threat_but_it_is_not_urgent():
    c = contribute(THREAT)
    assert c.flags == ("home_visit_threat",) and not c.urgent
    assert c.verdict is None  # a visit notice alone is not unlawful


def test_it_corrects_the_seed_that_says_collectors_never_visit():
    texts = " ".join(r.text for r in contribute(THREAT).reasons)
    assert "不准确" in texts and "两名" in texts


def test_it_is_urgent_when_someone_is_at_the_door():
    c = contribute(Facts(channel="visit"))
    assert c.urgent and c.safety[0].urgent and "police" in c.channels
    assert c.flags == ()


def test_it_asks_to_verify_the_visit_when_only_threatened():
    assert "官方客服" in contribute(THREAT).steps[0].text


def test_it_tells_a_contact_they_need_not_receive_the_visitors():
    c = contribute(Facts(relationship="contact", found=frozenset({"home_visit_threat"})))
    assert "不是你" in c.steps[0].text
    assert not any("协商还款" in s.text for s in c.steps)


def test_it_keeps_the_door_steps_first_for_a_contact_too():
    assert (
        contribute(Facts(relationship="contact", channel="visit")).safety[0].text.startswith("你不需要开门")
    )


def test_it_is_urgent_when_the_message_says_they_are_downstairs_now():
    facts = Facts(channel="sms", found=frozenset({"home_visit_threat"}), cues=frozenset({"at_door"}))
    assert SCENARIO.applies(facts)
    c = contribute(facts)
    assert c.urgent and "police" in c.channels
