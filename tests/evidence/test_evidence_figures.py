"""Night and frequency counting on a Beijing clock, across midnight and time zones."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from evidence_helpers import china, log

from cases.core.sources import law
from evidence.log import read as read_log
from evidence.timeline import figures

pytestmark = pytest.mark.django_db


def test_it_counts_contacts_between_22_and_08(alice_case):
    for hour, minute in [(21, 59), (22, 0), (23, 59), (0, 30), (7, 59), (8, 0), (12, 0)]:
        day = 21 if hour < 12 else 20
        log(alice_case, china(2026, 11, day, hour, minute), channel="sms")
    numbers = figures(read_log(alice_case))
    assert numbers.total == 7
    assert numbers.night_contacts == 4


def test_it_reads_times_from_other_zones_on_a_beijing_clock(alice_case):
    log(alice_case, datetime(2026, 11, 20, 15, 30, tzinfo=UTC))  # 23:30 in Beijing
    log(alice_case, datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=-5))))  # 22:30 in Beijing
    log(alice_case, datetime(2026, 11, 20, 3, 0, tzinfo=UTC))  # 11:00 in Beijing
    assert figures(read_log(alice_case)).night_contacts == 2


def test_it_counts_days_on_a_beijing_calendar(alice_case):
    # 15:30 UTC on the 20th and 16:30 UTC on the 20th fall on the 20th and the 21st in Beijing.
    log(alice_case, datetime(2026, 11, 20, 15, 30, tzinfo=UTC))
    log(alice_case, datetime(2026, 11, 20, 16, 30, tzinfo=UTC))
    per_day = dict(figures(read_log(alice_case)).per_day)
    assert per_day == {china(2026, 11, 20).date(): 1, china(2026, 11, 21).date(): 1}


def test_it_flags_a_day_with_more_than_3_answered_calls(alice_case):
    for hour in (9, 11, 14, 17):
        log(alice_case, china(2026, 11, 20, hour, 0))
    numbers = figures(read_log(alice_case))
    assert numbers.days_over_limit == (china(2026, 11, 20).date(),)
    assert numbers.max_answered_per_day == 4


def test_it_allows_3_answered_calls(alice_case):
    for hour in (9, 11, 14):
        log(alice_case, china(2026, 11, 20, hour, 0))
    assert figures(read_log(alice_case)).days_over_limit == ()


def test_it_splits_calls_at_midnight_beijing_time(alice_case):
    # Four answered calls within an hour, but two before and two after midnight in Beijing.
    for at in (
        china(2026, 11, 20, 23, 20),
        china(2026, 11, 20, 23, 50),
        china(2026, 11, 21, 0, 10),
        china(2026, 11, 21, 0, 40),
    ):
        log(alice_case, at)
    assert figures(read_log(alice_case)).days_over_limit == ()


def test_it_joins_calls_from_different_zones_on_one_beijing_day(alice_case):
    # 01:00 UTC, 04:00 UTC, 20:00 (UTC-5 the day before) and 10:00 Beijing are all on the 21st in Beijing.
    for at in (
        datetime(2026, 11, 21, 1, 0, tzinfo=UTC),
        datetime(2026, 11, 21, 4, 0, tzinfo=UTC),
        datetime(2026, 11, 20, 20, 0, tzinfo=timezone(timedelta(hours=-5))),
        china(2026, 11, 21, 10, 0),
    ):
        log(alice_case, at)
    assert figures(read_log(alice_case)).days_over_limit == (china(2026, 11, 21).date(),)


def test_it_flags_more_than_6_attempts(alice_case):
    for minute in range(7):
        log(alice_case, china(2026, 11, 20, 10, minute), answered=False)
    numbers = figures(read_log(alice_case))
    assert numbers.days_over_limit == (china(2026, 11, 20).date(),)
    assert numbers.max_attempts_per_day == 7


def test_it_allows_6_unanswered_attempts(alice_case):
    for minute in range(6):
        log(alice_case, china(2026, 11, 20, 10, minute), answered=False)
    assert figures(read_log(alice_case)).days_over_limit == ()


def test_it_counts_answered_calls_per_debtor_across_every_number(alice_case):
    for hour, number in [(9, "A"), (10, "A"), (11, "B"), (12, "B")]:
        log(alice_case, china(2026, 11, 20, hour, 0), source=number)
    assert len(figures(read_log(alice_case)).days_over_limit) == 1


def test_it_counts_third_parties_by_who(alice_case):
    log(alice_case, china(2026, 11, 20, 10, 0), target="family")
    log(alice_case, china(2026, 11, 20, 11, 0), target="family", channel="sms")
    log(alice_case, china(2026, 11, 20, 12, 0), target="employer")
    log(alice_case, china(2026, 11, 20, 13, 0))
    numbers = figures(read_log(alice_case))
    assert numbers.third_party_contacts == 3
    assert numbers.by_target == (("我的家人", 2), ("我的单位、同事或领导", 1))


def test_it_names_the_rules_broken_with_their_sources(alice_case):
    log(alice_case, china(2026, 11, 20, 23, 0), target="friend")
    for hour in (9, 10, 11, 12):
        log(alice_case, china(2026, 11, 21, hour, 0))
    breaches = figures(read_log(alice_case)).breaches
    sources = {s for b in breaches for s in b.sources}
    assert {law("4b.3"), law("4c.2"), law("4b.2"), law("4c.3")} <= sources
    assert len(breaches) == 3


def test_it_breaks_no_rule_for_a_quiet_log(alice_case):
    log(alice_case, china(2026, 11, 20, 10, 0), channel="sms")
    assert figures(read_log(alice_case)).breaches == ()


def test_it_shows_the_figures_on_the_log_page(alice_client, alice_case):
    log(alice_case, china(2026, 11, 20, 23, 0))
    html = alice_client.get(f"/case/{alice_case.id}/evidence/").text
    assert "晚上10点到早上8点之间：<strong>1</strong> 次" in html
    assert "这些做法违反了规定" in html
    assert "GB/T 45251" in html and "4b.3" not in html
