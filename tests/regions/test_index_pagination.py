"""The members list comes in pages that keep the filters; the map still shows every member filtered."""

import re

import pytest

from regions.models import REGIONS_PER_PAGE

from .helpers import add_regions
from .test_index_map_filters import list_links, map_links

pytestmark = pytest.mark.django_db


def pagination(html):
    nav = re.search(r'<nav class="pagination" aria-label="([^"]+)">(.*?)</nav>', html, re.S)
    return nav.groups() if nav else None


def test_a_long_list_has_a_second_page_and_the_map_keeps_every_region(client, demo_site):
    add_regions(30)  # 42 regions in English

    first = client.get("/en/regions/").content.decode()
    assert len(list_links(first)) == REGIONS_PER_PAGE
    assert "42 member regions</h2>" in first
    label, nav = pagination(first)
    assert label == "Pages"
    assert '<li aria-current="page">Page 1 of 2</li>' in nav
    assert '<a href="?page=2" rel="next">Next</a>' in nav
    assert 'rel="prev"' not in nav
    assert len(map_links(first)) == 42

    second = client.get("/en/regions/", {"page": 2}).content.decode()
    assert len(list_links(second)) == 42 - REGIONS_PER_PAGE
    assert not set(list_links(first)) & set(list_links(second))
    assert sorted(list_links(first) + list_links(second)) == sorted(map_links(second))
    _, nav = pagination(second)
    assert '<li aria-current="page">Page 2 of 2</li>' in nav
    assert '<a href="?page=1" rel="prev">Previous</a>' in nav


def test_a_short_list_has_no_page_navigation(client, demo_site):
    html = client.get("/en/regions/").content.decode()
    assert len(list_links(html)) == 12
    assert pagination(html) is None


def test_pages_keep_the_filters_and_the_filters_count_every_page(client, demo_site):
    add_regions(30)  # all in Europe, with the "financing" theme and GBF target 3

    first = client.get("/en/regions/", {"region": "europe"}).content.decode()
    assert "33 member regions</h2>" in first  # the 30 added, Basque Country, Catalonia, Wallonia
    assert '<a href="?region=europe&amp;page=2" rel="next">' in first
    assert len(map_links(first)) == 33

    html = client.get("/en/regions/", {"region": "europe", "page": 2}).content.decode()
    assert len(list_links(html)) == 33 - REGIONS_PER_PAGE
    assert 'value="europe" selected' in html
    assert '<li aria-current="page">Page 2 of 2</li>' in html
    listed = set(list_links(first) + list_links(html))
    assert len(listed) == 33
    assert {"/en/regions/catalonia/", "/en/regions/wallonia/"} < listed
    assert sorted(listed) == sorted(map_links(html))

    # A thematic block: each region once, however the pages cut the list.
    first = client.get("/en/regions/", {"theme": "financing"}).content.decode()
    html = client.get("/en/regions/", {"theme": "financing", "page": 2}).content.decode()
    assert "33 member regions</h2>" in html  # the 30 added, Yucatán, Paraná, Rabat-Salé-Kénitra
    listed = set(list_links(first) + list_links(html))
    assert len(listed) == 33
    assert "/en/regions/yucatan/" in listed
    assert "/en/regions/quebec/" not in listed


def test_a_translated_list_has_translated_page_navigation(client, demo_site):
    add_regions(30, language="es")
    html = client.get("/es/regions/", {"page": 2}).content.decode()
    label, nav = pagination(html)
    assert label == "Páginas"
    assert '<li aria-current="page">Página 2 de 2</li>' in nav
    assert 'rel="prev">Anterior</a>' in nav


def test_a_junk_page_number_shows_the_first_page_and_one_beyond_the_last_the_last(client, demo_site):
    add_regions(30)
    junk = ["abc", "", "0", "-3", "1.5", "9" * 5000]
    beyond = ["3", "99", "99999999999999999999"]
    for page, shown, count in [(p, 1, REGIONS_PER_PAGE) for p in junk] + [(p, 2, 18) for p in beyond]:
        response = client.get("/en/regions/", {"page": page})
        assert response.status_code == 200, page
        html = response.content.decode()
        assert f"Page {shown} of 2" in html, page
        assert len(list_links(html)) == count, page


def test_a_page_of_a_filter_that_matches_nothing_says_so(client, demo_site):
    response = client.get("/en/regions/", {"country": "MX", "theme": "invasive-species", "page": 4})
    assert response.status_code == 200
    html = response.content.decode()
    assert "No member region matches these filters." in html
    assert "0 member regions</h2>" in html
    assert pagination(html) is None
