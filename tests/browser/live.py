"""A real server for the browser journeys, the security headers, the concurrency test and `make bench`.

It is the production setup in miniature: gunicorn with sync workers, DEBUG off, the production
settings with throwaway secrets, a fresh SQLite file in a temp folder, and the collected, hashed,
precompressed static files served by whitenoise — so page weights, headers and throughput are
the ones a person would get. The only concession is plain HTTP on 127.0.0.1: SECURE_SSL_REDIRECT
is off, and a request that says `X-Forwarded-Proto: https` is treated as HTTPS (as behind the
production proxy), which is how the header tests see HSTS.

>>> with LiveServer(Path("/tmp/x")) as site:        # doctest: +SKIP
...     urllib.request.urlopen(site.url("/healthz")).read()
b'OK'
"""

from __future__ import annotations

import http.cookies
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Throwaway production secrets: valid shapes, used for nothing but these temporary servers.
SECRET_KEY = "live-server-secret-key-for-tests-only-" + "q" * 30
FERNET_KEY = "dGVzdHMtbGl2ZS1zZXJ2ZXItZmVybmV0LWtleS0wMDA="


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(workdir: Path, **extra: str) -> dict[str, str]:
    """The process environment of a production deployment on 127.0.0.1, with its data in `workdir`."""
    drop = {"DEBUG", "DATABASE_URL", "SECRET_KEY", "SECRET_KEY_FILE", "FIELD_ENCRYPTION_KEYS"}
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PYTEST_")}
    env.update(
        {
            "SECRET_KEY": SECRET_KEY,
            "FIELD_ENCRYPTION_KEYS": FERNET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "SQLITE_PATH": str(workdir / "db.sqlite3"),
            "MEDIA_ROOT": str(workdir / "media"),
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def ensure_static_collected() -> None:
    """Collect static files if the manifest is missing or older than a source file.

    `make test` already does this; the check keeps a bare `pytest tests/browser` honest too.
    """
    manifest = ROOT / "staticfiles" / "staticfiles.json"
    sources = [p for d in ROOT.glob("*/static") for p in d.rglob("*") if p.is_file()]
    sources += [p for p in (ROOT / "static").rglob("*") if p.is_file()]
    if manifest.exists() and all(p.stat().st_mtime <= manifest.stat().st_mtime for p in sources):
        return
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env={**os.environ, "DEBUG": "1"},
        check=True,
        timeout=300,
    )


class LiveServer:
    """gunicorn on a free port of 127.0.0.1, production settings, its own SQLite file."""

    def __init__(self, workdir: Path, workers: int = 2, threads: int = 1, **env: str):
        self.workdir = Path(workdir)
        self.workers = workers
        self.threads = threads
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = production_env(self.workdir, **env)
        self.log = self.workdir / "gunicorn.log"
        self.proc: subprocess.Popen | None = None

    def url(self, path: str) -> str:
        return self.base + path

    def manage(self, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
        """Run a management command against this server's database and settings."""
        proc = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
        return proc

    def start(self) -> LiveServer:
        self.workdir.mkdir(parents=True, exist_ok=True)
        ensure_static_collected()
        self.manage("migrate", "--noinput")
        cmd = [
            sys.executable,
            "-m",
            "gunicorn",
            "advisor.wsgi",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--worker-class",
            "sync" if self.threads == 1 else "gthread",
            "--threads",
            str(self.threads),
            "--timeout",
            "60",
            # Several servers may run at once (tests, bench): no shared control socket in $HOME.
            "--no-control-socket",
        ]
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}:\n{self.log_text()}")
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer /healthz within 30 s:\n{self.log_text()}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def worker_pids(self) -> list[int]:
        """The gunicorn workers: the master's children."""
        assert self.proc is not None
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")[-5000:] if self.log.exists() else ""

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class Visitor:
    """One person's browser without the browser: a cookie jar, CSRF tokens, no redirects followed.

    Used to set up cases quickly over real HTTP (the concurrency test, the benchmark, lighthouse).
    """

    CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

    def __init__(self, site: LiveServer, *, https: bool = False):
        self.site = site
        # As behind the production proxy: Django then sees HTTPS (HSTS, secure-only checks).
        self.https = https
        # The production cookies are Secure; a browser sends them to 127.0.0.1 over HTTP, but
        # http.cookiejar does not, so the jar is a plain dict.
        self.cookies: dict[str, str] = {}
        self.opener = urllib.request.build_opener(_NoRedirect)
        self.csrf = ""
        self.set_cookies: list[str] = []  # the raw Set-Cookie headers of the last response

    def request(self, method: str, path: str, data: dict | None = None) -> tuple[int, dict, str]:
        body = None
        headers = {"Referer": self.site.url("/")}
        if self.https:
            headers["X-Forwarded-Proto"] = "https"
            headers["Referer"] = headers["Referer"].replace("http://", "https://")
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if data is not None:
            body = urllib.parse.urlencode({"csrfmiddlewaretoken": self.csrf, **data}, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        req = urllib.request.Request(self.site.url(path), data=body, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=30) as response:
                status, head, text = response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            status, head, text = error.code, error.headers, error.read().decode(errors="replace")
        self.set_cookies = head.get_all("Set-Cookie") or []
        for header in self.set_cookies:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        if found := self.CSRF_INPUT.search(text):
            self.csrf = found.group(1)
        return status, dict(head), text

    def follow(self, path: str) -> tuple[int, dict, str]:
        """GET `path` and the redirects it leads to; the last response."""
        for _ in range(5):
            status, head, text = self.request("GET", path)
            if status not in (301, 302, 303, 307, 308):
                break
            path = urllib.parse.urlsplit(head["Location"]).path
        return status, head, text

    def get(self, path: str) -> str:
        status, _, text = self.request("GET", path)
        assert status == 200, (path, status, text[:500])
        return text

    def post(self, path: str, data: dict) -> str:
        """POST a form; returns where it redirected to (a form that comes back with errors fails)."""
        status, head, text = self.request("POST", path, data)
        assert status in (301, 302, 303), (path, status, text[:2000])
        return urllib.parse.urlsplit(head["Location"]).path

    def cookie(self, name: str) -> str:
        return self.cookies[name]

    def start_case(self) -> str:
        """Press the start button on the home page; returns the case id."""
        self.get("/")
        location = self.post("/start/", {})
        return re.search(r"/case/([0-9a-f-]{36})/", location).group(1)

    def answer(self, case_id: str, step: str, data: dict) -> str:
        self.get(f"/case/{case_id}/step/{step}/")
        return self.post(f"/case/{case_id}/step/{step}/", data)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
