"""Printing: each document on its own A4 page, a print button bound by an external script, and
a button text that works without JavaScript."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.documents.conftest import get, log_evidence

pytestmark = pytest.mark.django_db


def test_it_prints_each_chosen_document_on_its_own_page(alice_client, borrower_case):
    log_evidence(borrower_case)
    query = (
        "?doc=plan&doc=letter:stop_collection&doc=complaint:nfra&doc=public:heimao&doc=letter:nope&doc=plan"
    )
    html = get(alice_client, f"/case/{borrower_case.id}/documents/print/{query}").text
    assert html.count('class="print-document"') == 4  # unknown and repeated choices are dropped
    assert html.index("还款协商计划") < html.index("停止违规催收告知函") < html.index("投诉材料：银行保险")
    assert "（公开版）" in html


def test_with_nothing_chosen_it_prints_every_document_that_fits(alice_client, borrower_case):
    html = get(alice_client, f"/case/{borrower_case.id}/documents/print/").text
    assert "还款协商计划" in html and "协商还款申请书" in html and "（公开版）" in html
    assert html.count('class="print-document"') >= 5


def test_the_print_button_works_without_javascript(alice_client, borrower_case):
    html = get(alice_client, f"/case/{borrower_case.id}/documents/print/").text
    assert '<button type="button" class="btn btn-outline-primary" data-print>' in html
    assert "请用浏览器菜单里的“打印”" in html
    assert re.search(r'<script src="/static/js/print\.[^"]*js" defer></script>', html)
    assert "onclick" not in html


def test_the_print_script_binds_the_button_and_nothing_else():
    script = (Path(settings.BASE_DIR) / "static" / "js" / "print.js").read_text(encoding="utf-8")
    assert "window.print()" in script and "[data-print]" in script
    assert "http" not in script


def test_the_print_stylesheets_give_a4_black_on_white_and_page_breaks():
    base = Path(settings.BASE_DIR) / "static" / "css"
    print_css = (base / "print.css").read_text(encoding="utf-8")
    assert "size: A4" in print_css and ".print-document" in print_css and ".no-print" in print_css
    docs_css = (base / "documents.css").read_text(encoding="utf-8")
    assert "@media print" in docs_css and "url(" not in docs_css
