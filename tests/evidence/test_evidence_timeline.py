"""The timeline: newest first, flags per entry, and a constant number of queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from evidence_helpers import china, log, png

from evidence.log import read as read_log
from evidence.models import Attachment, Entry
from evidence.timeline import timeline

pytestmark = pytest.mark.django_db


def fill(case, n: int) -> None:
    start = china(2026, 1, 1, 9, 0)
    Entry.objects.bulk_create(
        Entry(
            case=case,
            at=start + timedelta(hours=5 * i),
            channel=("call", "sms", "app")[i % 3],
            answered=i % 2 == 0,
            target="family" if i % 17 == 0 else "me",
            source=f"1380000{i % 7:04d}",
            text=f"第{i}次催收：今天必须还款，否则上门。" if i % 4 == 0 else "",
        )
        for i in range(n)
    )
    for entry in Entry.objects.filter(case=case).order_by("at")[:3]:
        Attachment.store(entry, png(), "a.png", "image", "image/png")


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_it_renders_1000_entries_in_as_many_queries_as_10(
    alice_client, alice_case, bob_client, bob_case, django_assert_num_queries
):
    fill(alice_case, 10)
    fill(bob_case, 1000)
    small = count_queries(alice_client, f"/case/{alice_case.id}/evidence/")
    with django_assert_num_queries(small):
        response = bob_client.get(f"/case/{bob_case.id}/evidence/")
    assert response.text.count('<li class="entry') == 1000


def test_it_lists_the_newest_first(alice_case):
    log(alice_case, china(2026, 11, 20, 10, 0), text="早的")
    log(alice_case, china(2026, 11, 21, 10, 0), text="晚的")
    assert [item.entry.text for item in timeline(read_log(alice_case))] == ["晚的", "早的"]


def test_it_gives_each_entry_its_flags(alice_case):
    log(alice_case, china(2026, 11, 20, 23, 30), target="family")
    log(alice_case, china(2026, 11, 21, 10, 0), channel="sms", text="不还钱就爆你通讯录，告诉你全家！")
    log(alice_case, china(2026, 11, 21, 12, 0), channel="sms", text="请按时还款")
    items = timeline(read_log(alice_case))
    codes = [{flag.code for flag in item.flags} for item in items]
    assert codes[0] == set()
    assert "exposure_threat" in codes[1]
    assert codes[2] == {"night_contact", "third_party_contacted"}
    assert items[2].night


def test_it_marks_the_calls_on_a_day_over_the_limit(alice_case):
    for hour in (9, 10, 11, 12):
        log(alice_case, china(2026, 11, 20, hour, 0))
    log(alice_case, china(2026, 11, 20, 13, 0), channel="sms")
    flagged = [
        item.entry.channel
        for item in timeline(read_log(alice_case))
        if any(f.code == "excessive_frequency" for f in item.flags)
    ]
    assert flagged == ["call"] * 4


def test_it_never_renders_user_text_as_html(alice_client, alice_case):
    log(
        alice_case,
        china(2026, 11, 20, 10, 0),
        text="<script>alert(1)</script> 点这里 https://evil.example/pay",
        source="<b>x</b>",
    )
    html = alice_client.get(f"/case/{alice_case.id}/evidence/").text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<b>x</b>" not in html
    assert 'href="https://evil.example' not in html


def test_it_has_one_h1_and_a_title(alice_client, alice_case):
    log(alice_case, china(2026, 11, 20, 10, 0))
    for path in ("", "add/", "checklist/", "index/"):
        html = alice_client.get(f"/case/{alice_case.id}/evidence/{path}").text
        assert html.count("<h1") == 1, path
        assert "· 催收应对顾问</title>" in html
        assert 'style="' not in html and "<script" not in html


def test_it_requires_ownership(alice_case, charlie_client):
    assert charlie_client.get(f"/case/{alice_case.id}/evidence/").status_code == 404
