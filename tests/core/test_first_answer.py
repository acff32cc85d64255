"""The first answer after the paste comes from the message alone, through the same engine."""

import pytest

from cases.analysis import analyze
from cases.core.facts import Facts
from cases.core.first_answer import SCAM_DONTS, first_answer
from cases.scenarios import advise


def answer_for(message: str):
    return first_answer(advise(Facts.build({}, analyze(message))))


def test_it_warns_of_a_scam_with_the_three_donts():
    answer = answer_for("您的账户存在异常，需点击 http://360jt-kf.com 认证后才能还款，请把验证码告诉客服")
    assert answer.tone == "danger"
    assert answer.text == "这条消息有诈骗的典型特征。"
    assert answer.donts == SCAM_DONTS


def test_it_calls_an_insult_unlawful_content():
    answer = answer_for("老赖，再不还钱就告诉你全家")
    assert answer.tone == "warning"
    assert "违法" in answer.text


def test_it_calls_a_signed_reminder_a_reminder_to_check():
    answer = answer_for("【招联金融】您的借款已逾期3天，请登录招联金融App还款，如已还款请忽略。")
    assert answer.tone == "info"
    assert "核实" in answer.text


@pytest.mark.parametrize("message", ["你好", "在吗？回个电话"])
def test_it_says_when_the_message_alone_cannot_tell(message):
    assert answer_for(message).tone == "neutral"


def test_it_never_says_unlawful_for_a_standards_only_breach():
    from cases.core.advice import Advice

    assert "违法" not in first_answer(Advice("unlawful_collection", flags=("night_contact",))).text
