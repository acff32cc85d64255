"""Benchmark the verdict engine and the `assess` command.

Run from the project root:  .venv/bin/python bench/bench_assess.py
Measures `advise(facts)` throughput for a typical, busy Facts object (a message with several
signals, ten logged contacts, money figures), the full in-process path (parse → analyze → Facts →
advise → dict), and the wall time of one `manage.py assess -` subprocess (dominated by Python
and Django start-up). The last line printed is JSON:
{"advise_per_s": …, "assess_inprocess_ms": …, "assess_subprocess_ms": …}. Bounded to ~15 s.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cases.core.facts import Facts  # noqa: E402
from cases.core.inputs import parse_assess_input  # noqa: E402
from cases.management.commands.assess import assess  # noqa: E402
from cases.scenarios import advise  # noqa: E402

INPUT = {
    "message": (
        "【安逸消费金融】您的借款已逾期17天，应还金额2,356.80元。请于今天下午5点前登录官方APP还款，"
        "再不处理我们将联系您的家人和单位，并安排外访人员上门。如已还款请忽略。"
    ),
    "channel": "sms",
    "sender": "official",
    "relationship": "borrower",
    "principal": 2000,
    "amount_claimed": 2356.8,
    "annual_rate": 35.9,
    "threats": ["night_contact"],
    "contacts": [
        {"at": f"2026-11-18T{h:02d}:15:00+08:00", "channel": "call"}
        for h in (7, 9, 10, 11, 12, 13, 14, 15, 22, 23)
    ],
}


def _facts() -> Facts:
    from cases.analysis import analyze

    answers, contacts = parse_assess_input(INPUT)
    return Facts.build(answers, analyze(answers["message"]), contacts)


def per_second(fn, budget_s: float = 3.0) -> float:
    """Calls per second of `fn`, over about `budget_s` seconds."""
    fn()  # warm up
    calls, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < budget_s:
        for _ in range(50):
            fn()
        calls += 50
    return calls / elapsed


def subprocess_ms(runs: int = 5) -> float:
    python = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
    data = json.dumps(INPUT, ensure_ascii=False).encode()
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(
            [python, "manage.py", "assess", "-"], input=data, capture_output=True, cwd=ROOT, env=env
        )
        times.append((time.perf_counter() - start) * 1000)
        if proc.returncode != 0:
            raise SystemExit(f"assess failed: {proc.stderr.decode()[:200]}")
    return statistics.median(times)


def main() -> None:
    facts = _facts()
    advice = advise(facts)
    print(f"typical facts: {advice.verdict}, {len(advice.flags)} flags, {len(advice.scenarios)} scenarios")
    advise_rate = per_second(lambda: advise(facts))
    print(f"advise(facts): {advise_rate:,.0f} per second ({1e6 / advise_rate:.0f} µs each)")
    full_rate = per_second(lambda: assess(INPUT), budget_s=2.0)
    print(f"assess(input) in-process (parse, analyze, facts, advise, dict): {1000 / full_rate:.2f} ms")
    wall = subprocess_ms()
    print(f"manage.py assess - subprocess: {wall:.0f} ms median wall time (start-up dominated)")
    print(
        json.dumps(
            {
                "advise_per_s": round(advise_rate),
                "assess_inprocess_ms": round(1000 / full_rate, 3),
                "assess_subprocess_ms": round(wall),
            }
        )
    )


if __name__ == "__main__":
    main()
