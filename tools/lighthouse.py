"""`make lighthouse`: Lighthouse scores at mobile settings for home, a step, a case page and a print page.

Installs npm's `lighthouse` into var/lighthouse (git-ignored) on first use, starts the production-
like server from tests/browser/live.py, sets up one case over HTTP, and runs Lighthouse against
Debian's Chromium (CHROME_PATH=/usr/bin/chromium) with the case's session cookie. Prints the
scores and writes them to bench/results/lighthouse.json and .md.

Aims: performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 90.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.live import LiveServer, Visitor  # noqa: E402
from tests.support import finish  # noqa: E402

LIGHTHOUSE_VERSION = "13"
PREFIX = ROOT / "var" / "lighthouse"
BIN = PREFIX / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
AIMS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 90}
RESULTS = ROOT / "bench" / "results"


def install() -> None:
    if BIN.exists():
        return
    PREFIX.mkdir(parents=True, exist_ok=True)
    print(f"installing lighthouse@{LIGHTHOUSE_VERSION} into {PREFIX.relative_to(ROOT)} …", flush=True)
    subprocess.run(
        [
            "npm",
            "install",
            "--prefix",
            str(PREFIX),
            "--no-audit",
            "--no-fund",
            f"lighthouse@{LIGHTHOUSE_VERSION}",
        ],
        check=True,
        env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"},
    )


def setup(site: LiveServer) -> tuple[Visitor, str]:
    person = Visitor(site)
    answers = {
        "message": {"message": "再不还钱就把你欠钱的事发给你通讯录里每一个人，让你亲戚朋友都知道你是老赖。"},
        "channel": {"channel": "sms"},
        "sender": {"sender": "private"},
        "relationship": {"relationship": "borrower"},
        "lender": {"lender": "某某网贷"},
    }
    return person, finish(person, answers)


def audit(url: str, cookie: str, out: Path) -> dict[str, int]:
    subprocess.run(
        [
            str(BIN),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--form-factor=mobile",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
            "--disable-component-update --disable-sync --no-first-run",
            f"--extra-headers={json.dumps({'Cookie': cookie})}",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": CHROME},
        timeout=180,
    )
    report = json.loads(out.read_text())
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    failing = [
        a["id"]
        for a in report["audits"].values()
        if a.get("score") is not None
        and a["score"] < 1
        and a.get("scoreDisplayMode") in ("binary", "numeric")
    ]
    return {**scores, "failing_audits": failing[:12]}


def main() -> None:
    install()
    rows = {}
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp, LiveServer(Path(tmp), workers=2) as site:
        person, case_id = setup(site)
        cookie = "; ".join(f"{k}={v}" for k, v in person.cookies.items())
        pages = {
            "home": "/",
            "step": f"/case/{case_id}/step/lender/",
            "case page": f"/case/{case_id}/",
            "print page": f"/case/{case_id}/documents/print/",
        }
        for name, path in pages.items():
            rows[name] = audit(site.url(path), cookie, Path(tmp) / f"{name.replace(' ', '-')}.json")
            print(name, rows[name], flush=True)

    lines = ["| page | performance | accessibility | best practices | SEO |", "|---|---:|---:|---:|---:|"]
    for name, s in rows.items():
        lines.append(
            f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | {s['seo']} |"
        )
    aims = ", ".join(f"{k} ≥ {v}" for k, v in AIMS.items())
    table = "\n".join(lines) + f"\n\nAims: {aims}.\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "lighthouse.json").write_text(json.dumps(rows, indent=2) + "\n")
    (RESULTS / "lighthouse.md").write_text("# Lighthouse (`make lighthouse`, mobile)\n\n" + table)
    print(table)
    for name, s in rows.items():
        for category, aim in AIMS.items():
            if s[category] < aim:
                print(
                    f"below aim: {name} {category} {s[category]} < {aim}; "
                    f"failing audits: {s['failing_audits']}"
                )


if __name__ == "__main__":
    main()
