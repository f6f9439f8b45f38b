"""Cached fragments (header, footer, language versions, the landing's sections) and the cached site
lookup: kept until the content changes, which includes an event starting or ending by the clock."""

import re
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from events.models import EventIndexPage, EventPage
from home.models import StandardPage
from r4blp.page_cache import content_version

pytestmark = pytest.mark.django_db


def next_events(html):
    section = re.search(r'<section class="next-events".*?</section>', html, re.S).group(0)
    return re.findall(r'<h3 class="event-card__title"><a href="[^"]+">([^<]+)</a>', section)


def test_a_second_visit_reuses_the_fragments_and_makes_fewer_queries(client, demo_site):
    client.get("/en/")
    with CaptureQueriesContext(connection) as first_again:
        html = client.get("/en/").content.decode()
    client.get("/en/about/")
    with CaptureQueriesContext(connection) as about:
        client.get("/en/about/")
    # Routing and view restrictions only: the menu, the language versions, the contact person and
    # the landing's sections come from the cache.
    assert len(first_again) <= 5
    assert len(about) <= 7
    assert 'hreflang="es"' in html and "site-nav" in html and "site-footer" in html


def test_publishing_a_menu_page_shows_it_in_every_cached_header_at_once(client, demo_site):
    client.get("/en/about/")
    page = StandardPage(title="Regional stories", slug="regional-stories", show_in_menus=True)
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    assert ">Regional stories</a>" in client.get("/en/about/").content.decode()


def test_an_event_starting_changes_the_content_version_with_no_publish(monkeypatch, demo_site):
    now = timezone.now()
    upcoming = EventPage.objects.live().filter(start__gt=now).order_by("start").first()
    before = content_version()
    assert content_version() == before
    monkeypatch.setattr(timezone, "now", lambda: upcoming.start + timedelta(seconds=1))
    assert content_version() != before


def test_the_cached_landing_stops_listing_an_event_once_it_is_over(client, monkeypatch, demo_site):
    first = EventPage.objects.live().filter(locale__language_code="en", start__gt=timezone.now())
    first = first.order_by("start").first()
    assert next_events(client.get("/en/").content.decode())[0] == first.title

    monkeypatch.setattr(timezone, "now", lambda: first.end + timedelta(minutes=1))
    assert first.title not in next_events(client.get("/en/").content.decode())


def test_a_new_event_published_sooner_than_the_known_next_moment_is_not_missed(monkeypatch, demo_site):
    content_version()  # the next moment is known and cached
    now = timezone.now()
    soon = EventPage(
        title="Starts in five minutes",
        slug="starts-soon",
        start=now + timedelta(minutes=5),
        end=now + timedelta(minutes=65),
        time_zone="UTC",
    )
    EventIndexPage.objects.get(locale__language_code="en").add_child(instance=soon)
    soon.save_revision().publish()
    published = content_version()
    monkeypatch.setattr(timezone, "now", lambda: now + timedelta(minutes=6))
    assert content_version() != published


def test_the_site_is_looked_up_once_and_again_after_an_administrator_changes_it(client, demo_site):
    client.get("/en/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/about/")
    assert not any("wagtailcore_site" in query["sql"] for query in queries)

    site = Site.objects.get(is_default_site=True)
    site.site_name = "R4BLP"
    site.save()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/about/").status_code == 200
    assert any("wagtailcore_site" in query["sql"] for query in queries)


def test_a_routed_page_is_found_again_without_walking_the_tree(client, demo_site):
    client.get("/en/regions/quebec/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/regions/quebec/")
    assert response.status_code == 200 and "Québec" in response.content.decode()
    assert not any('"wagtailcore_locale"' in query["sql"] for query in queries)
    assert not any("wagtailcore_pageviewrestriction" in query["sql"] for query in queries)


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


def test_a_search_is_made_once_for_all_the_workers(client, demo_site):
    first = client.get("/en/search/?q=biodiversity").content.decode()
    caches["template_fragments"].clear()  # another worker, whose own memory holds nothing yet
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/en/search/?q=biodiversity").content.decode()
    assert not any("wagtailsearch" in query["sql"] for query in queries)
    results = re.compile(r'<ol class="search-results".*?</ol>', re.S)
    assert results.search(again).group(0) == results.search(first).group(0)
    assert "<li>" in results.search(again).group(0)


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def test_the_kept_head_and_header_belong_to_one_address(client, demo_site):
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
