"""Cable Archive settings: every value from the environment, safe defaults for a fresh checkout.

SQLite and a Whoosh index under var/ need nothing installed; DATABASE_URL
(PostgreSQL) and SEARCH_URL (elasticsearch7://, solr://) move to servers.
"""
from pathlib import Path

import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(environ.Env().str("VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")
# A development key only works with DEBUG; production must set SECRET_KEY.
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key" if DEBUG else environ.Env.NOTSET)
# Login throttling and sessions outlive a browser tab only as long as needed.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 12)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "haystack",
    "simple_history",
    "axes",
    "cables",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: locks out repeated failed admin logins.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("LOGIN_COOLOFF_HOURS", default=0.25)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_RESET_ON_SUCCESS = True

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

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
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'archive.sqlite3'}")}
# From the URL's query (README, Configuration): ?conn_max_age=60 keeps connections
# open between requests; ?conn_health_checks=true tests a kept one before reusing it.
if isinstance(DATABASES["default"].get("CONN_HEALTH_CHECKS"), str):
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = DATABASES["default"]["CONN_HEALTH_CHECKS"].lower() in ("1", "true", "yes", "on")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Writers wait for the lock instead of failing at once; WAL lets readers go on
    # while one writes, and NORMAL sync is safe with WAL and far faster per commit.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        timeout=20, init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", transaction_mode="IMMEDIATE"
    )

HAYSTACK_CONNECTIONS = {"default": env.search_url("SEARCH_URL", default=f"whoosh://{VAR_DIR / 'whoosh_index'}")}
# Errors must reach the index queue (which retries and keeps the update) instead of
# being logged and dropped, Haystack's default.
HAYSTACK_CONNECTIONS["default"]["SILENTLY_FAIL"] = False
if HAYSTACK_CONNECTIONS["default"]["ENGINE"] == "haystack.backends.whoosh_backend.WhooshEngine":
    HAYSTACK_CONNECTIONS["default"]["ENGINE"] = "cables.search_backend.ArchiveWhooshEngine"
HAYSTACK_SIGNAL_PROCESSOR = "cables.signals.ArchiveSignalProcessor"
# `ingest` indexes in a separate `drain_index` process started with this process's
# environment; off where the database in use is not the one that environment names.
INGEST_INDEX_IN_BACKGROUND = True
# `ingest` refuses larger files (one line saying so); `ingest --max-mb` overrides.
INGEST_MAX_BYTES = int(env.float("INGEST_MAX_MB", default=5) * 2**20)
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20
# Every indexed model is the archive's: skip Haystack's per-query narrowing by model,
# which reads every matching document on Whoosh.
HAYSTACK_LIMIT_TO_REGISTERED_MODELS = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # the Django 6 default, already

# Production hardening, on whenever DEBUG is off (`manage.py check --deploy`).
# HTTPS=0 is for serving the production configuration on this machine over plain
# HTTP (`make run`): secure cookies would never reach a http://127.0.0.1 page.
HTTPS = env.bool("HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = HTTPS
# Behind a reverse proxy (README): the proxy says whether the visitor used HTTPS, and
# who the visitor is, for the login lockout (else every visitor is the proxy).
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
if BEHIND_PROXY:
    AXES_CLIENT_IP_CALLABLE = "archive.proxy.client_ip"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp) on every page, the admin's included: scripts,
# styles, images and fonts only from this site, no inline script or style, no
# plugins, no framing, forms posting only here. A link from a file that got past the
# http/https check still could not run script (javascript: is inline script).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
