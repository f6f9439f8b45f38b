"""The demo speaks every language for real: translations made through wagtail-localize, with every
segment translated and no English left on a translated page. Generic over every app's content."""

import re
from html import unescape

import pytest
from django.conf import settings
from wagtail.models import Page, get_page_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

pytestmark = pytest.mark.django_db

LANGUAGES = {code for code, _name in settings.LANGUAGES}
# Segments that are not wording: the page's address.
UNTRANSLATED_CONTEXTS = {"slug"}


def visible_text(html):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def main_text(html):
    return visible_text(re.search(r"<main\b.*?</main>", html, re.S).group(0))


def is_proper_name(text):
    """A single token such as an acronym (R4BLP) or a place name reads the same in every language."""
    return len(text.split()) == 1 and not text[:1].islower()


def segments_by_source():
    texts = {}
    for segment in StringSegment.objects.select_related("string", "context"):
        if segment.context.path.rsplit(".", 1)[-1] in UNTRANSLATED_CONTEXTS:
            continue
        texts.setdefault(segment.source_id, []).append(segment)
    return texts


def test_every_translation_supplies_every_segment(demo_site):
    segments = segments_by_source()
    translated = {
        (t.translation_of_id, t.locale_id, t.context_id): t.data
        for t in StringTranslation.objects.all().only("translation_of_id", "locale_id", "context_id", "data")
    }
    missing = []
    for translation in Translation.objects.filter(enabled=True).select_related("source", "target_locale"):
        for segment in segments.get(translation.source_id, []):
            data = translated.get((segment.string_id, translation.target_locale_id, segment.context_id))
            source_text = segment.string.data
            if data is None or (data == source_text and not is_proper_name(visible_text(source_text))):
                missing.append(
                    (str(translation.source.get_source_instance()), translation.target_locale, source_text)
                )
    assert missing == []


def test_every_translated_page_was_made_through_wagtail_localize(demo_site):
    english = Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
    sources = set(TranslationSource.objects.values_list("object_id", flat=True))
    for page in english.live():
        if page.get_translations().exists():
            assert page.translation_key in sources, page.url


def test_translated_pages_show_no_english_text(client, demo_site):
    segments = segments_by_source()
    sources = {source.object_id: source.id for source in TranslationSource.objects.all()}
    english_pages = Page.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
    checked = 0
    for english_page in english_pages:
        texts = [
            visible_text(segment.string.data)
            for segment in segments.get(sources.get(english_page.translation_key), [])
        ]
        texts = [text for text in texts if text and not is_proper_name(text)]
        for translation in english_page.get_translations().live().select_related("locale"):
            shown = main_text(client.get(translation.url).content.decode())
            left = [text for text in texts if text in shown]
            assert left == [], f"English on {translation.url}: {left}"
            checked += 1
    assert checked >= 4 * 3  # at least the landing, About and Privacy in four languages


def test_every_page_type_of_the_demo_exists_in_every_language(demo_site):
    for model in get_page_models():
        if model is Page:
            continue
        languages = set(model.objects.live().values_list("locale__language_code", flat=True))
        if languages:
            assert languages == LANGUAGES, model.__name__
