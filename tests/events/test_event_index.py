"""The events index: upcoming first (soonest first), past after (newest first), filters, pages, queries."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import EVENTS_PER_PAGE, EventKind
from home.models import StandardPage
from r4blp.page_cache import content_changed

from .conftest import add_event, local

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return re.findall(r'<h3 class="event-card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_upcoming_events_come_first_soonest_first_then_past_newest_first(client, empty_index):
    now = timezone.now()
    add_event(empty_index, "Past old", local(2018, 5, 1, 10), local(2018, 5, 1, 11))
    add_event(empty_index, "Upcoming later", now + timedelta(days=30), now + timedelta(days=30, hours=1))
    add_event(empty_index, "Past recent", local(2024, 5, 1, 10), local(2024, 5, 1, 11))
    add_event(empty_index, "Happening now", now - timedelta(minutes=30), now + timedelta(minutes=30))
    add_event(empty_index, "Upcoming soon", now + timedelta(days=2), now + timedelta(days=2, hours=1))

    html = client.get(empty_index.url).content.decode()

    assert listed_titles(html) == [
        "Happening now",
        "Upcoming soon",
        "Upcoming later",
        "Past recent",
        "Past old",
    ]
    assert html.index("Upcoming events") < html.index("Happening now") < html.index("Past events")


def test_demo_index_lists_the_upcoming_demo_events_before_the_webinars(client, events_index):
    html = client.get("/en/events/").content.decode()
    titles = listed_titles(html)
    assert titles[:2] == ["Monitoring biodiversity with citizen science", "Annual meeting of member regions"]
    assert titles[2] == "Restoring degraded ecosystems"


def test_past_events_with_a_recording_are_marked(client, empty_index):
    add_event(
        empty_index,
        "Recorded",
        local(2020, 1, 1, 10),
        local(2020, 1, 1, 11),
        recording=[("link", "https://video.example.org/recorded")],
    )
    add_event(empty_index, "Not recorded", local(2019, 1, 1, 10), local(2019, 1, 1, 11))

    html = client.get(empty_index.url).content.decode()

    cards = re.findall(r'<li class="event-card">.*?</li>', html, re.S)
    assert len(cards) == 2
    assert "Recording available" in cards[0] and "Recorded" in cards[0]
    assert "Recording available" not in cards[1]


def test_filters_by_kind_and_year(client, empty_index):
    add_event(empty_index, "Webinar 2019", local(2019, 3, 1, 10), local(2019, 3, 1, 11))
    add_event(empty_index, "Webinar 2021", local(2021, 3, 1, 10), local(2021, 3, 1, 11))
    add_event(
        empty_index, "Meeting 2019", local(2019, 6, 1, 9), local(2019, 6, 1, 17), kind=EventKind.IN_PERSON
    )

    assert listed_titles(client.get(empty_index.url, {"kind": "online"}).content.decode()) == [
        "Webinar 2021",
        "Webinar 2019",
    ]
    assert listed_titles(client.get(empty_index.url, {"year": "2019"}).content.decode()) == [
        "Meeting 2019",
        "Webinar 2019",
    ]
    both = client.get(empty_index.url, {"year": "2019", "kind": "in_person"}).content.decode()
    assert listed_titles(both) == ["Meeting 2019"]
    assert '<option value="2019" selected>2019</option>' in both


def test_an_event_belongs_to_the_year_its_own_clock_shows(client, empty_index):
    # 23:30 on New Year's Eve in Mexico City is already 05:30 on 1 January 2020 in UTC.
    add_event(
        empty_index,
        "New Year Eve in Mexico City",
        local(2019, 12, 31, 23, 30, zone="America/Mexico_City"),
        local(2020, 1, 1, 0, 30, zone="America/Mexico_City"),
    )
    # 00:30 on New Year's Day in Seoul is still 31 December 2020 in UTC.
    add_event(
        empty_index,
        "New Year Day in Seoul",
        local(2021, 1, 1, 0, 30, zone="Asia/Seoul"),
        local(2021, 1, 1, 1, 30, zone="Asia/Seoul"),
    )
    add_event(empty_index, "Webinar 2021", local(2021, 3, 1, 10), local(2021, 3, 1, 11))

    html = client.get(empty_index.url).content.decode()
    assert re.findall(r'<option value="(\d+)"', html) == ["2021", "2019"]
    assert listed_titles(client.get(empty_index.url, {"year": "2019"}).content.decode()) == [
        "New Year Eve in Mexico City"
    ]
    assert listed_titles(client.get(empty_index.url, {"year": "2021"}).content.decode()) == [
        "Webinar 2021",
        "New Year Day in Seoul",
    ]
    assert "Select a valid choice" in client.get(empty_index.url, {"year": "2020"}).content.decode()


def test_unknown_filter_values_show_everything_with_a_message_in_the_visitors_language(client, events_index):
    response = client.get("/en/events/", {"kind": "concert", "year": "next-year", "page": "x"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Select a valid choice" in html
    assert len(listed_titles(html)) == EVENTS_PER_PAGE

    response = client.get("/es/events/", {"kind": "concert"})
    assert response.status_code == 200
    assert "Escoja una opción válida" in response.content.decode()


def test_pagination_keeps_the_filters_and_out_of_range_pages_show_the_last(client, empty_index):
    for day in range(1, 26):
        add_event(empty_index, f"Webinar {day:02d}", local(2022, 1, day, 10), local(2022, 1, day, 11))
    add_event(empty_index, "Meeting", local(2022, 2, 1, 9), local(2022, 2, 1, 17), kind=EventKind.IN_PERSON)

    first = client.get(empty_index.url, {"kind": "online"}).content.decode()
    assert listed_titles(first)[0] == "Webinar 25"
    assert "Page 1 of 3" in first
    assert 'href="?kind=online&amp;page=2" rel="next"' in first

    third = client.get(empty_index.url, {"kind": "online", "page": 3}).content.decode()
    assert listed_titles(third) == [f"Webinar {day:02d}" for day in range(5, 0, -1)]

    beyond = client.get(empty_index.url, {"kind": "online", "page": 99}).content.decode()
    assert listed_titles(beyond) == listed_titles(third)


def queries_for(client, url):
    """Queries of a first visit to `url`, once the site-wide caches (routes, menus, site root paths)
    are warm, as on a running server: another address of the same page warms them, and leaves
    `url`'s own listing to be drawn anew."""
    client.get(url + ("&" if "?" in url else "?") + "warm=1")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_index_query_count_is_the_same_with_12_and_500_events(client, empty_index):
    start = local(2016, 12, 1, 10)
    for number in range(12):
        begins = start + timedelta(days=number * 3)
        add_event(empty_index, f"Event {number}", begins, begins + timedelta(hours=1))
    with_12 = queries_for(client, empty_index.url)
    with_12_filtered = queries_for(client, f"{empty_index.url}?kind=online&year=2017")
    with_12_page_2 = queries_for(client, f"{empty_index.url}?kind=online&page=2")
    assert "Page 1 of 2" in client.get(empty_index.url).content.decode()

    for number in range(12, 500):
        begins = start + timedelta(days=number * 3)
        add_event(empty_index, f"Event {number}", begins, begins + timedelta(hours=1))
    content_changed()  # as publishing them does
    with_500 = queries_for(client, empty_index.url)
    with_500_filtered = queries_for(client, f"{empty_index.url}?kind=online&year=2017")
    with_500_page_2 = queries_for(client, f"{empty_index.url}?kind=online&page=2")
    assert "Page 1 of 50" in client.get(empty_index.url).content.decode()

    assert with_12 == with_500
    assert with_12_filtered == with_500_filtered
    assert with_12_page_2 == with_500_page_2
    # The site frame (routing, menu, language versions, footer) costs the same on a free page with
    # no translations either; a listing drawn anew adds its rows and at most its count.
    free_page = StandardPage(title="Free page", slug="free-page")
    empty_index.get_parent().add_child(instance=free_page)
    assert 1 <= with_500 - queries_for(client, free_page.url) <= 2
    assert with_500 <= 12


