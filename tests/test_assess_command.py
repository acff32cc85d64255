"""`manage.py assess`: the public contract in ../shared/design.md, seen from the outside.

Most tests run the real command in a subprocess, as a script would. The 35 public acceptance
cases are checked in-process with the acceptance runner's own `check()` (fast); set
ACCEPTANCE=1 to also run `../shared/acceptance/run` itself.
"""

import importlib.util
import json
import os
import subprocess
import sys
from functools import cache
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest

from cases.core.codes import MAX_MESSAGE_CHARS
from cases.core.inputs import InputError
from cases.management.commands.assess import assess

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable


def run(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    proc = subprocess.run(
        [PYTHON, "manage.py", "assess", *args],
        input=data,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def assess_json(obj) -> subprocess.CompletedProcess:
    return run("-", stdin=json.dumps(obj, ensure_ascii=False))


def assert_one_line_error(proc: subprocess.CompletedProcess, names: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("assess: "), proc.stderr
    assert names in lines[0]
    assert proc.stdout == ""


def test_it_prints_one_json_object_with_the_contract_keys():
    proc = assess_json({"message": "再不还钱就把你欠钱的事发给你通讯录里每一个人", "sender": "private"})
    assert proc.returncode == 0, proc.stderr
    advice = json.loads(proc.stdout)
    for key in ("verdict", "flags", "scenarios", "urgent", "reasons", "next_steps", "evidence", "channels"):
        assert key in advice
    assert advice["verdict"] == "unlawful_collection"
    assert all(r["text"] and r["source"] for r in advice["reasons"])
    assert "通讯录" in proc.stdout  # ensure_ascii=False: Chinese stays readable


def test_it_reads_a_file_path(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps({"relationship": "not_borrower"}), encoding="utf-8")
    proc = run(str(path))
    assert proc.returncode == 0 and json.loads(proc.stdout)["verdict"] == "not_your_debt"


def test_it_answers_an_empty_object_with_needs_verification_and_questions():
    advice = json.loads(assess_json({}).stdout)
    assert advice["verdict"] == "needs_verification" and advice["questions"]


def test_it_names_an_unknown_key():
    assert_one_line_error(assess_json({"colour": "red"}), 'unknown key "colour"')


def test_it_names_a_bad_amount():
    assert_one_line_error(
        assess_json({"amount_claimed": "lots"}), '"amount_claimed" must be a number of yuan'
    )


def test_it_names_a_bad_contact_time():
    assert_one_line_error(
        assess_json({"contacts": [{"at": "yesterday", "channel": "call"}]}),
        '"contacts"[0].at must be an ISO datetime',
    )


def test_it_names_a_message_over_the_limit():
    assert_one_line_error(assess_json({"message": "催" * (MAX_MESSAGE_CHARS + 1)}), '"message"')


def test_it_refuses_invalid_json_without_a_traceback():
    assert_one_line_error(run("-", stdin="{not json"), "not valid JSON")


def test_it_refuses_json_that_is_not_an_object():
    assert_one_line_error(run("-", stdin="[1, 2]"), "one JSON object")


def test_it_refuses_an_unreadable_file(tmp_path):
    assert_one_line_error(run(str(tmp_path / "missing.json")), "cannot read")


def test_it_refuses_input_that_is_not_utf8():
    assert_one_line_error(run("-", stdin=b'{"message": "' + "催收".encode("gbk") + b'"}'), "UTF-8")


@pytest.mark.parametrize(
    ("obj", "key"),
    [
        ({"message": 1}, "message"),
        ({"channel": "pigeon"}, "channel"),
        ({"sender": "boss"}, "sender"),
        ({"relationship": "cousin"}, "relationship"),
        ({"lender": 7}, "lender"),
        ({"amount_claimed": "lots"}, "amount_claimed"),
        ({"principal": []}, "principal"),
        ({"overdue_days": "three"}, "overdue_days"),
        ({"annual_rate": "high"}, "annual_rate"),
        ({"threats": ["rudeness"]}, "threats"),
        ({"contacts": [{"at": "2026-11-20T10:00", "answered": "yes"}]}, "contacts"),
    ],
)
def test_every_contract_key_with_a_bad_value_is_named(obj, key):
    # In-process through the same function the command calls (the subprocess path is above).
    with pytest.raises(InputError) as info:
        assess(obj)
    assert f'"{key}"' in str(info.value)


def _acceptance_cases():
    lines = (SHARED / "acceptance" / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def _runner():
    """The acceptance runner script as a module (it has no .py suffix)."""
    path = str(SHARED / "acceptance" / "run")
    spec = importlib.util.spec_from_loader("acceptance_run", SourceFileLoader("acceptance_run", path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("case", _acceptance_cases(), ids=lambda c: c["id"])
def test_the_public_acceptance_case_passes(case):
    runner = _runner()
    try:
        proc = subprocess.CompletedProcess([], 0, json.dumps(assess(case["input"]), ensure_ascii=False), "")
    except InputError as exc:
        proc = subprocess.CompletedProcess([], 2, "", f"assess: {exc}")
    assert runner.check(case, proc) == []


def test_the_acceptance_runner_reports_all_passed():
    # The real thing: ../shared/acceptance/run, one `manage.py assess -` process per case, with
    # this test run's interpreter (it may not be .venv's).
    proc = subprocess.run(
        [sys.executable, str(SHARED / "acceptance" / "run")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
        env={**os.environ, "PYTHON": sys.executable},
    )
    cases = (SHARED / "acceptance" / "cases.jsonl").read_text(encoding="utf-8")
    total = sum(1 for line in cases.splitlines() if line.strip())
    assert proc.stdout.strip().splitlines()[-1] == f"{total} passed, 0 failed", proc.stdout


HUGE = "9" * 5000


@pytest.mark.parametrize(
    ("stdin", "names"),
    [
        ('{"overdue_days": NaN}', '"overdue_days"'),
        ('{"amount_claimed": Infinity}', '"amount_claimed"'),
        ('{"annual_rate": -Infinity}', '"annual_rate"'),
        ('{"principal": 1e309}', '"principal"'),
        ('{"overdue_days": ' + HUGE + "}", '"overdue_days"'),
        ('{"amount_claimed": ' + HUGE + "}", '"amount_claimed"'),
        ('{"other_debts": 1' + "0" * 400 + "}", '"other_debts" is too large'),
        ('{"amount_claimed": "1e999999999"}', '"amount_claimed" is too large'),
        ('{"message": "x", "lender": ' + "[" * 5000 + "]" * 5000 + "}", '"lender" is nested too deeply'),
        ('{"contacts": [{"at": "0001-01-01T00:00"}]}', '"contacts"[0].at'),
        ('{"message": "\\ud800"}', '"message" must be valid Unicode text'),
        ('{"threats": [["insult"]]}', '"threats"[0]'),
        ('{"channel": {"sms": 1}}', '"channel"'),
    ],
)
def test_it_names_the_key_of_a_value_python_cannot_hold_and_exits_2(stdin, names):
    proc = run("-", stdin=stdin)
    assert_one_line_error(proc, names)
    assert proc.returncode == 2


def test_it_names_the_key_whose_value_is_not_utf8_and_exits_2():
    proc = run("-", stdin=b'{"message": "ok", "lender": "' + "催收".encode("gbk") + b'"}')
    assert_one_line_error(proc, '"lender" is not UTF-8 text')
    assert proc.returncode == 2
