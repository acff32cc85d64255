"""The values behind the signals: amounts, days, lender names, links, sender hints."""

from decimal import Decimal

import pytest

from cases.analysis import analyze


@pytest.mark.parametrize(
    ("text", "claimed", "fee"),
    [
        ("应还金额2,356.80元", Decimal("2356.80"), None),
        ("应还金额５，２００元", Decimal("5200"), None),
        ("欠款1.2万", Decimal("12000"), None),
        ("你欠的伍仟元今天必须还清", Decimal("5000"), None),
        ("尚欠本金8,000元、利息及罚息1,263元", Decimal("8000"), None),
        ("先交3000元服务费", None, Decimal("3000")),
        ("需缴纳保证金5000", None, Decimal("5000")),
        ("欠款共计5千元，另付手续费200元", Decimal("5000"), Decimal("200")),
        ("¥5200", None, None),
    ],
)
def test_it_tells_the_debt_claimed_from_a_fee_demanded(text, claimed, fee):
    a = analyze(text)
    assert a.amount_claimed == claimed
    assert a.fee_demanded == fee


@pytest.mark.parametrize(
    ("text", "days"),
    [("已逾期17天", 17), ("逾期三十天", 30), ("逾期2个月", 60), ("已经45天未还", 45), ("逾期多日", None)],
)
def test_it_reads_the_days_overdue(text, days):
    assert analyze(text).overdue_days == days


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        ("【安逸消费金融】您的借款已逾期", "安逸消费金融"),
        ("您在美借平台的借款已逾期", "美借"),
        ("您的借呗已逾期", "借呗"),
        ("【某商业银行】您的信用卡欠款已逾期90天", "某商业银行"),
        ("您在某平台的借款已逾期", None),
        ("【某市人民法院】你已被立案", None),
        ("转到工商银行6222 0212 3456 7890", None),
        ("我是某金融平台客服", None),
        ("您在浦发银行的信用卡已逾期", "浦发银行"),
        ("您在我行办理的信用卡已逾期", None),
    ],
)
def test_it_names_the_lender_only_when_one_is_stated(text, lender):
    assert analyze(text).lender == lender


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("请点击 http://t.cn/AbCd12 处理", ("http://t.cn/AbCd12",)),
        ("登录 www . xx . com 处理", ("http://www.xx.com",)),
        ("访问xx。com查看", ("http://xx.com",)),
        ("ｈｔｔｐｓ://Ｅｘ.ｃｏｍ/Ａ", ("https://ex.com/A",)),
        ("hxxp://1.2.3.4:8080/a", ("http://1.2.3.4:8080/a",)),
        ("详见 a点com 和 b.cn", ("http://a.com", "http://b.cn")),
    ],
)
def test_links_are_given_as_normalised_urls(text, links):
    assert analyze(text).links == links


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("【安逸消费金融】您的借款已逾期，客服热线95188。", "official"),
        ("【易借】您在我平台的借款已逾期30天，请尽快登录APP还款。", "official"),
        ("你欠的钱今天必须还，联系13812345678。", "private"),
        ("加微信abc12345还款", "private"),
        ("我是市公安局经侦大队的李警官", "authority"),
        ("【某市人民法院】你有一张传票", "authority"),
        ("律师函：受某平台委托，请你于三日内还款", "law_firm"),
        ("您的欠款已委托我司处理，外访人员将上门", "agency"),
        ("我们是催收公司的", "agency"),
        ("你的账单逾期了，尽快处理。", None),
    ],
)
def test_it_guesses_who_is_speaking(text, hint):
    assert analyze(text).sender_hint == hint


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("联系13812345678", "mobile", "13812345678"),
        ("联系138 1234 5678", "mobile", "13812345678"),
        ("联系138****5678", "mobile", "138****5678"),
        ("客服热线95188", "service_number", "95188"),
        ("客服电话400-123-4567", "service_number", "4001234567"),
        ("座机010-62345678", "landline", "01062345678"),
        ("客服4008-123-456", "service_number", "4008123456"),
        ("电话0755-8888 8888", "landline", "075588888888"),
        ("微信号：zhang_san88", "wechat", "zhang_san88"),
        ("QQ：123456789", "qq", "123456789"),
        ("支付宝账号13812345678", "alipay", "13812345678"),
        ("【安逸消费金融】", "signature", "安逸消费金融"),
    ],
)
def test_sender_signals_carry_the_number_or_id(text, code, value):
    values = [s.value for s in analyze(text).signals if s.kind == "sender" and s.code == code]
    assert value in values
