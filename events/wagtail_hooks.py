"""The landing's "webinars held" figure and the events listed on the regions' target pages."""

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from r4blp.page_cache import cached_until_content_changes
from regions.targets import TargetItem, TargetListing

from .models import EventKind, EventPage


def webinars():
    """Live online webinars of the default language: each event counted once, not once per translation."""
    return EventPage.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE, kind=EventKind.ONLINE
    )


@hooks.register("register_live_figures")
def webinars_held():
    """A webinar counts as held once it ends, with no publish: kept until the clock's minute turns
    or an event changes."""
    held = cached_until_content_changes(
        "webinars-held",
        lambda: webinars().filter(end__lte=timezone.now()).count(),
        clock=True,
        shows=["events.EventPage"],
    )
    return {"webinars": held}


@hooks.register("register_target_listings")
def events_on_target(target, request):
    """The events of the target page's language that work on this target, newest first."""
    events = list(
        EventPage.objects.live()
        .filter(
            locale_id=target.locale_id, targets__framework=target.framework, targets__number=target.number
        )
        .distinct()
        .only("id", "title", "path", "depth", "url_path", "locale_id", "start", "time_zone", "kind")
        .order_by("-start")
    )
    if not events:
        return None
    items = [
        TargetItem(
            event.title,
            event.get_url(request),
            f"{event.get_kind_display()}, {date_format(event.local_start, 'DATE_FORMAT')}",
        )
        for event in events
    ]
    return TargetListing(heading=_("Webinars and meetings"), items=items)
