"""The content version every cached page, fragment and value is keyed on, and the anonymous page
cache: whole HTML of anonymous GETs, dropped whenever the content changes."""

import hashlib
import re
import uuid
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import timezone, translation
from wagtail import hooks

from r4blp.csrf import get_token

GENERATION_KEY = "pagecache:generation"
# Cookies that mean the response may be personal (a session, pending messages): never cached then.
PERSONAL_COOKIES = ("messages",)
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "Vary", "Cache-Control", "Expires")
# A hidden form field as Django's {% csrf_token %} and our templates write it.
HIDDEN_FIELD = re.compile(rb'(<input type="hidden" name="([\w-]+)" value=")[^"]*(")')
CSRF_FIELD = "csrfmiddlewaretoken"
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

    A form page may be kept too when its view names, in `response.refilled_fields`, the hidden
    fields that hold a visitor's own values: the CSRF token, and fields for which a
    `page_cache_refills` hook gives a maker ({name: callable(request)}). Each hit gets new ones.

    Sits right after the static files, before sessions, languages, routing, CSRF and auth: a hit
    is one look into this worker's memory, with no query, no round trip and none of that work. Only
    addresses that name their language (/es/...) are kept, so the language is read from the path
    alone. The security and CSP middleware sit outside it and add fresh headers to every hit. It
    also keeps the content version read once for the whole request."""

    def __init__(self, get_response):
        self.get_response = get_response
        # What a hit with a form uses to read the visitor's CSRF cookie and to set it.
        self.csrf = CsrfViewMiddleware(get_response)

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
            return self._hit(request, *cached)
        response = self.get_response(request)
        if self._cacheable_response(request, response):
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            refilled = getattr(response, "refilled_fields", ())
            # The visitor's own values are blanked; kept only if each of them was found.
            content, found = self._fill(response.content, dict.fromkeys(refilled, ""))
            if found == set(refilled):
                pages.set(key, (content, headers, refilled), timeout=seconds)
                response["X-Page-Cache"] = "miss"
        return response

    def _hit(self, request, content, headers, refilled):
        if refilled:
            self.csrf.process_request(request)  # the visitor's CSRF cookie, if any, for get_token
            makers = {CSRF_FIELD: get_token}
            for more in hooks.get_hooks("page_cache_refills"):
                makers.update(more())
            content, _found = self._fill(content, {name: makers[name](request) for name in refilled})
        response = HttpResponse(content, headers=headers)
        # Known here, so the server need not send the page in chunks (CommonMiddleware, which would
        # add it, sits further in).
        response["Content-Length"] = str(len(content))
        response["X-Page-Cache"] = "hit"
        if refilled:
            self.csrf.process_response(request, response)  # sets the CSRF cookie a new visitor needs
        return response

    @staticmethod
    def _fill(content, values):
        """`content` with the hidden fields named in `values` set to them, and the names found."""
        values = {name.encode(): value.encode() for name, value in values.items()}
        found = set()

        def fill(match):
            if match[2] not in values:
                return match[0]
            found.add(match[2].decode())
            return match[1] + values[match[2]] + match[3]

        return HIDDEN_FIELD.sub(fill, content), found

    @staticmethod
    def _cacheable_request(request):
        if request.method not in ("GET", "HEAD"):
            return False
        cookies = request.COOKIES
        return settings.SESSION_COOKIE_NAME not in cookies and not any(c in cookies for c in PERSONAL_COOKIES)

    @staticmethod
    def _cacheable_response(request, response):
        if (
            request.method != "GET"
            or response.status_code != 200
            or response.streaming
            or not response.get("Content-Type", "").startswith("text/html")
        ):
            return False
        refilled = getattr(response, "refilled_fields", ())
        if CSRF_FIELD in refilled:
            # A form page whose tokens this cache gives each visitor anew: its CSRF cookie is the
            # visitor's own and set again on every hit; it stays private to browsers and proxies.
            return set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
        return (
            not response.cookies
            # A page holding a CSRF token is tied to this visitor's cookie: never shared.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _key(request, language):
        url = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(url.encode()).hexdigest()
        return f"{content_version()}:{language}:{digest}"
