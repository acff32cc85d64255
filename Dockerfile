# syntax=docker/dockerfile:1
# 催收应对顾问 — production image. Database and secrets come from the environment:
#   SECRET_KEY (or SECRET_KEY_FILE), FIELD_ENCRYPTION_KEYS, ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS,
#   DATABASE_URL (PostgreSQL; SQLite at /data/db.sqlite3 when unset), MEDIA_ROOT.

FROM python:3.13-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN python -m venv /venv
# Exactly the pinned runtime dependencies, each file checked against its hash (`make lock`).
COPY requirements.txt ./
RUN /venv/bin/pip install --upgrade "pip>=25.1" \
    && /venv/bin/pip install --require-hashes --no-deps -r requirements.txt
COPY . .
# collectstatic needs settings but no real secret: a dummy key for this step only.
RUN DEBUG=0 SECRET_KEY=collectstatic-only FIELD_ENCRYPTION_KEYS=Y29sbGVjdHN0YXRpYy1vbmx5LWR1bW15LWtleS0xMjM= \
    /venv/bin/python manage.py collectstatic --noinput

FROM python:3.13-slim
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PATH="/venv/bin:$PATH" \
    SQLITE_PATH=/data/db.sqlite3 MEDIA_ROOT=/data/media
RUN useradd --system --uid 10001 --home-dir /app advisor \
    && mkdir -p /data/media && chown -R advisor /data
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build --chown=advisor /app /app
USER advisor
EXPOSE 8000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"
CMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn advisor.wsgi --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-2} --access-logfile - --access-logformat '%(h)s %(t)s \"%(m)s %(U)s\" %(s)s %(b)s %(M)sms'"]
