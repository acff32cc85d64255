"""The verdict engine's reasoning for the kinds of real messages it used to miss (issue 14 item 4).
Each case goes through the same path as `manage.py assess`."""

from cases.analysis import analyze
from cases.management.commands.assess import assess


def verdict(**situation):
    return assess(situation)


def test_it_calls_a_fee_to_withdraw_a_lawsuit_a_scam_without_any_link():
    advice = verdict(message="你的网贷案件法院已立案，今天交3000元保证金就可以撤诉，否则明天开庭。")
    assert advice["verdict"] == "scam"
    assert "impersonates_authority" in advice["flags"]
    assert "legal-facts §9.4" in {r["source"] for r in advice["reasons"]}


def test_it_calls_a_refund_story_that_ends_in_a_private_contact_a_scam():
    advice = verdict(message="您好，您在我平台的借款利率过高，现在可以为您办理退款，请添加客服QQ 1234567。")
    assert advice["verdict"] == "scam"


def test_it_leaves_a_banks_refund_notice_through_its_own_app_alone():
    advice = verdict(message="【招商银行】您的退款已原路退回，详情请登录招商银行App查看。", sender="official")
    assert advice["verdict"] != "scam"


def test_it_does_not_call_a_banks_own_link_phishing_when_the_person_ticks_click_link():
    advice = verdict(
        message="【招商银行】您的信用卡账单已逾期，请登录招商银行App或访问 cmbchina.com 还款。",
        sender="official",
        relationship="borrower",
        demands=["click_link"],
    )
    assert "phishing_link" not in advice["flags"]


def test_it_still_calls_a_look_alike_of_a_banks_domain_phishing():
    advice = verdict(
        message="【招商银行】您的账户异常，请访问 cmbchina-vip.top 认证，否则冻结。", sender="official"
    )
    assert "phishing_link" in advice["flags"]
    assert advice["verdict"] == "scam"


def test_it_treats_a_card_issuers_malicious_overdraft_warning_as_a_real_conditional_risk():
    advice = verdict(
        message="【某银行信用卡中心】您的信用卡透支本金6万元已逾期100天，经两次催收仍未还款，"
        "如仍不归还，我行将依法向公安机关报案，追究恶意透支的刑事责任。",
        sender="official",
        relationship="borrower",
    )
    assert "false_legal_consequence" not in advice["flags"]


def test_it_calls_labelling_an_ordinary_default_a_crime_a_false_consequence():
    advice = verdict(message="你这是恶意拖欠，非法占有意图明显，我们马上移交公安。", relationship="borrower")
    assert "false_legal_consequence" in advice["flags"]
    assert advice["verdict"] == "unlawful_collection"


def test_it_does_not_read_a_message_to_pass_on_as_a_demand_that_the_friend_pays():
    cues = analyze("麻烦你转告一下他，让他尽快还款。").cues
    assert "money_demand" not in cues
    assert "pass_on" in cues


def test_it_explains_a_threat_to_freeze_cards_as_something_only_a_court_can_do():
    labels = [
        s.label for s in analyze("不还就冻结你名下所有银行卡").signals if s.code == "false_legal_consequence"
    ]
    assert labels and all("法院" in label and "坐牢" not in label for label in labels)


def test_it_shows_the_real_rate_from_the_schedule_and_the_cap_for_the_contract_date():
    advice = verdict(
        principal=10000,
        instalment=983.33,
        instalments=12,
        lender_kind="private",
        loan_date="2023-07-01",
        relationship="borrower",
    )
    texts = " ".join(r["text"] for r in advice["reasons"])
    assert "31.72%" in texts
    assert "14.2%" in texts and "2023年6月20日" in texts
    assert "excessive_interest" in advice["flags"]


def test_it_never_calls_24_percent_a_statutory_line():
    advice = verdict(annual_rate=30, lender_kind="small_loan", relationship="borrower")
    texts = " ".join(r["text"] for r in advice["reasons"])
    assert "24" in texts and "法定" not in texts


def test_it_lists_only_scam_help_on_a_scam():
    advice = verdict(message="请把钱转到我的个人银行卡6222020200112233445，再不还就爆你通讯录")
    assert advice["verdict"] == "scam"
    assert {c["code"] for c in advice["channels"]} <= {"police", "antifraud", "spam", "lender"}


def test_it_does_not_tell_someone_who_never_borrowed_to_ask_for_more_time():
    advice = verdict(
        message="您在某平台的借款已逾期，请尽快还款。", relationship="not_borrower", channel="sms"
    )
    assert not any("延期" in s["text"] for s in advice["next_steps"])


def test_it_tells_a_borrower_who_can_pay_to_pay_today_in_the_official_app_first():
    advice = verdict(
        message="【招联金融】您的借款已逾期3天，请登录招联金融App还款，如已还款请忽略。",
        sender="official",
        relationship="borrower",
        repay_ability="full",
    )
    assert advice["verdict"] == "lawful_reminder"
    assert advice["next_steps"][0]["text"].startswith("如果这笔钱确实是你借的")


def test_it_rejects_a_loan_date_that_is_not_a_date_by_naming_the_key():
    import pytest

    from cases.core.inputs import InputError

    with pytest.raises(InputError, match="loan_date"):
        verdict(loan_date="yesterday")


def test_it_warns_before_offering_to_pay_a_debt_over_three_years_overdue():
    advice = verdict(relationship="borrower", overdue_days=1200, repay_ability="part")
    first = advice["next_steps"][0]["text"]
    assert first.startswith("先别寄协商还款的信") and "时效" in first
    assert not any("分期" in p["text"] and "请求" in p["text"] for p in advice["negotiation"])


def test_it_asks_for_the_transfer_notice_when_the_debt_was_sold():
    advice = verdict(message="您的欠款债权已转让给某资产管理公司，请尽快联系处理。", relationship="borrower")
    assert any("债权转让" in s["text"] and "通知" in s["text"] for s in advice["next_steps"])


def test_it_does_not_call_an_arbitration_notice_phishing_for_its_legal_deadline_alone():
    advice = verdict(
        message="【某仲裁委员会】李某某您好，(2026)某仲字第123号某消费金融公司与您借款合同纠纷一案已受理，"
        "请于10日内登录 https://www.zcw-online.cn 查看仲裁申请书并提交答辩意见。",
        sender="official",
        relationship="borrower",
    )
    assert "phishing_link" not in advice["flags"] and advice["verdict"] != "scam"
    assert advice["next_steps"][0]["text"].startswith("先核实它：打12368")


def test_it_still_calls_a_fake_court_link_with_a_fee_phishing():
    advice = verdict(
        message="【人民法院】您有案件待处理，请于今天18点前点击 http://court-gov.top/x 缴纳保全费"
    )
    assert advice["verdict"] == "scam" and "phishing_link" in advice["flags"]
