"""Anonymous page cache: whole HTML of anonymous GETs, dropped whenever the content changes."""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

GENERATION_KEY = "pagecache:generation"
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


def cached_until_content_changes(name, compute, timeout=60 * 60 * 24):
    """`compute()`, kept until the next publish, unpublish, deletion or snippet change: for what every
    page shows (the landing and menu of a language, a catalogue of snippets) without a query each time."""
    key = f"pagecache:{_generation()}:value:{name}"
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
        return f"pagecache:{_generation()}:{language}:{digest}"
