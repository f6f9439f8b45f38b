"""Region profiles as visitors meet them: the index lists the live members, each profile in every language."""

import re

import pytest
from django.utils import translation

from regions.models import BiodiversityTarget, RegionIndexPage, RegionPage, ThematicBlock

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "fr", "pt", "ar"]


def region_links(html):
    block = re.search(r'<ul class="region-list">.*?</ul>', html, re.S)
    return re.findall(r'<h3 class="region-card__title"><a href="([^"]+)"', block.group(0)) if block else []


def test_migration_loads_every_gbf_and_aichi_target(db):
    english = BiodiversityTarget.objects.filter(locale__language_code="en")
    assert sorted(english.filter(framework="gbf").values_list("number", flat=True)) == list(range(1, 24))
    assert sorted(english.filter(framework="aichi").values_list("number", flat=True)) == list(range(1, 21))
    assert english.get(framework="gbf", number=3).short_title == "Conserve 30% of land, waters and seas"


def test_index_lists_the_twelve_demo_regions(client, demo_site):
    html = client.get("/en/regions/").content.decode()
    links = region_links(html)
    assert len(links) == 12
    assert "/en/regions/quebec/" in links


def test_index_leaves_out_unpublished_regions(client, demo_site):
    RegionPage.objects.get(slug="tasmania", locale__language_code="en").unpublish()
    links = region_links(client.get("/en/regions/").content.decode())
    assert len(links) == 11
    assert "/en/regions/tasmania/" not in links


def test_every_region_page_exists_and_renders_in_every_language(client, demo_site):
    for model in (RegionIndexPage, RegionPage):
        assert set(model.objects.live().values_list("locale__language_code", flat=True)) == set(LANGUAGES)
    for region in RegionPage.objects.live().select_related("locale"):
        response = client.get(region.url)
        assert response.status_code == 200, region.url
        assert f'<html lang="{region.locale.language_code}"' in response.content.decode()


def test_facts_are_synchronised_into_translations(demo_site):
    source = RegionPage.objects.get(slug="quebec", locale__language_code="en")
    for translated in RegionPage.objects.filter(translation_key=source.translation_key):
        assert translated.population == source.population
        assert translated.country == source.country
        assert set(translated.thematic_blocks.values_list("slug", flat=True)) == {
            "protected-areas",
            "monitoring-reporting",
        }


def test_profile_shows_facts_and_localised_thematic_blocks(client, demo_site):
    html = client.get("/fr/regions/quebec/").content.decode()
    assert "Canada" in html
    assert re.search(r"8\W874\W683", html)
    french = ThematicBlock.objects.get(slug="protected-areas", locale__language_code="fr")
    assert french.name in html
    assert "/fr/regions/targets/gbf-3/" in html


def test_sample_regions_are_marked_in_the_admin(demo_site):
    region = RegionPage.objects.get(slug="quebec", locale__language_code="en")
    with translation.override("en"):
        assert region.get_admin_display_title() == "Québec (sample content)"
    with translation.override("fr"):
        assert region.get_admin_display_title() == "Québec (contenu d'exemple)"
