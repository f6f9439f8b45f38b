"""SQL queries per public page type: at most 12 warm (the values pages share cached), 20 cold (the
first request after a change), and the same on the demo site and on a bigger one."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.seeding import seed_large_site
from r4blp.page_cache import content_changed
from tests.pages import page_type_urls

pytestmark = pytest.mark.django_db

BUDGET = 12
COLD_BUDGET = 20


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def query_counts(client, languages, cold=False):
    counts = {}
    for key, url in page_type_urls(languages=languages).items():
        client.get(url)  # makes the pictures' renditions, which outlive any change
        if cold:
            content_changed()  # as a publish does: nothing cached is read again
        counts[key] = queries(client, url)
    return counts


def over_budget(counts, budget=BUDGET):
    # Outside the default language, Wagtail's routing reads one more page: the translation of the
    # site's root page.
    extra = {language: int(language != settings.LANGUAGE_CODE) for language, _name in settings.LANGUAGES}
    return sorted((key, count) for key, count in counts.items() if count > budget + extra[key[0]])


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


def test_the_first_request_after_a_change_stays_within_its_budget_and_does_not_grow(client, demo_site):
    demo = query_counts(client, ("en", "ar"), cold=True)
    assert over_budget(demo, COLD_BUDGET) == []
    seed_large_site(regions=10, events=15)
    large = query_counts(client, ("en", "ar"), cold=True)
    searches = [key for key in demo if key[1] == "search"]
    assert all(large.pop(key) <= demo.pop(key) for key in searches)
    assert large == demo
