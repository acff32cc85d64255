"""Project-wide guards in the style of djangoproject.com's test suite."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from tests.support import answer, start_case

pytestmark = pytest.mark.django_db

ASSET_ATTRS = re.compile(
    r"""<(?:script|link|img|iframe|source|video|audio)\b[^>]*?(?:src|href)\s*=\s*["']([^"']+)""", re.I
)


def test_there_are_no_pending_migrations():
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def every_page(client):
    """(url, expected title) for every page a person can reach, with a case filled in."""
    case = start_case(client)
    answer(
        client,
        case,
        "message",
        {"message": "【安逸消费金融】您的借款已逾期3天，应还金额2,356.80元。如已还款请忽略。"},
    )
    answer(client, case, "relationship", {"relationship": "borrower"})
    pages = [("/", "收到催收消息怎么办")]
    for step in (
        "message",
        "findings",
        "channel",
        "sender",
        "relationship",
        "lender",
        "amounts",
        "threats",
        "demands",
        "repay",
    ):
        pages.append((f"/case/{case.id}/step/{step}/", "（第"))
    pages.append((f"/case/{case.id}/review/", "核对你的回答"))
    client.post(f"/case/{case.id}/review/")
    pages.append((f"/case/{case.id}/", "的案件"))
    return pages


def test_every_page_renders_with_its_title_and_exactly_one_h1(alice_client):
    for url, title in every_page(alice_client):
        response = alice_client.get(url)
        assert response.status_code == 200, url
        html = response.text
        page_title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert title in page_title, (url, page_title)
        assert page_title.endswith("· 催收应对顾问")
        assert len(re.findall(r"<h1\b", html)) == 1, url


def test_no_page_loads_anything_from_another_host(alice_client):
    for url, _ in every_page(alice_client):
        html = alice_client.get(url).text
        for ref in ASSET_ATTRS.findall(html):
            assert not re.match(r"(?:https?:)?//", ref), (url, ref)
        assert "@import" not in html and "url(http" not in html


def test_every_page_has_a_skip_link_and_the_emergency_number(alice_client):
    for url, _ in every_page(alice_client):
        html = alice_client.get(url).text
        assert 'href="#main"' in html
        assert 'href="tel:110"' in html


def test_the_404_page_is_plain_and_in_chinese(alice_client):
    response = alice_client.get("/case/00000000-0000-0000-0000-000000000000/")
    assert response.status_code == 404
    assert "没有找到" in response.text


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.text == "OK"


def test_every_response_carries_a_strict_content_security_policy(alice_client):
    for url, _ in every_page(alice_client)[:3]:
        response = alice_client.get(url)
        csp = response["Content-Security-Policy"]
        assert "default-src 'none'" in csp
        assert "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"


def test_the_home_page_offers_a_way_back_and_a_neutral_title(client):
    html = client.get("/").text
    assert 'href="/resume/"' in html
    assert 'action="/neutral-title/"' in html
    client.post("/neutral-title/", {"on": "1", "next": "/"})
    assert "<title>笔记</title>" in client.get("/").text
