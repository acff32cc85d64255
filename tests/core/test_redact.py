"""Masking for public platforms: every phone, ID and card number form, and names."""

import re

import pytest

from cases.core.redact import mask_name, redact


@pytest.mark.parametrize(
    "number",
    [
        "13812345678",
        "+8613812345678",
        "+86 138 1234 5678",
        "+86-138-1234-5678",
        "008613812345678",
        "86 13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "１３８１２３４５６７８",
        "＋８６ １３８ １２３４ ５６７８",
        "1381-234-5678",
        "1 3 8 1 2 3 4 5 6 7 8",
    ],
)
def test_it_masks_every_mobile_form(number):
    out = redact(f"催收员用{number}打来")
    assert out == "催收员用【手机号已隐藏】打来"


@pytest.mark.parametrize(
    "number",
    [
        "010-12345678",
        "0755-8765-4321",
        "(0755)12345678",
        "021 6123 4567",
        "0571-8888888",
        "０１０－１２３４５６７８",
    ],
)
def test_it_masks_landlines(number):
    assert redact(f"电话{number}。") == "电话【电话号码已隐藏】。"


@pytest.mark.parametrize(
    "number",
    [
        "11010119900307123X",
        "11010119900307123x",
        "110101199003071234",
        "110101 19900307 1234",
        "１１０１０１１９９００３０７１２３Ｘ",
    ],
)
def test_it_masks_18_digit_ids(number):
    assert redact(f"身份证{number}，") == "身份证【身份证号已隐藏】，"


def test_it_masks_15_digit_old_ids():
    assert redact("老身份证110101900307123。") == "老身份证【身份证号已隐藏】。"


@pytest.mark.parametrize(
    "number",
    [
        "6222021234567890",
        "6222 0212 3456 7890",
        "6222-0212-3456-7890",
        "62220212345678901",
        "622202123456789012",
        "6222021234567890123",
        "6222 0212 3456 7890 123",
        "６２２２ ０２１２ ３４５６ ７８９０",
    ],
)
def test_it_masks_bank_cards_of_16_to_19_digits(number):
    assert redact(f"卡号{number}，") == "卡号【银行卡号已隐藏】，"


def test_it_leaves_no_run_of_seven_or_more_digits_in_a_realistic_message():
    text = (
        "【某某金融】张三你好，你在本平台借款5000元已逾期17天。请立即还款至户名：李四，"
        "卡号6217 0000 1234 5678 901，否则联系你的紧急联系人 139-0000-1111 和单位 010-87654321。"
        "你的身份证号11010119900307123X已登记。"
    )
    out = redact(text, names=["张三"])
    digits = re.sub(r"[ \-]", "", out)
    assert not re.search(r"\d{7,}", digits), out
    assert "张三" not in out and "李四" not in out
    assert "5000元" in out and "17天" in out  # amounts and days stay


def test_it_masks_names_after_the_labels():
    assert redact("户名：王小二") == "户名：王**"
    assert redact("姓名 欧阳娜娜，") == "姓名 欧***，"
    assert redact("收款人赵六") == "收款人赵*"


def test_it_masks_the_complainants_own_name_everywhere():
    out = redact("我叫陈晓，陈晓的电话是", names=["陈晓", ""])
    assert out == "我叫陈*，陈*的电话是"


def test_it_keeps_amounts_dates_and_short_numbers():
    text = "欠款2,356.80元，逾期17天，2026-01-05 08:30 来电，客服95511，400-123-4567"
    assert redact(text) == text


def test_it_masks_a_name_keeping_the_first_character():
    assert mask_name("张三") == "张*"
    assert mask_name("欧阳娜娜") == "欧***"


def test_it_passes_empty_text_through():
    assert redact("") == ""
