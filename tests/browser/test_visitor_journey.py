"""A visitor lands on /, is sent to their language, browses, switches language and stays on the page."""

from wagtail.models import Locale

from home.models import StandardPage
from tests.browser.conftest import JOURNEY

pytestmark = JOURNEY


def test_visitor_is_sent_to_their_language_and_switching_keeps_the_page(site, new_page):
    tab = new_page(locale="es-ES")
    tab.goto("/")
    assert tab.url == f"{site}/es/"
    assert tab.locator("html").get_attribute("lang") == "es"

    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    spanish_about = about.get_translation(Locale.objects.get(language_code="es"))
    tab.locator(".site-nav").get_by_role("link", name=spanish_about.title).click()
    assert tab.url == f"{site}{spanish_about.url}"

    french_about = about.get_translation(Locale.objects.get(language_code="fr"))
    tab.locator(".language-switcher a[lang=fr]").click()
    tab.wait_for_url(f"{site}{french_about.url}")
    assert tab.locator("html").get_attribute("lang") == "fr"
    assert tab.locator("h1").first.inner_text() == french_about.title

    # The choice is remembered: the bare address now leads to French.
    tab.goto("/")
    assert tab.url == f"{site}/fr/"


def test_arabic_pages_read_right_to_left(site, page):
    page.goto("/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
