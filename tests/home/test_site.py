"""The site frame as visitors meet it: every page in every language, switcher, hreflang, redirects."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import HomePage, StandardPage
from regions.models import BiodiversityTarget

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "fr", "pt", "ar"]


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))


def switcher_links(html):
    """Language code -> the page each switcher link leads to (its `next`)."""
    block = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        lang: parse_qs(urlsplit(unescape(href)).query)["next"][0]
        for href, lang in re.findall(r'<a href="([^"]+)" lang="([\w-]+)"', block)
    }


def test_every_live_page_renders_in_its_language(client, demo_site):
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale")
    assert {p.locale.language_code for p in pages} == set(LANGUAGES)
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        code = page.locale.language_code
        direction = "rtl" if code == "ar" else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in html, page.url


def test_every_page_type_exists_in_every_language(demo_site):
    for model in (HomePage, StandardPage):
        languages = set(model.objects.live().values_list("locale__language_code", flat=True))
        assert languages == set(LANGUAGES), model


def test_switcher_falls_back_to_the_landing_and_hreflang_lists_only_live_translations(client, demo_site):
    about_fr = StandardPage.objects.get(slug="about", locale__language_code="fr")
    about_fr.unpublish()

    html = client.get("/en/about/").content.decode()

    expected = {"en": "/en/about/", "es": "/es/about/", "pt": "/pt/about/", "ar": "/ar/about/"}
    assert switcher_links(html) == {**expected, "fr": "/fr/"}
    links = hreflangs(html)
    assert {k: v.split("testserver")[1] for k, v in links.items()} == {
        **expected,
        "x-default": "/en/about/",
    }
    assert 'aria-current="true">English' in html


def test_root_redirects_to_the_visitors_language(client, demo_site):
    response = client.get("/", headers={"accept-language": "es-MX,es;q=0.9,en;q=0.5"})
    assert response.status_code == 302
    assert response["Location"] == "/es/"

    response = client.get("/", headers={"accept-language": "de-DE,de;q=0.9"})
    assert response["Location"] == "/en/"


def test_sitemap_lists_every_language_with_alternates(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for code in LANGUAGES:
        assert f"<loc>http://testserver/{code}/about/</loc>" in xml
    # Every page and every target page (a sub-route of the member list) in each language.
    targets = BiodiversityTarget.objects.filter(locale__language_code="en").count() * len(LANGUAGES)
    assert xml.count('hreflang="x-default"') == Page.objects.live().filter(depth__gt=1).count() + targets
    assert 'hreflang="ar" href="http://testserver/ar/privacy/"' in xml


def test_robots_txt_points_to_the_sitemap(client, demo_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_search_returns_only_the_visitors_language(client, demo_site):
    response = client.get("/es/search/", {"q": "privacidad"})
    assert response.status_code == 200
    html = response.content.decode()
    results = re.findall(r'<h2><a href="([^"]+)">', html)
    assert results, "the Spanish privacy page should be found"
    assert all(url.startswith("/es/") for url in results)


def test_search_pages_through_results(client, demo_site):
    for number in range(12):
        page = StandardPage(title=f"Wetland note {number}", slug=f"wetland-{number}")
        demo_site.add_child(instance=page)
        page.save_revision().publish()
    first = client.get("/en/search/", {"q": "wetland"}).content.decode()
    second = client.get("/en/search/", {"q": "wetland", "page": 2}).content.decode()
    assert len(re.findall(r'<h2><a href="/en/wetland-', first)) == 10
    assert len(re.findall(r'<h2><a href="/en/wetland-', second)) == 2
    assert client.get("/en/search/", {"q": "wetland", "page": "x"}).status_code == 200


def test_missing_page_is_a_friendly_404_in_the_visitors_language(client, demo_site):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert 'class="skip-link"' in html


def test_home_page_query_count_does_not_grow_with_more_pages(client, demo_site):
    client.get("/en/")  # warm the caches a visitor's first request fills
    with CaptureQueriesContext(connection) as before:
        assert client.get("/en/").status_code == 200
    for number in range(20):
        page = StandardPage(title=f"Extra {number}", slug=f"extra-{number}", show_in_menus=True)
        demo_site.add_child(instance=page)
        page.save_revision().publish()
    client.get("/en/")
    with CaptureQueriesContext(connection) as after:
        assert client.get("/en/").status_code == 200
    assert len(after) == len(before)
    assert len(before) <= 12


def test_each_language_has_one_landing(demo_site):
    root = Page.get_first_root_node()
    assert not HomePage.can_create_at(root)
    assert StandardPage.allowed_parent_page_models() == [HomePage, StandardPage]
