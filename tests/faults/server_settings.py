"""Settings of the gunicorn server the fault and load tests start: the test settings, DEBUG off,
database from DATABASE_URL, and the join form's anti-abuse limits opened for one honest load test."""

from r4blp.settings.test import *  # noqa: F403

ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
# 500 applications from one address, sent as fast as the server takes them.
JOIN_FORM_RATE_LIMIT = 100_000
JOIN_FORM_MIN_SECONDS = 0
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "CRITICAL"}}
