"""Every page and document a person reads says only what is true (issue 16's proof): rendered for
a dozen varied cases, none shows an internal reference, calls 24 % a statutory line, calls a
standards-only breach 违法, tells family they owe nothing at all, or promises that nobody will
visit or sue."""

import re

import pytest

from tests.support import case_with_answers

CASES = {
    "scam-link": {
        "message": "您的账户异常，请点击 http://360jt-kf.com 认证，并把验证码告诉客服",
        "channel": "sms",
    },
    "fake-court-deposit": {
        "message": "你的网贷纠纷法院已经立案，今天下午4点前交5000元保证金就可以撤诉。",
        "channel": "call",
        "sender": "authority",
        "relationship": "borrower",
    },
    "collector-family-village": {
        "message": "再不还钱就告诉你爸妈，让全村都知道你欠钱不还，老赖！",
        "channel": "sms",
        "sender": "private",
        "relationship": "borrower",
        "lender": "某某贷",
        "amount_claimed": "3000",
        "overdue_days": 40,
    },
    "contact-pass-on": {
        "message": "你是张三的朋友吧？麻烦你转告他，让他尽快还款。",
        "channel": "call",
        "sender": "agency",
        "relationship": "contact",
    },
    "bank-card-reminder": {
        "message": "【招商银行】您尾号8888的信用卡本期账单已逾期5天，请登录招商银行App还款，如已还款请忽略。",
        "channel": "sms",
        "sender": "official",
        "relationship": "borrower",
        "lender_kind": "bank",
        "annual_rate": "18",
        "repay_ability": "full",
    },
    "home-visit-nothing-pasted": {
        "channel": "visit",
        "sender": "agency",
        "relationship": "borrower",
        "threats": ["home_visit_threat"],
    },
    "small-loan-high-rate": {
        "message": "【某小贷】您的借款已逾期10天，请尽快还款。",
        "sender": "official",
        "relationship": "borrower",
        "lender_kind": "small_loan",
        "annual_rate": "35",
        "monthly_budget": "500",
        "repay_ability": "part",
    },
    "private-lender-usury": {
        "relationship": "borrower",
        "lender_kind": "private",
        "annual_rate": "60",
        "threats": ["violence_threat", "insult"],
    },
    "night-calls-only": {
        "relationship": "borrower",
        "sender": "official",
        "threats": ["night_contact", "excessive_frequency"],
    },
    "old-debt": {
        "relationship": "borrower",
        "overdue_days": 1500,
        "repay_ability": "part",
        "lender": "某银行",
    },
    "not-borrower": {
        "message": "您在某平台的借款已逾期，请尽快还款。",
        "relationship": "not_borrower",
        "channel": "sms",
    },
    "overdraft-warning": {
        "message": "【某银行信用卡中心】您的信用卡透支本金6万元已逾期100天，经两次催收仍未还款，如仍不归还，"
        "我行将依法向公安机关报案，追究恶意透支的刑事责任。",
        "sender": "official",
        "relationship": "borrower",
        "lender_kind": "bank",
    },
}

INTERNAL = re.compile(
    # row ids such as 4c.3 or 9.10; a seed article's own headings are quoted (“2.2 寻求法律帮助”)
    r"§|legal-facts|核查表|(?<![0-9.“])\d{1,2}[a-c]?\.\d{1,2}(?![0-9.%])(?!\s*(?:元|万|%|倍|天))"
)
LAW_WORDS_NEAR_24 = re.compile(r"法定[^。]{0,12}24|24\s*%?[^。]{0,12}法定")


def pages(client, case):
    base = f"/case/{case.id}/"
    index = client.get(base + "documents/").content.decode()
    links = set(re.findall(rf'href="({re.escape(base)}documents/[^"?#]+)"', index))
    return [base, base + "documents/", base + "documents/print/", *sorted(links)]


@pytest.mark.parametrize("name", CASES)
def test_it_says_only_what_is_true_on_every_page(alice_client, name):
    case = case_with_answers(alice_client, **CASES[name])
    for url in pages(alice_client, case):
        response = alice_client.get(url)
        assert response.status_code == 200, url
        html = re.sub(r"<[^>]+>", " ", response.content.decode())
        html = re.sub(r"https?://\S+|[a-z0-9.]+\.(?:cn|com)\S*", " ", html)  # addresses are not row ids
        assert not INTERNAL.search(html), (
            url,
            INTERNAL.search(html).group(),
            html[INTERNAL.search(html).start() - 40 :][:80],
        )
        assert not LAW_WORDS_NEAR_24.search(html), url
        assert "不欠任何钱" not in html, url
        assert "不会上门" not in html and "不能起诉" not in html, url
        if name == "night-calls-only":
            assert "违法" not in html.split("为什么")[0], url  # the verdict and first actions


def test_it_puts_the_safety_box_first_for_a_home_visit(alice_client):
    case = case_with_answers(alice_client, **CASES["home-visit-nothing-pasted"])
    html = alice_client.get(f"/case/{case.id}/").content.decode()
    assert html.index("safety-box") < html.index("verdict-title")
    assert "你不需要开门" in html and "110" in html
    assert f"/case/{case.id}/documents/letters/family_note/" in html


def test_it_offers_proof_first_not_an_offer_to_pay_for_an_old_debt(alice_client):
    case = case_with_answers(alice_client, **CASES["old-debt"])
    index = alice_client.get(f"/case/{case.id}/documents/").content.decode()
    assert "letters/debt_proof/" in index and "letters/negotiation_request/" not in index
    letter = alice_client.get(f"/case/{case.id}/documents/letters/debt_proof/").content.decode()
    assert "不表示本人承认上述债务" in letter and "第五百四十六条" in letter


def test_it_words_the_debt_as_the_lenders_claim_in_the_negotiation_letter(alice_client):
    case = case_with_answers(alice_client, **CASES["small-loan-high-rate"])
    letter = alice_client.get(f"/case/{case.id}/documents/letters/negotiation_request/").content.decode()
    assert "贵方称本人" in letter and "本人在贵方有一笔借款" not in letter


def test_it_does_not_offer_the_negotiation_letter_to_someone_who_never_borrowed(alice_client):
    case = case_with_answers(alice_client, **CASES["not-borrower"])
    index = alice_client.get(f"/case/{case.id}/documents/").content.decode()
    assert "letters/negotiation_request/" not in index


def test_it_tells_family_only_what_is_true_with_the_spouse_and_guarantor_caution(alice_client):
    case = case_with_answers(alice_client, **CASES["collector-family-village"])
    note = alice_client.get(f"/case/{case.id}/documents/letters/family_note/").content.decode()
    assert "不欠任何钱" not in note
    assert "配偶" in note and "担保" in note
