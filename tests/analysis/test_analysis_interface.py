"""The public interface others code against: types, values, properties, limits and labels."""

import dataclasses
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from cases.analysis import CUES, SIGNAL_KINDS, Analysis, Signal, analyze
from cases.core.codes import FLAGS, MAX_MESSAGE_CHARS, SENDERS

ROOT = Path(__file__).resolve().parents[2]
MIXED = (
    "【安逸消费金融】您的借款已逾期17天，应还金额5,200元。今天下午5点前不还，"
    "我们就联系你的家人和单位，上门找你。转账到工商银行6222 0212 3456 7890 户名张某，"
    "详情 http://t.cn/AbCd12 ，另需手续费300元。加微信abc12345，QQ 123456789，客服95188。"
)


def test_analyze_returns_an_analysis_of_the_original_text_with_sorted_signals():
    a = analyze(MIXED)
    assert isinstance(a, Analysis)
    assert a.text == MIXED
    assert all(isinstance(s, Signal) for s in a.signals)
    assert list(a.signals) == sorted(a.signals, key=lambda s: (s.start, s.end))


def test_every_signal_uses_a_known_kind_and_code_and_has_a_chinese_label():
    sender_codes = {"signature", "service_number", "mobile", "landline", "wechat", "qq", "alipay"}
    sender_codes |= {"authority", "law_firm", "agency"}
    codes = {
        "flag": set(FLAGS),
        "cue": set(CUES),
        "sender": sender_codes,
        "link": {"url"},
        "money": {"debt", "fee", "amount"},
        "deadline": {"deadline"},
        "overdue": {"overdue_days"},
        "lender": {"lender"},
    }
    a = analyze(MIXED)
    assert {s.kind for s in a.signals} == set(SIGNAL_KINDS)
    for s in a.signals:
        assert s.code in codes[s.kind]
        assert s.label and any("\u4e00" <= c <= "\u9fff" for c in s.label)


def test_the_read_only_properties_summarise_the_signals():
    a = analyze(MIXED)
    assert a.lender == "安逸消费金融"
    assert a.amount_claimed == Decimal("5200")
    assert a.fee_demanded == Decimal("300")
    assert a.overdue_days == 17
    assert a.links == ("http://t.cn/AbCd12",)
    assert {"exposure_threat", "home_visit_threat", "personal_account", "phishing_link"} <= a.flags
    assert {"money_demand", "fee_demand"} <= a.cues
    assert a.sender_hint in SENDERS


def test_signal_values_have_the_documented_types():
    a = analyze(MIXED)
    by_code = {(s.kind, s.code): s.value for s in a.signals}
    assert by_code[("sender", "wechat")] == "abc12345"
    assert by_code[("sender", "qq")] == "123456789"
    assert by_code[("sender", "service_number")] == "95188"
    assert by_code[("sender", "signature")] == "安逸消费金融"
    assert by_code[("overdue", "overdue_days")] == 17
    assert isinstance(by_code[("money", "debt")], Decimal)


def test_signals_and_analyses_are_immutable():
    a = analyze(MIXED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.signals[0].start = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.text = ""  # type: ignore[misc]


def test_an_empty_message_has_no_signals_and_no_hints():
    a = analyze("")
    assert a.signals == ()
    assert a.flags == frozenset() and a.cues == frozenset()
    assert a.lender is None and a.amount_claimed is None and a.fee_demanded is None
    assert a.overdue_days is None and a.links == () and a.sender_hint is None
    assert a.highlights() == []


def test_a_message_over_the_limit_is_marked_too_long_and_not_analysed():
    text = "打断你的腿" * (MAX_MESSAGE_CHARS // 5) + "。"
    a = analyze(text)
    assert len(text) > MAX_MESSAGE_CHARS
    assert a.too_long is True
    assert a.signals == ()
    assert a.text == text  # never truncated


def test_a_message_of_exactly_the_limit_is_analysed_in_good_time():
    text = (MIXED * (MAX_MESSAGE_CHARS // len(MIXED) + 1))[:MAX_MESSAGE_CHARS]
    started = time.perf_counter()
    a = analyze(text)
    elapsed = time.perf_counter() - started
    assert not a.too_long
    assert {"exposure_threat", "personal_account"} <= a.flags
    assert elapsed < 2.0  # the bench tracks the real number (< 50 ms); this only guards blow-ups


@pytest.mark.parametrize(
    "text",
    [
        "a." * 5000,
        "1" * 10000,
        "1 " * 5000,
        "http://" + "a" * 9993,
        "www." * 2500,
        "6222 " * 2000,
        "上门" * 5000,
        "，" * 10000,
        "不" * 10000,
        "\ud800" * 10000,
        "【" * 9999 + "】",
        "x@" * 5000,
    ],
    ids=[
        "dots",
        "digits",
        "spaced-digits",
        "long-url",
        "www",
        "cards",
        "hits",
        "commas",
        "negators",
        "surrogates",
        "brackets",
        "at-signs",
    ],
)
def test_adversarial_ten_thousand_char_inputs_finish_quickly(text):
    started = time.perf_counter()
    a = analyze(text)
    assert time.perf_counter() - started < 3.0
    assert all(a.text[s.start : s.end] == s.text for s in a.signals)


def test_a_non_string_is_treated_as_text_rather_than_raising():
    assert analyze(None).text == ""  # type: ignore[arg-type]
    assert analyze(12345).text == "12345"  # type: ignore[arg-type]


def test_highlights_prefer_a_flag_over_the_link_it_covers():
    a = analyze("请点击 http://t.cn/AbCd12 处理")
    marked = [(piece, s.kind) for piece, s in a.highlights() if s is not None]
    assert ("http://t.cn/AbCd12", "flag") in marked


def test_highlights_cut_the_text_into_consecutive_non_overlapping_pieces():
    a = analyze(MIXED)
    pieces = a.highlights()
    assert "".join(p for p, _ in pieces) == MIXED
    assert all(p for p, _ in pieces)
    pos = 0
    for piece, s in pieces:
        if s is not None:
            assert (s.start, s.end) == (pos, pos + len(piece))
        pos += len(piece)


def test_the_cue_table_has_a_label_for_each_documented_cue():
    documented = {"money_demand", "fee_demand", "official_channel", "ignore_if_paid", "new_loan_push"}
    documented |= {
        "overdraft_warning",
        "police_story",
        "blacklist_claim",
        "screen_share",
        "at_door",
        "own_link",
        "refund_story",
        "pass_on",
        "call_to_fix",
    }
    assert set(CUES) == documented
    assert all(CUES[c] for c in CUES)


def test_the_analysis_package_imports_no_django():
    code = "import sys, cases.analysis; sys.exit(any(m.split('.')[0] == 'django' for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
