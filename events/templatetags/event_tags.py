"""Template tags of the events: the landing's next events and an event's time in its own zone."""

from django import template
from django.utils import timezone, translation

from events.models import EventIndexPage, EventPage

register = template.Library()


@register.simple_tag
def next_events(count=3):
    """The next events of the visitor's language that are not over yet, soonest first."""
    return list(
        EventPage.objects.live()
        .filter(locale__language_code=translation.get_language(), end__gt=timezone.now())
        .defer("body")
        .order_by("start")[:count]
    )


@register.simple_tag
def events_index():
    return EventIndexPage.objects.live().filter(locale__language_code=translation.get_language()).first()


@register.filter
def utc_offset(moment):
    """ "UTC+09:00" for an aware local time; the offset in use on that date, daylight saving included."""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


@register.inclusion_tag("events/includes/event_when.html")
def event_when(event):
    start, end = event.local_start, event.local_end
    return {
        "event": event,
        "start": start,
        "end": end,
        "same_day": start.date() == end.date(),
        "zone_name": event.time_zone.replace("_", " "),
        "zone": event.zone,
        "now": timezone.now(),
    }
