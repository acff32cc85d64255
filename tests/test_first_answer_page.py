"""The findings step gives the first answer right after the paste (design.md; issue 14 item 5)."""

from tests.support import answer


def findings(client, case):
    return client.get(f"/case/{case.id}/step/findings/").content.decode()


def test_it_warns_of_a_scam_with_the_three_donts_and_a_link_to_the_advice(alice_client, alice_case):
    answer(
        alice_client,
        alice_case,
        "message",
        {"message": "您的账户异常，请点击 http://360jt-kf.com 认证，并把验证码告诉客服"},
    )
    html = findings(alice_client, alice_case)
    assert "这条消息有诈骗的典型特征。" in html and "first-answer-danger" in html
    assert "不要转账" in html and "不要把验证码告诉任何人" in html
    assert f'href="/case/{alice_case.id}/"' in html


def test_it_calls_a_signed_reminder_a_reminder_to_check(alice_client, alice_case):
    answer(
        alice_client,
        alice_case,
        "message",
        {"message": "【招联金融】您的借款已逾期3天，请登录招联金融App还款，如已还款请忽略。"},
    )
    html = findings(alice_client, alice_case)
    assert "这像是正常的还款提醒：核实一下是不是你的借款。" in html
    assert "不要转账" not in html


def test_it_says_when_the_message_alone_cannot_tell(alice_client, alice_case):
    answer(alice_client, alice_case, "message", {"message": "你好，在吗？"})
    assert "单看这条消息还判断不了" in findings(alice_client, alice_case)
