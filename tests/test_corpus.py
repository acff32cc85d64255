"""The real-message corpus stays valid, and `make eval` scores it the way it says."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import eval_corpus  # noqa: E402


def test_it_keeps_every_corpus_record_valid_and_the_splits_apart():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "corpus" / "check.py")], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    share = next(line for line in proc.stdout.splitlines() if line.startswith("test share:"))
    assert int(share.split(":")[1].strip().rstrip("%")) >= 25


def record(id, text, verdict, split, **extra):
    return {"id": id, "text": text, "expected_verdict": verdict, "split": split, "source": id, **extra}


def test_it_scores_each_mode_and_split_from_what_assess_says(tmp_path):
    corpus = tmp_path / "tiny.jsonl"
    rows = [
        record("a", "老赖，再不还钱就告诉你全家", "unlawful_collection", "dev", expected_flags=["insult"]),
        record(
            "b",
            "【招联金融】您的借款已逾期3天，请登录招联金融App还款，如已还款请忽略。",
            "lawful_reminder",
            "test",
            sender_kind="official_short_code",
            channel="sms",
            relationship="borrower",
        ),
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    records = eval_corpus.load([corpus])
    table = eval_corpus.report(records, eval_corpus.run(records))
    assert "2 real messages (1 dev, 1 test)" in table
    assert "| context | test | 100 % (1/1) |" in table
    assert "| `insult` | 100 % (1/1) | 100 % (1/1) |" in table


def test_it_gives_the_threats_a_person_ticks_only_in_ticked_mode():
    row = record("c", "x", "scam", "dev", threats=["home_visit"], personal_account_demand=True)
    assert "threats" not in eval_corpus.inputs(row, "context")
    ticked = eval_corpus.inputs(row, "ticked")
    assert ticked["threats"] == ["home_visit_threat"] and ticked["demands"] == ["pay_personal"]
