"""All of the site's caching, and the one rule that keeps it correct.

- Generations: random values kept in the `default` cache (Redis when REDIS_URL is set, else files
  on this host, which every worker process and command shares), read together once per request.
  Every cached thing is keyed on those it follows, so nothing cached before a change is read after
  it: no list of keys to delete, and a new page type needs no cache code. Each change replaces
  them now and again once its transaction commits:
  - content: every visible change (a page published, unpublished, moved, reordered or deleted; a
    snippet, image, document, setting, site, redirect, locale or privacy setting saved or deleted);
  - frame: what surrounds every page (the landings, the menu, the join page, settings, snippets,
    images, privacy). Every change but a page published, unpublished or saved below the frame;
  - one per page type below the frame ("pages:events.EventPage"): a page of that type published,
    unpublished or saved there.
- Pages: `PageCacheMiddleware` keeps anonymous GET responses that Wagtail or Django answered 200
  with no cookie set, in each worker's memory (`pages` cache), PAGE_CACHE_SECONDS at most, under the
  content generation; a visitor with a session (an editor) and previews are never served from it.
  Those responses are marked `Cache-Control: public, s-maxage=...` for a CDN or proxy; responses
  that say otherwise (the join form is `private, no-store`, with Django's own CSRF token) are left
  alone.
- Values: `cached_until_content_changes` keeps, in worker memory, what many pages share (the menu,
  the landings, catalogues of snippets, figures, the next events), under the generations of what it
  shows: the frame (`shows=FRAME`), pages of some types and the frame (`shows=[...]`), or by default
  all content. A publish thus recounts only what shows its page type, and the first request after
  it costs little more than any other. Nothing is kept per address below the page: that is the page
  cache's work (but for the join form's empty fields, as that page is never kept whole). What
  depends on its arguments alone is kept by them (a map marker; a list card, until the frame
  changes too).
- The clock: an event starting or ending changes no generation. Values and pages that show what the
  clock changes (the next events, webinars held) are keyed on the clock's minute, so both turn with
  it at once and the origin is at most a minute behind the clock; a CDN CDN_CACHE_SECONDS.
- CDN: after the same commits, `wagtail.contrib.frontend_cache` purges the changed page, its
  translations and their ancestors (listings and landings that show it), in every language.
- Redis down: reads and writes fail quietly (django-redis IGNORE_EXCEPTIONS), a request then has
  generations of its own, and every page is drawn afresh: slower, never an error.
"""

import functools
import time
import uuid
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

# Generations, kept in the shared cache: "content" names everything visitors see; "frame" what
# surrounds every page (the landings, the menu, the join page, settings, snippets, images, privacy);
# and one for each page type below the frame, for values that show only pages of their types.
CONTENT, FRAME_SCOPE = "content", "frame"
# `shows=FRAME`: a value that shows no page below the frame.
FRAME = ()
# The frame's pages: the landings (the root's children) and theirs (the menu), and the join page
# that every header links wherever it stands.
FRAME_DEPTH = 3
FRAME_PAGE_TYPES = {"forms.JoinFormPage"}
# The step of the clock that what it changes (the next events, webinars held) is kept for.
CLOCK_SECONDS = 60
# Page fields that a draft, a lock or a comment changes: saving only these shows visitors nothing new.
DRAFT_FIELDS = {"draft_title", "latest_revision", "latest_revision_created_at", "has_unpublished_changes"}
DRAFT_FIELDS |= {"wagtail_admin_comments", "locked", "locked_at", "locked_by", "numchild"}
KEPT_HEADERS = ("Content-Type", "Content-Language", "Cache-Control", "Vary", "Link")
# Cookies that mean a visitor is someone (an editor's session) or has a message waiting.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")

# The generations as this request first read them, by scope, kept for the rest of the request.
_request_generations = ContextVar("request_generations", default=None)
# The scopes values have asked for in this worker: a request reads them all at once.
_scopes_in_use = {CONTENT, FRAME_SCOPE}
# This worker's values, by the scopes they follow: those scopes' generations, and the values by name.
_values = {}


def generation_key(scope):
    return f"generation:{scope}"


def _pages_scope(page_type):
    return f"pages:{page_type}"


def generations(*scopes):
    """The generations of `scopes`: the same through a request, new after a change they follow."""
    memo = _request_generations.get()
    known = {} if memo is None else memo
    if missing := [scope for scope in {*scopes, *_scopes_in_use} if scope not in known]:
        keys = {generation_key(scope): scope for scope in missing}
        found = cache.get_many(keys)
        if len(found) < len(keys):
            for key in keys.keys() - found.keys():
                cache.add(key, uuid.uuid4().hex, timeout=None)
            found = cache.get_many(keys)
        # Missing again when the cache cannot be reached: this request's own, so nothing is shared.
        unshared = f"unshared-{uuid.uuid4().hex}"
        known.update({scope: found.get(key) or unshared for key, scope in keys.items()})
    return tuple(known[scope] for scope in scopes)


def content_version():
    """The content generation, which every visible change replaces."""
    return generations(CONTENT)[0]


