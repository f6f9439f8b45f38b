"""The members index: a server-drawn map with one link per region, filters through GET, target pages."""

import re

import pytest

from regions.models import RegionPage

pytestmark = pytest.mark.django_db


def list_links(html):
    block = re.search(r'<ul class="region-list">.*?</ul>', html, re.S)
    return re.findall(r'<h3 class="region-card__title"><a href="([^"]+)"', block.group(0)) if block else []


def map_links(html):
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)"><title>[^<]+</title>', svg)


def test_map_has_one_linked_marker_per_live_region_and_matches_the_list(client, demo_site):
    html = client.get("/en/regions/").content.decode()
    assert len(map_links(html)) == 12
    assert sorted(map_links(html)) == sorted(list_links(html))
    assert '<path class="region-map__land" d="M' in html
    # Nothing is fetched from another site to draw it.
    assert "http" not in re.search(r"<svg.*?</svg>", html, re.S).group(0).replace("http://www.w3.org", "")


def test_map_marker_follows_a_regions_coordinates(client, demo_site):
    def quebec_marker():
        html = client.get("/en/regions/").content.decode()
        marker = r'href="/en/regions/quebec/".*?<circle cx="([\d.]+)" cy="([\d.]+)"'
        return re.search(marker, html, re.S).groups()

    before = quebec_marker()
    quebec = RegionPage.objects.get(slug="quebec", locale__language_code="en")
    quebec.latitude = 46.8
    quebec.save_revision().publish()
    after = quebec_marker()
    assert after[0] != before[0] or after[1] != before[1]
    assert float(after[1]) > float(before[1])  # further south is lower on the map


def test_filters_narrow_the_list_and_the_map(client, demo_site):
    html = client.get("/en/regions/?region=europe").content.decode()
    assert sorted(list_links(html)) == [
        "/en/regions/basque-country/",
        "/en/regions/catalonia/",
        "/en/regions/wallonia/",
    ]
    assert len(map_links(html)) == 3

    html = client.get("/en/regions/?country=MX").content.decode()
    assert sorted(list_links(html)) == ["/en/regions/campeche/", "/en/regions/yucatan/"]

    html = client.get("/en/regions/?theme=invasive-species&target=gbf-6").content.decode()
    assert sorted(list_links(html)) == [
        "/en/regions/basque-country/",
        "/en/regions/tasmania/",
        "/en/regions/wallonia/",
        "/en/regions/western-cape/",
    ]


def test_filters_work_in_a_translation_with_localised_options(client, demo_site):
    html = client.get("/es/regions/?theme=protected-areas").content.decode()
    assert "/es/regions/quebec/" in list_links(html)
    assert "/es/regions/catalonia/" not in list_links(html)
    assert ">Áreas protegidas y conservadas</option>" in html
    assert 'value="protected-areas" selected' in html


def test_unknown_filter_values_are_reported_not_an_error(client, demo_site):
    response = client.get("/fr/regions/?region=atlantis&target=gbf-99&country=<b>")
    assert response.status_code == 200
    html = response.content.decode()
    assert len(list_links(html)) == 12
    assert 'role="alert"' in html
    alert = html.split('role="alert"')[1].split("</div>")[0]
    assert "<b>" not in alert
    # Each message names its filter in the visitor's language.
    assert "Aucune valeur « atlantis » pour région du monde" in alert and "pour cible" in alert


def test_target_page_lists_the_regions_working_on_it(client, demo_site):
    response = client.get("/en/regions/targets/gbf-3/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Conserve 30% of land, waters and seas" in html
    assert sorted(list_links(html)) == [
        "/en/regions/campeche/",
        "/en/regions/jeollanam-do/",
        "/en/regions/quebec/",
        "/en/regions/rabat-sale-kenitra/",
    ]


def test_target_page_in_a_translation_and_unknown_target(client, demo_site):
    html = client.get("/pt/regions/targets/aichi-11/").content.decode()
    assert "Áreas protegidas" in html
    assert "/pt/regions/quebec/" in list_links(html)
    assert client.get("/en/regions/targets/gbf-24/").status_code == 404
    assert client.get("/en/regions/targets/").status_code == 200


def test_other_apps_can_list_their_items_on_a_target_page(client, demo_site):
    from wagtail import hooks

    from regions.targets import TargetItem, TargetListing

    def listing(target, request):
        return TargetListing("Webinars", [TargetItem(f"On {target.slug}", "/en/events/x/")])

    with hooks.register_temporarily("register_target_listings", listing):
        html = client.get("/en/regions/targets/gbf-3/").content.decode()
    assert "On gbf-3" in html
