"""Times: shown in the event's own zone with the zone named, typed by editors in that zone, whatever
the server's or the admin user's zone; daylight-saving changes and midnight UTC handled."""

import re
from datetime import UTC, datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from events.models import EventPage

from .conftest import add_event, local, translated

pytestmark = pytest.mark.django_db


def time_elements(html):
    block = re.search(r'<p class="event__when">(.*?)</p>', html, re.S).group(1)
    return re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', block), block


def zone_shown(block):
    """The zone part as a reader sees it, without the isolating markup."""
    zone = re.search(r'<span class="event-when__zone">(.*?)</span></span>', block).group(1)
    return re.sub(r"<[^>]+>", "", zone)


def test_an_event_in_mexico_city_is_shown_in_its_zone(client, empty_index):
    event = add_event(
        empty_index,
        "Mexico webinar",
        local(2024, 3, 5, 18, 0, "America/Mexico_City"),
        local(2024, 3, 5, 19, 30, "America/Mexico_City"),
    )
    assert event.start == datetime(2024, 3, 6, 0, 0, tzinfo=UTC)

    times, block = time_elements(client.get(event.url).content.decode())

    assert times == [
        ("2024-03-05T18:00:00-06:00", "Mar 5, 2024, 6:00 PM"),
        ("2024-03-05T19:30:00-06:00", "7:30 PM"),
    ]
    assert zone_shown(block) == "(Mexico City, UTC−06:00)"


def test_an_event_in_seoul_is_shown_in_its_zone_and_in_the_visitors_language(client, empty_index):
    event = add_event(
        empty_index,
        "Seoul webinar",
        local(2024, 6, 1, 9, 0, "Asia/Seoul"),
        local(2024, 6, 1, 10, 0, "Asia/Seoul"),
    )
    assert event.start == datetime(2024, 6, 1, 0, 0, tzinfo=UTC)

    times, block = time_elements(client.get(event.url).content.decode())
    assert times[0][0] == "2024-06-01T09:00:00+09:00"
    assert zone_shown(block) == "(Seoul, UTC+09:00)"

    french = translated(event, "fr")
    times, block = time_elements(client.get(french.url).content.decode())
    assert times[0] == ("2024-06-01T09:00:00+09:00", "1 juin 2024, 09:00")
    assert zone_shown(block) == "(Séoul, UTC+09:00)"


def test_an_event_across_a_daylight_saving_change_keeps_each_end_in_its_own_offset(client, empty_index):
    # Clocks in Madrid went forward at 02:00 on 31 March 2024: the evening is UTC+1, the morning UTC+2.
    event = add_event(
        empty_index,
        "Overnight workshop",
        local(2024, 3, 30, 20, 0, "Europe/Madrid"),
        local(2024, 3, 31, 12, 0, "Europe/Madrid"),
    )
    assert (event.end - event.start).total_seconds() == 15 * 3600

    times, block = time_elements(client.get(event.url).content.decode())

    assert [iso for iso, _text in times] == ["2024-03-30T20:00:00+01:00", "2024-03-31T12:00:00+02:00"]
    assert times[1][1] == "Mar 31, 2024, 12:00 PM"
    assert "UTC+01:00" in block


def test_an_event_crossing_midnight_utc_shows_its_own_local_day(client, empty_index):
    # 17:00-19:00 in Mexico City is 23:00-01:00 UTC: one local day, two UTC days.
    event = add_event(
        empty_index,
        "Evening webinar",
        local(2024, 5, 10, 17, 0, "America/Mexico_City"),
        local(2024, 5, 10, 19, 0, "America/Mexico_City"),
    )
    assert event.start.date() != event.end.date()

    times, _block = time_elements(client.get(event.url).content.decode())

    assert times == [
        ("2024-05-10T17:00:00-06:00", "May 10, 2024, 5:00 PM"),
        ("2024-05-10T19:00:00-06:00", "7:00 PM"),
    ]


