"""The demo's pictures reach visitors as sized, responsive AVIF/WebP renditions with real alternative
text in the page's language, and the landing stays light."""

import gzip
import re
from html import unescape

import pytest

from events.models import EventPage
from home.models import HomePage
from regions.models import RegionPage

pytestmark = pytest.mark.django_db

PICTURE = re.compile(r"<picture>(.*?)</picture>", re.S)


def pictures(html):
    """Each <picture> of the page as (its <source> types, its <img> attributes)."""
    found = []
    for inner in PICTURE.findall(html):
        types = re.findall(r'<source[^>]*type="([^"]+)"', inner)
        img = re.search(r"<img([^>]*)>", inner).group(1)
        found.append((types, {k: unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', img)}))
    return found


def picture_with_alt(html, alt):
    matches = [(types, img) for types, img in pictures(html) if img.get("alt") == alt]
    assert matches, f"no picture with alt {alt!r} in {[img.get('alt') for _, img in pictures(html)]}"
    return matches[0]


def assert_responsive(types, img):
    assert types == ["image/avif", "image/webp"]
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert img["sizes"]
    assert len(re.findall(r" \d+w(?:,|$)", img["srcset"])) >= 2
    assert "/media/images/" in img["src"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_landing_shows_its_hero_partner_logos_and_the_policy_officer_with_translated_alt_text(
    client, demo_site, language
):
    home = HomePage.objects.get(locale__language_code=language)
    html = client.get(home.url).content.decode()

    hero_types, hero = picture_with_alt(html, home.hero_image_alt)
    assert_responsive(hero_types, hero)
    assert "loading" not in hero  # the first thing seen is not held back
    photo_types, photo = picture_with_alt(html, home.contact.photo_alt)
    assert_responsive(photo_types, photo)
    assert photo["loading"] == "lazy"
    logos = [img for _types, img in pictures(html) if "partner__logo" in img.get("class", "")]
    assert len(logos) == 2
    assert all(img["loading"] == "lazy" and img["alt"] for img in logos)
    if language == "ar":
        assert home.hero_image_alt.startswith("رسم توضيحي")
        assert all(re.search("[\u0600-\u06ff]", img["alt"]) for img in logos)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_region_profile_shows_its_emblem_and_hero_picture(client, demo_site, language):
    region = RegionPage.objects.get(slug="quebec", locale__language_code=language)
    html = client.get(region.url).content.decode()

    emblem_types, emblem = picture_with_alt(html, region.emblem_alt)
    assert_responsive(emblem_types, emblem)
    hero_types, hero = picture_with_alt(html, region.hero_image_alt)
    assert_responsive(hero_types, hero)
    assert region.emblem_alt and region.hero_image_alt
    if language == "ar":
        assert region.emblem_alt == "شعار: كيبيك"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_event_page_shows_its_picture(client, demo_site, language):
    event = EventPage.objects.filter(locale__language_code=language, hero_image__isnull=False).first()
    html = client.get(event.url).content.decode()

    types, hero = picture_with_alt(html, event.hero_image_alt)
    assert_responsive(types, hero)


def test_empty_alt_text_falls_back_to_the_image_description(client, demo_site):
    region = RegionPage.objects.get(slug="quebec", locale__language_code="en")
    region.hero_image_alt = ""
    region.save_revision().publish()

    html = client.get(region.url).content.decode()
    picture_with_alt(html, region.hero_image.description)


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_landing_html_css_and_js_stay_under_60_kb_compressed_with_its_pictures(client, demo_site):
    html = body(client.get("/en/"))
    assert b"<picture>" in html
    assets = re.findall(rb'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
    assets += re.findall(rb'<script[^>]+src="([^"]+)"', html)
    total = len(gzip.compress(html, 6))
    for asset in set(assets):
        response = client.get(asset.decode())
        assert response.status_code == 200, asset
        total += len(gzip.compress(body(response), 6))
    assert total < 60 * 1024, total
