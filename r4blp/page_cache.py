"""The content version every cached page, fragment and value is keyed on, and the anonymous page
cache: whole HTML of anonymous GETs, dropped whenever the content changes."""

import hashlib
import uuid
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.utils import timezone
from wagtail import hooks

GENERATION_KEY = "pagecache:generation"
CLOCK_KEY = "pagecache:clock"
# Cookies that mean the response may be personal (a session, pending messages): never cached then.
PERSONAL_COOKIES = ("messages",)
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link")
# The content version as a request first read it: one read of the shared cache per request.
_request_memo = ContextVar("content_version_memo", default=None)


def forget_cached_pages():
    """Start a new generation of cached pages; the old entries are never read again and expire."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    if (memo := _request_memo.get()) is not None:
        memo.clear()


def _generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def content_version(prefetched=None):
    """Names the site's content as visitors see it now: it changes with every publish, unpublish,
    deletion or snippet change, and at each moment a `content_changes_at` hook names (an event
    starting or ending changes its status with no publish at all). Cached HTML is keyed on it.

    It lives in the shared cache (every worker sees a publish made in another); anything keyed on
    it may live in each worker's own memory, since it can never be read once the version moved on."""
    memo = _request_memo.get()
    if memo and "version" in memo:
        return memo["version"]
    values = prefetched if prefetched is not None else cache.get_many([GENERATION_KEY, CLOCK_KEY])
    generation = values.get(GENERATION_KEY) or _generation()
    clock = values.get(CLOCK_KEY)
    now = timezone.now()
    # The clock entry names the generation it was computed in: one computed from older content
    # (a publish may add an earlier moment) is never trusted.
    if clock is None or clock[0] != generation or (clock[1] is not None and clock[1] <= now):
        moments = [moment for when in hooks.get_hooks("content_changes_at") if (moment := when(now))]
        clock = (generation, min(moments, default=None))
        cache.set(CLOCK_KEY, clock, timeout=None)
    version = f"{generation}.{clock[1].timestamp() if clock[1] else 0:.0f}"
    if memo is not None:
        memo["version"] = version
    return version


def cached_until_content_changes(name, compute, timeout=60 * 60 * 24):
    """`compute()`, kept until the content changes (see `content_version`): for what every page
    shows (the landing and menu of a language, a catalogue of snippets) without a query each time.
    Kept in this worker's memory, with the template fragments."""
    local = caches["template_fragments"]
    key = f"value:{content_version()}:{name}"
    value = local.get(key)
    if value is None:
        value = compute()
        local.set(key, value, timeout=timeout)
    return value


class AnonymousPageCacheMiddleware:
    """Serve anonymous GET/HEAD pages from the cache; store fresh 200 HTML responses that carry
    nothing personal (no cookie set, no CSRF token used). `PAGE_CACHE_SECONDS = 0` turns it off.

    Sits after LocaleMiddleware (the language is part of the key) and before CSRF and auth, so a
    hit costs one read of the shared cache and no query; the outer middleware still adds fresh
    security headers. It also keeps the content version read once for the whole request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        memo = _request_memo.set({})
        try:
            return self.serve(request)
        finally:
            _request_memo.reset(memo)

    def serve(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not seconds or not self._cacheable_request(request):
            return self.get_response(request)
        key = self._key(request)
        # One read of the shared cache: the content version and the page as last stored.
        values = cache.get_many([GENERATION_KEY, CLOCK_KEY, key])
        version = content_version(values)
        cached = values.get(key)
        if cached is not None and cached[0] == version:
            _version, content, headers = cached
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._cacheable_response(request, response):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            cache.set(key, (version, response.content, headers), timeout=seconds)
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
        return f"pagecache:{language}:{digest}"
