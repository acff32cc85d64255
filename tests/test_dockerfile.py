"""The image cannot be built on this machine (no Docker engine), so read it for the essentials."""

from pathlib import Path

DOCKERFILE = (Path(__file__).resolve().parent.parent / "Dockerfile").read_text()


def test_it_is_multi_stage_on_python_313_slim():
    froms = [line for line in DOCKERFILE.splitlines() if line.startswith("FROM ")]
    assert len(froms) == 2
    assert all("python:3.13-slim" in line for line in froms)


def test_it_runs_as_a_non_root_user():
    assert "useradd" in DOCKERFILE
    assert "\nUSER advisor\n" in DOCKERFILE


def test_it_collects_static_files_at_build_time():
    assert "manage.py collectstatic --noinput" in DOCKERFILE


def test_it_serves_with_gunicorn_and_checks_health():
    assert "gunicorn advisor.wsgi" in DOCKERFILE
    assert "HEALTHCHECK" in DOCKERFILE and "/healthz" in DOCKERFILE


def test_it_logs_no_query_strings_or_bodies():
    # %(U)s is the path without the query string; request bodies are never logged.
    assert "%(U)s" in DOCKERFILE and "%(r)s" not in DOCKERFILE


def test_secrets_come_from_the_environment_not_the_image():
    assert "ENV SECRET_KEY" not in DOCKERFILE
    assert "ENV FIELD_ENCRYPTION_KEYS" not in DOCKERFILE


def test_it_installs_the_pinned_dependencies_with_their_hashes():
    assert "COPY requirements.txt" in DOCKERFILE
    assert "--require-hashes" in DOCKERFILE and "-r requirements.txt" in DOCKERFILE
