"""Every page type reads in the visitor's language: no English interface string that has a
translation is left on a page rendered in Spanish, French, Portuguese or Arabic."""

import re
from html import unescape

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from forms.models import JoinFormPage
from regions.models import BiodiversityTarget, RegionIndexPage
from tests.catalogues import po_files

pytestmark = pytest.mark.django_db

TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# Attributes a visitor hears or sees as text.
TEXT_ATTRIBUTES = re.compile(r'\s(?:aria-label|placeholder|title|alt|content|value)="([^"]*)"')


# A placeholder stands for any one word or number when the msgid is looked for on a page.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def english_with_translations(language):
    """{English msgid or plural: pattern finding it on a page} for the messages whose translation in
    `language` differs, from every catalogue; a placeholder matches any word, and a msgid whose
    words are too few to tell apart from a translation is skipped."""
    found = {}
    for path in po_files():
        if path.parent.parent.name != language:
            continue
        for entry in polib.pofile(str(path)).translated_entries():
            translations = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
            for english in filter(None, (entry.msgid, entry.msgid_plural)):
                words = PLACEHOLDER.split(english)
                if len("".join(words).strip(" :.,")) < 3 or english in translations:
                    continue
                # A word joined to others by a slash is an identifier such as "Europe/Brussels".
                pattern = r"\S+".join(re.escape(word) for word in words)
                found[english] = re.compile(rf"(?<![\w/]){pattern}(?![\w/])")
    return found


def shown_text(html, language):
    """What the visitor reads or hears in `language`: the body's text plus text attributes (labels,
    placeholders, titles, alternatives, the meta description), without scripts, styles and the
    passages marked as another language (the switcher names each language in its own)."""
    head, _sep, body = html.partition("<body")
    body = body.partition(">")[2]  # not the body's own attributes (its classes name the page type)
    body = re.sub(rf'<(\w+)\b[^>]*\slang="(?!{language}")[^"]*"[^>]*>.*?</\1>', " ", body, flags=re.S)
    description = re.findall(r'<meta name="description" content="([^"]*)"', head)
    title = re.findall(r"<title>(.*?)</title>", head, re.S)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    attributes = TEXT_ATTRIBUTES.findall(body)
    text = re.sub(r"<[^>]+>", " ", body)
    return " ".join(unescape(" ".join([*title, *description, text, *attributes])).split())


def urls_to_check(language):
    """One live page of each page type in `language`, the sub-pages of routable pages (the targets
    and a target, the join form's thank-you page), the search page with results, the 404 page."""
    urls = {}
    pages = Page.objects.live().public().filter(depth__gt=1, locale__language_code=language)
    for page in pages.select_related("content_type").order_by("path"):
        urls.setdefault(page.content_type.model, page.url)
    regions = RegionIndexPage.objects.live().get(locale__language_code=language)
    urls["targets"] = regions.url + regions.reverse_subpage("targets")
    target = BiodiversityTarget.objects.filter(locale=regions.locale).first()
    urls["target"] = regions.url + regions.reverse_subpage("target", kwargs={"slug": target.slug})
    join_form = JoinFormPage.objects.live().get(locale__language_code=language)
    urls["thank you"] = join_form.url + join_form.reverse_subpage("thank_you")
    with translation.override(language):
        urls["search"] = reverse("search") + "?q=a"
    urls["not found"] = f"/{language}/no-such-page/"
    return urls


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_no_english_interface_string_is_left_on_any_page_type(client, demo_site, language):
    english = english_with_translations(language)
    assert len(english) > 50  # the catalogues are loaded
    left = {}
    for name, url in urls_to_check(language).items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not found" else 200), url
        text = shown_text(response.content.decode(), language)
        found = sorted(msgid for msgid, pattern in english.items() if pattern.search(text))
        if found:
            left[url] = found
    assert left == {}


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_page_type_renders_in_every_language(client, demo_site, language):
    for name, url in urls_to_check(language).items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not found" else 200), url
        assert f'<html lang="{language}"' in response.content.decode(), url


def test_search_results_read_in_the_visitors_language(client, demo_site):
    html = client.get("/fr/search/", {"q": "biodiversité"}).content.decode()
    assert "<h1>Rechercher</h1>" in html
    assert re.search(r'<p role="status">\d+ résultats?</p>', html)
    html = client.get("/es/search/", {"q": "biodiversidad"}).content.decode()
    # Spanish has two plural forms: a count above one reads "resultados", not the English "results".
    assert re.search(r'<p role="status">(?:[2-9]|\d\d+) resultados</p>', html)
    html = client.get("/ar/search/", {"q": "zzzz-nothing"}).content.decode()
    assert '<p role="status">لا نتائج</p>' in html
