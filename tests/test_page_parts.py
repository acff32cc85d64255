"""Pages remembered per change of the case file (cases/pages.py): every change shows at once,
nothing of one visitor's session reaches another, and a remembered page is the page."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client, override_settings
from django.utils import timezone

from documents.models import Complaint
from tests.conftest import answer, start_case
from tests.evidence.evidence_helpers import form_data

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
NO_PAGE_CACHE = {**settings.CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


@pytest.fixture
def case(client):
    case = start_case(client)
    answer(client, case, "relationship", {"relationship": "borrower"})
    answer(client, case, "threats", {"threats": ["insult"]})
    return case


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.text


def test_the_case_page_shows_a_new_log_entry_at_once(client, case):
    assert "开始记录" in page(client, f"/case/{case.id}/")
    client.post(f"/case/{case.id}/evidence/add/", form_data(at="2026-11-20T23:10"))
    html = page(client, f"/case/{case.id}/")
    assert "已记下 1 次联系" in html and "晚上10点到早上8点 1 次" in html


def test_the_case_page_shows_new_answers_at_once(client, case):
    assert "不是你的债" not in page(client, f"/case/{case.id}/")
    answer(client, case, "relationship", {"relationship": "not_borrower"})
    assert "不是你的债" in page(client, f"/case/{case.id}/")


def test_the_case_page_shows_ticks_and_complaints_at_once(client, case):
    assert "已勾 0 项" in page(client, f"/case/{case.id}/")
    checklist = page(client, f"/case/{case.id}/evidence/checklist/")
    codes = re.findall(r'name="ticked" value="([^"]+)"', checklist)[:2]
    client.post(f"/case/{case.id}/evidence/checklist/", {"ticked": codes})
    assert "已勾 2 项" in page(client, f"/case/{case.id}/")
    client.post(f"/case/{case.id}/documents/complaints/", {"channel": "nfra", "made_on": "2026-01-05"})
    assert "已提交的投诉" in page(client, f"/case/{case.id}/")


def test_the_timeline_shows_an_edited_entry_at_once(client, case):
    client.post(f"/case/{case.id}/evidence/add/", form_data(text="第一次说法"))
    assert "第一次说法" in page(client, f"/case/{case.id}/evidence/")
    entry_id = case.evidence_entries.get().pk
    client.post(f"/case/{case.id}/evidence/{entry_id}/edit/", form_data(text="改过的说法"))
    html = page(client, f"/case/{case.id}/evidence/")
    assert "改过的说法" in html and "第一次说法" not in html


def test_the_print_view_shows_the_complainant_at_once(client, case):
    assert "陈晓" not in page(client, f"/case/{case.id}/documents/print/")
    client.post(f"/case/{case.id}/documents/complainant/", {"name": "陈晓", "phone": "", "id_number": ""})
    assert "陈晓" in page(client, f"/case/{case.id}/documents/print/")


def test_the_print_view_follows_the_owners_other_cases(case):
    alice = User.objects.create_user("alice-parts", password="x" * 12)
    browser = Client()
    browser.force_login(alice)
    first, second = start_case(browser), start_case(browser)
    for one, lender, rate in ((first, "甲网贷", "36"), (second, "乙网贷", "24")):
        answer(browser, one, "relationship", {"relationship": "borrower"})
        answer(browser, one, "lender", {"lender": lender, "lender_kind": ""})
        answer(browser, one, "amounts", {"amount_claimed": "5000", "principal": "4000", "annual_rate": rate})
    assert "乙网贷" in page(browser, f"/case/{first.id}/documents/print/?doc=plan")
    answer(browser, second, "lender", {"lender": "丙网贷", "lender_kind": ""})
    html = page(browser, f"/case/{first.id}/documents/print/?doc=plan")
    assert "丙网贷" in html and "乙网贷" not in html


def test_a_complaint_becomes_overdue_the_next_day(client, case, monkeypatch):
    due_today = timezone.localdate() - timedelta(days=20)
    Complaint.objects.create(case=case, channel="credit_dispute", made_on=due_today)
    assert "已超过答复期限" not in page(client, f"/case/{case.id}/")
    tomorrow = timezone.localdate() + timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert "已超过答复期限" in page(client, f"/case/{case.id}/")


def test_a_second_visitor_gets_their_own_token_and_nothing_of_the_first(client, case):
    alice = User.objects.create_user("alice-visitor", password="x" * 12)
    client.force_login(alice)
    client.post(f"/case/{case.id}/keep/")
    assert "alice-visitor" in page(client, f"/case/{case.id}/")
    code = re.search(
        r"[A-Z2-9]{5}(?:-[A-Z2-9]{5}){3}", client.post(f"/case/{case.id}/resume-code/").text
    ).group(0)
    phone = Client()
    phone.post("/resume/", {"code": code})
    for url in (f"/case/{case.id}/", f"/case/{case.id}/evidence/", f"/case/{case.id}/documents/print/"):
        html = page(phone, url)
        assert "alice-visitor" not in html
        secret = phone.cookies[settings.CSRF_COOKIE_NAME].value
        assert all(_unmask_cipher_token(token) == secret for token in TOKEN.findall(html)), url


@pytest.mark.parametrize("path", ["", "evidence/", "documents/print/", "step/threats/"])
def test_a_remembered_page_is_the_page_rendered_afresh(client, case, path):
    client.post(f"/case/{case.id}/evidence/add/", form_data(text="再不还就告诉你全家"))
    url = f"/case/{case.id}/{path}"
    page(client, url)
    remembered = TOKEN.sub("", page(client, url))
    with override_settings(CACHES=NO_PAGE_CACHE):
        fresh = TOKEN.sub("", page(client, url))
    assert remembered == fresh


def test_the_remembered_parts_stay_in_the_workers_memory():
    # They hold decrypted answers: never the shared database cache.
    assert settings.CACHES["pages"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_a_page_with_several_forms_masks_its_token_once_and_the_token_works(db):
    browser = Client(enforce_csrf_checks=True)
    browser.get("/")
    start = browser.post("/start/", {"csrfmiddlewaretoken": TOKEN.search(browser.get("/").text).group(1)})
    case_url = start["Location"].split("step/")[0]
    tokens = TOKEN.findall(page(browser, case_url))
    assert len(tokens) >= 2 and len(set(tokens)) == 1
    assert browser.post(f"{case_url}resume-code/", {"csrfmiddlewaretoken": tokens[0]}).status_code == 200
