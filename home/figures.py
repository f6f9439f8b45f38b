"""The landing's live figures: computed from live pages by each app's hook, cached until a publish."""

from django.core.cache import cache
from wagtail import hooks

CACHE_KEY = "home:live-figures"
FIGURE_KEYS = ("members", "inhabitants", "territory_km2", "webinars")


def live_figures():
    """Every figure the landing can show; apps fill theirs through the `register_live_figures` hook."""
    figures = cache.get(CACHE_KEY)
    if figures is None:
        figures = dict.fromkeys(FIGURE_KEYS, 0)
        for compute in hooks.get_hooks("register_live_figures"):
            figures.update(compute())
        cache.set(CACHE_KEY, figures, timeout=None)
    return figures


def forget_live_figures():
    cache.delete(CACHE_KEY)
