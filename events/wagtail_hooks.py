"""The landing's "webinars held" figure, and when it next changes by the clock alone."""

from django.conf import settings
from django.utils import timezone
from wagtail import hooks

from .models import EventKind, EventPage


def webinars():
    """Live online webinars of the default language: each event counted once, not once per translation."""
    return EventPage.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE, kind=EventKind.ONLINE
    )


@hooks.register("register_live_figures")
def webinars_held():
    return {"webinars": webinars().filter(end__lte=timezone.now()).count()}


@hooks.register("live_figures_change_at")
def next_webinar_end():
    # A webinar becomes "held" when it ends, with no publish to clear the cached figure.
    return webinars().filter(end__gt=timezone.now()).order_by("end").values_list("end", flat=True).first()
