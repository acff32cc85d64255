"""Recording a contact: every channel, the form's defaults, and nothing lost on an error."""

from datetime import timedelta

import pytest
from evidence_helpers import form_data

from cases.core import codes
from evidence.models import Entry


def test_it_shows_the_form_with_the_time_now_and_the_upload_limit(alice_client, alice_case):
    response = alice_client.get(f"/case/{alice_case.id}/evidence/add/")
    assert response.status_code == 200
    html = response.text
    assert 'type="datetime-local"' in html
    assert "每个文件最大 20 MB" in html
    assert 'enctype="multipart/form-data"' in html
    for target in codes.CONTACT_TARGETS.values():
        assert target.label in html


@pytest.mark.parametrize("channel", list(codes.CHANNELS))
def test_it_records_every_channel(alice_client, alice_case, channel):
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/",
        form_data(channel=channel, source="95188", text="请尽快还款", answered="no"),
    )
    assert response.status_code == 302
    assert response["Location"] == f"/case/{alice_case.id}/evidence/"
    entry = Entry.objects.get(case=alice_case)
    assert entry.channel == channel
    assert entry.source == "95188"
    assert entry.text == "请尽快还款"
    assert entry.answered is False
    assert entry.target == "me"


def test_it_reads_the_time_on_a_beijing_clock(alice_client, alice_case):
    alice_client.post(f"/case/{alice_case.id}/evidence/add/", form_data(at="2026-11-20T23:10"))
    entry = Entry.objects.get(case=alice_case)
    assert entry.at.isoformat() in ("2026-11-20T15:10:00+00:00",)


def test_it_records_who_was_contacted(alice_client, alice_case):
    alice_client.post(f"/case/{alice_case.id}/evidence/add/", form_data(target="employer"))
    assert Entry.objects.get(case=alice_case).target == "employer"


def test_it_keeps_what_was_typed_when_something_is_wrong(alice_client, alice_case):
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/",
        form_data(at="not a time", source="13912345678", text="再不还钱就找你单位"),
    )
    assert response.status_code == 200
    assert not Entry.objects.exists()
    html = response.text
    assert "「什么时候」" in html
    assert "13912345678" in html
    assert "再不还钱就找你单位" in html


def test_it_refuses_a_time_in_the_future(alice_client, alice_case):
    from django.utils import timezone

    later = timezone.localtime() + timedelta(days=1)
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/", form_data(at=f"{later:%Y-%m-%dT%H:%M}")
    )
    assert response.status_code == 200
    assert "时间不能晚于现在" in response.text


def test_it_refuses_text_over_the_product_limit(alice_client, alice_case):
    response = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/", form_data(text="催" * (codes.MAX_MESSAGE_CHARS + 1))
    )
    assert response.status_code == 200
    assert "「对方说了什么」太长了" in response.text


def test_it_rejects_other_methods(alice_client, alice_case):
    assert alice_client.put(f"/case/{alice_case.id}/evidence/add/").status_code == 405


def test_it_requires_ownership(charlie_client, alice_case):
    assert charlie_client.get(f"/case/{alice_case.id}/evidence/add/").status_code == 404
    response = charlie_client.post(f"/case/{alice_case.id}/evidence/add/", form_data())
    assert response.status_code == 404
    assert not Entry.objects.exists()


def test_it_shows_what_the_analyzer_finds_in_a_pasted_message(alice_client, alice_case):
    text = "你再不还钱，我们就爆你通讯录，告诉你全家和单位！"
    alice_client.post(f"/case/{alice_case.id}/evidence/add/", form_data(channel="sms", text=text))
    html = alice_client.get(f"/case/{alice_case.id}/evidence/").text
    assert f"对方说的话里有：{codes.FLAGS['exposure_threat'].label}" in html  # the message after saving
    assert html.count(codes.FLAGS["exposure_threat"].label) >= 2  # and the entry's flag
