"""Template tags of the events: the landing's next events and an event's time in its own zone."""

from babel import Locale
from babel.dates import format_date, format_time, get_datetime_format, get_timezone_location
from django import template
from django.utils import timezone, translation

from events import structured_data
from events.models import EventIndexPage, EventPage
from r4blp.page_cache import FRAME, cached_until_content_changes

register = template.Library()


# What an event card needs; the StreamFields stay in the database (and out of the cache).
CARD_FIELDS = ("id", "title", "slug", "path", "depth", "url_path", "locale_id", "translation_key")
CARD_FIELDS += ("content_type_id", "start", "end", "time_zone", "kind", "summary")


@register.simple_tag
def next_events(count=3):
    """The next events of the visitor's language that are not over yet, soonest first, and the
    events index; an event ending leaves them with no publish, so kept until the clock's minute turns."""
    language = translation.get_language()
    # The index is the frame's (a child of the landing): kept while events come and go.
    index = cached_until_content_changes(
        f"events-index:{language}",
        lambda: (
            EventIndexPage.objects.live()
            .filter(locale__language_code=language)
            .only("id", "title", "path", "depth", "url_path", "locale_id")
            .first()
        ),
        shows=FRAME,
    )

    def find():
        events = index.events() if index else EventPage.objects.none()
        events = events.filter(end__gt=timezone.now()).only(*CARD_FIELDS).order_by("start")[:count]
        return {"events": list(events), "index": index}

    return cached_until_content_changes(
        f"next-events:{language}:{count}", find, clock=True, shows=["events.EventPage"]
    )


@register.filter
def utc_offset(moment):
    """ "UTC+09:00" for an aware local time; the offset in use on that date, daylight saving included."""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def visitor_locale():
    """The CLDR locale of the page's language ("pt" is Brazilian Portuguese in CLDR too)."""
    return Locale.parse(translation.to_locale(translation.get_language() or "en"))


def moment_text(moment, locale, with_date=True):
    """CLDR's medium date and short time joined by the locale's pattern ("{1}, {0}" in English).
    static/js/events.js writes the visitor's own time from the same styles (the browser's
    Intl.DateTimeFormat) and the same pattern, so the two read alike."""
    # CLDR puts a narrow no-break space before "PM"; browsers write a plain one (Chromium and
    # Firefox chose to, for the sake of pages that parse times), and so does the server.
    time = format_time(moment, "short", tzinfo=moment.tzinfo, locale=locale).replace("\u202f", " ")
    if not with_date:
        return time
    date = format_date(moment, "medium", locale=locale)
    return date_time_pattern(locale).replace("{1}", date).replace("{0}", time)


def date_time_pattern(locale):
    # Browsers carry older CLDR data than Babel, whose patterns sometimes differ ("{1}, {0}" or
    # "{1} {0}" in Portuguese): the script is given this one.
    return get_datetime_format("medium", locale=locale)


def zone_label(zone_name, locale):
    """The zone named by its city in the visitor's language ("Bruselas", "بروكسل"), as CLDR spells
    it; none for UTC, which the offset beside it already says."""
    if zone_name in ("UTC", "Etc/UTC"):
        return ""
    return get_timezone_location(zone_name, locale=locale, return_city=True)


@register.inclusion_tag("events/includes/event_when.html")
def event_when(event):
    start, end = event.local_start, event.local_end
    locale = visitor_locale()
    same_day = start.date() == end.date()
    return {
        "event": event,
        "start": start,
        "end": end,
        "start_text": moment_text(start, locale),
        "end_text": moment_text(end, locale, with_date=not same_day),
        "zone_label": zone_label(event.zone.key, locale),
        "offset": utc_offset(start),
        "date_time_pattern": date_time_pattern(locale),
    }


@register.simple_tag(takes_context=True)
def event_json_ld(context):
    """The event page's schema.org Event, for search engines."""
    return structured_data.event_json_ld(context["page"], context["request"], context["speakers"])
