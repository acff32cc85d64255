"""Memory of a gunicorn worker while it receives 200 MB of evidence and exports it as a ZIP.

    .venv/bin/python bench/bench_export.py      (part of `make bench`)

Starts gunicorn as in production (one sync worker, DEBUG off, SQLite and media in a temporary
folder), then over real HTTP: one POST of the evidence form with 10 files of almost 20 MB each
(the per-file limit; 200 MB, the per-case quota), then GET /case/<id>/export/ read to its end.
The worker's peak memory (VmHWM) is reset before each phase (/proc/<pid>/clear_refs) and read
after it. Target: the export's peak under 150 MB whatever the case's size (issue 18). Prints
one line, then one JSON line for scripts; exits 1 if a request failed.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_load import peak_mb  # noqa: E402
from tests.browser.live import LiveServer, Visitor  # noqa: E402

FILES = 10
FILE_BYTES = 20 * 1024 * 1024 - 4096  # just under the 20 MB per-file limit
TARGET_MB = 150
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
    b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\r\xefF\xb8"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def reset_peak(pid: int) -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # resets VmHWM to the current RSS


def current_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def multipart(fields: dict[str, str], files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        )
    for filename, data in files:
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{filename}"\r\n'
            "Content-Type: image/png\r\n\r\n"
        )
        parts += [head.encode(), data, b"\r\n"]
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp, LiveServer(Path(tmp), workers=1) as site:
        person = Visitor(site)
        case_id = person.start_case()
        person.get(f"/case/{case_id}/evidence/add/")  # the form's CSRF token
        [worker] = site.worker_pids()
        idle_mb = current_mb(worker)

        data = PNG + bytes(FILE_BYTES - len(PNG))  # zero padding after IEND is not a hidden format
        body, content_type = multipart(
            {"csrfmiddlewaretoken": person.csrf, "at": "2026-11-20T23:10", "channel": "call",
             "target": "me", "answered": "yes"},
            [(f"截图{i}.png", data) for i in range(FILES)],
        )  # fmt: skip
        headers = {
            "Content-Type": content_type,
            "Cookie": "; ".join(f"{k}={v}" for k, v in person.cookies.items()),
            "Referer": site.url("/"),
        }
        reset_peak(worker)
        began = time.perf_counter()
        request = urllib.request.Request(
            site.url(f"/case/{case_id}/evidence/add/"), body, headers, method="POST"
        )
        try:
            with person.opener.open(request, timeout=300) as response:
                upload_status = response.status
        except urllib.error.HTTPError as answer:  # the redirect after a save is not followed
            upload_status = answer.code
        upload_s = time.perf_counter() - began
        upload_peak = peak_mb(worker)
        del body

        reset_peak(worker)
        began = time.perf_counter()
        size = 0
        request = urllib.request.Request(
            site.url(f"/case/{case_id}/export/"), headers={"Cookie": headers["Cookie"]}
        )
        with person.opener.open(request, timeout=300) as response:
            export_status = response.status
            while chunk := response.read(1 << 20):
                size += len(chunk)
        export_s = time.perf_counter() - began
        export_peak = peak_mb(worker)
        errors = site.log_text().count("Traceback")

    stored_mb = FILES * FILE_BYTES / 1024 / 1024
    print(
        f"upload of {FILES} files, {stored_mb:.0f} MB: {upload_s:.1f} s, worker peak {upload_peak:.0f} MB; "
        f"export of that case ({size / 1024 / 1024:.0f} MB ZIP): {export_s:.1f} s, worker peak "
        f"{export_peak:.0f} MB (idle {idle_mb:.0f} MB; target < {TARGET_MB} MB)"
    )
    print(
        json.dumps(
            {
                "bench": "export",
                "case_mb": round(stored_mb, 1),
                "zip_mb": round(size / 1024 / 1024, 1),
                "idle_worker_mb": round(idle_mb, 1),
                "upload_s": round(upload_s, 2),
                "upload_worker_peak_mb": round(upload_peak, 1),
                "export_s": round(export_s, 2),
                "export_worker_peak_mb": round(export_peak, 1),
                "export_under_target": export_peak < TARGET_MB,
            }
        )
    )
    # 302: the form saved all ten files (a quota or size refusal would answer 200 with the form).
    if upload_status != 302 or export_status != 200 or errors:
        sys.exit(f"bench_export: upload {upload_status}, export {export_status}, {errors} tracebacks")


if __name__ == "__main__":
    main()
