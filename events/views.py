"""iCalendar files beside the page tree: `/<lang>/events/calendar.ics` and `/<lang>/events/<slug>.ics`.

Wagtail only routes paths ending in "/", so these files get a URL pattern of their own."""

from django.http import Http404
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .calendars import calendar_response
from .models import EventIndexPage, EventPage


def live_page_at(request, path):
    page = Page.find_for_request(request, path)
    if page is None or not page.live:
        raise Http404
    return page


@require_GET
def event_calendar(request, page_path, name):
    if name == "calendar":
        index = live_page_at(request, f"/{page_path}")
        if not isinstance(index, EventIndexPage):
            raise Http404
        events = index.events().defer("body").order_by("start")
        return calendar_response(
            events, request, filename=f"{index.slug}.ics", name=f"{index.title} · R4BLP", attachment=False
        )
    event = live_page_at(request, f"/{page_path}{name}/")
    if not isinstance(event, EventPage):
        raise Http404
    return calendar_response([event], request, filename=f"{event.slug}.ics", name=event.title)
