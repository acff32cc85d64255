"""Settings are driven by the environment; production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "SECRET_KEY": "x" * 20 + "production-secret-key-for-tests-only-0123456789",
    "FIELD_ENCRYPTION_KEYS": "k0Xb6vM3Z2-WlYHk8S7wqQ2m1yqfQ5bZ0u4bS6pQm3E=",
    "ALLOWED_HOSTS": "advisor.example.cn",
    "CSRF_TRUSTED_ORIGINS": "https://advisor.example.cn",
}


def run_python(code: str, env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "DATABASE_URL")}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "advisor.settings", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings_value(expr: str, env: dict) -> str:
    proc = run_python(f"import django; django.setup(); from django.conf import settings; print({expr})", env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_it_refuses_to_start_in_production_without_a_secret_key():
    proc = run_python(
        "import django; django.setup()", {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    )
    assert proc.returncode != 0
    assert "SECRET_KEY is not set" in proc.stderr


def test_it_refuses_to_start_in_production_without_encryption_keys():
    env = {k: v for k, v in PRODUCTION.items() if k != "FIELD_ENCRYPTION_KEYS"}
    proc = run_python("import django; django.setup()", env)
    assert "FIELD_ENCRYPTION_KEYS is not set" in proc.stderr


def test_debug_is_off_unless_set():
    assert settings_value("settings.DEBUG", PRODUCTION) == "False"
    assert settings_value("settings.DEBUG", {"DEBUG": "1"}) == "True"


def test_it_reads_the_secret_key_from_a_file(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("file-secret-" + "y" * 50 + "\n")
    env = {**{k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}, "SECRET_KEY_FILE": str(secret)}
    assert settings_value("settings.SECRET_KEY", env) == "file-secret-" + "y" * 50


def test_it_parses_database_url_for_postgresql():
    env = {**PRODUCTION, "DATABASE_URL": "postgres://advisor:pw@db.internal:5433/advisor"}
    value = settings_value(
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['PORT']", env
    )
    assert value == "django.db.backends.postgresql 5433"


def test_sqlite_is_the_default_and_runs_in_wal_mode_with_a_busy_timeout():
    env = {"DEBUG": "1"}
    assert settings_value("settings.DATABASES['default']['ENGINE']", env) == "django.db.backends.sqlite3"
    options = settings_value("settings.DATABASES['default']['OPTIONS']", env)
    assert "journal_mode=WAL" in options and "busy_timeout" in options


@pytest.mark.django_db
def test_the_sqlite_connection_really_is_in_wal_mode(tmp_path):
    proc = run_python(
        "import django; django.setup(); from django.db import connection; c = connection.cursor();"
        "print(c.execute('PRAGMA journal_mode').fetchone()[0])",
        {"DEBUG": "1", "SQLITE_PATH": str(tmp_path / "wal.sqlite3")},
    )
    assert proc.stdout.strip() == "wal", proc.stderr


def test_it_uses_chinese_and_shanghai_time():
    assert settings_value("settings.LANGUAGE_CODE, settings.TIME_ZONE", PRODUCTION) == "zh-hans Asia/Shanghai"


def test_allowed_hosts_and_csrf_origins_come_from_the_environment():
    value = settings_value("settings.ALLOWED_HOSTS, settings.CSRF_TRUSTED_ORIGINS", PRODUCTION)
    assert value == "['advisor.example.cn'] ['https://advisor.example.cn']"


def test_production_sets_secure_cookies_and_hsts():
    value = settings_value(
        "settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS > 0",
        PRODUCTION,
    )
    assert value == "True True True"


def test_check_deploy_passes_with_the_production_environment():
    proc = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**{k: v for k, v in os.environ.items() if k != "DEBUG"}, **PRODUCTION},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "no issues" in proc.stdout


def test_database_connections_are_kept_between_requests_and_checked():
    value = settings_value(
        "settings.DATABASES['default']['CONN_MAX_AGE'] > 0,"
        " settings.DATABASES['default']['CONN_HEALTH_CHECKS']",
        PRODUCTION,
    )
    assert value == "True True"


def test_brotli_is_a_runtime_dependency_so_collectstatic_writes_br_files():
    proc = run_python("import whitenoise.compress as c; print(c.brotli is not None)", {"DEBUG": "1"})
    assert proc.stdout.strip() == "True"


def test_it_keeps_no_rendered_pages_and_reads_sessions_from_the_database():
    value = settings_value("sorted(settings.CACHES), settings.SESSION_ENGINE", PRODUCTION)
    assert value == "['default'] django.contrib.sessions.backends.db"


def test_a_worker_loads_its_views_when_it_starts_not_on_its_first_request():
    proc = run_python(
        "import sys, advisor.wsgi; print('cases.views' in sys.modules, 'cases.analysis' in sys.modules)",
        PRODUCTION,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "True"]
