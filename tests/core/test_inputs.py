"""parse_assess_input: every key optional, every bad value named."""

from decimal import Decimal

import pytest

from cases.core.codes import MAX_MESSAGE_CHARS
from cases.core.inputs import InputError, parse_assess_input


def error_for(obj) -> InputError:
    with pytest.raises(InputError) as info:
        parse_assess_input(obj)
    return info.value


def test_it_accepts_an_empty_object():
    answers, contacts = parse_assess_input({})
    assert contacts == [] and all(v is None for v in answers.values())


def test_it_accepts_every_contract_key():
    answers, contacts = parse_assess_input(
        {
            "message": "你好",
            "channel": "sms",
            "sender": "official",
            "relationship": "borrower",
            "lender": "某平台",
            "amount_claimed": 4800,
            "principal": "3000",
            "overdue_days": 30,
            "annual_rate": 35.9,
            "threats": ["insult", "insult", "night_contact"],
            "contacts": [{"at": "2026-11-20T23:10:00+08:00", "channel": "call", "answered": False}],
        }
    )
    assert answers["amount_claimed"] == Decimal("4800") and answers["principal"] == Decimal("3000")
    assert answers["annual_rate"] == Decimal("35.9")
    assert answers["threats"] == ["insult", "night_contact"]
    assert contacts[0].answered is False and contacts[0].third_party is False


def test_it_accepts_the_questionnaire_keys_too():
    answers, _ = parse_assess_input(
        {
            "demands": ["pay_personal"],
            "repay_ability": "part",
            "monthly_budget": 800,
            "lender_kind": "bank",
            "other_debts": 2,
        }
    )
    assert answers["lender_kind"] == "bank" and answers["other_debts"] == 2


def test_it_treats_null_as_not_given():
    answers, contacts = parse_assess_input({"channel": None, "contacts": None})
    assert answers["channel"] is None and contacts == []


def test_it_reads_a_time_without_offset_on_a_china_clock():
    _, contacts = parse_assess_input({"contacts": [{"at": "2026-11-20T23:10"}]})
    assert contacts[0].at.utcoffset().total_seconds() == 8 * 3600
    assert contacts[0].channel == "call"


def test_it_keeps_which_collector_called():
    _, contacts = parse_assess_input({"contacts": [{"at": "2026-11-20T10:00", "from": "95xxx"}]})
    assert contacts[0].source == "95xxx"


@pytest.mark.parametrize(
    ("obj", "key"),
    [
        ({"colour": "red"}, "colour"),
        ({"message": 5}, "message"),
        ({"message": "字" * (MAX_MESSAGE_CHARS + 1)}, "message"),
        ({"channel": "pigeon"}, "channel"),
        ({"sender": "boss"}, "sender"),
        ({"relationship": "cousin"}, "relationship"),
        ({"lender": ["x"]}, "lender"),
        ({"amount_claimed": "lots"}, "amount_claimed"),
        ({"amount_claimed": -1}, "amount_claimed"),
        ({"amount_claimed": True}, "amount_claimed"),
        ({"principal": "NaN"}, "principal"),
        ({"overdue_days": 2.5}, "overdue_days"),
        ({"overdue_days": -3}, "overdue_days"),
        ({"overdue_days": "3"}, "overdue_days"),
        ({"annual_rate": "high"}, "annual_rate"),
        ({"threats": "insult"}, "threats"),
        ({"threats": ["rudeness"]}, "threats"),
        ({"demands": ["pay_twice"]}, "demands"),
        ({"repay_ability": "maybe"}, "repay_ability"),
        ({"monthly_budget": {}}, "monthly_budget"),
        ({"lender_kind": "loan_shark"}, "lender_kind"),
        ({"other_debts": "many"}, "other_debts"),
        ({"contacts": "yesterday"}, "contacts"),
        ({"contacts": ["yesterday"]}, "contacts"),
        ({"contacts": [{"channel": "call"}]}, "contacts"),
        ({"contacts": [{"at": "yesterday", "channel": "call"}]}, "contacts"),
        ({"contacts": [{"at": 1700000000}]}, "contacts"),
        ({"contacts": [{"at": "2026-11-20T10:00", "channel": "pigeon"}]}, "contacts"),
        ({"contacts": [{"at": "2026-11-20T10:00", "answered": "yes"}]}, "contacts"),
        ({"contacts": [{"at": "2026-11-20T10:00", "third_party": 1}]}, "contacts"),
        ({"contacts": [{"at": "2026-11-20T10:00", "from": 5}]}, "contacts"),
        ({"contacts": [{"at": "2026-11-20T10:00", "colour": "red"}]}, "contacts"),
    ],
)
def test_it_names_the_key_of_every_bad_value(obj, key):
    error = error_for(obj)
    assert error.key == key
    assert f'"{key}"' in str(error)
    assert "\n" not in str(error)


def test_it_names_the_position_of_a_bad_contact():
    assert str(error_for({"contacts": [{"at": "2026-11-20T10:00"}, {"at": "yesterday"}]})) == (
        '"contacts"[1].at must be an ISO datetime'
    )


def test_it_refuses_input_that_is_not_an_object():
    assert error_for(["message"]).key == "input"