def clock_minute():
    """The clock in steps of CLOCK_SECONDS: what the clock changes is kept until it turns."""
    return int(time.time() // CLOCK_SECONDS)


def cached_until_content_changes(name, compute, clock=False, shows=None):
    """`compute()`, kept in this worker's memory until what it `shows` changes, and with `clock`
    until the clock's minute turns too: the very object, shared by the requests that follow
    (read-only). `shows`: None for any content; FRAME for the frame alone; page types ("app.Model")
    for those pages below the frame, and the frame."""
    scopes = (CONTENT,) if shows is None else (FRAME_SCOPE, *map(_pages_scope, shows))
    _scopes_in_use.update(scopes)
    current = generations(*scopes)
    kept_in, values = _values.get(scopes, (None, None))
    if current != kept_in:
        values = {}
        _values[scopes] = (current, values)
    minute = clock_minute() if clock else None
    if name in values and values[name][1] == minute:
        return values[name][0]
    value = compute()
    values[name] = (value, minute)
    return value


def _new_generations(scopes):
    cache.set_many({generation_key(scope): uuid.uuid4().hex for scope in scopes}, timeout=None)
    if memo := _request_generations.get():
        memo.clear()


def content_changed(frame=True, page_type=None):
    """Start new generations now, for this process, and again once the change is committed (another
    worker reading the database in between would keep the old content under the first ones): the
    content's, and the frame's with `frame` (which every value follows), or else the page type's."""
    scopes = {CONTENT, FRAME_SCOPE if frame else _pages_scope(page_type)}
    _new_generations(scopes)
    transaction.on_commit(lambda: _new_generations(scopes))


def _page_content_changed(page, frame=False):
    """A page changed: every value anew with `frame` or when the frame shows the page, else only the
    values that show pages of its type (and the page cache)."""
    model = page.specific_class
    page_type = model._meta.label if model is not None else None
    frame = frame or page_type is None or page_type in FRAME_PAGE_TYPES or page.depth <= FRAME_DEPTH
    content_changed(frame=frame, page_type=page_type)


class PageCacheMiddleware:
    """Serves anonymous GET and HEAD requests from the `pages` cache and marks what may be shared.

    Sits right after the static files: a hit needs no session, routing or database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        memo = _request_generations.set({})
        try:
            return self.serve(request)
        finally:
            _request_generations.reset(memo)

    def serve(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        personal = any(cookie in request.COOKIES for cookie in PERSONAL_COOKIES)
        if personal or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        # The minute too: a page kept no longer than the clock's minute is never behind what the
        # clock changes by more than that minute, whichever of its parts shows it.
        key = f"{content_version()}:{clock_minute()}:{request.build_absolute_uri()}"
        cached = caches["pages"].get(key) if seconds else None
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, headers=headers)
            response["Content-Length"] = str(len(content))  # known: no need to send it in chunks
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self.shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.BROWSER_CACHE_SECONDS,
                s_maxage=settings.CDN_CACHE_SECONDS,
                stale_while_revalidate=settings.CDN_STALE_SECONDS,
            )
            if seconds and response.get("Content-Type", "").startswith("text/html"):
                headers = {name: response[name] for name in KEPT_HEADERS if name in response}
                caches["pages"].set(key, (response.content, headers), timeout=seconds)
                response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def shareable(request, response):
        return (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "Cache-Control" not in response
            and not getattr(request, "is_preview", False)
        )


def _page_urls(page):
    """The page's addresses, its translations' and its ancestors' (listings and landings show it)."""
    translations = page.get_translations().live().specific(defer=True)
    ancestors = page.get_ancestors().filter(depth__gt=1).live().specific(defer=True)
    urls = set()
    for each in (page, *translations, *ancestors):
        if (url := each.get_full_url()) is not None:
            urls.update(url + path.lstrip("/") for path in each.get_cached_paths())
    return urls


def _purge(urls):
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(sorted(urls))


def page_changed(instance, signal=None, **kwargs):
    """A page published, unpublished, moved or deleted: a new generation, and its URLs purged from
    the CDN, as they were before the change (kept here) and as they are after it. A page published
    below the frame leaves the frame alone; a move or a deletion may change the private sections'
    paths, which the frame keeps."""
    from wagtail.signals import page_published, page_unpublished

    _page_content_changed(instance, frame=signal not in (page_published, page_unpublished))
    if settings.WAGTAILFRONTENDCACHE:
        before = _page_urls(instance)
        transaction.on_commit(lambda: _purge(before | _page_urls(instance)))


@functools.cache
def _models_shown_to_visitors():
    """Models other than pages whose changes visitors see (looked up once every app has registered)."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.registry import registry as settings_models
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Locale, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    models = {Site, Locale, Redirect, PageViewRestriction, CollectionViewRestriction}
    models |= {get_image_model(), get_document_model(), *get_snippet_models(), *settings_models}
    return frozenset(models)


def _saved(sender, instance, update_fields=None, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        if kwargs["signal"] is post_delete:
            return  # seen before, by _page_deleting
        # A live page saved directly (by a command or a shell), with no revision published.
        if instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
            _page_content_changed(instance)
    elif sender in _models_shown_to_visitors():
        content_changed()


def _page_deleting(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        page_changed(instance)


def connect_signals():
    """Every change a visitor can see starts a new generation; called once, as the apps start."""
    from wagtail import signals

    # Before a move too, for the addresses the page had.
    for signal in (
        signals.page_published,
        signals.page_unpublished,
        signals.pre_page_move,
        signals.post_page_move,
    ):
        signal.connect(page_changed, dispatch_uid="page-cache")
    for signal in (post_save, post_delete, signals.published, signals.unpublished):
        signal.connect(_saved, dispatch_uid="page-cache")
    pre_delete.connect(_page_deleting, dispatch_uid="page-cache")
