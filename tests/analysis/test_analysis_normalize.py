"""Normalisation keeps a char-level map to the original text through every step."""

import pytest

from cases.analysis import analyze
from cases.analysis.normalize import normalize


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("再不還款我們將聯繫您的家人", "再不还款我们将联系您的家人"),
        ("应还５，２００元", "应还5,200元"),
        ("ｈｔｔｐ：／／Ｔ.ＣＮ", "http://t.cn"),
        ("打\u200b断\u200d你\ufeff的\u2060腿", "打断你的腿"),
        ("上门😀👍🏻找你", "上门找你"),
        ("  前后空格  ", "前后空格"),
        ("www . xx . com", "www.xx.com"),
        ("a  b\t\tc", "a b c"),
        ("第一行\n\n第二行", "第一行\n第二行"),
        ("句号。\n下一句", "句号。下一句"),
        ("转帐到个人帐户", "转账到个人账户"),
    ],
    ids=[
        "traditional",
        "fullwidth",
        "fullwidth-url",
        "zero-width",
        "emoji",
        "trim",
        "spaced-dots",
        "spaces",
        "newlines",
        "newline-after-stop",
        "variant-zhang",
    ],
)
def test_it_normalises_each_kind_of_noise(original, normalised):
    assert normalize(original).text == normalised


@pytest.mark.parametrize(
    "original",
    [
        "再不還款 我們將聯繫您的家人😀",
        "应还\u200b５，２００元",
        "ｈｔｔｐ：／／t.cn/AbCd",
        "a\ud800b\x00c",
        "①５千元",
    ],
)
def test_every_normalised_char_maps_back_to_an_original_char_in_order(original):
    n = normalize(original)
    assert len(n.src) == len(n.text) == len(n.cased)
    assert list(n.src) == sorted(n.src)
    assert all(0 <= i < len(original) for i in n.src)


def test_a_match_in_traditional_text_is_reported_in_the_original_characters():
    a = analyze("再不還錢就打斷你的腿")
    violence = [s for s in a.signals if s.code == "violence_threat"]
    assert [s.text for s in violence] == ["打斷你的腿"]


def test_a_match_spanning_zero_width_characters_keeps_them_in_its_text():
    text = "打\u200b断你的腿"
    s = next(s for s in analyze(text).signals if s.code == "violence_threat")
    assert s.text == text and (s.start, s.end) == (0, len(text))


def test_a_short_link_keeps_the_case_of_its_path():
    assert analyze("点击 t.cn/AbCd12 查看").links == ("http://t.cn/AbCd12",)


def test_full_width_digits_give_the_same_amount_as_half_width():
    assert analyze("应还５，２００元").amount_claimed == analyze("应还5,200元").amount_claimed
