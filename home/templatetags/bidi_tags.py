"""Template tags that keep mixed-direction text in order: Latin codes in Arabic, and list punctuation."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

register = template.Library()

# Runs that read left to right whatever the language around them: addresses, email addresses,
# international phone numbers ("+52 981 811 9200") and file extensions (".ics"). Left alone in an
# Arabic sentence, the bidirectional algorithm moves their leading "+" or "." to the other end.
LEFT_TO_RIGHT_RUNS = re.compile(
    r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\+\d[\d\s().-]*\d"
    r"|(?<![\w.])\.[A-Za-z0-9]{2,5}\b)"
)


@register.filter
def ltr(value):
    """A value that reads left to right in any page (an address, a code, an offset)."""
    return format_html('<span dir="ltr">{}</span>', value)


@register.filter
def isolated(value):
    """A value of either direction (a name, a date) that must not reorder the text around it."""
    return format_html("<bdi>{}</bdi>", value) if value else ""


@register.filter
def isolate_ltr(text):
    """Plain text with each address, phone number and file extension in it kept left to right."""
    # re.split with a capturing group: the runs are the odd items.
    pieces = LEFT_TO_RIGHT_RUNS.split(str(text))
    return mark_safe("".join(ltr(p) if i % 2 else conditional_escape(p) for i, p in enumerate(pieces)))  # noqa: S308


def list_separator():
    """The comma between the items of a list in the page's language, as its translators give it
    (a comma and a space in most, the Arabic comma in Arabic)."""
    return pgettext("list separator", ", ")


@register.simple_tag
def separated(*parts):
    """The parts that are not empty, each escaped, joined with the language's comma."""
    return mark_safe(conditional_escape(list_separator()).join(conditional_escape(p) for p in parts if p))  # noqa: S308
