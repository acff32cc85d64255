"""third_party_contact: never borrowed, a contact being asked, or the borrower's contacts reached."""

from cases.core.facts import Facts
from cases.scenarios.third_party_contact import SCENARIO, contribute


def texts(c):
    return " ".join(r.text for r in c.reasons)


def test_it_applies_to_someone_who_never_borrowed():
    assert SCENARIO.applies(Facts(relationship="not_borrower"))


def test_it_applies_to_a_contact():
    assert SCENARIO.applies(Facts(relationship="contact"))


def test_it_applies_when_the_borrowers_contacts_were_reached():
    assert SCENARIO.applies(Facts(relationship="borrower", threats=frozenset({"third_party_contacted"})))


def test_it_does_not_apply_to_a_borrower_alone():
    assert not SCENARIO.applies(Facts(relationship="borrower"))


def test_it_tells_someone_who_never_borrowed_it_is_not_their_debt():
    c = contribute(Facts(relationship="not_borrower"))
    assert c.verdict == "not_your_debt" and c.flags == ("not_borrower",)
    assert "第四百六十五条" in texts(c)


def test_it_tells_a_contact_they_are_not_a_guarantor_with_the_spouse_caveat():
    c = contribute(Facts(relationship="contact"))
    assert c.verdict == "not_your_debt" and "not_borrower" not in c.flags
    assert "担保" in texts(c) and "配偶" in texts(c)


def test_it_flags_collecting_from_a_contact_who_was_messaged():
    c = contribute(Facts(relationship="contact", message="请你转告他还款"))
    assert "third_party_contacted" in c.flags


def test_it_gives_no_verdict_to_a_borrower_whose_contacts_were_reached():
    c = contribute(Facts(relationship="borrower", threats=frozenset({"third_party_contacted"})))
    assert c.verdict is None and "截图" in c.steps[0].text
