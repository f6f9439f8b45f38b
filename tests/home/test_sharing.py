"""How links to the site look when shared (Open Graph, Twitter card), its icons, favicon and manifest."""

import io
import json
import logging
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.static import serve
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from home.models import HomePage, SocialMediaSettings
from regions.models import BiodiversityTarget, RegionIndexPage
from tests.pages import page_type_urls

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OG_LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "pt": "pt_BR", "ar": "ar_AR"}


def meta(html):
    """{property or name: [content, ...]} of the head's meta tags."""
    found = {}
    head = html.split("</head>", 1)[0]
    for key, content in re.findall(r'<meta (?:property|name)="([\w:]+)" content="([^"]*)">', head):
        found.setdefault(key, []).append(unescape(content))
    return found


def regions_url(language):
    return RegionIndexPage.objects.get(locale__language_code=language).url


def served_media(url):
    """The response of Django's file view for a media URL: the file the rendition wrote."""
    path = urlsplit(url).path.removeprefix(settings.MEDIA_URL)
    return serve(RequestFactory().get(url), path, document_root=settings.MEDIA_ROOT)


def test_every_page_type_has_share_tags_in_its_language_with_an_absolute_image(client, demo_site):
    for (language, _page_type), url in page_type_urls(LANGUAGES).items():
        tags = meta(client.get(url).content.decode())
        assert tags["og:title"][0] and tags["og:description"][0], url
        assert tags["og:type"] == ["website"]
        assert tags["og:locale"] == [OG_LOCALES[language]], url
        assert sorted(tags["og:locale:alternate"]) == sorted(
            OG_LOCALES[code] for code in LANGUAGES if code != language
        ), url
        assert tags["og:url"][0].startswith(f"http://testserver/{language}/"), url
        assert tags["twitter:card"] == ["summary_large_image"]
        (image,) = tags["og:image"]
        assert image.startswith("http://testserver/media/images/"), url
        assert tags["og:image:width"] == ["1200"] and tags["og:image:height"] == ["630"]


def test_the_share_image_answers_and_is_the_size_it_says(client, demo_site):
    image = meta(client.get(f"{regions_url('fr')}targets/").content.decode())["og:image"][0]
    response = served_media(image)
    assert response.status_code == 200
    picture = PILImage.open(io.BytesIO(b"".join(response.streaming_content)))
    assert (picture.format, picture.size) == ("JPEG", (1200, 630))


def test_the_share_title_and_site_name_are_in_the_pages_language(client, demo_site):
    target = BiodiversityTarget.objects.get(framework="gbf", number=3, locale__language_code="ar")
    tags = meta(client.get(f"{regions_url('ar')}targets/gbf-3/").content.decode())
    with translation.override("ar"):
        assert tags["og:title"] == [str(target)]
        assert tags["og:site_name"] == [gettext("Regions for Biodiversity Learning Platform")]
    assert tags["og:site_name"] != ["Regions for Biodiversity Learning Platform"]


def test_a_page_with_a_hero_image_shares_it_and_the_others_share_the_site_default(client, demo_site):
    default = SocialMediaSettings.for_site(Site.objects.get(is_default_site=True)).default_share_image
    assert default is not None  # drawn by load_demo
    hero = get_image_model().objects.create(title="Wetland", file=get_test_image_file(size=(1600, 900)))
    home = HomePage.objects.get(locale__language_code="es")
    home.hero_image = hero
    home.save_revision().publish()

    shared = meta(client.get("/es/").content.decode())["og:image"][0]
    other = meta(client.get("/es/search/").content.decode())["og:image"][0]

    assert hero.get_rendition("fill-1200x630-c75|format-jpeg").url in shared
    assert default.get_rendition("fill-1200x630-c75|format-jpeg").url in other
    assert served_media(shared).status_code == 200


def test_editors_choose_the_default_share_image_in_the_settings(admin_client, demo_site):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "socialmediasettings", site.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "default_share_image" in response.content.decode()


def test_the_favicon_answers_at_the_site_root_without_a_logged_error(client, caplog):
    with caplog.at_level(logging.WARNING):
        response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x00\x00\x01\x00")  # an ICO file
    assert not caplog.records


def test_icons_and_the_manifest_are_linked_and_answer(client, demo_site):
    head = client.get("/pt/").content.decode().split("</head>", 1)[0]
    links = dict(re.findall(r'<link rel="(icon|apple-touch-icon|manifest)" href="([^"]+)"', head))
    assert set(links) == {"icon", "apple-touch-icon", "manifest"}
    icons = re.findall(r'<link rel="icon" href="([^"]+)" type="(image/[\w+]+)"', head)
    assert {kind for _href, kind in icons} == {"image/svg+xml", "image/png"}
    for href in [href for href, _kind in icons] + [links["apple-touch-icon"]]:
        assert client.get(href).status_code == 200, href
    assert links["manifest"] == "/pt/manifest.webmanifest"


def test_the_manifest_names_the_site_in_the_visitors_language(client, demo_site):
    english = json.loads(client.get("/en/manifest.webmanifest").content)
    response = client.get("/ar/manifest.webmanifest")
    manifest = json.loads(response.content)

    assert response["Content-Type"] == "application/manifest+json"
    assert english["name"] == "Regions for Biodiversity Learning Platform"
    assert manifest["name"] != english["name"]
    assert (manifest["short_name"], manifest["lang"], manifest["dir"]) == ("R4BLP", "ar", "rtl")
    assert manifest["start_url"] == "/ar/"
    assert manifest["theme_color"] == "#0d3b2e"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"any", "192x192", "512x512"}
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200, icon
