"""axe-core finds no WCAG 2.1 A/AA violation on any page type, in English and Arabic."""

from tests.browser.conftest import JOURNEY, describe
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
