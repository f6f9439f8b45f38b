"""Canonical links, hreflang and the language switcher on sub-routes, pages of lists and filtered
lists, and the target pages in the sitemap."""

import re
import xml.etree.ElementTree as ET
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from events.models import EventIndexPage
from forms.models import JoinFormPage
from regions.models import BiodiversityTarget, RegionIndexPage
from tests.pages import page_type_urls
from tests.regions.helpers import add_regions

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
ORIGIN = "http://testserver"
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def head(response):
    assert response.status_code == 200, response
    return response.content.decode().split("</head>", 1)[0]


def canonical(response):
    links = re.findall(r'<link rel="canonical" href="([^"]+)">', head(response))
    assert len(links) == 1, links
    return unescape(links[0])


def alternates(response):
    found = re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', head(response))
    return {code: unescape(href) for code, href in found}


def switcher_targets(client, response):
    """Where each link of the language switcher lands, after the switch view's redirect."""
    block = re.search(r'<nav class="language-switcher".*?</nav>', response.content.decode(), re.S).group(0)
    links = re.findall(r'<a href="([^"]+)" lang="([\w-]+)"', block)
    return {code: client.get(unescape(href))["Location"] for href, code in links}


def index_urls(model):
    """The URL of each language's page of `model` (one per language)."""
    return {page.locale.language_code: page.url for page in model.objects.live().select_related("locale")}


def test_every_page_type_has_one_absolute_canonical_link_without_junk_parameters(client, demo_site):
    for (_language, page_type), url in page_type_urls(LANGUAGES).items():
        clean = f"{ORIGIN}{url}"
        if page_type == "search":
            assert canonical(client.get(url)) == clean, url
            assert canonical(client.get(f"{url}&utm_source=newsletter&page=1")) == clean, url
            continue
        assert canonical(client.get(url)) == clean, url
        assert canonical(client.get(url, {"utm_source": "x", "page": "junk", "fbclid": "1"})) == clean, url


def test_filtered_lists_canonicalise_to_the_list_and_pages_of_a_list_to_the_page_shown(client, demo_site):
    add_regions(30)  # two pages of members in English
    regions = index_urls(RegionIndexPage)["en"]
    events = index_urls(EventIndexPage)["en"]
    target = f"{regions}targets/gbf-3/"  # the added regions work on it

    assert canonical(client.get(regions, {"country": "CA", "theme": "financing"})) == f"{ORIGIN}{regions}"
    assert canonical(client.get(regions, {"page": "2", "utm_source": "x"})) == f"{ORIGIN}{regions}?page=2"
    assert canonical(client.get(regions, {"page": "2", "country": "FR"})) == f"{ORIGIN}{regions}"
    assert canonical(client.get(regions, {"page": "02"})) == f"{ORIGIN}{regions}?page=2"
    assert canonical(client.get(regions, {"page": "1"})) == f"{ORIGIN}{regions}"
    # Past the last page a list shows the last: that is its address.
    assert canonical(client.get(regions, {"page": "99"})) == f"{ORIGIN}{regions}?page=2"
    assert canonical(client.get(events, {"kind": "online", "page": "99"})) == f"{ORIGIN}{events}"
    assert canonical(client.get(target, {"page": "2", "utm_medium": "x"})) == f"{ORIGIN}{target}?page=2"
    # A page that is no list has no pages.
    about = client.get("/en/about/", {"page": "2"})
    assert canonical(about) == f"{ORIGIN}/en/about/"


def test_sub_routes_are_their_own_canonical_address(client, demo_site):
    regions = index_urls(RegionIndexPage)
    join = index_urls(JoinFormPage)
    for language in LANGUAGES:
        for url in (
            f"{regions[language]}targets/",
            f"{regions[language]}targets/gbf-3/",
            f"{join[language]}thank-you/",
        ):
            assert canonical(client.get(url, {"ref": "mail"})) == f"{ORIGIN}{url}"


