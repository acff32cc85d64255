"""Contact statistics: night window, per-day limits per collector, days on a China clock."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cases.core.contacts import ContactEvent, contact_stats, is_night
from cases.core.rules import CHINA_TZ


def at(day, hour, minute=0, tz=CHINA_TZ):
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def calls(day, n, answered=True, source=None, start=9):
    return [ContactEvent(at(day, start + i), "call", answered=answered, source=source) for i in range(n)]


def test_it_counts_nothing_for_no_events():
    stats = contact_stats([])
    assert (stats.total, stats.night_contacts, stats.days_over_limit) == (0, 0, ())


def test_it_refuses_a_naive_time():
    with pytest.raises(ValueError):
        ContactEvent(datetime(2026, 11, 20, 23, 0), "call")


@pytest.mark.parametrize(
    ("hour", "minute", "night"),
    [
        (21, 59, False),
        (22, 0, True),
        (23, 59, True),
        (0, 0, True),
        (7, 59, True),
        (8, 0, False),
        (12, 0, False),
    ],
)
def test_it_puts_the_night_window_from_22_to_8(hour, minute, night):
    assert is_night(at(20, hour, minute)) is night


def test_it_reads_the_night_window_on_a_china_clock_whatever_the_offset():
    # 15:30 UTC is 23:30 in Beijing; 01:00 UTC is 09:00 in Beijing.
    assert is_night(datetime(2026, 11, 20, 15, 30, tzinfo=UTC))
    assert not is_night(datetime(2026, 11, 20, 1, 0, tzinfo=UTC))
    new_york = timezone(timedelta(hours=-5))
    assert is_night(datetime(2026, 11, 20, 10, 0, tzinfo=new_york))  # 23:00 Beijing


def test_it_buckets_days_on_a_china_clock_across_midnight():
    utc_late = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # 01:00 on the 21st in Beijing
    stats = contact_stats([ContactEvent(utc_late, "call")])
    assert list(stats.per_day) == [datetime(2026, 11, 21).date()]


def test_it_counts_night_contacts_of_every_channel():
    events = [
        ContactEvent(at(20, 23, 10), "call"),
        ContactEvent(at(21, 6, 50), "sms"),
        ContactEvent(at(21, 9), "sms"),
    ]
    assert contact_stats(events).night_contacts == 2


def test_it_allows_three_answered_calls_a_day():
    assert contact_stats(calls(18, 3)).days_over_limit == ()


def test_it_flags_a_fourth_answered_call_in_a_day():
    stats = contact_stats(calls(18, 4))
    assert stats.days_over_limit == (datetime(2026, 11, 18).date(),)
    assert stats.max_answered_per_day == 4


def test_it_allows_six_unanswered_attempts_a_day():
    assert contact_stats(calls(18, 6, answered=False)).days_over_limit == ()


def test_it_flags_a_seventh_attempt_in_a_day():
    stats = contact_stats(calls(18, 7, answered=False))
    assert stats.days_over_limit and stats.max_attempts_per_day == 7 and stats.max_answered_per_day == 0


def test_it_counts_answered_calls_per_debtor_across_every_number():
    events = calls(18, 3, source="A") + calls(18, 3, source="B", start=13)
    assert len(contact_stats(events).days_over_limit) == 1


def test_it_counts_unanswered_attempts_per_number():
    unanswered = [
        ContactEvent(at(18, 8 + i), "call", answered=False, source=s) for i, s in enumerate("AABBAABB")
    ]
    assert contact_stats(unanswered).days_over_limit == ()


def test_it_counts_the_limit_per_day():
    assert contact_stats(calls(18, 3) + calls(19, 3)).days_over_limit == ()


def test_it_does_not_count_messages_as_calls():
    events = [ContactEvent(at(18, 9 + i), "sms") for i in range(10)]
    assert contact_stats(events).days_over_limit == ()


def test_it_counts_third_party_contacts_apart_from_the_debtors_limit():
    events = [ContactEvent(at(18, 9 + i), "call", third_party=True) for i in range(5)]
    stats = contact_stats(events)
    assert stats.third_party_contacts == 5
    assert stats.days_over_limit == ()
