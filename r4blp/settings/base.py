"""Settings shared by every environment; each value that differs per host comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from r4blp.countries import cldr_country_names

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "regions",
    "events",
    "forms",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "django_countries",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

# The security headers come first so that static files and cached pages carry them too; a cached
# page is served before any session, language or routing work.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "r4blp.security.SiteCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "r4blp.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "r4blp.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "r4blp.wsgi.application"

# SQLite is the embedded default; DATABASE_URL (postgres://...) selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several threads write applications at once; wait for the lock instead of failing.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caching (r4blp/page_cache.py says how it works). The shared cache holds the content generation
# (which every worker reads once per request) and the join form's rate limits: Redis when REDIS_URL
# is set, whose outage only makes pages slower; otherwise files on this host, which its worker
# processes and commands share. Pages are kept in each worker's memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "r4blp"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                # A Redis that stops answering costs each request this long at most, not a worker.
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / ".cache")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "r4blp-pages",
    "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_ENTRIES", "1000"))},
}
# Anonymous pages: kept at the origin this many seconds at most (0: not kept), by a CDN or proxy
# (s-maxage) and by browsers (max-age); a CDN may serve a stale copy while it fetches a new one.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))
CDN_CACHE_SECONDS = int(os.environ.get("CDN_CACHE_SECONDS", "300"))
CDN_STALE_SECONDS = int(os.environ.get("CDN_STALE_SECONDS", "60"))
BROWSER_CACHE_SECONDS = int(os.environ.get("BROWSER_CACHE_SECONDS", "0"))
# The CDN or proxy purged after each change, if any: an HTTP PURGE address (Varnish, nginx),
# Cloudflare, or CloudFront (which needs boto3 and the usual AWS_* variables).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: interface (Django) and content (Wagtail) use the same five.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("ar", _("Arabic")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# django-countries' names in every language but English come from CLDR: its own catalogues misspell
# some (Arabic "أسبانيا") and mix Portuguese variants.
COUNTRIES_OVERRIDE = cldr_country_names()
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
USE_THOUSAND_SEPARATOR = True
FORMAT_MODULE_PATH = ["r4blp.formats"]
LANGUAGE_COOKIE_NAME = "r4blp_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
LANGUAGE_COOKIE_SAMESITE = "Lax"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers and crawlers ask for at the site root (/favicon.ico), served as they are by whitenoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Mail: the Policy Officer's notifications and the applicants' confirmations.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "R4BLP <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# The join form's defences (forms/spam.py): posts per visitor address per hour, the quickest a human
# fills the form in, and the request header holding the visitor's address behind a proxy.
JOIN_FORM_RATE_LIMIT = int(os.environ.get("JOIN_FORM_RATE_LIMIT", "10"))
JOIN_FORM_MIN_SECONDS = int(os.environ.get("JOIN_FORM_MIN_SECONDS", "3"))
JOIN_FORM_CLIENT_IP_HEADER = os.environ.get("JOIN_FORM_CLIENT_IP_HEADER", "REMOTE_ADDR")

# The language of the join form's notification to the Policy Officer, unless the officer has an account
# whose admin language says otherwise.
POLICY_OFFICER_LANGUAGE = os.environ.get("POLICY_OFFICER_LANGUAGE", LANGUAGE_CODE)

# Background work (emails): the database queue in production, run at once elsewhere.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}

WAGTAIL_SITE_NAME = "R4BLP"
# The admin makes no request to other sites either: no Gravatar, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: on PostgreSQL one backend per language, each indexing and searching its own pages with
# its language's text search configuration (home/search.py; configurations made by the home app's
# migrations). English is the default, which also indexes images and documents. SQLite has one.
SEARCH_CONFIGS = {
    "en": "r4blp_english",
    "es": "r4blp_spanish",
    "fr": "r4blp_french",
    "pt": "r4blp_portuguese",
    "ar": "arabic",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS = {
        "default" if code == LANGUAGE_CODE else code: {
            "BACKEND": "home.search.LanguageSearchBackend",
            "LANGUAGE_CODE": code,
            "SEARCH_CONFIG": config,
            "INDEXES_UNTRANSLATED": code == LANGUAGE_CODE,
        }
        for code, config in SEARCH_CONFIGS.items()
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "r4blp.uploads.SizeLimitedDocumentForm"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
    if os.environ.get("DEEPL_API_KEY")
    else {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Security headers on every response (HSTS and Secure cookies are switched on in production).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Scripts only from our own static files: no inline script, no eval, no third party. The admin gets
# its own, laxer policy (r4blp.security). Video embeds are the one third-party frame we allow.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Admin login throttling: five wrong passwords for one user name from one address lock it for an hour.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind the TLS proxy the visitor's address is the last hop it appended to X-Forwarded-For.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "0")) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if AXES_IPWARE_PROXY_COUNT else ("REMOTE_ADDR",)
)
