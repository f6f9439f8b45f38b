"""Helpers for the regions tests: extra regions for scale tests, counting queries on a warm page."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from r4blp.page_cache import content_changed
from regions.models import BiodiversityTarget, RegionIndexPage, RegionPage, ThematicBlock


def add_regions(count, language="en"):
    """`count` more live regions under the index of `language`, linked to a theme and a target."""
    locale = Locale.objects.get(language_code=language)
    index = RegionIndexPage.objects.get(locale=locale)
    theme = ThematicBlock.objects.get(slug="financing", locale__language_code="en")
    target = BiodiversityTarget.objects.get(framework="gbf", number=3, locale__language_code="en")
    for number in range(count):
        region = RegionPage(
            title=f"Test region {number}",
            slug=f"test-region-{number}",
            locale=locale,
            country="FR",
            world_region="europe",
            population=1000 + number,
            area_km2=10,
            latitude=45 + number % 10,
            longitude=number % 30,
        )
        region.thematic_blocks = [theme]
        region.targets = [target]
        index.add_child(instance=region)
    content_changed()


def queries_on_warm_page(client, url):
    """SQL queries of a second request to `url` (the first fills the per-language caches)."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)
