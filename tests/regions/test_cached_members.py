"""The index reads its members in one query, whatever their number, and draws a marker or a card only
when what it shows is new: a publish draws again the region it changed, no other. Whatever changes
what a visitor may see (a publish, an unpublish, a restriction) shows at once."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from regions.members import Members
from regions.models import REGIONS_PER_PAGE, RegionPage, ThematicBlock

from .helpers import add_regions
from .test_index_map_filters import list_links, map_links

pytestmark = pytest.mark.django_db


def region_queries(client, url):
    """The SQL of a second request to `url` that reads region profiles."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries if "regions_regionpage" in query["sql"]]


def columns(sql):
    return sql.split(" FROM ")[0].removeprefix("SELECT ").split(", ")


def cards_drawn(response):
    return sum(template.name == "regions/includes/region_card.html" for template in response.templates)


def test_a_warm_index_reads_its_members_in_one_query_however_many_there_are(client, demo_site):
    assert len(region_queries(client, "/en/regions/")) == 1
    add_regions(40)
    assert len(region_queries(client, "/en/regions/")) == 1
    assert len(region_queries(client, "/en/regions/?page=2")) == 1
    assert cards_drawn(client.get("/en/regions/?page=2")) == 0

    html = client.get("/en/regions/?page=2").content.decode()
    assert len(map_links(html)) == 52
    assert len(list_links(html)) == REGIONS_PER_PAGE
    assert "52 member regions on the map" in html


def test_a_filtered_index_reads_only_the_ids_of_the_regions_it_shows(client, demo_site):
    add_regions(40)
    client.get("/en/regions/")  # the members' cards and markers are drawn and kept
    url = "/en/regions/?region=europe&theme=financing"
    # The members, and the ids of those the filters find.
    assert sorted(len(columns(sql)) for sql in region_queries(client, url)) == [1, len(Members.FIELDS)]


def test_the_map_and_list_follow_an_unpublish_and_a_restriction_at_once(client, demo_site):
    quebec = RegionPage.objects.get(slug="quebec", locale__language_code="en")
    html = client.get("/en/regions/").content.decode()
    assert "/en/regions/quebec/" in map_links(html)

    restriction = PageViewRestriction.objects.create(page=quebec, restriction_type=PageViewRestriction.LOGIN)
    html = client.get("/en/regions/").content.decode()
    assert "/en/regions/quebec/" not in map_links(html)
    assert "/en/regions/quebec/" not in list_links(html)
    assert "11 member regions on the map" in html

    restriction.delete()
    assert "/en/regions/quebec/" in map_links(client.get("/en/regions/").content.decode())

    quebec.unpublish()
    html = client.get("/en/regions/").content.decode()
    assert "/en/regions/quebec/" not in map_links(html)
    assert "/en/regions/quebec/" not in list_links(html)


def test_a_renamed_region_is_listed_and_marked_under_its_new_name_after_publishing(client, demo_site):
    client.get("/fr/regions/")
    quebec = RegionPage.objects.get(slug="quebec", locale__language_code="fr")
    quebec.title = "Québec <province>"
    quebec.save_revision().publish()
    html = client.get("/fr/regions/").content.decode()
    assert '<a href="/fr/regions/quebec/"><title>Québec &lt;province&gt;</title>' in html
    assert re.search(r'<a href="/fr/regions/quebec/">Québec &lt;province&gt;</a></h3>', html)


def test_publishing_a_region_draws_its_own_card_again_and_no_other(client, demo_site):
    assert cards_drawn(client.get("/en/regions/")) == 12
    quebec = RegionPage.objects.get(slug="quebec", locale__language_code="en")
    quebec.summary = "A new summary."
    quebec.save_revision().publish()
    response = client.get("/en/regions/")
    assert cards_drawn(response) == 1
    assert "<p>A new summary.</p>" in response.content.decode()


def test_a_target_page_lists_its_regions_a_page_at_a_time(client, demo_site):
    add_regions(30)  # all on GBF target 3, with Campeche, Jeollanam-do, Québec, Rabat-Salé-Kénitra
    first = client.get("/en/regions/targets/gbf-3/").content.decode()
    assert len(list_links(first)) == REGIONS_PER_PAGE
    assert '<li aria-current="page">Page 1 of 2</li>' in first
    second = client.get("/en/regions/targets/gbf-3/", {"page": "2"}).content.decode()
    listed = set(list_links(first) + list_links(second))
    assert len(listed) == 34
    assert "/en/regions/quebec/" in listed
    queries = region_queries(client, "/en/regions/targets/gbf-3/?page=2")
    assert sorted(len(columns(sql)) for sql in queries) == [1, len(Members.FIELDS)]


def test_a_warm_profile_stays_in_budget_and_shows_a_renamed_theme_or_a_new_fact_at_once(client, demo_site):
    url = "/fr/regions/quebec/"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    assert len(queries) <= 12
    french = ThematicBlock.objects.get(slug="protected-areas", locale__language_code="fr")
    assert f">{french.name}</a></li>" in html

    french.name = "Aires protégées (nouveau nom)"
    french.save()
    assert ">Aires protégées (nouveau nom)</a></li>" in client.get(url).content.decode()

    quebec = RegionPage.objects.get(slug="quebec", locale__language_code="fr")
    quebec.population = 9_100_000
    quebec.save_revision().publish()
    assert "9 100 000" in client.get(url).content.decode().replace("\u202f", " ").replace("\xa0", " ")
