"""Template tags of the events: the landing's next events and an event's time in its own zone."""

from django import template
from django.utils import timezone, translation

from events import structured_data
from events.models import EventIndexPage, EventPage
from r4blp.page_cache import cached_until_content_changes

register = template.Library()


# What an event card needs; the StreamFields stay in the database (and out of the cache).
CARD_FIELDS = ("id", "title", "slug", "path", "depth", "url_path", "locale_id", "translation_key")
CARD_FIELDS += ("content_type_id", "start", "end", "time_zone", "kind", "summary")


@register.simple_tag
def next_events(count=3):
    """The next events of the visitor's language that are not over yet, soonest first, and the
    events index; cached until the content changes, which an event ending does."""
    language = translation.get_language()

    def find():
        events = (
            EventPage.objects.live()
            .filter(locale__language_code=language, end__gt=timezone.now())
            .only(*CARD_FIELDS)
            .order_by("start")[:count]
        )
        index = (
            EventIndexPage.objects.live()
            .filter(locale__language_code=language)
            .only("id", "title", "path", "depth", "url_path", "locale_id")
            .first()
        )
        return {"events": list(events), "index": index}

    return cached_until_content_changes(f"next-events:{language}:{count}", find)


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


@register.simple_tag(takes_context=True)
def event_json_ld(context):
    """The event page's schema.org Event, for search engines (in a cached fragment: made once)."""
    return structured_data.event_json_ld(context["page"], context["request"], context["speakers"])
