"""The landing's live figures: computed from live pages by each app's hook, kept until the clock's
minute turns."""

from wagtail import hooks

from r4blp.page_cache import cached_until_content_changes

FIGURE_KEYS = ("members", "inhabitants", "territory_km2", "webinars")


def live_figures():
    """Every figure the landing can show; apps fill theirs through the `register_live_figures` hook.
    A webinar counts as held once it ends, with no publish: kept until the clock's minute turns."""
    return cached_until_content_changes("live-figures", compute_live_figures, clock=True)


def compute_live_figures():
    figures = dict.fromkeys(FIGURE_KEYS, 0)
    for compute in hooks.get_hooks("register_live_figures"):
        figures.update(compute())
    return figures
