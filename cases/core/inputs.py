"""Checking the JSON object `manage.py assess` reads, and turning it into typed answers.

Every key is optional. An unknown key or a bad value raises `InputError` whose message names the
key verbatim, so the command can print one clear line instead of a traceback.

>>> answers, contacts = parse_assess_input({"channel": "sms", "amount_claimed": 4800})
>>> answers["amount_claimed"]
Decimal('4800')
>>> parse_assess_input({"colour": "red"})
Traceback (most recent call last):
...
cases.core.inputs.InputError: unknown key "colour"
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .codes import CHANNELS, DEMANDS, FLAGS, MAX_MESSAGE_CHARS, RELATIONSHIPS, REPAY_ABILITY, SENDERS
from .contacts import ContactEvent
from .rules import CHINA_TZ, LENDER_KINDS


class InputError(ValueError):
    """A bad input. `key` is the offending key; str(error) is one line that names it."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


# Far above any real amount, rate or count, far below what could overflow the arithmetic.
MAX_NUMBER = Decimal("1e12")
MAX_COUNT = 100_000
# Contact times: nobody logs a collector's call from before this (year 1 in China time is before
# the first moment a datetime can hold in UTC).
EARLIEST_YEAR = 1990


def _valid_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")  # a lone surrogate ("\ud800" in the JSON) cannot be encoded
    except UnicodeEncodeError:
        return False
    return True


def _text(key: str, limit: int) -> Callable[[Any], str | None]:
    def parse(value: Any) -> str | None:
        if not isinstance(value, str):
            raise InputError(key, f'"{key}" must be a string')
        if not _valid_unicode(value):
            raise InputError(key, f'"{key}" must be valid Unicode text')
        if len(value) > limit:
            raise InputError(key, f'"{key}" is too long ({len(value)} characters, the limit is {limit})')
        return value.strip() or None

    return parse


def _choice(key: str, table: dict[str, Any]) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if not isinstance(value, str) or value not in table:
            raise InputError(key, f'"{key}" must be one of: {" ".join(table)}')
        return value

    return parse


def _decimal(key: str, what: str) -> Callable[[Any], Decimal]:
    def parse(value: Any) -> Decimal:
        # bool is an int in Python, but `true` is never an amount.
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise InputError(key, f'"{key}" must be {what}')
        try:
            number = Decimal(str(value).strip().replace(",", ""))
        except InvalidOperation:
            raise InputError(key, f'"{key}" must be {what}') from None
        if not number.is_finite() or number < 0:
            raise InputError(key, f'"{key}" must be {what}')
        if number > MAX_NUMBER:
            raise InputError(key, f'"{key}" is too large (the limit is {MAX_NUMBER:,.0f})')
        return number

    return parse


def _count(key: str, what: str) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError(key, f'"{key}" must be {what}')
        if isinstance(value, float) and (not math.isfinite(value) or value != int(value)):
            raise InputError(key, f'"{key}" must be {what}')
        if value < 0:
            raise InputError(key, f'"{key}" must be {what}')
        if value > MAX_COUNT:
            raise InputError(key, f'"{key}" is too large (the limit is {MAX_COUNT:,})')
        return int(value)

    return parse


def _codes(key: str, table: dict[str, Any], what: str) -> Callable[[Any], list[str]]:
    def parse(value: Any) -> list[str]:
        if not isinstance(value, list):
            raise InputError(key, f'"{key}" must be a list of {what}')
        for i, item in enumerate(value):
            if not isinstance(item, str) or item not in table:
                raise InputError(key, f'"{key}"[{i}] is not one of the {what}: {item!r}')
        return list(dict.fromkeys(value))

    return parse


def _date(key: str) -> Callable[[Any], date]:
    def parse(value: Any) -> date:
        try:
            day = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        if day is None or day.year < 1990 or day > date(2100, 1, 1):
            raise InputError(key, f'"{key}" must be a date like "2024-05-20"')
        return day

    return parse


