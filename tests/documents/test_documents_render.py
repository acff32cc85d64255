"""Every document renders with no missing template variable, one <h1>, no inline script or style,
and the case's facts, flags and evidence where they belong."""

import re

import pytest

from tests.documents.conftest import get, log_evidence, make_case

pytestmark = pytest.mark.django_db

SITUATIONS = {
    "borrower": {},  # the borrower_case fixture
    "contact": dict(
        relationship="contact", channel="call", sender="private", threats=["third_party_contacted"]
    ),
    "scam": dict(demands=["pay_personal", "give_code"], sender="private"),
    "empty": {},
}


def every_url(case):
    base = f"/case/{case.id}/documents/"
    urls = [
        base,
        base + "plan/",
        base + "plan/?monthly_budget=0&days=0",
        base + "complaints/",
        base + "complainant/",
    ]
    urls += [base + f"letters/{slug}/" for slug in ("negotiation_request", "stop_collection", "not_borrower")]
    urls += [base + f"letters/{slug}/" for slug in ("credit_dispute", "family_note")]
    urls += [
        base + f"complaint/{code}/"
        for code in ("lender", "nfra", "pboc", "credit_dispute", "police", "heimao")
    ]
    urls += [base + "complaint/heimao/public/", base + "print/"]
    urls.append(base + "print/?doc=plan&doc=letter:not_borrower&doc=complaint:spam&doc=public:heimao")
    return urls


def check_page(client, url):
    html = get(client, url).text
    assert len(re.findall(r"<h1\b", html)) == 1, url
    assert "<style" not in html and 'style="' not in html, url
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), url  # only external scripts
    assert "· 催收应对顾问</title>" in html, url
    return html


@pytest.mark.parametrize("situation", SITUATIONS)
def test_every_page_renders_without_a_missing_variable(alice_client, borrower_case, situation):
    case = borrower_case if situation == "borrower" else make_case(alice_client, **SITUATIONS[situation])
    if situation == "borrower":
        log_evidence(case)
    for url in every_url(case):
        check_page(alice_client, url)


def test_the_documents_page_links_the_plan_the_fitting_letters_and_the_routes(alice_client, borrower_case):
    html = check_page(alice_client, f"/case/{borrower_case.id}/documents/")
    base = f"/case/{borrower_case.id}/documents/"
    assert f'href="{base}plan/"' in html
    assert f'href="{base}letters/negotiation_request/"' in html
    assert f'href="{base}letters/stop_collection/"' in html
    assert f'href="{base}letters/family_note/"' in html
    assert f'href="{base}complaint/nfra/"' in html
    assert f'href="{base}complaint/heimao/public/"' in html


def test_the_stop_letter_names_each_conduct_and_its_rule(alice_client, borrower_case):
    html = check_page(alice_client, f"/case/{borrower_case.id}/documents/letters/stop_collection/")
    assert "安逸消费金融及贵方委托的催收机构" in html
    assert "辱骂、侮辱。相关规定：《民法典》第一千零二十四条" in html
    assert "GB/T 45251—2025" in html  # night contact
    assert "第一千零三十八条" in html  # exposure


def test_the_not_borrower_letter_cites_465_and_pipl_47(alice_client):
    case = make_case(alice_client, **SITUATIONS["contact"], lender="快借钱")
    html = check_page(alice_client, f"/case/{case.id}/documents/letters/not_borrower/")
    assert "快借钱" in html
    assert "《民法典》第四百六十五条" in html and "《个人信息保护法》第四十七条" in html
    assert "删除" in html and "不要向本人透露任何人的借款或欠款信息" in html
    assert "配偶" in html  # the caution for spouses and guarantors (民法典1064, 681/685)


def test_the_credit_dispute_letter_asks_for_an_answer_within_20_days(alice_client, borrower_case):
    html = check_page(alice_client, f"/case/{borrower_case.id}/documents/letters/credit_dispute/")
    assert "《征信业管理条例》第二十五条" in html and "20 日内" in html


def test_the_family_note_says_who_need_not_pay_and_to_keep_screenshots(alice_client, borrower_case):
    html = check_page(alice_client, f"/case/{borrower_case.id}/documents/letters/family_note/")
    assert "不欠任何钱" not in html  # not true of a spouse in some cases or of a guarantor
    assert "不用替我还" in html and "第四百六十五条" in html and "截个图" in html
    assert "配偶" in html and "担保" in html


def test_the_negotiation_letter_carries_the_amount_days_and_plan(alice_client, borrower_case):
    html = check_page(alice_client, f"/case/{borrower_case.id}/documents/letters/negotiation_request/")
    assert "2356.80 元" in html and "已逾期 17 天" in html
    assert "每月能用于还款的金额约为 1000.00 元" in html and "3 个月" in html
    assert "同意本人分期还款" in html


def test_the_complaint_summary_has_every_field(alice_client, borrower_case):
    attachment = log_evidence(borrower_case)
    html = check_page(alice_client, f"/case/{borrower_case.id}/documents/complaint/nfra/")
    for heading in ("被投诉机构", "事实经过", "违规行为和违反的规定", "诉求", "证据清单"):
        assert heading in html
    assert "安逸消费金融" in html
    assert attachment.sha256 in html and "截图-陈晓.png" in html
    # Facts in order: what they said, then the log oldest first.
    first, second = html.index("2026-01-05 23:10"), html.index("2026-01-06 09:00")
    assert html.index("对方称欠款 2356.80 元") < first < second
    assert "深夜或清晨催收" in html and "辱骂、侮辱" in html
    assert "投诉人" not in html.split("证据清单")[1]  # no complainant block when none entered


def test_a_case_without_evidence_says_what_to_add(alice_client, borrower_case):
    html = check_page(alice_client, f"/case/{borrower_case.id}/documents/complaint/nfra/")
    assert "还没有记录证据" in html


def test_the_scam_case_routes_to_the_police_and_offers_no_negotiation(alice_client):
    case = make_case(alice_client, **SITUATIONS["scam"])
    html = check_page(alice_client, f"/case/{case.id}/documents/")
    assert f"/case/{case.id}/documents/complaint/police/" in html
    assert f"/case/{case.id}/documents/plan/" not in html
    assert "letters/negotiation_request/" not in html.split("其他文书")[0]


def test_the_credit_dispute_letter_fits_a_record_of_a_loan_never_taken(alice_client):
    from documents.casefile import case_file
    from documents.letters import letters_for

    never = make_case(alice_client, relationship="not_borrower", threats=["credit_report_mention"])
    mentioned = make_case(alice_client, relationship="borrower", threats=["credit_report_mention"])
    assert "credit_dispute" in [x.slug for x in letters_for(case_file(never))]
    assert "credit_dispute" not in [x.slug for x in letters_for(case_file(mentioned))]
