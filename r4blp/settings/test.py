"""Settings for the test suite: fast hashing, mail kept in the outbox, tasks run at once."""

import os
from urllib.parse import urlsplit

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Each test process its own cache (base settings' shared one is for CI's Redis run below).
_shared_cache = CACHES["default"]  # noqa: F405
CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # noqa: F405
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
# The page cache and login throttling are off except in their own tests; `client.login()` gives
# no request to authenticate(), which django-axes needs.
PAGE_CACHE_SECONDS = 0
AXES_ENABLED = False
# Static files come straight from the app folders; no collectstatic before a test run.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT = None

# CI runs the suite once with Redis as the cache (its own database number, flushed between tests).
# Parallel test processes (pytest-xdist's gw0, gw1...) take the numbers below it: a flush in one
# must not empty another's cache.
if REDIS_URL:  # noqa: F405
    _redis = urlsplit(REDIS_URL)  # noqa: F405
    _worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    _database = (int(_redis.path.strip("/") or 0) - _worker) % 16  # Redis has 16 by default
    CACHES = {
        **CACHES,
        "default": {
            **_shared_cache,
            "LOCATION": _redis._replace(path=f"/{_database}").geturl(),
            "KEY_PREFIX": "r4blp-test",
        },
    }
