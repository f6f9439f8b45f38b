"""Every regions page stays within 12 SQL queries, and the count does not grow with the regions."""

import pytest
from django.utils import timezone

from bench.seeding import seed_children
from r4blp.page_cache import content_changed
from regions.models import RegionIndexPage, RegionPage

from .helpers import queries_on_warm_page

pytestmark = pytest.mark.django_db

BUDGET = 12
URLS = [
    "/en/regions/",
    "/ar/regions/",
    "/en/regions/?region=europe&theme=financing&target=gbf-3",
    "/es/regions/?country=ES",
    "/es/regions/?region=europe",
    "/en/regions/quebec/",
    "/es/regions/quebec/",
    "/ar/regions/quebec/",
    "/en/regions/targets/",
    "/en/regions/targets/gbf-3/",
    "/fr/regions/targets/gbf-3/",
    "/en/regions/regions.json",
    "/pt/regions/regions.csv",
]


def test_regions_pages_cost_the_same_queries_with_12_and_200_regions(client, demo_site):
    with_12 = {url: queries_on_warm_page(client, url) for url in URLS}
    # In bulk, in every language, as the benchmark seeds its large site.
    seed_children(RegionPage, RegionIndexPage, 188, "scale", lambda page, number: None, timezone.now())
    content_changed()
    with_200 = {url: queries_on_warm_page(client, url) for url in URLS}

    assert with_200 == with_12
    # A later page of the list costs what the first does.
    assert queries_on_warm_page(client, "/en/regions/?page=8") == with_12["/en/regions/"]
    europe = "/es/regions/?region=europe"
    assert queries_on_warm_page(client, f"{europe}&page=2") == with_12[europe]
    over = {url: count for url, count in with_12.items() if count > BUDGET}
    assert over == {}
