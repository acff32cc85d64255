"""How long the evidence log page takes to render for a case with 1,000 entries.

    DEBUG=1 .venv/bin/python bench/bench_timeline.py

Sets Django up on a fresh SQLite database in a temporary directory (the checkout's db.sqlite3
and media are never touched), fills one case with 1,000 entries (a quarter with pasted text,
a few with files), renders /case/<id>/evidence/ several times through the test client and prints
the median, then one JSON line for scripts.
"""

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENTRIES = 1000
RUNS = 7


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-timeline-"))
    os.environ.setdefault("DEBUG", "1")
    os.environ["SQLITE_PATH"] = str(tmp / "bench.sqlite3")
    os.environ["MEDIA_ROOT"] = str(tmp / "media")
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "advisor.settings")

    import django

    django.setup()

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from cases.core.rules import CHINA_TZ
    from cases.models import Case
    from evidence.log import read as read_log
    from evidence.models import Attachment, Entry
    from evidence.timeline import figures, timeline

    # Not setup_test_environment(): its instrumented template rendering would be measured too.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    call_command("migrate", verbosity=0)

    client = Client()
    client.post("/start/")
    case = Case.objects.get()
    start = __import__("datetime").datetime(2026, 1, 1, 9, 0, tzinfo=CHINA_TZ)
    Entry.objects.bulk_create(
        Entry(
            case=case,
            at=start + timedelta(hours=3 * i, minutes=i % 60),
            channel=("call", "sms", "app", "call")[i % 4],
            answered=i % 3 != 0,
            target="family" if i % 19 == 0 else "me",
            source=f"1380000{i % 9:04d}",
            text=(f"第{i}条：今天下午五点前必须还清，否则我们上门找你家人和单位。" if i % 4 == 0 else ""),
        )
        for i in range(ENTRIES)
    )
    png = (ROOT / "static" / "img" / "favicon.svg").read_bytes()  # any bytes: rendering never reads files
    for entry in Entry.objects.filter(case=case).order_by("at")[:20]:
        Attachment.store(entry, png, "截图.png", "image", "image/png")

    url = f"/case/{case.id}/evidence/"
    first = client.get(url)  # loads the templates and the analyzer's patterns
    assert first.status_code == 200, first.status_code
    assert first.content.decode().count('<li class="entry') == ENTRIES
    timings = []
    for _ in range(RUNS):
        began = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        timings.append(time.perf_counter() - began)
        assert response.status_code == 200
    median_ms = statistics.median(timings) * 1000
    # The share of that spent reading, decrypting and counting (the rest is the template).
    service = []
    for _ in range(RUNS):
        began = time.perf_counter()
        log = read_log(Case.objects.get(pk=case.pk))
        timeline(log), figures(log)
        service.append(time.perf_counter() - began)
    service_ms = statistics.median(service) * 1000
    print(
        f"evidence log, {ENTRIES} entries: median {median_ms:.1f} ms over {RUNS} renders "
        f"({service_ms:.1f} ms of it reading and counting), {len(queries)} queries"
    )
    print(
        json.dumps(
            {
                "bench": "timeline",
                "entries": ENTRIES,
                "runs": RUNS,
                "median_ms": round(median_ms, 1),
                "min_ms": round(min(timings) * 1000, 1),
                "max_ms": round(max(timings) * 1000, 1),
                "service_median_ms": round(service_ms, 1),
                "queries": len(queries),
                "html_bytes": len(response.content),
            }
        )
    )


if __name__ == "__main__":
    main()
