"""Template context for every page: what cached fragments are keyed on."""

from django.utils.functional import SimpleLazyObject

from r4blp.page_cache import content_version as current_content_version


def content_version(request):
    # Lazy and read once: only templates that cache a fragment ask the cache for it.
    return {"content_version": SimpleLazyObject(current_content_version)}


def page_address(request):
    # The whole address (scheme, host, path and query) as one key part, worked out once per request.
    return {"page_address": SimpleLazyObject(request.build_absolute_uri)}
