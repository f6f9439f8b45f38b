"""The events feed, the calendars and the regions' open data come out in the visitor's language, with
nothing left in English, reached the way a visitor reaches them: from the links on the pages."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation
from django.utils.html import strip_tags
from icalendar import Calendar
from wagtail.models import Locale

from events.models import EventIndexPage, EventKind, EventPage
from regions.models import RegionIndexPage
from regions.open_data import COLUMNS

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGES = ["es", "fr", "pt", "ar"]
# What a calendar application shows of an event; the rest are dates, zones and identifiers.
SHOWN = ("SUMMARY", "DESCRIPTION", "LOCATION")


def english(page):
    return page.get_translation(Locale.objects.get(language_code="en"))


def link(html, pattern):
    """The href of the one element of the page whose markup matches `pattern`."""
    found = [
        match.group(1)
        for tag in re.findall(r"<(?:a|link)\b[^>]*>", html)
        if re.search(pattern, tag)
        for match in [re.search(r'href="([^"]+)"', tag)]
    ]
    assert len(found) == 1, (pattern, found)
    return found[0]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def english_texts(pages, *fields):
    """The English wording of these pages' fields, which must not reach a visitor of another language."""
    texts = set()
    for page in pages:
        source = english(page)
        texts |= {strip_tags(getattr(source, name)) for name in fields if getattr(source, name)}
    return texts


def events_of(code):
    index = EventIndexPage.objects.get(locale__language_code=code)
    return index, list(index.events().public().order_by("-start"))


def assert_translated(pages, field="title"):
    """The demo's wording differs from the English in every language: a test that compares a feed with
    these pages would otherwise pass on English too."""
    for page in pages:
        assert getattr(page, field) != getattr(english(page), field), (page.locale.language_code, page.slug)


def shown_text(calendar):
    return "\n".join(
        str(vevent[name]) for vevent in calendar.walk("VEVENT") for name in SHOWN if name in vevent
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_events_feed_is_in_the_visitors_language(client, demo_site, code):
    index, events = events_of(code)
    assert_translated([index, *events])
    assert_translated(events, "summary")
    html = get(client, f"/{code}/events/").content.decode()
    feed_url = link(html, r'type="application/atom\+xml"')
    assert f'title="{index.title}"' in html  # the feed's name as browsers and readers offer it

    response = get(client, feed_url)

    assert response["Content-Language"] == code
    feed = ET.fromstring(response.content)  # noqa: S314 (our own output)
    assert feed.get(XML_LANG) == code
    assert feed.find(f"{ATOM}title").text == f"{index.title} · R4BLP"
    assert feed.find(f"{ATOM}subtitle").text == index.intro
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [event.title for event in events]
    assert [entry.find(f"{ATOM}summary").text for entry in entries] == [event.summary for event in events]
    for entry in entries:
        assert entry.find(f"{ATOM}link").get("href").startswith(f"http://testserver/{code}/events/")
    body = response.content.decode()
    for text in english_texts([index], "title", "intro") | english_texts(events, "title", "summary"):
        assert text not in body, text


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_calendar_of_the_language_is_in_the_visitors_language(client, demo_site, code):
    index, events = events_of(code)
    html = get(client, f"/{code}/events/").content.decode()
    calendar_url = link(html, r'type="text/calendar"')
    assert link(html, r"^<a\b[^>]*\.ics") == calendar_url  # the visible "Subscribe" link is the same

    response = get(client, calendar_url)

    assert response["Content-Language"] == code
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == f"{index.title} · R4BLP"
    vevents = {str(vevent["SUMMARY"]): vevent for vevent in calendar.walk("VEVENT")}
    assert sorted(vevents) == sorted(event.title for event in events)
    for event in events:
        vevent = vevents[event.title]
        assert str(vevent["DESCRIPTION"]).startswith(event.summary)
        assert str(vevent["URL"]) == f"http://testserver{event.url}"
        assert event.url.startswith(f"/{code}/events/")
    shown = shown_text(calendar) + str(calendar["X-WR-CALNAME"])
    for text in english_texts([index], "title") | english_texts(events, "title", "summary", "venue"):
        assert text not in shown, text


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_events_calendar_file_is_in_the_visitors_language(client, demo_site, code):
    meeting = (
        EventPage.objects.live()
        .filter(locale__language_code=code, kind=EventKind.IN_PERSON)
        .exclude(venue="")
        .first()
    )
    assert_translated([meeting])
    assert_translated([meeting], "venue")
    html = get(client, meeting.url).content.decode()

    response = get(client, link(html, r"event\.ics"))

    assert response["Content-Language"] == code
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == meeting.title
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == meeting.title
    assert str(vevent["DESCRIPTION"]).startswith(meeting.summary)
    with translation.override(code):
        country = str(meeting.country.name)
    assert str(vevent["LOCATION"]) == f"{meeting.venue}, {meeting.city}, {country}"
    assert str(vevent["URL"]) == f"http://testserver/{code}/events/{meeting.slug}/"
    for text in english_texts([meeting], "title", "summary", "venue"):
        assert text not in shown_text(calendar), text


def open_data_expected(code):
    """The rows the open data must hold in `code`: each region's page in that language, the country
    and world region named in it, and the English names it must not show instead."""
    index = RegionIndexPage.objects.get(locale__language_code=code)
    regions = list(index.live_regions())
    with translation.override("en"):
        in_english = [(str(r.country.name), str(r.get_world_region_display())) for r in regions]
    with translation.override(code):
        in_language = [(str(r.country.name), str(r.get_world_region_display())) for r in regions]
    # Some names are the same in both (Canada, Europe in French), but not all of them.
    assert all(
        len({pair[column] for pair in in_language} - {pair[column] for pair in in_english}) > 0
        for column in (0, 1)
    )
    return {
        region.slug: {
            "name": region.title,
            "official_name": region.official_name,
            "country_name": names[0],
            "world_region_name": names[1],
            "url": f"http://testserver/{code}/regions/{region.slug}/",
        }
        for region, names in zip(regions, in_language, strict=True)
    }, regions


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_regions_open_data_is_in_the_visitors_language(client, demo_site, code):
    expected, regions = open_data_expected(code)
    assert_translated(regions, "official_name")
    html = get(client, f"/{code}/regions/").content.decode()

    json_response = get(client, link(html, r'type="application/json"'))
    csv_response = get(client, link(html, r'type="text/csv"'))

    data = json.loads(json_response.content)
    assert data["language"] == code
    with translation.override(code):
        assert data["title"] == translation.gettext("R4BLP member regions") != "R4BLP member regions"
    got = {row["url"].rstrip("/").rsplit("/", 1)[1]: row for row in data["regions"]}
    assert {slug: {key: row[key] for key in expected[slug]} for slug, row in got.items()} == expected

    table = list(csv.DictReader(io.StringIO(csv_response.content.decode())))
    # The column names are identifiers (the same as the import's), the same in every language, so a
    # script reads every language's file alike; the values are in the visitor's language.
    assert list(table[0]) == COLUMNS
    assert [
        {key: row[key] for key in expected[row["url"].rstrip("/").rsplit("/", 1)[1]]} for row in table
    ] == [expected[slug] for slug in got]
    for text in english_texts(regions, "official_name"):
        assert text not in json_response.content.decode() and text not in csv_response.content.decode(), text
