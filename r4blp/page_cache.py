"""The content version every cached page, fragment and value is keyed on, and the anonymous page
cache: whole HTML of anonymous GETs, dropped whenever the content changes."""

import hashlib
import uuid
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.utils import timezone, translation
from wagtail import hooks

GENERATION_KEY = "pagecache:generation"
# Cookies that mean the response may be personal (a session, pending messages): never cached then.
PERSONAL_COOKIES = ("messages",)
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "Vary")
# A worker's values are dropped wholesale past this many (one per route, menu, listing...).
MOST_VALUES = 20_000
# The content version as a request first read it: the same for the whole request.
_request_memo = ContextVar("content_version_memo", default=None)


@dataclass(frozen=True)
class _Reading:
    """What this worker last read of the shared generation, and until when it trusts it."""

    generation: str
    changes_at: datetime | None  # the next moment a `content_changes_at` hook named
    trusted_until: datetime

    @property
    def version(self):
        return f"{self.generation}.{self.changes_at.timestamp() if self.changes_at else 0:.0f}"


_reading = None
# Values kept by `cached_until_content_changes`, for the one content version they were made in.
_values_version, _values = None, {}


def forget_cached_pages():
    """Start a new generation of cached pages; the old entries are never read again and expire."""
    global _reading
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
    _reading = None
    if (memo := _request_memo.get()) is not None:
        memo.clear()


def _shared_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _read(now):
    """Read the shared generation; the clock part is worked out again only for a new generation
    (a publish may add an earlier moment) or once its moment has come."""
    generation = _shared_generation()
    known = _reading
    if known and known.generation == generation and (known.changes_at is None or known.changes_at > now):
        changes_at = known.changes_at
    else:
        moments = [moment for when in hooks.get_hooks("content_changes_at") if (moment := when(now))]
        changes_at = min(moments, default=None)
    seconds = getattr(settings, "CONTENT_VERSION_SECONDS", 1)
    return _Reading(generation, changes_at, now + timedelta(seconds=seconds))


def content_version():
    """Names the site's content as visitors see it now: it changes with every publish, unpublish,
    deletion or snippet change, and at each moment a `content_changes_at` hook names (an event
    starting or ending changes its status with no publish at all). Cached HTML is keyed on it.

    Its generation lives in the shared cache, so every worker sees a publish made in another. A
    worker reads it again at most every CONTENT_VERSION_SECONDS (a publish reaches the other
    workers within that time; the worker that published sees it at once), so most requests need
    no round trip to the shared cache at all. Anything keyed on the version may live in each
    worker's own memory: an old version is never asked for again."""
    global _reading
    memo = _request_memo.get()
    if memo and "version" in memo:
        return memo["version"]
    now = timezone.now()
    reading = _reading
    if reading is None or now >= reading.trusted_until or (reading.changes_at and now >= reading.changes_at):
        reading = _reading = _read(now)
    if memo is not None:
        memo["version"] = reading.version
    return reading.version


def cached_until_content_changes(name, compute):
    """`compute()`, kept until the content changes (see `content_version`): for what every page
    shows (the site, a route, the menu of a language, a catalogue of snippets) without a query.

    Kept in this worker's memory as the very object (no copy, no pickling), shared by the
    requests that follow: treat it as read-only."""
    global _values_version, _values
    version = content_version()
    if version != _values_version or len(_values) > MOST_VALUES:
        _values_version, _values = version, {}
    values = _values
    try:
        return values[name]
    except KeyError:
        value = values[name] = compute()
        return value


class AnonymousPageCacheMiddleware:
    """Serve anonymous GET/HEAD pages from the cache; store fresh 200 HTML responses that carry
    nothing personal (no cookie set, no CSRF token used). `PAGE_CACHE_SECONDS = 0` turns it off.

    Sits right after the static files, before sessions, languages, routing, CSRF and auth: a hit
    is one look into this worker's memory, with no query, no round trip and none of that work. Only
    addresses that name their language (/es/...) are kept, so the language is read from the path
    alone. The security and CSP middleware sit outside it and add fresh headers to every hit. It
    also keeps the content version read once for the whole request."""

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
        language = translation.get_language_from_path(request.path_info)
        if not seconds or not language or not self._cacheable_request(request):
            return self.get_response(request)
        pages = caches["pages"]
        key = self._key(request, language)
        cached = pages.get(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._cacheable_response(request, response):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            pages.set(key, (response.content, headers), timeout=seconds)
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
    def _key(request, language):
        url = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(url.encode()).hexdigest()
        return f"{content_version()}:{language}:{digest}"
