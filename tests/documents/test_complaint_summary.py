"""Complaint summaries: the complainant only when entered; the public version masks every number
and name and leaves the complainant out."""

import re

import pytest

from documents.models import Complainant
from tests.documents.conftest import MESSAGE, get, log_evidence, make_case, post

pytestmark = pytest.mark.django_db


def test_the_complainant_appears_only_once_entered(alice_client, borrower_case):
    base = f"/case/{borrower_case.id}/documents/"
    assert "投诉人</h3>" not in get(alice_client, base + "complaint/nfra/").text
    response = alice_client.post(
        base + "complainant/", {"name": "陈晓", "phone": "13911112222", "id_number": ""}
    )
    assert response.status_code == 302
    html = get(alice_client, base + "complaint/nfra/").text
    assert "投诉人</h3>" in html and "陈晓" in html and "13911112222" in html
    assert "身份证号" not in html.split("投诉人</h3>")[1]


def test_the_complainant_details_are_encrypted_and_can_be_cleared(alice_client, borrower_case):
    base = f"/case/{borrower_case.id}/documents/complainant/"
    alice_client.post(base, {"name": "陈晓", "phone": "", "id_number": "11010119900307123X"})
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT name, id_number FROM documents_complainant")
        row = cursor.fetchone()
    assert "陈晓" not in row[0] and "123X" not in row[1]
    html = get(alice_client, base).text
    assert 'value="陈晓"' in html
    alice_client.post(base, {"name": " ", "phone": "", "id_number": ""})
    assert not Complainant.objects.exists()


def test_the_public_version_masks_numbers_names_and_leaves_out_the_complainant(alice_client):
    case = make_case(
        alice_client,
        message=MESSAGE,
        relationship="borrower",
        lender="安逸消费金融",
        threats=["exposure_threat"],
    )
    log_evidence(case)
    Complainant.objects.create(case=case, name="陈晓", phone="13911112222", id_number="11010119900307123X")
    html = get(alice_client, f"/case/{case.id}/documents/complaint/heimao/public/").text
    body = html.split('class="print-document"')[1]
    for secret in (
        "陈晓",
        "王大力",
        "13911112222",
        "13912345678",
        "13800001111",
        "6222 0212 3456 7890",
        "123X",
    ):
        assert secret not in body, secret
    assert "投诉人</h3>" not in body
    assert "【手机号已隐藏】" in body and "【银行卡号已隐藏】" in body and "户名：王**" in body
    digits = re.sub(r"<[^>]+>|[ \-]", "", body)
    digits = re.sub(r"[0-9a-f]{64}", "", digits)  # the SHA-256 fingerprints stay
    assert not re.search(r"(?<![0-9])1[3-9]\d{9}(?![0-9])", digits)
    assert "安逸消费金融" in body  # the institution is named
    assert "2,356.80" in body or "2356.80" in body  # amounts stay


def test_the_private_version_keeps_the_message_as_given(alice_client):
    case = make_case(alice_client, message=MESSAGE, relationship="borrower", threats=["exposure_threat"])
    html = get(alice_client, f"/case/{case.id}/documents/complaint/nfra/").text
    assert "13912345678" in html and "王大力" in html


def test_the_summary_explains_the_channel_and_links_to_tracking(alice_client, borrower_case):
    html = get(alice_client, f"/case/{borrower_case.id}/documents/complaint/nfra/").text
    assert "为什么推荐这里" in html and "12378" in html
    assert f"/case/{borrower_case.id}/documents/complaints/?channel=nfra" in html


def test_the_heimao_summary_points_to_the_public_version(alice_client, borrower_case):
    html = get(alice_client, f"/case/{borrower_case.id}/documents/complaint/heimao/").text
    assert f"/case/{borrower_case.id}/documents/complaint/heimao/public/" in html


def test_a_bad_complainant_value_keeps_what_was_typed(alice_client, borrower_case):
    html = post(
        alice_client, f"/case/{borrower_case.id}/documents/complainant/", {"name": "长" * 41, "phone": "139"}
    ).text
    assert "「姓名」最多 40 个字。" in html and 'value="139"' in html


def test_a_channel_that_needs_a_real_name_says_so_and_links_to_the_details_form(alice_client, borrower_case):
    html = get(alice_client, f"/case/{borrower_case.id}/documents/complaint/nifa/").text
    assert "实名举报" in html and "每天最多提交 5 件" in html
    assert f'href="/case/{borrower_case.id}/documents/complainant/"' in html


def test_96110_is_never_presented_as_an_emergency_line(alice_client, borrower_case):
    html = get(alice_client, f"/case/{borrower_case.id}/documents/complaint/antifraud/").text
    assert "不是报警电话" in html
