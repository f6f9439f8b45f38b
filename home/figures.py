"""The landing's live figures, computed from live pages by each app's hook (which keeps its own until
the pages it counts change)."""

from wagtail import hooks

FIGURE_KEYS = ("members", "inhabitants", "territory_km2", "webinars")


def live_figures():
    """Every figure the landing can show; apps fill theirs through the `register_live_figures` hook."""
    figures = dict.fromkeys(FIGURE_KEYS, 0)
    for compute in hooks.get_hooks("register_live_figures"):
        figures.update(compute())
    return figures
