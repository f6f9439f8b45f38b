"""Which language versions of a page visitors can reach: used by the switcher, hreflang and sitemap."""

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField

from r4blp.page_cache import FRAME, cached_until_content_changes

# A page has the same slug in every language (region filters and sub-routes rely on it): copied
# from its source rather than offered for translation, where it would keep wagtail-localize's
# Translations report "waiting for translations" forever. A translator may still override it.
SYNCHRONISED_SLUG = SynchronizedField("slug")


def public(pages):
    """`pages.public()`, with the private sections read once until the frame changes instead of on
    every call (a privacy setting saved, a page moved or deleted starts a new one)."""
    private = cached_until_content_changes(
        "private-sections", lambda: Page.objects.all().private_q(), shows=FRAME
    )
    return pages.exclude(private)


def live_translations(page):
    """Each live, public translation of `page`, itself included, by language code in the order of
    LANGUAGES."""
    translations = (
        public(Page.objects.live())
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .only("id", "url_path", "locale__language_code", "translation_key", "depth", "path")
    )
    by_language = {t.locale.language_code: t for t in translations}
    return {code: by_language[code] for code, _name in settings.LANGUAGES if code in by_language}


def locale_home(language_code=None):
    """The landing of the given (or active) language, falling back to the default language."""
    homes = locale_homes()
    code = language_code or Locale.get_active().language_code
    return homes.get(code) or homes.get(settings.LANGUAGE_CODE)


def locale_homes():
    """The live landing of each language, by language code."""
    from home.models import HomePage

    def homes():
        pages = HomePage.objects.live().select_related("locale", "contact__photo")
        return {h.locale.language_code: h for h in pages}

    # The header and footer of every page need them: kept until the frame changes.
    return cached_until_content_changes("locale-homes", homes, shows=FRAME)
