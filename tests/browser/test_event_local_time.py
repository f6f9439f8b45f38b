"""The events' progressive enhancement: the visitor's own local time added beside the event's."""

from events.models import EventPage
from tests.browser.conftest import JOURNEY

pytestmark = JOURNEY


def test_a_visitor_in_another_zone_sees_their_own_time_too(site, new_page):
    event = EventPage.objects.get(slug="nature-based-solutions", locale__language_code="en")  # 21:00 Seoul
    tab = new_page(timezone_id="Europe/Paris")
    tab.goto(event.url)
    local = tab.locator(".event__when .event-when__local")
    # 21:00 in Seoul (UTC+9) on 17 March 2021 was 13:00 in Paris (UTC+1).
    assert "Your time" in local.inner_text()
    assert "1:00" in local.inner_text() and "Mar 17, 2021" in local.inner_text()


def test_a_visitor_in_the_events_zone_sees_it_once(site, new_page):
    event = EventPage.objects.get(slug="nature-based-solutions", locale__language_code="ar")
    tab = new_page(locale="ar", timezone_id="Asia/Seoul")
    tab.goto(event.url)
    assert tab.locator(".event__when time").count() == 2
    assert tab.locator(".event-when__local").count() == 0
