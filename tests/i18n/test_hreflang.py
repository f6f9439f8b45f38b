"""hreflang alternates: complete and reciprocal on every live page of the demo and in the sitemap."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def path_of(url):
    return urlsplit(url).path


def head_alternates(html):
    head = html.split("</head>", 1)[0]
    return {
        code: path_of(href)
        for code, href in re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', head)
    }


def expected_alternates(page):
    """The live translations of `page` by language, plus x-default for English."""
    translations = Page.objects.live().public().filter(translation_key=page.translation_key)
    versions = {t.locale.language_code: t.url for t in translations.select_related("locale")}
    if settings.LANGUAGE_CODE in versions:
        versions["x-default"] = versions[settings.LANGUAGE_CODE]
    return versions


def live_pages():
    return list(Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path"))


def assert_complete_and_reciprocal(alternates_by_url, pages):
    for page in pages:
        alternates = alternates_by_url[page.url]
        assert alternates == expected_alternates(page), page.url
        assert alternates[page.locale.language_code] == page.url, f"{page.url} does not list itself"
        for code, url in alternates.items():
            assert alternates_by_url[url] == alternates, f"{page.url} -> {code} {url} is not reciprocal"


def test_every_page_lists_complete_reciprocal_hreflang_alternates(client, demo_site):
    pages = live_pages()
    alternates_by_url = {}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        alternates_by_url[page.url] = head_alternates(response.content.decode())
    assert_complete_and_reciprocal(alternates_by_url, pages)
    assert alternates_by_url["/fr/"]["x-default"] == "/en/"


def test_unpublished_translation_drops_out_of_every_pages_alternates(client, demo_site):
    privacy_pt = Page.objects.get(slug="privacy", locale__language_code="pt")
    privacy_pt.unpublish()
    for code in ("en", "es", "fr", "ar"):
        alternates = head_alternates(client.get(f"/{code}/privacy/").content.decode())
        assert "pt" not in alternates
        assert set(alternates) == {"en", "es", "fr", "ar", "x-default"}


def test_sitemap_alternates_match_the_pages_and_are_reciprocal(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (the site's own sitemap)
    alternates_by_url = {}
    for entry in root.findall("s:url", SITEMAP_NS):
        location = path_of(entry.find("s:loc", SITEMAP_NS).text)
        alternates_by_url[location] = {
            link.get("hreflang"): path_of(link.get("href")) for link in entry.findall("x:link", SITEMAP_NS)
        }
    pages = live_pages()
    # Beside the pages, the sitemap lists the target pages of the member list (tests/home/test_links.py).
    sub_routes = set(alternates_by_url) - {page.url for page in pages}
    assert {page.url for page in pages} <= set(alternates_by_url)
    assert sub_routes and all(re.fullmatch(r"/\w+/[\w-]+/targets/[a-z]+-\d+/", url) for url in sub_routes)
    assert_complete_and_reciprocal(alternates_by_url, pages)
