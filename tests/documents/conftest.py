"""Fixtures for the documents pages: cases in the situations the documents are for, and every
template rendered so that printing a missing variable shows INVALID and fails the test (Django's
`string_if_invalid`, as djangoproject.com's checklists tests use it)."""

import copy
from datetime import datetime

import pytest
from django.test import Client

from cases.core.rules import CHINA_TZ
from evidence.models import Attachment, Entry
from tests.support import by_step, finished_case
from tests.support import case_with_answers as make_case  # noqa: F401  (for the documents tests)

INVALID = "INVALID:"

MESSAGE = (
    "【安逸消费金融】陈晓你好，你的借款已逾期17天，应还2,356.80元。今天不还就爆你通讯录，"
    "通知你单位。速还款到户名：王大力，卡号6222 0212 3456 7890，联系13912345678。"
)


@pytest.fixture(autouse=True)
def strict_templates(settings):
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["OPTIONS"]["string_if_invalid"] = f"{INVALID} %s"
    settings.TEMPLATES = templates


def get(client: Client, url: str, status: int = 200, **kw):
    response = client.get(url, **kw)
    assert response.status_code == status, (url, response.status_code)
    if status == 200:
        assert INVALID not in response.text, (url, response.text[response.text.find(INVALID) - 200 :][:400])
    return response


def post(client: Client, url: str, data: dict, status: int = 200):
    response = client.post(url, data)
    assert response.status_code == status, (url, response.status_code)
    if status == 200:
        assert INVALID not in response.text, url
    return response


BORROWER = {
    "channel": "sms",
    "sender": "official",
    "relationship": "borrower",
    "lender": "安逸消费金融",
    "lender_kind": "consumer_finance",
    "amount_claimed": "2356.80",
    "principal": "2000",
    "overdue_days": 17,
    "threats": ["insult", "night_contact", "exposure_threat"],
    "repay_ability": "part",
    "monthly_budget": "1000",
}


CONTACT = {
    "channel": "call",
    "sender": "private",
    "relationship": "contact",
    "lender": "快借钱",
    "threats": ["third_party_contacted", "insult"],
}


@pytest.fixture
def borrower_case(alice_client):
    """A borrower's case, the questionnaire finished as a person fills it in."""
    return finished_case(alice_client, by_step(BORROWER))


@pytest.fixture
def contact_case(alice_client):
    """Someone contacted about another person's loan: the money steps are not asked."""
    return finished_case(alice_client, by_step(CONTACT))


def log_evidence(case):
    """Two logged contacts, the first with a screenshot."""
    first = Entry.objects.create(
        case=case,
        at=datetime(2026, 1, 5, 23, 10, tzinfo=CHINA_TZ),
        channel="call",
        source="13800001111",
        text="催收员骂我是老赖，说要打电话给我单位领导",
    )
    Attachment.store(first, b"\x89PNG fake screenshot bytes", "截图-陈晓.png", "image", "image/png")
    Entry.objects.create(
        case=case,
        at=datetime(2026, 1, 6, 9, 0, tzinfo=CHINA_TZ),
        channel="sms",
        source="106900001234",
        text="再不还款就爆通讯录",
    )
    return first.attachments.get()
