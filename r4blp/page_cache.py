"""Anonymous page cache: whole HTML of anonymous GETs, dropped whenever the content changes."""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from wagtail import hooks

GENERATION_KEY = "pagecache:generation"
CLOCK_KEY = "pagecache:clock"
# Cookies that mean the response may be personal (a session, pending messages): never cached then.
PERSONAL_COOKIES = ("messages",)
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link")


def forget_cached_pages():
    """Start a new generation of cached pages; the old entries are never read again and expire."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def content_version():
    """Names the site's content as visitors see it now: it changes with every publish, unpublish,
    deletion or snippet change, and at each moment a `content_changes_at` hook names (an event
    starting or ending changes its status with no publish at all). Cached HTML is keyed on it."""
    values = cache.get_many([GENERATION_KEY, CLOCK_KEY])
    generation = values.get(GENERATION_KEY) or _generation()
    clock = values.get(CLOCK_KEY)
    now = timezone.now()
    # The clock entry names the generation it was computed in: one computed from older content
    # (a publish may add an earlier moment) is never trusted.
    if clock is None or clock[0] != generation or (clock[1] is not None and clock[1] <= now):
        moments = [moment for when in hooks.get_hooks("content_changes_at") if (moment := when(now))]
        clock = (generation, min(moments, default=None))
        cache.set(CLOCK_KEY, clock, timeout=None)
    return f"{generation}.{clock[1].timestamp() if clock[1] else 0:.0f}"


def cached_until_content_changes(name, compute, timeout=60 * 60 * 24):
    """`compute()`, kept until the content changes (see `content_version`): for what every page
    shows (the landing and menu of a language, a catalogue of snippets) without a query each time."""
    key = f"pagecache:{content_version()}:value:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    return value


class AnonymousPageCacheMiddleware:
    """Serve anonymous GET/HEAD pages from the cache; store fresh 200 HTML responses that carry
    nothing personal (no cookie set, no CSRF token used). `PAGE_CACHE_SECONDS = 0` turns it off.

    Sits after LocaleMiddleware (the language is part of the key) and before CSRF and auth, so a
    hit costs two cache reads and no query; the outer middleware still adds fresh security headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not seconds or not self._cacheable_request(request):
            return self.get_response(request)
        key = self._key(request)
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._cacheable_response(request, response):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            cache.set(key, (response.content, headers), timeout=seconds)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _cacheable_request(request):
        if request.method not in ("GET", "HEAD"):
            return False
        cookies = request.COOKIES
        return settings.SESSION_COOKIE_NAME not in cookies and not any(c in cookies for c in PERSONAL_COOKIES)

    @staticmethod
    def _cacheable_response(request, response):
        return (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            # A page holding a CSRF token is tied to this visitor's cookie: never shared.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and response.get("Content-Type", "").startswith("text/html")
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _key(request):
        language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
        url = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(url.encode()).hexdigest()
        return f"pagecache:{content_version()}:{language}:{digest}"