def test_the_number_of_pages_and_the_years_follow_a_publish(client, empty_index):
    for day in range(1, 11):
        add_event(empty_index, f"Webinar {day:02d}", local(2022, 1, day, 10), local(2022, 1, day, 11))
    html = client.get(empty_index.url).content.decode()
    assert "Page 1 of" not in html
    assert re.findall(r'<option value="(\d+)"', html) == ["2022"]

    add_event(empty_index, "Webinar 2023", local(2023, 1, 1, 10), local(2023, 1, 1, 11), publish=True)

    html = client.get(empty_index.url).content.decode()
    assert "Page 1 of 2" in html
    assert re.findall(r'<option value="(\d+)"', html) == ["2023", "2022"]
    # Each filter has its own count: the ten of 2022 fit on one page.
    assert "Page 1 of" not in client.get(empty_index.url, {"year": "2022"}).content.decode()
    # Until the next publish the events are not counted again.
    with CaptureQueriesContext(connection) as queries:
        client.get(empty_index.url)
    assert not [query for query in queries if "COUNT(" in query["sql"].upper()]


def test_event_and_landing_pages_stay_within_the_query_budget(client, events_index):
    for url in (
        "/en/",
        "/ar/",
        "/en/events/nature-based-solutions/",
        "/ar/events/annual-meeting-of-members/",
    ):
        assert queries_for(client, url) <= 12, url
