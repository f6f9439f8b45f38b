"""Values that pages share (the menu, the landing's figures and next events, routes): kept until the
content changes; what the clock changes (an event's status, the next events) follows it."""

import re
import time
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction, Site

from events.models import EventPage
from forms.models import JoinFormPage
from home.models import SocialMediaSettings, StandardPage
from r4blp import page_cache
from r4blp.page_cache import CLOCK_SECONDS, content_version
from regions.models import RegionPage

pytestmark = pytest.mark.django_db


def next_events(html):
    section = re.search(r'<section class="next-events".*?</section>', html, re.S).group(0)
    return re.findall(r'<h3 class="event-card__title"><a href="[^"]+">([^<]+)</a>', section)


def test_a_second_visit_reuses_the_shared_values_and_makes_fewer_queries(client, demo_site):
    with CaptureQueriesContext(connection) as first:
        client.get("/en/")
    with CaptureQueriesContext(connection) as again:
        html = client.get("/en/").content.decode()
    # The menu, the landing of each language, the figures and the next events come from the cache.
    assert len(again) < len(first) - 4
    assert not any("COUNT(" in query["sql"] for query in again)
    assert 'hreflang="es"' in html and "site-nav" in html and "site-footer" in html


def test_publishing_a_menu_page_shows_it_in_every_cached_header_at_once(client, demo_site):
    client.get("/en/about/")
    page = StandardPage(title="Regional stories", slug="regional-stories", show_in_menus=True)
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    assert ">Regional stories</a>" in client.get("/en/about/").content.decode()


def reads_the_menu(queries):
    return any(re.search(r'WHERE .*"show_in_menus"', query["sql"]) for query in queries.captured_queries)


def test_publishing_an_event_shows_it_at_once_and_keeps_the_frame(client, demo_site):
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    client.get(event.url)
    event.title = "A renamed event"
    event.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        html = client.get(event.url).content.decode()
    assert "A renamed event" in html
    # The menu, the landings and the join page surround every page: an event leaves them be.
    assert not reads_the_menu(queries)
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    about.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        client.get(event.url)
    assert reads_the_menu(queries)


def figures(html):
    found = re.findall(r'<p class="figure__number">([\d,]+)</p>\s*<p class="figure__label">([^<]+)</p>', html)
    return {label: int(number.replace(",", "")) for number, label in found}


def counts_regions(queries):
    return any('SUM("regions_regionpage"."population")' in query["sql"] for query in queries.captured_queries)


def reads_next_events(queries):
    return any('"events_eventpage"."end" >' in query["sql"] for query in queries.captured_queries)


def test_a_publish_recounts_only_what_shows_pages_of_its_type(client, demo_site):
    before = figures(client.get("/en/").content.decode())["inhabitants represented"]
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    event.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/")
    assert reads_next_events(queries) and not counts_regions(queries)

    quebec = RegionPage.objects.get(slug="quebec", locale__language_code="en")
    quebec.population += 1_000_000
    quebec.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/").content.decode()
    assert counts_regions(queries) and not reads_next_events(queries)
    assert figures(html)["inhabitants represented"] == before + 1_000_000


def test_a_join_page_renamed_below_the_menu_shows_in_every_header_at_once(client, demo_site):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    JoinFormPage.objects.get(locale__language_code="en").move(about, pos="last-child")
    client.get("/en/regions/")
    join = JoinFormPage.objects.get(locale__language_code="en")
    assert join.depth > 3
    join.title = "Become a member"
    join.save_revision().publish()
    assert ">Become a member</a>" in client.get("/en/regions/").content.decode()


def test_a_private_page_moved_anywhere_stays_out_of_the_search(client, demo_site):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    charter, partners = StandardPage(title="Wetland charter"), StandardPage(title="Partner pages")
    for page in (charter, partners):
        about.add_child(instance=page)
        page.save_revision().publish()
    assert "Wetland charter" in client.get("/en/search/?q=charter").content.decode()
    PageViewRestriction.objects.create(page=charter, restriction_type=PageViewRestriction.LOGIN)
    assert "Wetland charter" not in client.get("/en/search/?q=charter").content.decode()
    # Below the frame, though the private sections kept with it are found by their paths.
    StandardPage.objects.get(pk=charter.pk).move(partners, pos="last-child")
    assert "Wetland charter" not in client.get("/en/search/?q=charter").content.decode()


