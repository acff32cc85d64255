"""Complaint tracking: record each complaint; replies due only where a rule sets a limit."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from documents.models import Complaint
from tests.documents.conftest import get, post

pytestmark = pytest.mark.django_db


def url(case):
    return f"/case/{case.id}/documents/complaints/"


def test_it_records_a_complaint_with_its_reference(alice_client, borrower_case):
    response = alice_client.post(
        url(borrower_case), {"channel": "nfra", "reference": "GD-2026-0001", "made_on": "2026-01-05"}
    )
    assert response.status_code == 302 and response["Location"] == url(borrower_case)
    complaint = Complaint.objects.get(case=borrower_case)
    assert (complaint.channel, complaint.reference, complaint.made_on) == (
        "nfra",
        "GD-2026-0001",
        date(2026, 1, 5),
    )
    html = get(alice_client, url(borrower_case)).text
    assert "银行保险消费者投诉热线 12378" in html and "GD-2026-0001" in html and "2026年1月5日" in html


def test_the_reference_is_encrypted_at_rest(alice_client, borrower_case):
    Complaint.objects.create(
        case=borrower_case, channel="nfra", reference="GD-SECRET-42", made_on=date(2026, 1, 5)
    )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT reference FROM documents_complaint")
        (stored,) = cursor.fetchone()
    assert "GD-SECRET-42" not in stored


def test_a_credit_dispute_is_due_in_20_days_with_its_source(alice_client, borrower_case):
    made = timezone.localdate() - timedelta(days=3)
    Complaint.objects.create(case=borrower_case, channel="credit_dispute", made_on=made)
    html = get(alice_client, url(borrower_case)).text
    due = made + timedelta(days=20)
    assert f"应在 <strong>{due.year}年{due.month}月{due.day}日</strong> 前答复" in html
    assert "《征信业管理条例》第二十五条" in html and "§" not in html


def test_a_12363_complaint_about_credit_is_due_in_30_days(alice_client, borrower_case):
    complaint = Complaint.objects.create(case=borrower_case, channel="pboc", made_on=date(2026, 1, 1))
    assert complaint.reply_due == date(2026, 1, 31)


def test_an_overdue_reply_is_shown_as_overdue(alice_client, borrower_case):
    Complaint.objects.create(
        case=borrower_case, channel="credit_dispute", made_on=timezone.localdate() - timedelta(days=21)
    )
    html = get(alice_client, url(borrower_case)).text
    assert "已超过答复期限" in html


def test_a_reply_due_today_is_not_overdue(alice_client, borrower_case):
    complaint = Complaint.objects.create(
        case=borrower_case, channel="credit_dispute", made_on=timezone.localdate() - timedelta(days=20)
    )
    assert not complaint.overdue


def test_channels_without_a_rule_show_no_due_date(alice_client, borrower_case):
    Complaint.objects.create(case=borrower_case, channel="nfra", made_on=date(2026, 1, 5))
    html = get(alice_client, url(borrower_case)).text
    assert "我们没有查到这个渠道必须在多少天内答复的规定" in html and "核查表" not in html
    assert "前答复" not in html


def test_a_future_date_and_an_unknown_channel_are_refused_with_the_field_named(alice_client, borrower_case):
    tomorrow = timezone.localdate() + timedelta(days=1)
    html = post(
        alice_client,
        url(borrower_case),
        {"channel": "nowhere", "reference": "留着我", "made_on": str(tomorrow)},
    ).text
    assert "「投诉到了哪里」请从列出的选项中选择。" in html
    assert "「投诉日期」不能晚于今天。" in html
    assert 'value="留着我"' in html
    assert not Complaint.objects.exists()


def test_the_channel_can_be_preselected_from_a_summary(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case) + "?channel=pipl").text
    assert '<option value="pipl" selected>' in html


def test_it_deletes_a_complaint(alice_client, borrower_case):
    complaint = Complaint.objects.create(case=borrower_case, channel="nfra", made_on=date(2026, 1, 5))
    response = alice_client.post(f"{url(borrower_case)}{complaint.pk}/delete/")
    assert response.status_code == 302
    assert not Complaint.objects.exists()


def test_complaints_go_when_the_case_goes(alice_client, borrower_case):
    Complaint.objects.create(case=borrower_case, channel="nfra", made_on=date(2026, 1, 5))
    borrower_case.delete()
    assert not Complaint.objects.exists()


def test_the_case_page_shows_documents_and_overdue_replies(alice_client, borrower_case):
    Complaint.objects.create(case=borrower_case, channel="credit_dispute", made_on=date(2020, 1, 1))
    html = get(alice_client, f"/case/{borrower_case.id}/").text
    section = html.split('id="documents-title"')[1]
    assert f"/case/{borrower_case.id}/documents/plan/" in section
    assert f"/case/{borrower_case.id}/documents/letters/stop_collection/" in section
    assert "征信异议" in section and "已超过答复期限" in section
