"""Settings for 催收应对顾问, driven by environment variables (healthchecks' hc/settings.py style).

With no environment at all it refuses to start unless DEBUG is set; `make run` sets DEBUG=1
and serves on SQLite. Production sets SECRET_KEY (or SECRET_KEY_FILE), FIELD_ENCRYPTION_KEYS,
ALLOWED_HOSTS and, for PostgreSQL, DATABASE_URL.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    return os.getenv(name, default).strip().lower() in ("1", "true", "yes", "on")


def envint(name: str, default: str) -> int:
    value = os.getenv(name, default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from None


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


def envsecret(name: str, default: str = "") -> str:
    """A secret from NAME, or from the file named by NAME_FILE (Docker secrets)."""
    path = os.getenv(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return os.getenv(name, default)


DEBUG = envbool("DEBUG", "False")
# Set by manage.py for `assess`, which reads no stored data: a random per-process key is safe.
STATELESS_COMMAND = envbool("ADVISOR_STATELESS_COMMAND", "False")

SECRET_KEY = envsecret("SECRET_KEY")
if not SECRET_KEY and STATELESS_COMMAND:
    SECRET_KEY = secrets.token_urlsafe(50)
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY (or SECRET_KEY_FILE) in the environment, "
            "or DEBUG=1 for local development."
        )
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production-0123456789abcdef"

# Fernet keys for the sensitive fields and files, comma-separated, newest first. Old keys stay
# in the list until `manage.py rotate_keys` has re-encrypted everything with the newest one.
FIELD_ENCRYPTION_KEYS = envlist("FIELD_ENCRYPTION_KEYS", envsecret("FIELD_ENCRYPTION_KEYS"))
if not FIELD_ENCRYPTION_KEYS and not (DEBUG or STATELESS_COMMAND):
    raise ImproperlyConfigured(
        "FIELD_ENCRYPTION_KEYS is not set. Generate one with "
        "`python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'`."
    )

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
SITE_ROOT = os.getenv("SITE_ROOT", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "bootstrap",
    "crispy_forms",
    "crispy_bootstrap5",
    "cases",
    "evidence",
    "axes",
    "accounts",
    "documents",
]

MIDDLEWARE = [
    "cases.middleware.head_as_get",  # first: every view and middleware below sees a GET
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cases.middleware.refresh_session",
    "cases.middleware.no_store_case_pages",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns lockouts into a page
]

ROOT_URLCONF = "advisor.urls"
CSRF_FAILURE_VIEW = "cases.errors.csrf_failure"  # in Chinese, showing back what was typed
WSGI_APPLICATION = "advisor.wsgi.application"

# Django's template engine for every page. With DEBUG off (and, since Django 4.1, with it on too)
# Django wraps these loaders in its cached loader: each template is parsed once per process.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cases.context_processors.site",
            ],
            # Display-only filters (defang, clip) every template may use without {% load %}.
            "builtins": ["cases.templatetags.display"],
        },
    },
]

# Every form is rendered by django-crispy-forms with its Bootstrap 5 pack (cases.forms.StepForm
# gives each form its FormHelper): labels, help text and errors tied by aria-describedby.
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# SQLite by default, in WAL mode with a busy timeout so two gunicorn workers saving at once
# wait for each other instead of failing with "database is locked".
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{os.getenv('SQLITE_PATH', BASE_DIR / 'db.sqlite3')}",
        # Keep connections between requests: opening one (and, for SQLite, re-running the PRAGMAs)
        # on every request cost a third of a questionnaire step's throughput.
        conn_max_age=envint("DB_CONN_MAX_AGE", "600"),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Argon2 for new passwords; the others only so that older hashes can still be checked.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
# django-axes first, so a locked-out client is refused before its password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:cases"

# Login throttling (django-axes, counted in the database so all workers agree): 5 failures
# lock that username from that IP address, and separately that IP address, for 15 minutes,
# with a page that says so. Never the username alone: wrong passwords typed from anywhere must
# not lock its owner out everywhere.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", "15"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
# What axes stores: keyed hashes of the username and the IP address, no user agent
# (accounts/axes_privacy.py).
AXES_HANDLER = "accounts.axes_privacy.PrivateDatabaseHandler"
AXES_USERNAME_CALLABLE = "accounts.axes_privacy.hashed_username"
AXES_CLIENT_IP_CALLABLE = "accounts.axes_privacy.hashed_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
AXES_DISABLE_ACCESS_LOG = True  # no record of every login: who used the site is nobody's business
AXES_VERBOSE = False  # its log lines carry usernames and IP addresses
# Behind a reverse proxy, name the header it sets, e.g. AXES_IPWARE_META_PRECEDENCE_ORDER=HTTP_X_REAL_IP
AXES_IPWARE_META_PRECEDENCE_ORDER = envlist("AXES_IPWARE_META_PRECEDENCE_ORDER", "REMOTE_ADDR")

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploaded evidence lives outside the static root and is only ever served through a view
# that checks ownership; MEDIA_URL is deliberately not routed.
MEDIA_ROOT = Path(os.getenv("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Evidence uploads (evidence/forms.py states the limits on the form). Django streams files above
# FILE_UPLOAD_MAX_MEMORY_SIZE to a temporary file; the limit on each file is checked before it is read.
EVIDENCE_MAX_UPLOAD_MB = envint("EVIDENCE_MAX_UPLOAD_MB", "20")
EVIDENCE_MAX_FILES = 10  # per form submission
# Quotas (evidence/quota.py): all files of one case, and of all the cases one browser can open.
EVIDENCE_CASE_QUOTA_MB = envint("EVIDENCE_CASE_QUOTA_MB", "200")
EVIDENCE_BROWSER_QUOTA_MB = envint("EVIDENCE_BROWSER_QUOTA_MB", "400")
# Uploads above 1 MB are streamed to a temporary file in 64 KB chunks, never held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # the form's text fields, not its files
# Above the form's own limit, so a person sees its message rather than a bare 400 page.
DATA_UPLOAD_MAX_NUMBER_FILES = 2 * EVIDENCE_MAX_FILES
FILE_UPLOAD_PERMISSIONS = 0o600
WHITENOISE_MAX_AGE = 31536000  # hashed file names, so far-future caching is safe

# Content-Security-Policy: nothing from another host, no inline script or style at all.
SECURE_CSP = {
    "default-src": [CSP.NONE],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Sessions live in the database (one table every worker and server shares).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", str(14 * 24 * 3600))
# Expiry counts from the last visit, not the first: cases.middleware.refresh_session moves it
# forward at most every few minutes instead of writing the session on every request.
SESSION_SAVE_EVERY_REQUEST = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "True")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "31536000")
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "True")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Never log request bodies: they hold the messages people paste. Errors go to stderr without
# the request's POST data (Django's default error report includes it).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_personal_data": {"()": "cases.logging.RedactPersonalData"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["no_personal_data"]},
    },
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING"), "propagate": False},
    },
}
DEFAULT_EXCEPTION_REPORTER_FILTER = "cases.logging.PersonalDataReporterFilter"
DEFAULT_EXCEPTION_REPORTER = "cases.logging.PersonalDataExceptionReporter"

# How long an anonymous draft that nobody kept is kept (see `manage.py purge_stale`).
STALE_DRAFT_DAYS = envint("STALE_DRAFT_DAYS", "30")
