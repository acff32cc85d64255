"""Hypothesis throws odd JSON at every key of `manage.py assess`: NaN, Infinity, 1e309, integers
of thousands of digits, deep nesting, lone surrogates, year 1. The command either answers or
refuses with one line naming the key and exit status 2 — never a traceback, never status 1."""

import json

import pytest
from django.core.management.base import CommandError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases.core.inputs import PARSERS, InputError
from cases.management.commands.assess import _load, assess
from tests.test_assess_command import run

KEYS = [*PARSERS, "contacts"]
CONTACT_KEYS = ["at", "channel", "answered", "third_party", "from"]

ODD_TOKENS = st.sampled_from(
    ["NaN", "-NaN", "Infinity", "-Infinity", "1e309", "-1e309", "1e-400", "9" * 5000, "-" + "9" * 5000,
     "1" + "0" * 4299, "0.1", "-1", "-0", "1.5", "true", "false", "null", '""', '" "', '"\\ud800"',
     '"\\u0000"', '"sms"', '"call"', '"borrower"', '"insult"', '"2026-11-20T23:10"', '"0001-01-01T00:00"',
     '"0001-01-01T00:00+14:00"', '"9999-12-31T23:59-12:00"', '"1e999999999"', '"-5"', '"NaN"', '"Infinity"',
     '"１２３"', '"፩"', '"⓵"', "[]", "{}", '"' + "催" * 20_001 + '"']
)  # fmt: skip
LEAF = st.one_of(
    ODD_TOKENS,
    st.text(max_size=30).map(json.dumps),
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(lambda f: json.dumps(f)),
)


def _array(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _contact(fields: dict[str, str]) -> str:
    return "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in fields.items()) + "}"


VALUE = st.recursive(
    LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(_array),
        st.dictionaries(st.sampled_from(CONTACT_KEYS), inner, max_size=5).map(_contact),
    ),
    max_leaves=8,
)
DEEP = st.builds(lambda n, leaf: "[" * n + leaf + "]" * n, st.integers(1, 3000), LEAF)
INPUT = st.dictionaries(st.sampled_from(KEYS), st.one_of(VALUE, DEEP), max_size=5).map(
    lambda obj: "{" + ", ".join(f'"{k}": {v}' for k, v in obj.items()) + "}"
)


def assess_text(text: str) -> dict | None:
    """The advice, or None when the input was refused the way the command refuses it."""
    try:
        return assess(_load(text))
    except CommandError as error:
        assert error.returncode == 2, str(error)
        return None
    except InputError as error:
        assert error.key in KEYS and f'"{error.key}"' in str(error), str(error)
        return None


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(text=INPUT)
def test_every_assess_key_answers_or_names_itself_whatever_the_value(text):
    result = assess_text(text)
    assert result is None or result["verdict"]


ODD_INPUTS = [
    '{"overdue_days": NaN, "lender": ' + "[" * 3000 + "]" * 3000 + "}",
    '{"amount_claimed": 1e309, "principal": -Infinity}',
    '{"other_debts": ' + "9" * 5000 + "}",
    '{"contacts": [{"at": "0001-01-01T00:00+14:00", "channel": ["call"]}]}',
    '{"message": "\\udfff", "threats": [{}]}',
    '{"annual_rate": "NaN", "repay_ability": 1}',
]


@pytest.mark.parametrize("text", ODD_INPUTS, ids=range(len(ODD_INPUTS)))
def test_the_command_itself_never_prints_a_traceback_on_odd_input(text):
    proc = run("-", stdin=text)
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.returncode == 2, proc.stderr
