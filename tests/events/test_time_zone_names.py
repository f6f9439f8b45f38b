"""Event times name their zone in the reader's language (CLDR), never by its IANA id, on every page
that shows one; the server writes them in the styles the browser's script uses."""

import re

import pytest

from events.models import EventIndexPage, EventPage
from home.models import HomePage

from .conftest import add_event, local, translated

pytestmark = pytest.mark.django_db


# "America/Sao_Paulo", or "America/Sao Paulo" as the pages once wrote it.
IANA_ZONE_ID = re.compile(r"\b(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/\w")


def visible_text(html):
    """The page's text as a reader gets it: no scripts, no tags (so no attribute values)."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def zones_shown(html):
    """Each event time's zone part, as a reader sees it (without the isolating markup)."""
    parts = re.findall(r'<span class="event-when__zone">(.*?)</span></span>', html, re.S)
    return [re.sub(r"<[^>]+>", "", part) for part in parts]


@pytest.mark.parametrize("language", ["es", "fr", "pt", "ar"])
def test_no_page_showing_event_times_names_a_zone_by_its_iana_id(client, demo_site, language):
    # The pages that show event times (regions show none): the landing's next events, the index, each event.
    pages = [
        *HomePage.objects.live().filter(locale__language_code=language),
        *EventIndexPage.objects.live().filter(locale__language_code=language),
        *EventPage.objects.live().filter(locale__language_code=language),
    ]
    found = {}
    for page in pages:
        html = client.get(page.url).content.decode()
        assert zones_shown(html), f"{page.url} shows no event time"
        found[page.url] = IANA_ZONE_ID.findall(visible_text(html))
    assert len(pages) > 3
    assert {url: ids for url, ids in found.items() if ids} == {}


@pytest.mark.parametrize(
    ("language", "zone"),
    [
        ("en", "(São Paulo, UTC−03:00)"),
        ("es", "(São Paulo, UTC−03:00)"),
        ("fr", "(São Paulo, UTC−03:00)"),
        ("pt", "(São Paulo, UTC−03:00)"),
        ("ar", "(ساو باولو، UTC−03:00)"),
    ],
)
def test_the_zone_is_named_by_its_city_in_the_readers_language(client, demo_site, language, zone):
    assert zone in zones_shown(client.get(f"/{language}/events/").content.decode())


@pytest.mark.parametrize(
    ("language", "zone", "start", "end"),
    [
        # The same styles as Intl.DateTimeFormat(language, {dateStyle: "medium", timeStyle: "short"}).
        ("en", "(Brussels, UTC+01:00)", "Jan 20, 2026, 4:30 PM", "Jan 21, 2026, 9:00 AM"),
        ("es", "(Bruselas, UTC+01:00)", "20 ene 2026, 16:30", "21 ene 2026, 9:00"),
        ("fr", "(Bruxelles, UTC+01:00)", "20 janv. 2026, 16:30", "21 janv. 2026, 09:00"),
        ("pt", "(Bruxelas, UTC+01:00)", "20 de jan. de 2026 16:30", "21 de jan. de 2026 09:00"),
        ("ar", "(بروكسل، UTC+01:00)", "20\u200f/01\u200f/2026، 4:30 م", "21\u200f/01\u200f/2026، 9:00 ص"),
    ],
)
def test_an_event_time_is_written_in_the_readers_language(client, events_index, language, zone, start, end):
    event = add_event(
        events_index,
        "Two-day workshop",
        local(2026, 1, 20, 16, 30, "Europe/Brussels"),
        local(2026, 1, 21, 9, 0, "Europe/Brussels"),
    )
    if language != "en":
        event = translated(event, language)
    html = client.get(event.url).content.decode()
    when = re.search(r'<p class="event__when">(.*?)</p>', html, re.S).group(1)
    assert re.findall(r"<time datetime=\"[^\"]+\">([^<]+)</time>", when) == [start, end]
    assert zones_shown(when) == [zone]
