"""Whatever a person (or someone who tricked them) types, it is shown as text and never runs.

Each payload goes into every text field of every form the case pages lead to — the pasted
message, the lender, the evidence log, titles, … — and then every page is read back.
"""

import html
import re

import pytest

from tests.security.conftest import walk
from tests.security.crawl import post_forms, text_of

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "http://evil.example/x",
    '<a href="http://evil.example/x">点这里还款</a>',
    "'><svg onload=alert(1)>",
    "请点 www.evil.example/pay 还款",
    "<iframe src=//evil.example></iframe>",
]
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=\"/static/)[^>]*>", re.I)
TEXT_KINDS = {"text", "textarea", "search", "tel", "url", "email"}
URL_ATTRS = {"href", "src", "action", "formaction", "srcset", "data", "poster", "xlink:href"}


def fill_every_text_field(client, forms, payload: str) -> int:
    sent = 0
    for form in forms:
        data = form.defaults()
        texts = [f for f in form.fields.values() if f.kind in TEXT_KINDS]
        if not texts:
            continue
        for f in form.fields.values():
            if f.kind == "radio" and f.options:
                data[f.name] = f.options[0]
            elif f.kind in TEXT_KINDS:
                data[f.name] = payload[: f.maxlength] if f.maxlength else payload
        response = client.post(form.action, data)
        assert response.status_code < 500, (form.action, response.status_code)
        sent += 1
    return sent


def assert_inert(page, payload: str) -> None:
    where = f"{payload!r} on {page.path}"
    for tag, attrs in page.tags:
        if tag == "script":  # the site's own files only: the CSP forbids inline script anyway
            assert attrs.get("src", "").startswith("/static/"), f"<script {attrs}> from {where}"
        assert tag not in ("iframe", "object", "embed", "svg", "base", "meta-refresh"), (
            f"<{tag}> from {where}"
        )
        for name, value in attrs.items():
            assert not name.startswith("on"), f"event handler {name}= from {where}"
            if name in URL_ATTRS:
                v = value.strip().lower()
                assert not v.startswith(("javascript:", "data:text", "vbscript:")), (
                    f"{name}={value} from {where}"
                )
                assert "evil.example" not in v, f"a link to {value} from {where}"
        if tag == "img":
            assert attrs.get("src", "").startswith(("/static/", "data:")), (
                f"<img src={attrs.get('src')}> {where}"
            )
    assert not INLINE_SCRIPT.search(page.html), f"inline <script> from {where}"
    if "<" in payload:
        assert payload not in page.html, f"unescaped {where}"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_in_every_text_field_is_shown_as_text_and_never_runs(person, payload):
    client, case = person
    forms = post_forms(walk(client, case))
    assert fill_every_text_field(client, forms, payload) >= 2  # at least the message and the lender

    client.post(f"/case/{case.id}/review/")
    pages = walk(client, case)
    assert len(pages) >= 10
    for page in pages.values():
        assert_inert(page, payload)
    shown = [p.path for p in pages.values() if payload[:20] in html.unescape(text_of(p.html))]
    assert shown, f"{payload!r} is not shown anywhere: it should be visible, as text"
