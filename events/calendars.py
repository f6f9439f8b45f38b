"""iCalendar (RFC 5545) files: one event to add to a calendar, or a language's calendar to subscribe to."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from .models import page_address


def event_uid(page):
    # The translation key is shared by an event's language versions and never changes: one event
    # stays one calendar entry whichever language's file or feed it came from.
    return f"{page.translation_key}@r4blp"


def event_component(page, request):
    url = page_address(page, request)
    event = Event()
    event.add("uid", event_uid(page))
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("dtstart", page.local_start)
    event.add("dtend", page.local_end)
    event.add("summary", page.title)
    event.add("url", url)
    description = [strip_tags(page.summary)] if page.summary else []
    if page.registration_url:
        description.append(page.registration_url)
        # RFC 7986: where to join; calendars show it as a "join" button.
        event.add("conference", page.registration_url, parameters={"VALUE": "URI"})
    description.append(url)
    event.add("description", "\n\n".join(description))
    place = ", ".join(str(part) for part in (page.venue, page.city, page.country.name) if part)
    location = place if page.is_in_person else page.registration_url
    if location:
        event.add("location", location)
    event.add("status", "CONFIRMED")
    return event


def build_calendar(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//R4BLP//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for page in events:
        calendar.add_component(event_component(page, request))
    # A VTIMEZONE for each zone the events use, so calendars show them at the right time.
    calendar.add_missing_timezones()
    return calendar


def calendar_response(ical, *, filename, attachment=True):
    """The bytes of a calendar (`build_calendar(...).to_ical()`) as a file to download or subscribe to."""
    response = HttpResponse(ical, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
