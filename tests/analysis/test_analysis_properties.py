"""Property tests: the analyzer never raises, offsets always slice the original text, noise
between sentences changes nothing, and highlights always rebuild the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases.analysis import analyze
from cases.analysis.analyzer import _detect

# Sentences in the vocabulary of real messages, so generated texts actually raise signals.
SENTENCES = [
    "【安逸消费金融】您的借款已逾期3天，应还金额2,356.80元。",
    "请登录官方APP或通过约定还款账户还款，如已还款请忽略。",
    "再不还钱就把你欠钱的事发给你通讯录里每一个人。",
    "今晚再不还钱，我们的人就去你家，打断你的腿。",
    "您因恶意逃废债已涉嫌诈骗，48小时内不还款将被刑事拘留。",
    "我们已经联系了你单位领导和你父母。",
    "请把您刚收到的短信验证码告诉我。",
    "转到以下账户：工商银行 6222 0212 3456 7890 户名 张某。",
    "请立即点击 http://t.cn/AbCd12 处理。",
    "登录 www . xx . com 查看。",
    "专业征信修复，逾期记录均可消除，加微信abc12345详谈。",
    "你欠的伍仟元今天必须还清。",
    "應還金額５，２００元，再不還款我們將聯繫您的家人。",
    "我们不会上门，也不会联系您的家人。",
    "【某市人民法院】请联系王法官13812345678缴纳诉讼保全费。",
    "停息挂账、债务优化，先交3000元服务费。",
    "你这种人就是社会垃圾，全家不得好死。",
    "校园贷账户尚未注销，否则影响个人征信。",
    "请下载腾讯会议开启屏幕共享。",
    "还不上就去别的平台借，否则列入黑名单。",
]
NOISE = [" ", "  ", "\u200b", "\u200d", "\ufeff", "\u2060", "😀", "👍🏻", "❤️", "\u3000", "\t"]

messages = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6)
noise = st.lists(st.sampled_from(NOISE), max_size=4).map("".join)
any_text = st.text(alphabet=st.characters(codec=None, categories=None), max_size=300)
mixed_text = st.lists(
    st.one_of(st.sampled_from(SENTENCES), any_text, st.sampled_from(NOISE)), max_size=8
).map("".join)


def kinds_and_codes(text: str) -> set[tuple[str, str]]:
    return {(s.kind, s.code) for s in analyze(text).signals}


@settings(max_examples=300, deadline=None)
@given(st.one_of(any_text, mixed_text))
def test_it_never_raises_and_offsets_always_slice_to_the_matched_text(text):
    _detect(text)  # the detectors themselves must not raise: analyze()'s safety net stays unused
    a = analyze(text)
    assert a.text == text
    for s in a.signals:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
    assert list(a.signals) == sorted(a.signals, key=lambda s: (s.start, s.end))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages, st.lists(noise, min_size=8, max_size=8))
def test_noise_around_and_between_sentences_finds_the_same_signals(sentences, noises):
    plain = "".join(sentences)
    padded = noises[0] + "".join(s + noises[(i + 1) % 7 + 1] for i, s in enumerate(sentences)) + noises[-1]
    assert kinds_and_codes(padded) == kinds_and_codes(plain)


@settings(max_examples=200, deadline=None)
@given(st.one_of(any_text, mixed_text))
def test_highlights_concatenate_back_to_the_original_text(text):
    a = analyze(text)
    pieces = a.highlights()
    assert "".join(piece for piece, _ in pieces) == text
    assert all(piece for piece, _ in pieces)
    assert all(s is None or s in a.signals for _, s in pieces)


@settings(max_examples=100, deadline=None)
@given(messages)
def test_the_same_text_always_gives_the_same_analysis(sentences):
    text = "".join(sentences)
    assert analyze(text) == analyze(text)
