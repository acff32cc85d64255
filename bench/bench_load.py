"""Load benchmark: the real server under a bounded load from wrk, every page against a reference page.

Run from the project root:  .venv/bin/python bench/bench_load.py      (or `make bench`)

Starts gunicorn as in production (2 sync workers, DEBUG off, whitenoise, SQLite in a temp
folder) with bench/settings.py, which adds the reference page: the simplest Django form page
rendered with crispy-forms (bench/reference.py, /bench/reference/). Sets up over HTTP one
person's case — a finished questionnaire (tests/support.py's `finish`) and 50 evidence
entries — and points wrk (Debian's `wrk`, one thread, 20 connections, a few seconds per page)
from 127.0.0.1 at: the reference page, a bare `/healthz`, the home page, a questionnaire step
(GET and POST), the case page and the evidence timeline with 50 entries, and the print view of
the documents. The session cookie and CSRF token are handed to wrk by a Lua script.

Prints, and writes to bench/results/latest.json: req/s, p50/p99 latency, errors, and each page's
throughput as a ratio to the reference page from the same server, measured just before that
page; each gunicorn worker's peak memory (VmHWM). `--report` merges the other bench scripts'
JSON (bench/results/*.log, written by `make bench`) into bench/results/latest.md and the
README's Performance section.
Exits 1 if any request failed under load; a missed target is reported, not fatal.
`--profile step|case|timeline|print|home|reference` sets up the same case in-process and shows where one
page's time goes (pyinstrument).
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.live import LiveServer, Visitor, production_env  # noqa: E402
from tests.support import finish  # noqa: E402

RESULTS = ROOT / "bench" / "results"
README = ROOT / "README.md"
SECONDS = int(os.environ.get("BENCH_SECONDS", "6"))  # per page; the brief allows up to 20
REFERENCE = "/bench/reference/"
REFERENCE_SECONDS = 3  # the reference page's run measured just before each page, for its ratio
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "20"))
ENTRIES = 50
# The step POST saves one of these lenders in turn, so every measured POST changes the answers
# and is written (a save that changes nothing is not).
POST_LENDERS = ("某某网贷", "某某小贷")
TARGETS = {  # page → minimum share of the reference page's throughput
    "step GET": 0.80,
}
P99_MS = 50.0
WORKER_MB = 150.0

# A borrower threatened with exposure: every section of the case page has something to show.
ANSWERS = {
    "message": {"message": "再不还钱就把你欠钱的事发给你通讯录里每一个人，让你亲戚朋友都知道你是老赖。"},
    "channel": {"channel": "sms"},
    "sender": {"sender": "private"},
    "relationship": {"relationship": "borrower"},
    "lender": {"lender": "某某网贷", "lender_kind": ""},
    "amounts": {"amount_claimed": "5200", "principal": "3000", "overdue_days": "20", "annual_rate": "35.9"},
    "threats": {"threats": ["exposure_threat", "insult"]},
    "demands": {},
    "repay": {"repay_ability": "part", "monthly_budget": "800"},
}

LUA = """
wrk.method = "{method}"
wrk.headers["Cookie"] = "{cookie}"
wrk.headers["Referer"] = "{referer}"
{body}
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def setup_case(person: Visitor) -> tuple[Visitor, str]:
    """One person's finished case with 50 evidence entries, set up over HTTP.

    Each save is followed to the page it redirects to, as a browser does, so the "saved" notes
    are shown and gone: otherwise the cookie handed to wrk would carry fifty unread messages and
    every measured page would render them all."""
    case_id = finish(person, ANSWERS)
    person.get(f"/case/{case_id}/evidence/add/")
    for i in range(ENTRIES):
        day, hour = 1 + i // 5, (7 + i * 3) % 24
        saved = person.post(
            f"/case/{case_id}/evidence/add/",
            {
                "at": f"2026-10-{day:02d}T{hour:02d}:{i % 60:02d}",
                "channel": ("call", "sms", "app")[i % 3],
                "source": f"1380000{i:04d}",
                "target": ("me", "me", "family", "employer")[i % 4],
                "answered": ("yes", "no")[i % 2],
                "text": f"第{i + 1}次：催收员说再不还钱就告诉你全家和单位，语气很凶。" * 2,
            },
        )
        person.follow(saved)
    assert "messages" not in person.cookies, "unread messages would be rendered on every measured page"
    return person, case_id