def test_the_servers_own_time_zone_changes_nothing(client, empty_index):
    event = add_event(
        empty_index,
        "Seoul webinar",
        local(2024, 6, 1, 9, 0, "Asia/Seoul"),
        local(2024, 6, 1, 10, 0, "Asia/Seoul"),
    )
    in_utc = client.get(event.url).content.decode()
    ics_in_utc = client.get(event.calendar_url()).content

    with override_settings(TIME_ZONE="Pacific/Kiritimati"), timezone.override("America/Anchorage"):
        assert time_elements(client.get(event.url).content.decode()) == time_elements(in_utc)
        ics = client.get(event.calendar_url()).content
    assert (
        ics.replace(b"\r\n ", b"").split(b"DTSTAMP")[0]
        == ics_in_utc.replace(b"\r\n ", b"").split(b"DTSTAMP")[0]
    )
    assert b"DTSTART;TZID=Asia/Seoul:20240601T090000" in ics


def admin_form_data(index, **fields):
    data = {
        "title": "Typed in the admin",
        "slug": "typed-in-the-admin",
        "kind": "online",
        "time_zone": "America/Mexico_City",
        "start": "2024-03-05 18:00",
        "end": "2024-03-05 19:30",
        "summary": "",
        "venue": "",
        "city": "",
        "country": "",
        "registration_url": "",
        "speakers-TOTAL_FORMS": "0",
        "speakers-INITIAL_FORMS": "0",
        "speakers-MIN_NUM_FORMS": "0",
        "speakers-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "body-count": "0",
        "recording-count": "0",
        "documents-count": "0",
        "action-publish": "action-publish",
    }
    data.update(fields)
    return data


@pytest.mark.parametrize("admin_zone", ["UTC", "Pacific/Kiritimati"])
def test_editors_type_the_events_wall_clock_whatever_their_own_zone(admin_client, empty_index, admin_zone):
    admin_client.get("/admin/")  # the session exists before the zone is activated
    url = f"/admin/pages/add/events/eventpage/{empty_index.id}/"
    with timezone.override(admin_zone):
        response = admin_client.post(url, admin_form_data(empty_index))
    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="typed-in-the-admin")
    assert event.start == datetime(2024, 3, 6, 0, 0, tzinfo=UTC)
    assert event.end == datetime(2024, 3, 6, 1, 30, tzinfo=UTC)

    # The edit form shows the same wall clock back.
    edit = admin_client.get(f"/admin/pages/{event.id}/edit/").content.decode()
    assert 'value="2024-03-05 18:00"' in edit


def test_editors_across_a_daylight_saving_change_get_the_right_utc_times(admin_client, empty_index):
    response = admin_client.post(
        f"/admin/pages/add/events/eventpage/{empty_index.id}/",
        admin_form_data(
            empty_index, time_zone="Europe/Madrid", start="2024-03-30 20:00", end="2024-03-31 12:00"
        ),
    )
    assert response.status_code == 302
    event = EventPage.objects.get(slug="typed-in-the-admin")
    assert event.start == datetime(2024, 3, 30, 19, 0, tzinfo=UTC)
    assert event.end == datetime(2024, 3, 31, 10, 0, tzinfo=UTC)


def test_a_time_the_clocks_skip_is_refused_with_a_clear_message(admin_client, empty_index):
    response = admin_client.post(
        f"/admin/pages/add/events/eventpage/{empty_index.id}/",
        admin_form_data(
            empty_index, time_zone="Europe/Madrid", start="2024-03-31 02:30", end="2024-03-31 04:00"
        ),
    )
    assert response.status_code == 200
    assert "skip or repeat this time" in response.content.decode()
    assert not EventPage.objects.filter(slug="typed-in-the-admin").exists()


def test_an_end_before_the_start_is_refused(admin_client, empty_index):
    response = admin_client.post(
        f"/admin/pages/add/events/eventpage/{empty_index.id}/",
        admin_form_data(empty_index, start="2024-03-05 18:00", end="2024-03-05 17:00"),
    )
    assert response.status_code == 200
    assert "The event must end after it starts." in response.content.decode()
