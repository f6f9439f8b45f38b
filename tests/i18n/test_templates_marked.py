"""No template shows hard-coded English: every human text in a template is marked for translation."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Rendered without Django's translation machinery (no request, no database): they carry all five
# languages as static text.
STATIC_ERROR_PAGES = {"500.html", "503.html"}
HUMAN_ATTRIBUTES = re.compile(r'\s(?:aria-label|placeholder|title|alt)="([^"]*)"')


def templates():
    return sorted(
        path
        for path in ROOT.glob("**/templates/**/*.html")
        if ".venv" not in path.parts and path.name not in STATIC_ERROR_PAGES
    )


def unmarked_words(source):
    """Words left once tags, template syntax, translated blocks and class-name blocks are removed;
    acronyms such as R4BLP read the same in every language."""
    for pattern in (
        r"\{%\s*(blocktranslate|blocktrans)\b.*?\{%\s*end\1\s*%\}",
        r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}",
        r"\{%\s*block\s+body_class\s*%\}.*?\{%\s*endblock",
        r"\{#.*?#\}",
        r"<(script|style)\b.*?</\1>",
    ):
        source = re.sub(pattern, " ", source, flags=re.S)
    source = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", " ", source, flags=re.S)
    texts = [*HUMAN_ATTRIBUTES.findall(source), re.sub(r"<[^>]*>", " ", source, flags=re.S)]
    words = re.findall(r"[^\W\d_]{2,}", " ".join(texts))
    return [word for word in words if not word.isupper()]


@pytest.mark.parametrize("path", templates(), ids=lambda path: str(path.relative_to(ROOT)))
def test_template_has_no_unmarked_text(path):
    assert unmarked_words(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_unmarked_text():
    source = '<p>{% translate "Hello" %}</p><p>Read more</p><a title="Open">R4BLP</a>'
    assert sorted(unmarked_words(source)) == ["Open", "Read", "more"]
