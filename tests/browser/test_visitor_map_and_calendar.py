"""A visitor opens a region from the map, then an upcoming event, downloads its calendar file and
switches language without leaving the event."""

from pathlib import Path

from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Locale

from events.models import EventPage
from regions.models import RegionPage
from tests.browser.conftest import JOURNEY

pytestmark = JOURNEY


def test_visitor_opens_a_region_from_the_map(site, page):
    page.goto("/en/regions/")
    markers = page.locator(".region-map__svg a")
    assert markers.count() == RegionPage.objects.live().filter(locale__language_code="en").count()
    name = markers.first.locator("title").text_content()
    # Chromium names the marker's link after its <title>, as screen readers hear it.
    named = page.locator(".region-map__svg").get_by_role("link", name=name, exact=True)
    assert named.count() == 1
    named.click()
    page.wait_for_load_state()
    region = RegionPage.objects.get(title=name, locale__language_code="en")
    assert page.url == f"{site}{region.url}"
    assert page.locator("h1").first.inner_text() == region.title


def test_visitor_downloads_an_upcoming_event_and_switches_language_on_it(site, page):
    upcoming = (
        EventPage.objects.live()
        .filter(locale__language_code="en", start__gt=timezone.now())
        .order_by("start")
        .first()
    )
    page.goto("/en/events/")
    page.get_by_role("link", name=upcoming.title).first.click()
    page.wait_for_load_state()
    assert page.url == f"{site}{upcoming.url}"

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    calendar = Calendar.from_ical(Path(download_info.value.path()).read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == upcoming.title
    assert event.decoded("DTSTART").utctimetuple()[:5] == upcoming.start.utctimetuple()[:5]

    spanish = upcoming.get_translation(Locale.objects.get(language_code="es"))
    page.locator(".language-switcher a[lang=es]").click()
    page.wait_for_url(f"{site}{spanish.url}")
    assert page.locator("h1").first.inner_text() == spanish.title
