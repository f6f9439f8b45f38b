"""The landing's figures and the open data come from the live profiles, and follow them."""

import csv
import io
import re

import pytest

from regions.models import RegionPage

pytestmark = pytest.mark.django_db


def landing_figures(client):
    html = client.get("/en/").content.decode()
    return [int(n.replace(",", "")) for n in re.findall(r'class="figure__number">([\d,]+)<', html)][:3]


def test_landing_figures_are_the_sums_of_the_live_profiles(client, demo_site):
    members, inhabitants, territory = landing_figures(client)
    english = RegionPage.objects.live().filter(locale__language_code="en")
    assert members == 12 == english.count()
    assert inhabitants == sum(r.population for r in english)
    assert 59_000_000 < inhabitants < 60_000_000
    assert territory == sum(r.area_km2 for r in english) > 2_000_000


def test_publishing_a_new_population_changes_the_landing(client, demo_site):
    before = landing_figures(client)
    quebec = RegionPage.objects.get(slug="quebec", locale__language_code="en")
    quebec.population += 1000
    quebec.save_revision().publish()
    assert landing_figures(client)[1] == before[1] + 1000


def test_unpublishing_a_region_changes_the_landing(client, demo_site):
    before = landing_figures(client)
    RegionPage.objects.get(slug="tasmania", locale__language_code="en").unpublish()
    after = landing_figures(client)
    assert after[0] == before[0] - 1
    assert after[1] == before[1] - 571_165


def test_open_data_json_matches_the_live_pages(client, demo_site):
    RegionPage.objects.get(slug="aichi", locale__language_code="fr").unpublish()
    response = client.get("/fr/regions/regions.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    live = RegionPage.objects.live().filter(locale__language_code="fr").order_by("title")
    assert data["count"] == live.count() == 11
    assert [r["name"] for r in data["regions"]] == [p.title for p in live]
    catalonia = next(r for r in data["regions"] if r["url"].endswith("/fr/regions/catalonia/"))
    page = live.get(slug="catalonia")
    assert catalonia["name"] == "Catalogne"
    assert catalonia["population"] == page.population
    assert catalonia["area_km2"] == page.area_km2
    assert catalonia["country"] == "ES" and catalonia["country_name"] == "Espagne"
    assert catalonia["thematic_blocks"] == ["mainstreaming", "monitoring-reporting"]
    assert catalonia["targets"] == ["aichi-17", "gbf-14", "gbf-21"]


def test_open_data_csv_matches_the_json(client, demo_site):
    response = client.get("/en/regions/regions.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    regions = client.get("/en/regions/regions.json").json()["regions"]
    assert [r["name"] for r in rows] == [r["name"] for r in regions]
    assert [int(r["population"]) for r in rows] == [r["population"] for r in regions]
    assert rows[0].keys() >= {"name", "country", "population", "area_km2", "latitude", "longitude", "url"}
