"""The Jinja2 environment (advisor/jinja2.py): what it refuses, and Django's behaviour it keeps."""

from datetime import UTC, datetime

import pytest
from django.template import engines
from jinja2 import DictLoader


def render(source: str, **context) -> str:
    return engines["jinja2"].from_string(source).render(context)


def test_printing_a_method_instead_of_calling_it_fails_loudly():
    with pytest.raises(TypeError, match="call it with"):
        render("{{ value.upper }}", value="abc")
    assert render("{{ value.upper() }}", value="abc") == "ABC"


def test_dates_are_shown_on_a_china_clock_with_djangos_format_letters():
    assert (
        render('{{ at|date("Y-m-d H:i") }}', at=datetime(2026, 1, 5, 15, 10, tzinfo=UTC))
        == "2026-01-05 23:10"
    )
    assert render('{{ at|date("Y") }}', at=None) == ""


def test_html_is_escaped_and_links_are_defanged():
    assert render("{{ text }}", text="<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"
    assert render("{{ link|defang }}", link="https://evil.example/pay") == "hxxps://evil[.]example/pay"


def test_plain_text_letters_are_not_html_escaped():
    env = engines["jinja2"].env.overlay(
        loader=DictLoader({"letter.txt": "{{ me }}", "page.html": "{{ me }}"})
    )
    assert env.get_template("letter.txt").render(me="张三 & <李四>") == "张三 & <李四>"
    assert env.get_template("page.html").render(me="张三 & <李四>") == "张三 &amp; &lt;李四&gt;"


def test_urls_and_static_files_resolve():
    assert render("{{ url('cases:home') }}") == "/"
    assert render("{{ static('css/site.css') }}").startswith("/static/css/site")


def test_truncatechars_keeps_short_text_and_marks_a_cut_with_an_ellipsis():
    for text in ["", "短", "一二三四五", "一二三四五六", "abc def ghi", "对方说：不还钱就爆你通讯录"]:
        for length in (1, 3, 5, 6, 20):
            shown = render("{{ t|truncatechars(n) }}", t=text, n=length)
            assert len(shown) <= length or (shown == text and len(text) <= length)
            if len(text) <= length:
                assert shown == text
            else:
                assert shown.endswith("…") and text.startswith(shown[:-1])


def test_remembered_urls_follow_the_script_prefix():
    from django.urls import set_script_prefix

    assert render("{{ url('cases:home') }}") == "/"
    set_script_prefix("/advisor/")
    try:
        assert render("{{ url('cases:home') }}") == "/advisor/"
    finally:
        set_script_prefix("/")
