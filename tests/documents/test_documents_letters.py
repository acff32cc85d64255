"""Letters: pre-filled from the case, editable, and printable as edited; nothing typed is lost."""

import pytest

from documents.forms import MAX_LETTER_CHARS
from documents.models import Complainant
from tests.documents.conftest import get, post

pytestmark = pytest.mark.django_db


def url(case, slug="negotiation_request"):
    return f"/case/{case.id}/documents/letters/{slug}/"


def test_it_prefills_an_editable_textarea(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case)).text
    assert '<textarea name="body"' in html
    assert "协商还款申请书" in html and "安逸消费金融：" in html
    assert "生成打印版" in html
    assert 'class="print-document"' not in html  # nothing to print until they have looked it over


def test_it_shows_the_edited_text_as_the_printable_version(alice_client, borrower_case):
    edited = "协商还款申请书\n\n我改过的第一行\n第二行 <b>不是标签</b>"
    html = post(alice_client, url(borrower_case), {"body": edited}).text
    printable = html.split('class="print-document"')[1]
    assert "我改过的第一行" in printable
    assert "&lt;b&gt;不是标签&lt;/b&gt;" in printable and "<b>不是标签</b>" not in html
    assert "data-print" in html
    assert "我改过的第一行" in html.split("继续修改")[1]  # still editable


def test_an_empty_letter_is_refused_with_the_field_named(alice_client, borrower_case):
    html = post(alice_client, url(borrower_case), {"body": "   "}).text
    assert "「信的内容（可以直接修改）」不能是空的。" in html
    assert 'class="print-document"' not in html


def test_nothing_typed_is_lost_when_the_letter_is_too_long(alice_client, borrower_case):
    body = "我写了很多" + "字" * MAX_LETTER_CHARS
    html = post(alice_client, url(borrower_case), {"body": body}).text
    assert "太长了" in html
    assert body in html


def test_the_letter_uses_the_complainants_details_when_entered(alice_client, borrower_case):
    Complainant.objects.create(case=borrower_case, name="陈晓", phone="13900000000")
    html = get(alice_client, url(borrower_case, "not_borrower")).text
    assert "本人陈晓（手机号 13900000000）" in html


def test_blanks_show_where_the_person_must_write(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case, "credit_dispute")).text
    assert "（你的姓名）" in html and "（你的身份证号）" in html


def test_every_letter_lists_the_rules_it_rests_on(alice_client, borrower_case):
    for slug in ("negotiation_request", "stop_collection", "not_borrower", "credit_dispute", "family_note"):
        html = get(alice_client, url(borrower_case, slug)).text
        assert "依据：" in html and "《" in html.split("依据：", 1)[1], slug
        assert "§" not in html and "核查表" not in html, slug


def test_a_letter_that_does_not_fit_says_so(alice_client, borrower_case):
    assert "不一定适合你" in get(alice_client, url(borrower_case, "not_borrower")).text
    assert "不一定适合你" not in get(alice_client, url(borrower_case, "stop_collection")).text


def test_the_family_note_is_for_copying_not_printing(alice_client, borrower_case):
    html = get(alice_client, url(borrower_case, "family_note")).text
    assert "复制到微信" in html and "保存修改" in html
