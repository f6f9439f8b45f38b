"""Site search finds the inflected forms of each language on PostgreSQL, and exact words on SQLite."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from home.models import StandardPage

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming per language needs PostgreSQL"
)

WETLAND_PAGES = {"events/nature-based-solutions/", "regions/rabat-sale-kenitra/", "regions/yucatan/"}
POLLINATOR_PAGES = {"events/pollinators-and-agriculture/", "regions/wallonia/"}

# (language, query, the pages found): each query is a form the pages do not all use; the demo's
# pages say "wetlands", "humedales", "zones humides", "regiones", "regiões", "الأقاليم الإقليمية"...
INFLECTED_FORMS = [
    ("en", "wetland", WETLAND_PAGES),
    ("en", "pollinator", POLLINATOR_PAGES),
    ("es", "humedal", WETLAND_PAGES),
    ("es", "polinizador", POLLINATOR_PAGES),
    ("fr", "humide", WETLAND_PAGES),
    ("fr", "pollinisateur", POLLINATOR_PAGES),
    ("pt", "polinizador", POLLINATOR_PAGES),
    ("pt", "restaurações", {"events/restoring-ecosystems/"}),
    # Accents left out: found all the same.
    (
        "pt",
        "area protegida",
        {"events/regional-protected-areas/", "regions/campeche/", "regions/jeollanam-do/"},
    ),
    ("es", "restauracion", {"events/restoring-ecosystems/"}),
    ("ar", "ملقح", {"events/pollinators-and-agriculture/"}),
]

# (language, one form, another form, how many pages either finds): 0 of them with English rules.
SAME_WORD = [
    ("es", "región", "regiones", 18),
    ("pt", "região", "regiões", 18),
    ("fr", "régionaux", "régionale", 10),
    ("ar", "إقليم", "الإقليمية", 15),
    ("en", "region", "regions", 22),
]


def found(client, language, query):
    """Every page the search page lists for this query, as paths after the language prefix."""
    paths, number = [], 1
    while True:
        html = client.get(f"/{language}/search/", {"q": query, "page": number}).content.decode()
        listed = re.findall(rf'<h2><a href="/{language}/([^"]*)">', html)
        paths += listed
        total = int(re.search(r'<p role="status">\D*(\d+)', html).group(1)) if listed else 0
        if len(paths) >= total:
            return paths
        number += 1


@on_postgresql
@pytest.mark.parametrize(("language", "query", "pages"), INFLECTED_FORMS)
def test_search_finds_the_inflected_forms_of_the_visitors_language(client, demo_site, language, query, pages):
    assert set(found(client, language, query)) == pages


@on_postgresql
@pytest.mark.parametrize(("language", "one", "other", "count"), SAME_WORD)
def test_both_forms_of_a_word_find_the_same_pages(client, demo_site, language, one, other, count):
    first = found(client, language, one)
    assert len(first) == count
    assert set(first) == set(found(client, language, other))


@on_postgresql
def test_a_published_translation_is_indexed_with_its_own_language(client, demo_site):
    spanish = StandardPage.objects.get(locale__language_code="es", slug="about")
    spanish.title = "Nuestras ecorregiones"
    spanish.save_revision().publish()
    assert "about/" in found(client, "es", "ecorregión")
    assert "about/" not in found(client, "en", "ecorregión")


@on_postgresql
def test_rebuilding_the_index_keeps_each_language_with_its_rules(client, demo_site):
    call_command("update_index", stdout=StringIO())
    assert set(found(client, "es", "humedal")) == WETLAND_PAGES
    assert set(found(client, "pt", "região")) == set(found(client, "pt", "regiões"))
    assert set(found(client, "en", "wetland")) == WETLAND_PAGES


def test_search_finds_the_exact_words_on_any_database(client, demo_site):
    assert set(found(client, "es", "humedales")) == WETLAND_PAGES
    assert set(found(client, "fr", "pollinisateurs")) == POLLINATOR_PAGES
    # The pages that say "إقليم" itself (PostgreSQL also finds those that say "الإقليمية"...).
    assert {"regions/basque-country/", "regions/wallonia/", "regions/catalonia/"} <= set(
        found(client, "ar", "إقليم")
    )