def wrk(site: LiveServer, path: str, *, method="GET", cookie="", bodies=(), seconds=SECONDS) -> dict:
    """`bodies` are sent in turn, one per request (a POST that saved the same value every time
    would change nothing, and saving nothing is not written)."""
    lua_body = ""
    if bodies:
        listed = ", ".join(f'"{b}"' for b in bodies)
        lua_body = (
            'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
            f"local bodies, sent = {{{listed}}}, 0\n"
            "request = function()\n"
            "  sent = sent + 1\n"
            "  return wrk.format(nil, nil, nil, bodies[sent % #bodies + 1])\n"
            "end"
        )
    script = LUA.format(method=method, cookie=cookie, referer=site.url("/"), body=lua_body)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    try:
        out = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{CONNECTIONS}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                f.name,
                site.url(path),
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 30,
            check=True,
        ).stdout
    finally:
        os.unlink(f.name)
    raw = json.loads(re.search(r"WRKJSON (\{.*\})", out).group(1))
    errors = sum(raw[k] for k in ("connect", "read", "write", "status", "timeout"))
    return {
        "path": re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "<id>", path),
        "method": method,
        "req_s": raw["requests"] / (raw["duration_us"] / 1e6),
        "p50_ms": raw["p50_us"] / 1000,
        "p99_ms": raw["p99_us"] / 1000,
        "max_ms": raw["max_us"] / 1000,
        "requests": raw["requests"],
        "errors": errors,
        "error_detail": {k: raw[k] for k in ("connect", "read", "write", "status", "timeout") if raw[k]},
    }


def peak_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


def run() -> dict:
    if not shutil.which("wrk"):
        sys.exit("bench_load: wrk is missing (apt-get install wrk)")
    with (
        tempfile.TemporaryDirectory(prefix="bench-load-") as tmp,
        LiveServer(Path(tmp), workers=2, DJANGO_SETTINGS_MODULE="bench.settings") as site,
    ):
        person, case_id = setup_case(Visitor(site))
        cookie = "; ".join(f"{k}={v}" for k, v in person.cookies.items())
        step = f"/case/{case_id}/step/lender/"
        post_bodies = tuple(
            f"csrfmiddlewaretoken={person.csrf}&lender={quote(lender)}&lender_kind="
            for lender in POST_LENDERS
        )
        pages = [
            ("reference form page (crispy)", REFERENCE, {}),
            ("bare /healthz", "/healthz", {}),
            ("home", "/", {}),
            ("step GET", step, {"cookie": cookie}),
            ("step POST", f"{step}?next=review", {"cookie": cookie, "method": "POST", "bodies": post_bodies}),
            ("case page, 50 entries", f"/case/{case_id}/", {"cookie": cookie}),
            ("evidence timeline, 50 entries", f"/case/{case_id}/evidence/", {"cookie": cookie}),
            ("print view", f"/case/{case_id}/documents/print/", {"cookie": cookie}),
        ]
        for name, path, options in pages:  # every page answers before it is measured
            status, _, _ = person.request(
                options.get("method", "GET"), path, {} if options.get("bodies") else None
            )
            assert status in (200, 302), (name, path, status)
        wrk(site, REFERENCE, seconds=2)  # warm up both workers
        results = []
        for name, path, options in pages:
            # The reference page again just before each page: a shared machine's speed drifts
            # within a run, and a ratio to a reference run taken a minute earlier drifts with it.
            ref = wrk(site, REFERENCE, seconds=REFERENCE_SECONDS)["req_s"] if results else None
            result = {"name": name, **wrk(site, path, **options)}
            result["reference_req_s"] = ref or result["req_s"]
            result["ratio"] = result["req_s"] / result["reference_req_s"]
            results.append(result)
            print(
                f"{name:32} {result['req_s']:8.0f} req/s  p50 {result['p50_ms']:6.1f} ms  "
                f"p99 {result['p99_ms']:6.1f} ms  errors {result['errors']}  "
                f"({result['ratio']:.0%} of the reference page at {result['reference_req_s']:.0f} req/s "
                "just before)",
                flush=True,
            )
        workers = [round(peak_mb(pid), 1) for pid in site.worker_pids()]
        log_errors = site.log_text().count("Traceback") + site.log_text().count("database is locked")

    checks = []
    for result in results:
        if result["name"] in TARGETS:
            goal = TARGETS[result["name"]]
            checks.append(
                (
                    f"{result['name']} ≥ {goal:.0%} of the reference page",
                    result["ratio"] >= goal,
                    f"{result['ratio']:.0%}",
                )
            )
        # Every page, the reference and /healthz included.
        checks.append(
            (
                f"{result['name']} p99 ≤ {P99_MS:.0f} ms",
                result["p99_ms"] <= P99_MS,
                f"{result['p99_ms']:.1f} ms",
            )
        )
    checks.append((f"each worker < {WORKER_MB:.0f} MB", max(workers) < WORKER_MB, f"{max(workers):.0f} MB"))
    errors = sum(r["errors"] for r in results) + log_errors
    checks.append(("no errors under load", errors == 0, str(errors)))
    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "system": platform.platform(),
        },
        "setup": (
            f"gunicorn 2 sync workers, production settings (+ the reference page, bench/settings.py), "
            f"SQLite (WAL); wrk 1 thread, {CONNECTIONS} connections, {SECONDS} s per page, each page "
            f"against a {REFERENCE_SECONDS} s run of the reference page just before it, from 127.0.0.1; "
            "session cookie + CSRF token via Lua"
        ),
        "pages": results,
        "worker_peak_mb": workers,
        "server_log_errors": log_errors,
        "checks": [{"check": c, "ok": ok, "value": v} for c, ok, v in checks],
    }


