"""verify_first: always applies; recognises an identified lender; asks what is missing."""

from cases.core.facts import Facts
from cases.scenarios.verify_first import SCENARIO

contribute = SCENARIO.contribute


def keys(c):
    return [q.key for q in c.questions]


def test_it_always_applies():
    assert SCENARIO.applies(Facts())


def test_it_calls_an_official_reminder_to_a_borrower_lawful():
    c = contribute(Facts(sender="official", relationship="borrower"))
    assert c.verdict == "lawful_reminder"
    assert "官方" in c.reasons[0].text


def test_it_says_when_the_official_sender_was_only_guessed():
    c = contribute(Facts(sender="official", guessed=frozenset({"sender"})))
    assert "判断" in c.reasons[0].text


def test_it_accepts_an_agency_that_sends_you_to_the_official_channel():
    c = contribute(Facts(sender="agency", relationship="borrower", cues=frozenset({"official_channel"})))
    assert c.verdict == "lawful_reminder"


def test_it_gives_no_verdict_for_an_agency_without_an_official_channel():
    assert contribute(Facts(sender="agency", relationship="borrower")).verdict is None


def test_it_gives_no_lawful_verdict_when_the_person_never_borrowed():
    assert contribute(Facts(sender="official", relationship="not_borrower")).verdict is None


def test_it_gives_no_lawful_verdict_when_the_person_is_unsure():
    c = contribute(Facts(sender="official", relationship="unsure"))
    assert c.verdict is None and "relationship" in keys(c)


def test_it_warns_about_a_private_number():
    assert "私人号码" in contribute(Facts(sender="private")).reasons[0].text


def test_it_asks_who_sent_it_and_what_it_said_when_nothing_is_known():
    c = contribute(Facts())
    assert keys(c) == ["relationship", "sender", "message", "demands", "threats", "lender"]
    assert c.reasons == ()


def test_it_asks_nothing_about_the_message_once_it_is_pasted():
    assert "message" not in keys(contribute(Facts(message="逾期了")))


def test_it_keeps_a_screenshot_of_a_pasted_message():
    assert [e.code for e in contribute(Facts(message="逾期了")).evidence] == ["sms_screenshot"]


def test_it_always_says_do_not_pay_before_checking():
    assert "不要转账" in contribute(Facts()).steps[0].text


def test_it_gives_a_contact_nothing_of_their_own_to_check():
    c = contribute(Facts(relationship="contact", sender="agency", message="请转告他还款"))
    assert c.reasons == () and len(c.steps) == 1


def test_it_asks_where_the_money_should_go_when_an_agency_is_unverified():
    assert "demands" in keys(contribute(Facts(sender="agency", relationship="borrower", lender="某平台")))


def test_it_does_not_ask_where_the_money_goes_once_the_official_route_is_known():
    facts = Facts(sender="agency", relationship="borrower", cues=frozenset({"official_channel"}))
    assert "demands" not in keys(contribute(facts))
