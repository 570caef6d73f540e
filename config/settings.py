"""Settings for the security-cooperation news archive.

Everything that differs between machines comes from the environment (see config/env.py):
DATABASE_URL selects the database (an SQLite file in the project by default),
SECRET_KEY, DEBUG and ALLOWED_HOSTS have development defaults only.
"""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_database, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        # A public default key in production would let anyone forge sessions and password-reset
        # links: refuse to start rather than run on it.
        raise ImproperlyConfigured(
            "SECRET_KEY is not set and DEBUG is off: set SECRET_KEY in the environment "
            "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "axes",
    "simple_history",
    "django_countries",
    "people.curation",
    "people",
    "events",
    "archive",
    "archive.public",
    "archive.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Readers' requests may read from the replica, when there is one (config/db_router.py).
    "config.db_router.ReplicaReadsMiddleware",
    # Static files served by the application itself (no CDN, no separate server needed).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # ?lang=ar: the interface language named in the address (the hreflang alternates' addresses).
    "archive.public.middleware.LanguageParameterMiddleware",
    # The admin in one language (its own strings are English): config/admin_language.py.
    "config.admin_language.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Who made a change in a form: the user of the request, in the change's history row.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

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
                "archive.public.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {"default": env_database("DATABASE_URL", str(BASE_DIR / "db.sqlite3"))}

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The article list's covering index (INCLUDE columns) is a PostgreSQL read path; SQLite
    # builds the same index without them, which is all the development default needs.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]

# -- Task queue (Celery; config/celery.py, archive/tasks.py) ----------------------------------
# Queued imports (`import_articles --queue`, uploads in the admin) go through RabbitMQ to
# `celery -A config worker` processes. PostgreSQL deployments default to the broker on this host;
# the SQLite default has none: tasks then run eagerly, in the process that queues them.
_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
_BROKER = env_str("CELERY_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672//" if _POSTGRES else "")
CELERY_TASK_ALWAYS_EAGER = not _BROKER
CELERY_BROKER_URL = _BROKER or "memory://"  # never used when eager; no AMQP default to warn about
CELERY_TASK_EAGER_PROPAGATES = True
# One queue per database by default: workers of two archives sharing a broker (or two developers'
# databases on one machine) never take each other's batches.
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", f"archive-import-{Path(str(DATABASES['default']['NAME'])).name}")
# A batch is long (seconds to minutes): a worker takes one at a time, acknowledges it when done,
# and one lost mid-batch gives it back to the queue.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Files a queued import gives each task (see archive/importer/queued.py).
IMPORT_BATCH_FILES = env_int("IMPORT_BATCH_FILES", 200)
# Uploads in the admin (archive/uploads.py): stored under IMPORT_UPLOAD_DIR, which every worker
# must see at the same path (a shared volume when workers run on other machines).
IMPORT_UPLOAD_DIR = Path(env_str("IMPORT_UPLOAD_DIR", str(BASE_DIR / "uploads")))
IMPORT_UPLOAD_MAX_BYTES = env_int("IMPORT_UPLOAD_MAX_BYTES", 200_000_000)
IMPORT_ZIP_MAX_BYTES = env_int("IMPORT_ZIP_MAX_BYTES", 1_000_000_000)  # uncompressed, all zips of an upload
IMPORT_ZIP_MAX_MEMBERS = env_int("IMPORT_ZIP_MAX_MEMBERS", 50_000)
# Uploaded files over this size go to a temporary file rather than memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5_000_000

# -- Read scaling (config/db_router.py) ---------------------------------------------------------
# With DATABASE_REPLICA_URL (a PostgreSQL streaming replica), the readers' requests read from it;
# writes, the admin, commands and workers use the primary.
if env_str("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = env_database("DATABASE_REPLICA_URL", "")
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["config.db_router.ReplicaRouter"]

AUTHENTICATION_BACKENDS = [
    # First: refuses a login attempt from a client locked out for too many failures.
    "config.security.LoginRateLimitBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("ar", "العربية"), ("en", "English")]
# The language of every admin page (config/admin_language.py): the one its strings are written in.
ADMIN_PREFIX = "/admin/"
ADMIN_LANGUAGE = env_str("ADMIN_LANGUAGE", "en")
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
LOCALE_PATHS = [BASE_DIR / "config" / "locale"]
# The API's throttling counters. The public pages cache nothing: what they would have to count
# on a page view is precomputed at write time (archive/coverage.py).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The API's policy (authentication, permissions, throttles, pagination, filters, renderers)
# is set once, in archive.api.mixins.ArchiveAPIMixin; only what DRF reads globally is here.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "archive.api.schema.ArchiveAutoSchema",
    "EXCEPTION_HANDLER": "archive.api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
# Requests per client: anonymous readers by IP address, token holders by account.
API_THROTTLE_RATES = {
    "anon": env_str("API_ANON_RATE", "120/minute"),
    "user": env_str("API_USER_RATE", "2000/minute"),
}
API_PAGE_SIZE = 50
API_MAX_PAGE_SIZE = 500
# Article lists count their rows up to this many ("count_capped" beyond it): an exact COUNT of a
# filtered list at 100,000 articles costs more than the page (archive.api.pagination).
API_COUNT_CAP = 1000

SPECTACULAR_SETTINGS = {
    "TITLE": "Security cooperation news archive API",
    "DESCRIPTION": (
        "Read the archive (published articles, the persons, organizations and events they name) and, "
        "with an editor's token, curate it. The article detail is the archive interchange format."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ReviewEnum": "people.models.Review",
        "StatusEnum": "archive.models.Article.Status",
        "OrganizationKindEnum": "people.models.Organization.Kind",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# -- Deployment security (all pass `check --deploy` when DEBUG is off) ------------------------
# Behind a reverse proxy that terminates TLS, set BEHIND_PROXY=1: Django then trusts the proxy's
# X-Forwarded-Proto to know a request came over HTTPS (and the login rate limit reads the
# client's address from X-Forwarded-For). Only set it when the proxy overwrites those headers.
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
# The proxy may redirect to HTTPS itself: SECURE_SSL_REDIRECT=0 leaves it to the proxy.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
# HSTS: a year once in production (0 in development, or browsers remember it for localhost);
# preload asks browsers to ship the rule (SECURE_HSTS_PRELOAD=0 before the domain is ready for it).
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# Content-Security-Policy (django-csp; Django 5.2 has none built in). Scripts only from this
# site, never inline: a stored value that slips through as markup cannot run. Inline *styles*
# are allowed because the admin's widgets set style attributes; they cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Login rate limit (django-axes): after AXES_FAILURE_LIMIT failed attempts from one address for
# one user name, that pair is locked out for AXES_COOLOFF_TIME hours; a success resets the count.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "config.security.client_ip"
