"""SQL queries per public page type: at most 12, and the same on the demo site and on a bigger one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.seeding import seed_large_site
from tests.pages import page_type_urls

pytestmark = pytest.mark.django_db

BUDGET = 12


def query_counts(client, languages):
    counts = {}
    for key, url in page_type_urls(languages=languages).items():
        client.get(url)  # the first visitor fills the computed figures
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[key] = len(queries)
    return counts


def over_budget(counts):
    return sorted((key, count) for key, count in counts.items() if count > BUDGET)


def test_query_counts_do_not_grow_with_the_site(client, demo_site):
    demo = query_counts(client, ("en", "ar"))
    seed_large_site(regions=10, events=15)
    large = query_counts(client, ("en", "ar"))
    # Search fetches the pages of each type on its results page with one query: the new regions and
    # events are found too and crowd other page types out of that page, so it may take fewer queries.
    searches = [key for key in demo if key[1] == "search"]
    assert all(large.pop(key) <= demo.pop(key) for key in searches)
    assert large == demo


def test_every_page_type_stays_within_the_query_budget_in_english_and_arabic(client, demo_site):
    assert over_budget(query_counts(client, ("en", "ar"))) == []
