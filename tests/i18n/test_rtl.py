"""Arabic reads right to left: the markup says so and the styles mirror without physical directions."""

import re
from pathlib import Path

import pytest
from wagtail.models import Page

ROOT = Path(__file__).resolve().parents[2]
# Physical directions in CSS (margin-left, padding-right, float: left, text-align: right, left: 0,
# border-top-left-radius...): each has a logical equivalent that mirrors in right-to-left pages.
PHYSICAL = re.compile(r"(?<![\w-])(left|right)(?![\w-])|-(left|right)\b")


def stylesheets():
    return sorted(
        path
        for path in ROOT.glob("**/static/**/*.css")
        if ".venv" not in path.parts and "staticfiles" not in path.parts
    )


@pytest.mark.parametrize("path", stylesheets(), ids=lambda path: str(path.relative_to(ROOT)))
def test_stylesheet_uses_logical_properties_only(path):
    css = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
    offending = [line.strip() for line in css.splitlines() if PHYSICAL.search(line)]
    assert offending == []


@pytest.mark.django_db
def test_arabic_pages_are_right_to_left_and_others_left_to_right(client, demo_site):
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        html = client.get(page.url).content.decode()
        opening = re.search(r"<html[^>]*>", html).group(0)
        direction = "rtl" if page.locale.language_code == "ar" else "ltr"
        assert f'dir="{direction}"' in opening, page.url


@pytest.mark.django_db
def test_switcher_marks_each_language_name_with_its_own_language(client, demo_site):
    """Screen readers and the bidi algorithm read "English" in an Arabic page left to right."""
    html = client.get("/ar/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'lang="en" hreflang="en"' in switcher
    assert 'lang="ar" hreflang="ar"' in switcher
    assert ">العربيّة</a>" in switcher