def test_a_new_default_share_image_shows_at_once(client, demo_site):
    image = get_image_model().objects.create(title="Coast", file=get_test_image_file(size=(1600, 900)))
    client.get("/en/search/")
    social = SocialMediaSettings.for_site(Site.objects.get(is_default_site=True))
    social.default_share_image = image
    social.save()
    html = client.get("/en/search/").content.decode()
    assert image.get_rendition("fill-1200x630-c75|format-jpeg").url in html


def later(monkeypatch, moment):
    """The clock at `moment`, for the pages and for the caches' timeouts alike."""
    shift = (moment - timezone.now()).total_seconds()
    real_time, real_monotonic = time.time, time.monotonic
    monkeypatch.setattr(timezone, "now", lambda: moment)
    monkeypatch.setattr(time, "time", lambda: real_time() + shift)
    monkeypatch.setattr(time, "monotonic", lambda: real_monotonic() + shift)


def test_an_event_starting_shows_on_its_page_at_once_and_flushes_nothing(client, monkeypatch, demo_site):
    event = EventPage.objects.live().filter(locale__language_code="en", start__gt=timezone.now())
    event = event.order_by("start").first()
    assert "event-status--upcoming" in client.get(event.url).content.decode()
    generation = content_version()

    monkeypatch.setattr(timezone, "now", lambda: event.start + timedelta(seconds=1))
    assert "event-status--happening" in client.get(event.url).content.decode()
    # The rest of the site keeps what it has cached: the clock flushes nothing.
    assert content_version() == generation


def test_the_cached_landing_stops_listing_an_event_within_a_minute_of_its_end(client, monkeypatch, demo_site):
    first = EventPage.objects.live().filter(locale__language_code="en", start__gt=timezone.now())
    first = first.order_by("start").first()
    assert next_events(client.get("/en/").content.decode())[0] == first.title

    later(monkeypatch, first.end + timedelta(seconds=CLOCK_SECONDS + 1))
    assert first.title not in next_events(client.get("/en/").content.decode())


def test_a_kept_page_shows_a_new_status_once_the_minute_turns(client, monkeypatch, settings, demo_site):
    settings.PAGE_CACHE_SECONDS = 60
    minute = [0]
    monkeypatch.setattr(page_cache, "clock_minute", lambda: minute[0])
    event = EventPage.objects.live().filter(locale__language_code="en", start__gt=timezone.now())
    event = event.order_by("start").first()
    monkeypatch.setattr(timezone, "now", lambda: event.start - timedelta(seconds=5))
    client.get(event.url)

    # The event has started, within the minute the page is kept for: it may still say upcoming.
    monkeypatch.setattr(timezone, "now", lambda: event.start + timedelta(seconds=5))
    kept = client.get(event.url)
    assert kept["X-Page-Cache"] == "hit"
    assert "event-status--upcoming" in kept.content.decode()
    # The next minute, well within PAGE_CACHE_SECONDS: drawn anew.
    minute[0] += 1
    assert "event-status--happening" in client.get(event.url).content.decode()


def test_sub_routes_of_a_cached_routable_page_are_served_from_the_same_page(client, demo_site):
    for url in ("/en/events/", "/en/events/calendar.ics", "/es/regions/regions.json"):
        first, second = client.get(url), client.get(url)
        assert first.status_code == second.status_code == 200
        assert first["Content-Type"] == second["Content-Type"]
    assert client.get("/en/events/no-such-route.ics").status_code == 404
    assert client.get("/en/events/no-such-route.ics").status_code == 404


def test_a_page_made_private_after_being_routed_is_refused_at_once(client, demo_site):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    assert client.get("/en/about/").status_code == 200
    assert client.get("/en/about/").status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/about/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_an_unpublished_page_is_gone_at_once_although_its_route_was_cached(client, demo_site):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    client.get("/en/about/")
    about.unpublish()
    assert client.get("/en/about/").status_code == 404


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def test_the_head_and_header_belong_to_one_address(client, demo_site):
    # One page, two routes: each keeps its own title.
    assert title(client.get("/en/regions/").content.decode()) != title(
        client.get("/en/regions/targets/").content.decode()
    )
    # One route, two queries: each search names its own in the title and the header's search box.
    for query in ("wetlands", "forests"):
        html = client.get("/en/search/", {"q": query}).content.decode()
        assert query in title(html)
        assert f'name="q" value="{query}" maxlength="200" placeholder=' in html
    # One address on two hosts: the language versions link to the host the visitor used.
    for host in ("localhost", "testserver"):
        html = client.get("/en/", HTTP_HOST=host).content.decode()
        assert f'hreflang="es" href="http://{host}/es/"' in html
