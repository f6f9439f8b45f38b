"""Events and the regions' vocabulary: thematic blocks, targets and member regions, in each language."""

import re

import pytest
from django.utils import translation

from events.models import EventPage
from regions.models import RegionPage, ThematicBlock

pytestmark = pytest.mark.django_db


def listed_titles(html):
    return re.findall(r'<h3 class="event-card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_the_index_filters_by_thematic_block_in_every_language(client, demo_site):
    english = listed_titles(client.get("/en/events/", {"theme": "mainstreaming"}).content.decode())
    assert english == [
        "Biodiversity and health after the pandemic",
        "Pollinators and regional agriculture",
        "Mainstreaming biodiversity in regional development",
        "Subnational biodiversity strategies: first steps",
    ]
    spanish = client.get("/es/events/", {"theme": "mainstreaming"}).content.decode()
    assert listed_titles(spanish)[0] == "Biodiversidad y salud después de la pandemia"
    theme_es = ThematicBlock.objects.get(slug="mainstreaming", locale__language_code="es")
    assert f'<option value="mainstreaming" selected>{theme_es.name}</option>' in spanish
    assert f'<span class="event-card__theme">{theme_es.name}</span>' in spanish


def test_an_unknown_thematic_block_is_reported_not_an_error(client, demo_site):
    response = client.get("/fr/events/", {"theme": "astrology"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Sélectionnez un choix valide" in html


def test_an_event_page_names_its_block_targets_and_regions_in_its_language(client, demo_site):
    page = EventPage.objects.get(slug="invasive-alien-species", locale__language_code="es")
    html = client.get(page.url).content.decode()
    section = re.search(r'<section class="event__topics".*?</section>', html, re.S).group(0)

    theme = ThematicBlock.objects.get(slug="invasive-species", locale__language_code="es")
    assert f'<a href="/es/events/?theme=invasive-species">{theme.name}</a>' in section
    # Target labels are translated too ("Meta 6 del MMB" in Spanish).
    with translation.override("es"):
        labels = {str(target.label) for target in page.targets.all()}
    assert labels and all(label in section for label in labels)
    for slug in ("tasmania", "aichi"):
        region = RegionPage.objects.get(slug=slug, locale__language_code="es")
        assert f'<a href="{region.url}">{region.title}</a>' in section


def test_a_preview_names_the_regions_chosen_in_the_editor_before_they_are_saved(demo_site):
    page = EventPage.objects.get(slug="invasive-alien-species", locale__language_code="es")
    chosen = list(RegionPage.objects.filter(slug__in=["quebec", "catalonia"], locale__language_code="en"))
    page.related_regions = chosen  # what the edit form does to the page it previews
    shown = page.related_content()["related_regions"]
    assert sorted(region.slug for region in shown) == ["catalonia", "quebec"]
    assert {region.locale.language_code for region in shown} == {"es"}
    page.related_regions = []
    assert page.related_content()["related_regions"] == []


def test_translations_keep_the_sources_topics(demo_site):
    english = EventPage.objects.get(slug="regional-protected-areas", locale__language_code="en")
    for page in EventPage.objects.filter(translation_key=english.translation_key):
        assert page.thematic_block_id == english.thematic_block_id
        assert set(page.targets.values_list("pk", flat=True)) == set(
            english.targets.values_list("pk", flat=True)
        )
        assert set(page.related_regions.values_list("pk", flat=True)) == {
            r.pk for r in english.related_regions.all()
        }


def test_target_pages_list_the_events_working_on_them(client, demo_site):
    html = client.get("/en/regions/targets/gbf-6/").content.decode()
    assert ">Webinars and meetings</h2>" in html
    english = EventPage.objects.get(slug="invasive-alien-species", locale__language_code="en")
    assert f'<a href="{english.url}">{english.title}</a> · Online webinar, Oct. 16, 2024' in html

    french = EventPage.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    html_fr = client.get("/fr/regions/targets/gbf-6/").content.decode()
    assert f'<a href="{french.url}">{french.title}</a>' in html_fr
    assert english.title not in html_fr

    # A target no event works on shows no events section.
    html = client.get("/en/regions/targets/gbf-23/").content.decode()
    assert ">Webinars and meetings</h2>" not in html