def assert_same_place_in_each_language(client, url, expected, canonical_urls):
    """The switcher of `url` lands on `expected` (by language), and hreflang lists `canonical_urls`,
    which answer and list the same alternates back."""
    response = client.get(url)
    assert switcher_targets(client, response) == expected
    links = alternates(response)
    assert links == {**canonical_urls, "x-default": canonical_urls["en"]}
    for code in LANGUAGES:
        other = client.get(expected[code])
        assert alternates(other) == links, expected[code]
        assert canonical(other) == links[code]


@pytest.mark.parametrize(
    ("route", "query"),
    [("targets/gbf-3/", ""), ("targets/aichi-11/", "?utm_source=x"), ("targets/", ""), ("", "?country=CA")],
)
def test_the_switcher_and_hreflang_of_a_region_sub_route_lead_to_the_same_place_in_each_language(
    client, demo_site, route, query
):
    regions = index_urls(RegionIndexPage)
    # The switcher keeps the sub-route and the filters; hreflang gives the canonical addresses.
    assert_same_place_in_each_language(
        client,
        f"{regions['en']}{route}{query}",
        {code: f"{regions[code]}{route}{query}" for code in LANGUAGES},
        {code: f"{ORIGIN}{regions[code]}{route}" for code in LANGUAGES},
    )


def test_the_switcher_and_hreflang_of_a_second_page_lead_to_that_page_in_each_language(client, demo_site):
    for code in LANGUAGES:
        add_regions(13, language=code)  # 25 members each: two pages
    regions = index_urls(RegionIndexPage)
    assert_same_place_in_each_language(
        client,
        f"{regions['pt']}?page=2&utm_source=x",
        {code: f"{regions[code]}?page=2&utm_source=x" for code in LANGUAGES},
        {code: f"{ORIGIN}{regions[code]}?page=2" for code in LANGUAGES},
    )


def test_the_switcher_of_the_thank_you_page_and_a_page_of_events_keep_their_place(client, demo_site):
    join = index_urls(JoinFormPage)
    response = client.get(f"{join['fr']}thank-you/")
    assert switcher_targets(client, response) == {code: f"{join[code]}thank-you/" for code in LANGUAGES}
    assert alternates(response)["ar"] == f"{ORIGIN}{join['ar']}thank-you/"

    events = index_urls(EventIndexPage)
    response = client.get(events["es"], {"page": 2, "kind": "online"})
    targets = switcher_targets(client, response)
    for code in LANGUAGES:
        assert urlsplit(targets[code]).query == "page=2&kind=online"
        assert client.get(targets[code]).status_code == 200


def test_a_target_without_a_translation_is_left_out_of_hreflang_and_the_switcher_goes_to_the_list(
    client, demo_site
):
    BiodiversityTarget.objects.filter(framework="gbf", number=3, locale__language_code="pt").delete()
    regions = index_urls(RegionIndexPage)

    response = client.get(f"{regions['en']}targets/gbf-3/")

    assert "pt" not in alternates(response)
    assert switcher_targets(client, response)["pt"] == regions["pt"]
    assert client.get(f"{regions['pt']}targets/gbf-3/").status_code == 404


def test_the_sitemap_lists_every_target_page_in_each_language_with_its_alternates(client, demo_site):
    regions = index_urls(RegionIndexPage)
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (the site's own sitemap)
    entries = {}
    for entry in root.findall("s:url", SITEMAP_NS):
        links = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", SITEMAP_NS)}
        entries[entry.find("s:loc", SITEMAP_NS).text] = links

    targets = list(BiodiversityTarget.objects.filter(locale__language_code="en"))
    assert len(targets) == 43
    for target in targets:
        places = {code: f"{ORIGIN}{regions[code]}targets/{target.slug}/" for code in LANGUAGES}
        for code in LANGUAGES:
            assert entries[places[code]] == {**places, "x-default": places["en"]}
    sample = f"{ORIGIN}{regions['ar']}targets/gbf-3/"
    assert client.get(urlsplit(sample).path).status_code == 200
