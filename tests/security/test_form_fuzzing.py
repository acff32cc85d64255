"""Hypothesis throws odd input at every form a person can reach: never a 500, and every refusal
names its field (「label」…), because on a phone the message may be read far from its box.

The forms are found by walking the site from a finished case (tests/security/crawl.py), so a
new form is fuzzed as soon as a page links to it.
"""

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security.conftest import walk
from tests.security.crawl import Field, Form, post_forms

pytestmark = pytest.mark.django_db

ODD_TEXT = st.sampled_from(
    ["", " ", "0", "-1", "1e309", "NaN", "inf", "１２３４", "¥5,200元", "3.14159", "9" * 40, "\x00",
     "2026-02-30T25:61", "2026-11-20", "<script>alert(1)</script>", "' OR 1=1 --", "𠮷" * 50,
     "催" * 20_001, "\u202e\u200b", "null", "[]", "{}", "፩", "⓵", "٣", "1" * 5000, "0001-01-01T00:00",
     "0001-01-01 00:00:00", "9999-12-31T23:59"]
)  # fmt: skip
TEXT = st.one_of(ODD_TEXT, st.text(max_size=80), st.text(alphabet="0123456789.,-¥元 ", max_size=12))
# Field-bound errors as the templates render them: _form.html's invalid-feedback, Django's errorlist.
FIELD_ERROR = re.compile(
    r'<(?:span|div|p)[^>]*class="[^"]*invalid-feedback[^"]*"[^>]*>(.*?)</(?:span|div|p)>'
    r'|<ul class="errorlist"(?: id="[^"]*")?>(.*?)</ul>',
    re.S,
)


def value_for(field: Field):
    if field.kind in ("radio", "select"):
        return st.sampled_from([*field.options, "", "not-a-choice", "<b>x</b>"])
    if field.kind == "checkbox":
        return st.lists(st.sampled_from([*field.options, "bogus"]), max_size=4)
    if field.kind == "file":
        return st.one_of(
            st.none(),
            st.builds(
                lambda name, data: SimpleUploadedFile(name or "x", data),
                st.sampled_from(["a.png", "shot.jpg", "x.pdf", "../../etc/passwd", "a.svg", "", "录音.m4a"]),
                st.one_of(st.binary(max_size=512), st.just(b"\x89PNG\r\n\x1a\n" + bytes(64))),
            ),
        )
    return TEXT


def form_data(form: Form):
    fields = {f.name: value_for(f) for f in form.fields.values() if f.name != "csrfmiddlewaretoken"}
    return st.fixed_dictionaries({}, optional=fields)


def field_errors(html: str) -> list[str]:
    found = []
    for span, items in FIELD_ERROR.findall(html):
        chunks = re.findall(r"<li>(.*?)</li>", items, re.S) if items else [span]
        found += [unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in chunks]
    return [e for e in found if e]


def test_every_form_survives_odd_input_and_names_the_field_it_refuses(person):
    client, case = person
    forms = one_per_view(post_forms(walk(client, case)))
    assert len(forms) >= 10, [f.action for f in forms]

    failures = {}
    checked: list[str] = []
    for form in forms:
        try:
            fuzz(client, form, checked)
        except Exception as error:
            failures[form.action] = f"{type(error).__name__}: {str(error)[:600]}"
    assert not failures, "\n\n".join(f"{action}:\n{error}" for action, error in failures.items())
    # The error markup is still what field_errors() reads: odd input does produce field errors.
    assert len(checked) >= 20, f"only {len(checked)} field errors seen: has the error markup changed?"


def one_per_view(forms: list[Form]) -> list[Form]:
    """One form per view and field set: the five letter pages share one form, fuzz it once."""
    kept = {}
    for form in forms:
        match = resolve(urlsplit(form.action).path)
        kept.setdefault((match.view_name, tuple(sorted(form.fields))), form)
    return list(kept.values())


def fuzz(client, form: Form, checked: list[str]) -> None:
    """Post `form` with odd input until Hypothesis gives up finding a failure (bounded)."""

    @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=form_data(form))
    def post_odd_input(data):
        payload = {k: v for k, v in data.items() if v is not None}
        response = client.post(form.action, payload)
        assert response.status_code < 500, (form.action, payload, response.status_code)
        if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
            for error in field_errors(response.content.decode()):
                assert error.startswith("「") and "」" in error, (form.action, payload, error)
                checked.append(error)

    post_odd_input()
