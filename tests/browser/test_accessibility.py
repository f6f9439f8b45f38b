"""axe-core finds no WCAG 2.1 A/AA violation on any page type, in English and Arabic."""

from tests.browser.conftest import JOURNEY, PHONE, describe
from tests.pages import page_type_urls

pytestmark = JOURNEY


def test_every_page_type_has_no_wcag_violations_in_english_and_arabic(site, page, axe):
    urls = page_type_urls(languages=("en", "ar"))
    failures = {}
    for (language, kind), url in sorted(urls.items()):
        response = page.goto(url)
        assert response.status == 200, url
        violations = axe(page)
        if violations:
            failures[f"{language} {kind} {url}"] = violations
    assert not failures, describe(failures)


def test_no_page_type_scrolls_sideways_on_a_phone(site, new_page):
    phone = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    too_wide = {}
    for (language, kind), url in sorted(page_type_urls(languages=("en", "ar")).items()):
        phone.goto(url)
        widths = phone.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if widths[0] > widths[1]:
            too_wide[f"{language} {kind} {url}"] = widths
    assert not too_wide, f"pages wider than the 390 px screen (scroll width, screen): {too_wide}"
