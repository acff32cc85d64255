"""Every frame's own examples and counter-examples (cases/analysis/frames.py), run through the
whole analyzer: a new phrase is a word in a frame's table plus an example beside it."""

import pytest

from cases.analysis import CUES, analyze
from cases.analysis.frames import FRAMES, detect_frames
from cases.analysis.normalize import normalize
from cases.core.codes import FLAGS

EXAMPLES = [pytest.param(f, text, id=f"{f.name}:{text[:16]}") for f in FRAMES for text in f.examples]
NOT_EXAMPLES = [pytest.param(f, text, id=f"{f.name}:{text[:16]}") for f in FRAMES for text in f.not_examples]


@pytest.mark.parametrize(("frame", "text"), EXAMPLES)
def test_it_finds_each_frame_example(frame, text):
    assert frame.name in {h.value for h in detect_frames(normalize(text).text)}
    analysis = analyze(text)
    assert frame.flag in (analysis.cues if frame.kind == "cue" else analysis.flags)


@pytest.mark.parametrize(("frame", "text"), NOT_EXAMPLES)
def test_it_leaves_each_frame_counter_example_alone(frame, text):
    assert frame.name not in {h.value for h in detect_frames(normalize(text).text)}


def test_it_gives_every_frame_a_real_flag_a_source_and_examples():
    for frame in FRAMES:
        assert frame.flag in (CUES if frame.kind == "cue" else FLAGS), frame.name
        assert frame.source.startswith("legal-facts"), frame.name
        assert frame.examples, frame.name
    assert len({f.name for f in FRAMES}) == len(FRAMES)


def test_it_understands_words_never_listed_together():
    # kin and verbs from different rows of the tables, in an order no example uses
    assert "exposure_threat" in analyze("再拖下去，我们就去找你奶奶").flags
    assert "exposure_threat" in analyze("让你老婆替你偿还这笔钱").flags


def test_it_keeps_a_negated_threat_unflagged():
    assert "exposure_threat" not in analyze("我们不会联系你的家人，请放心").flags


def test_it_keeps_a_warning_about_agents_unflagged():
    assert "credit_repair_offer" not in analyze("谨防所谓专业团队帮你优化债务的骗局").flags


def test_it_never_cuts_a_lender_name_out_of_the_middle_of_a_sentence():
    assert analyze("你的网贷纠纷法院已经立案，明天冻结你名下所有银行卡。").lender is None
    assert analyze("招商银行：您的信用卡本期账单已逾期").lender == "招商银行"
