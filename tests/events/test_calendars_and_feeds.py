"""Machine-readable events: .ics per event, a calendar and an Atom feed per language, schema.org JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from events.models import EventKind, EventPage

from .conftest import add_event, local

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def parse_events(content):
    calendar = Calendar.from_ical(content)
    return calendar, {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_an_events_ics_parses_back_to_the_same_start_end_zone_and_uid(client, empty_index):
    event = add_event(
        empty_index,
        "Seoul webinar",
        local(2024, 6, 1, 9, 0, "Asia/Seoul"),
        local(2024, 6, 1, 10, 30, "Asia/Seoul"),
        registration_url="https://meet.example.org/seoul",
    )
    response = client.get(event.calendar_url())

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    calendar, events = parse_events(response.content)
    (uid, vevent), *others = events.items()
    assert not others
    assert uid == f"{event.translation_key}@r4blp"
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert start == event.start and end == event.end
    assert start.tzinfo == ZoneInfo("Asia/Seoul") and start.hour == 9
    assert vevent["DTSTART"].params["TZID"] == "Asia/Seoul"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]
    assert str(vevent["URL"]) == f"http://testserver{event.url}"
    assert str(vevent["CONFERENCE"]) == "https://meet.example.org/seoul"
    assert "https://meet.example.org/seoul" in str(vevent["DESCRIPTION"])
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]


def test_the_uid_is_the_same_in_every_language_and_on_every_download(client, events_index):
    english = EventPage.objects.get(slug="nature-based-solutions", locale__language_code="en")
    arabic = english.get_translation(english.locale.__class__.objects.get(language_code="ar"))

    _cal, first = parse_events(client.get(english.calendar_url()).content)
    _cal, again = parse_events(client.get(english.calendar_url()).content)
    _cal, in_arabic = parse_events(client.get(arabic.calendar_url()).content)

    assert first.keys() == again.keys() == in_arabic.keys()
    assert str(next(iter(in_arabic.values()))["SUMMARY"]) == arabic.title


def test_the_calendar_of_a_language_holds_each_of_its_events_with_their_zones(client, events_index):
    response = client.get("/en/events/calendar.ics")
    assert response.status_code == 200
    calendar, events = parse_events(response.content)

    pages = EventPage.objects.live().filter(locale__language_code="en")
    assert set(events) == {f"{p.translation_key}@r4blp" for p in pages}
    for page in pages:
        vevent = events[f"{page.translation_key}@r4blp"]
        assert vevent.decoded("DTSTART") == page.start
        assert vevent.decoded("DTEND") == page.end
        assert vevent["DTSTART"].params["TZID"] == page.time_zone
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {p.time_zone for p in pages}

    spanish = client.get("/es/events/calendar.ics")
    _cal, events_es = parse_events(spanish.content)
    assert events_es.keys() == events.keys()
    titles = {str(e["SUMMARY"]) for e in events_es.values()}
    assert "Restaurar los ecosistemas degradados" in titles


def test_the_calendar_of_a_language_is_built_once_until_the_next_publish(client, events_index):
    first = client.get("/en/events/calendar.ics").content
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/events/calendar.ics").content
    assert again == first
    assert not [query for query in queries if "events_eventpage" in query["sql"]]

    added = add_event(events_index, "Added", local(2024, 2, 7, 10), local(2024, 2, 7, 11), publish=True)

    _cal, events = parse_events(client.get("/en/events/calendar.ics").content)
    assert f"{added.translation_key}@r4blp" in events
    # The links in the file name the address the calendar was asked for.
    other_host = client.get("/en/events/calendar.ics", HTTP_HOST="localhost").content.decode()
    assert "http://localhost/en/events/" in other_host.replace("\r\n ", "")


def test_calendar_urls_that_name_no_event_are_not_found(client, events_index):
    assert client.get("/en/events/no-such-event/event.ics").status_code == 404
    assert client.get("/en/events/nature-based-solutions/calendar.ics").status_code == 404
    assert client.get("/en/about/calendar.ics").status_code == 404


def test_the_atom_feed_of_each_language_parses_and_lists_its_events(client, events_index):
    for code in ("en", "ar"):
        response = client.get(f"/{code}/events/feed/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = ET.fromstring(response.content)  # noqa: S314 (our own output)
        assert feed.tag == f"{ATOM}feed"
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == code
        for required in ("id", "title", "updated"):
            assert feed.find(f"{ATOM}{required}").text
        entries = feed.findall(f"{ATOM}entry")
        pages = EventPage.objects.live().filter(locale__language_code=code).order_by("-start")
        assert [e.find(f"{ATOM}title").text for e in entries] == [p.title for p in pages]
        for entry, page in zip(entries, pages, strict=True):
            assert entry.find(f"{ATOM}link").get("href") == f"http://testserver{page.url}"
            assert entry.find(f"{ATOM}id").text and entry.find(f"{ATOM}updated").text


def json_ld(html):
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1
    return json.loads(found[0])


def test_json_ld_of_an_online_webinar(client, events_index):
    page = EventPage.objects.get(slug="nature-based-solutions", locale__language_code="en")
    data = json_ld(client.get(page.url).content.decode())

    assert data["@type"] == "Event"
    assert data["startDate"] == "2021-03-17T21:00:00+09:00"
    assert data["endDate"] == "2021-03-17T22:30:00+09:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"
    assert [p["name"] for p in data["performer"]] == ["Kim Min-jun", "Jean-Marc Tremblay", "Renata Gomez"]


def test_json_ld_of_in_person_and_hybrid_meetings(client, empty_index):
    meeting = add_event(
        empty_index,
        "Meeting </script><script>alert(1)</script>",
        local(2025, 9, 3, 9, 0, "America/Toronto"),
        local(2025, 9, 3, 17, 0, "America/Toronto"),
        kind=EventKind.IN_PERSON,
        venue="Palais des congrès",
        city="Montreal",
        country="CA",
    )
    html = client.get(meeting.url).content.decode()
    data = json_ld(html)
    assert data["name"] == "Meeting </script><script>alert(1)</script>"
    assert "<script>alert(1)" not in html
    assert data["startDate"] == "2025-09-03T09:00:00-04:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Palais des congrès",
        "address": {"@type": "PostalAddress", "addressLocality": "Montreal", "addressCountry": "CA"},
    }

    now = timezone.now()
    hybrid = add_event(
        empty_index,
        "Hybrid",
        now + timedelta(days=3),
        now + timedelta(days=3, hours=2),
        kind=EventKind.HYBRID,
        city="Quebec City",
        country="CA",
        registration_url="https://meet.example.org/hybrid",
    )
    data = json_ld(client.get(hybrid.url).content.decode())
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [loc["@type"] for loc in data["location"]] == ["VirtualLocation", "Place"]
    assert data["location"][0]["url"] == "https://meet.example.org/hybrid"


def test_events_behind_a_login_stay_out_of_the_public_calendar_and_feed(client, events_index):
    from wagtail.models import PageViewRestriction

    private = add_event(events_index, "Members only", local(2024, 2, 7, 10), local(2024, 2, 7, 11))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    _cal, events = parse_events(client.get("/en/events/calendar.ics").content)
    assert f"{private.translation_key}@r4blp" not in events
    assert b"Members only" not in client.get("/en/events/feed/").content
    assert client.get(private.calendar_url()).status_code == 302  # to the login page
