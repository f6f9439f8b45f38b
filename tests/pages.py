"""One URL per page type and language of the demo site, so checks grow as apps add page types."""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Page


def page_type_urls(languages=("en", "ar")):
    """{(language, page type name): URL} for every live page type, plus search with a query."""
    urls = {}
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1, locale__language_code__in=languages)
        .select_related("content_type", "locale")
        .order_by("path")
    )
    for page in pages:
        key = (page.locale.language_code, page.content_type.model)
        if key not in urls:
            urls[key] = page.get_url()
    for language in languages:
        with translation.override(language):
            urls[(language, "search")] = reverse("search") + "?q=biodiversity"
    return urls
