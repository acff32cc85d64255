"""Benchmark the message analyzer: median time for a typical SMS and for a 10,000-char text.

Run from the project root:  .venv/bin/python bench/bench_analyzer.py
Targets: < 2 ms per ~200-char SMS, < 50 ms per 10,000-char text. The last line printed is JSON:
{"analyzer_sms_ms": …, "analyzer_10k_ms": …}. Wall-clock medians; CPU-time medians are printed
too because a busy machine inflates wall time. Bounded to a few seconds.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cases.analysis import analyze
from cases.core.codes import MAX_MESSAGE_CHARS

# A typical collection SMS of about 200 characters: signature, amount, days, deadline, threat,
# private account, link, service number.
SMS = (
    "【安逸消费金融】尊敬的客户，您的借款已逾期17天，应还金额2,356.80元。请于今天下午5点前登录官方APP"
    "或通过约定还款账户还款，逾期将上报征信。再不处理我们将联系您的家人和单位，并安排外访人员上门。"
    "也可转账至工商银行6222 0212 3456 7890 户名张某，详情 http://t.cn/AbCd12 ，"
    "如已还款请忽略。客服热线95188，退订回T。"
)
# A long pasted conversation: many different messages, traditional and full-width forms included.
PARAGRAPHS = [
    SMS,
    "你这种欠钱不还的人就是社会垃圾，骗子，全家都不得好死。",
    "您因恶意逃废债已涉嫌诈骗，案件已移交公安机关，48小时内不还款将被刑事拘留。",
    "我们已经联系了你单位领导和你父母，今天再不处理，明天直接去你公司找你。",
    "您的借款已逾期，再不還款我們將聯繫您的家人和單位，讓所有人都知道您欠錢不還。",
    "【安逸消费金融】您的借款已逾期，应还金额５，２００元。请通过官方APP还款，如已还款请忽略。",
    "停息挂账、债务优化，专业团队帮你和平台协商减免，先交3000元服务费，成功率99%。",
    "我是某平台客服，现在可以为您办理罚息减免，请把您刚收到的短信验证码告诉我。",
    "催款通知函：截至2026年11月1日，您尚欠本金8,000元、利息及罚息1,263元，请于2026年11月30日前还款。",
]


def long_text(limit: int = MAX_MESSAGE_CHARS) -> str:
    out: list[str] = []
    size = 0
    i = 0
    while size < limit:
        piece = PARAGRAPHS[i % len(PARAGRAPHS)] + "\n"
        out.append(piece)
        size += len(piece)
        i += 1
    return "".join(out)[:limit]


def median_ms(text: str, runs: int, budget_s: float) -> tuple[float, float]:
    """Median wall and CPU milliseconds over up to `runs` runs, stopping after `budget_s`."""
    analyze(text)  # warm caches (opencc, cn2an, regex compilation)
    wall: list[float] = []
    cpu: list[float] = []
    deadline = time.perf_counter() + budget_s
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        analyze(text)
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        if time.perf_counter() > deadline:
            break
    return statistics.median(wall), statistics.median(cpu)


def main() -> dict[str, float]:
    big = long_text()
    sms_wall, sms_cpu = median_ms(SMS, runs=500, budget_s=4)
    big_wall, big_cpu = median_ms(big, runs=60, budget_s=8)
    print(
        f"typical SMS ({len(SMS)} chars): median {sms_wall:.2f} ms wall, {sms_cpu:.2f} ms CPU (target < 2 ms)"
    )
    print(
        f"long text ({len(big)} chars): median {big_wall:.2f} ms wall, {big_cpu:.2f} ms CPU (target < 50 ms)"
    )
    result = {"analyzer_sms_ms": round(sms_wall, 3), "analyzer_10k_ms": round(big_wall, 3)}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
