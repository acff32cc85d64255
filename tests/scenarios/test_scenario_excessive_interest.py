"""excessive_interest: the line by lender kind, the criminal line, amount gaps."""

from decimal import Decimal

from cases.core.facts import Facts
from cases.scenarios.excessive_interest import SCENARIO, contribute


def texts(c):
    return " ".join(r.text for r in c.reasons)


def test_it_applies_when_a_rate_is_known():
    assert SCENARIO.applies(Facts(annual_rate=Decimal("10")))


def test_it_applies_when_more_than_the_principal_is_claimed():
    assert SCENARIO.applies(Facts(principal=Decimal("3000"), amount_claimed=Decimal("4800")))


def test_it_does_not_apply_without_numbers():
    assert not SCENARIO.applies(Facts(principal=Decimal("3000"), amount_claimed=Decimal("3000")))


def test_it_flags_a_licensed_lender_above_24_percent():
    c = contribute(Facts(annual_rate=Decimal("30"), lender_kind="consumer_finance"))
    assert c.flags == ("excessive_interest",) and "24%" in texts(c)


def test_it_allows_a_licensed_lender_at_24_percent():
    assert contribute(Facts(annual_rate=Decimal("24"), lender_kind="bank")).flags == ()


def test_it_flags_a_private_lender_above_four_times_lpr():
    c = contribute(Facts(annual_rate=Decimal("15"), lender_kind="private"))
    assert c.flags == ("excessive_interest",) and "12%" in texts(c)


def test_it_warns_about_the_private_cap_when_the_lender_kind_is_unknown():
    c = contribute(Facts(annual_rate=Decimal("18")))
    assert c.flags == () and "12%" in texts(c)


def test_it_mentions_the_criminal_line_above_36_percent_for_private_lending():
    c = contribute(Facts(annual_rate=Decimal("180")))
    assert c.flags == ("excessive_interest",) and "36%" in texts(c) and "police" in c.channels


def test_it_does_not_call_a_bank_a_criminal_lender():
    assert "36%" not in texts(contribute(Facts(annual_rate=Decimal("40"), lender_kind="bank")))


def test_it_shows_how_much_more_than_the_principal_is_claimed():
    c = contribute(Facts(principal=Decimal("3000"), amount_claimed=Decimal("4800")))
    assert "多出1800元" in texts(c)


def test_it_asks_to_refuse_the_excess_only_when_over_the_line():
    assert len(contribute(Facts(annual_rate=Decimal("180"))).negotiation) == 2
    assert len(contribute(Facts(annual_rate=Decimal("10"))).negotiation) == 1
