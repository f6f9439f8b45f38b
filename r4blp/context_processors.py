"""Template context for every page: the content version that cached fragments are keyed on."""

from django.utils.functional import SimpleLazyObject

from r4blp.page_cache import content_version as current_content_version


def content_version(request):
    # Lazy and read once: only templates that cache a fragment ask the cache for it.
    return {"content_version": SimpleLazyObject(current_content_version)}