def _datetime(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise InputError("contacts", f"{where}.at must be an ISO datetime")
    try:
        at = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError("contacts", f"{where}.at must be an ISO datetime") from None
    # Without an offset, the time is what the person saw on a mainland-China clock.
    at = at if at.tzinfo is not None else at.replace(tzinfo=CHINA_TZ)
    try:
        at.astimezone(CHINA_TZ)
    except OverflowError:
        at = None
    if at is None or at.year < EARLIEST_YEAR:
        raise InputError("contacts", f"{where}.at must be a time in {EARLIEST_YEAR} or later")
    return at


def _flag(value: Any, where: str, name: str, default: bool) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise InputError("contacts", f"{where}.{name} must be true or false")
    return value


_CONTACT_KEYS = ("at", "channel", "answered", "third_party", "from")


def parse_contacts(value: Any) -> list[ContactEvent]:
    """The "contacts" list: one event per call, message or visit.

    >>> parse_contacts([{"at": "2026-11-20T23:10:00"}])[0].at.isoformat()
    '2026-11-20T23:10:00+08:00'
    """
    if not isinstance(value, list):
        raise InputError("contacts", '"contacts" must be a list of contact events')
    events = []
    for i, item in enumerate(value):
        where = f'"contacts"[{i}]'
        if not isinstance(item, dict):
            raise InputError("contacts", f'{where} must be an object with at least an "at" time')
        for key in item:
            if key not in _CONTACT_KEYS:
                raise InputError("contacts", f'{where} has an unknown key "{key}"')
        if "at" not in item:
            raise InputError("contacts", f"{where}.at must be an ISO datetime")
        channel = item.get("channel") or "call"
        if not isinstance(channel, str) or channel not in CHANNELS:
            raise InputError("contacts", f"{where}.channel must be one of: {' '.join(CHANNELS)}")
        source = item.get("from")
        if source is not None and not (isinstance(source, str) and _valid_unicode(source)):
            raise InputError("contacts", f"{where}.from must be a string")
        events.append(
            ContactEvent(
                at=_datetime(item["at"], where),
                channel=channel,
                answered=_flag(item.get("answered"), where, "answered", True),
                third_party=_flag(item.get("third_party"), where, "third_party", False),
                source=source or None,
            )
        )
    return events


# The contract's keys (design.md), then the questionnaire's extra answers, also accepted here.
PARSERS: dict[str, Callable[[Any], Any]] = {
    "message": _text("message", MAX_MESSAGE_CHARS),
    "channel": _choice("channel", CHANNELS),
    "sender": _choice("sender", SENDERS),
    "relationship": _choice("relationship", RELATIONSHIPS),
    "lender": _text("lender", 200),
    "amount_claimed": _decimal("amount_claimed", "a number of yuan"),
    "principal": _decimal("principal", "a number of yuan"),
    "overdue_days": _count("overdue_days", "a whole number of days, 0 or more"),
    "annual_rate": _decimal("annual_rate", "a yearly rate in percent, e.g. 24"),
    "threats": _codes("threats", FLAGS, "flag codes"),
    "demands": _codes("demands", DEMANDS, "demand codes"),
    "repay_ability": _choice("repay_ability", REPAY_ABILITY),
    "monthly_budget": _decimal("monthly_budget", "a number of yuan"),
    "lender_kind": _choice("lender_kind", LENDER_KINDS),
    "other_debts": _count("other_debts", "a whole number, 0 or more"),
    "loan_date": _date("loan_date"),
    "instalment": _decimal("instalment", "a number of yuan paid each month"),
    "instalments": _count("instalments", "a whole number of monthly payments"),
}


def parse_assess_input(obj: Any) -> tuple[dict[str, Any], list[ContactEvent]]:
    """Typed answers (for `Facts.build`) and contact events from one assess input object."""
    if not isinstance(obj, dict):
        raise InputError("input", 'the input must be one JSON object, like {"message": "…"}')
    for key in obj:
        if key not in PARSERS and key != "contacts":
            raise InputError(key, f'unknown key "{key}"')
    answers: dict[str, Any] = {}
    for key, parse in PARSERS.items():
        value = obj.get(key)
        answers[key] = None if value is None else parse(value)
    contacts = parse_contacts(obj["contacts"]) if obj.get("contacts") is not None else []
    return answers, contacts