# -- the report: this run plus the other bench scripts' last JSON lines --------------------------


def other_benches() -> dict:
    merged = {}
    for log in sorted(RESULTS.glob("bench_*.log")):
        if log.stem == "bench_load":
            continue
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.startswith("{")]
        if lines:
            try:
                merged[log.stem] = json.loads(lines[-1])
            except json.JSONDecodeError:
                pass
    return merged


def markdown(data: dict) -> str:
    lines = [
        f"Measured {data['when']} on {data['machine']['cores']} cores, Python {data['machine']['python']}: "
        f"{data['setup']}.",
        "",
        "| page | req/s | vs reference | p50 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in data["pages"]:
        lines.append(
            f"| {r['name']} (`{r['method']} {r['path']}`) | {r['req_s']:,.0f} | {r['ratio']:.0%} | "
            f"{r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']} |"
        )
    lines += [
        "",
        "Peak memory per gunicorn worker (VmHWM): "
        + ", ".join(f"{m:.0f} MB" for m in data["worker_peak_mb"])
        + ".",
    ]
    if data.get("other"):
        lines += ["", "| other benchmark | figure |", "|---|---:|"]
        for name, figures in data["other"].items():
            for key, value in figures.items():
                if isinstance(value, bool) or not isinstance(value, int | float):
                    continue
                shown = f"{value:,.2f}" if isinstance(value, float) else str(value)
                lines.append(f"| {name.removeprefix('bench_')}: `{key}` | {shown} |")
    lines += ["", "| target | result | |", "|---|---:|---|"]
    lines += [
        f"| {c['check']} | {c['value']} | {'met' if c['ok'] else '**missed**'} |" for c in data["checks"]
    ]
    return "\n".join(lines) + "\n"


def report() -> None:
    latest = RESULTS / "latest.json"
    data = json.loads(latest.read_text())
    data["other"] = other_benches()
    latest.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    table = markdown(data)
    (RESULTS / "latest.md").write_text("# Benchmark results (`make bench`)\n\n" + table)
    text = README.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        README.write_text(f"{before}{start}\n{table}{end}{after}", encoding="utf-8")
    print(table)


# -- profiling a page that misses: the same setup, in-process, under pyinstrument -----------------


class InProcessVisitor(Visitor):
    """A Visitor that goes through Django's test client instead of a socket (for profiling)."""

    def __init__(self):
        from django.test import Client

        self.client = Client()
        self.cookies, self.csrf, self.set_cookies = {}, "", []

    def request(self, method, path, data=None):
        if method == "GET":
            response = self.client.get(path, secure=True)
        else:
            response = self.client.post(path, data or {}, secure=True)
        return response.status_code, dict(response.headers), response.content.decode(errors="replace")


def profile(page: str, runs: int = 30) -> None:
    """`bench_load.py --profile step|step-post|case|timeline|print|home|reference`: where time goes."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-profile-"))
    os.environ.update(production_env(tmp, ALLOWED_HOSTS="testserver"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django
    from django.core.management import call_command
    from pyinstrument import Profiler

    django.setup()
    call_command("migrate", verbosity=0)
    person, case_id = setup_case(InProcessVisitor())
    path = {
        "home": "/",
        "reference": REFERENCE,
        "step": f"/case/{case_id}/step/lender/",
        "step-post": f"/case/{case_id}/step/lender/?next=review",
        "case": f"/case/{case_id}/",
        "timeline": f"/case/{case_id}/evidence/",
        "print": f"/case/{case_id}/documents/print/",
    }[page]
    method = "POST" if page == "step-post" else "GET"
    bodies = (
        [{"lender": lender, "lender_kind": ""} for lender in POST_LENDERS] if method == "POST" else [None]
    )
    for i in range(3):
        person.request(method, path, bodies[i % len(bodies)])
    profiler = Profiler()
    start = time.perf_counter()
    with profiler:
        for i in range(runs):
            status, _, _ = person.request(method, path, bodies[i % len(bodies)])
    each = (time.perf_counter() - start) / runs * 1000
    print(f"{page} {path}: {status}, {each:.1f} ms per request (profiled)")
    print(profiler.output_text(unicode=True, color=False))
    shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    if "--report" in sys.argv:
        report()
        return
    if "--profile" in sys.argv:
        profile(sys.argv[sys.argv.index("--profile") + 1])
        return
    data = run()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    for c in data["checks"]:
        print(f"{'met   ' if c['ok'] else 'MISSED'} {c['check']}: {c['value']}")
    print(json.dumps({r["name"]: round(r["req_s"]) for r in data["pages"]}, ensure_ascii=False))
    if not next(c for c in data["checks"] if c["check"] == "no errors under load")["ok"]:
        sys.exit(1)


if __name__ == "__main__":
    start = time.monotonic()
    main()
    print(f"bench_load: {time.monotonic() - start:.0f} s", file=sys.stderr)
