"""The landing's live figures: computed from live pages by each app's hook, cached until a publish."""

import math

from django.core.cache import cache
from django.utils import timezone
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
        cache.set(CACHE_KEY, figures, timeout=seconds_until_figures_change())
    return figures


def seconds_until_figures_change():
    """None (until the next publish), unless a `live_figures_change_at` hook names a moment when a
    figure changes with no publish at all (a webinar ending): the cache must expire then."""
    moments = [moment for when in hooks.get_hooks("live_figures_change_at") if (moment := when())]
    if not moments:
        return None
    return max(1, math.ceil((min(moments) - timezone.now()).total_seconds()))


def forget_live_figures():
    cache.delete(CACHE_KEY)
