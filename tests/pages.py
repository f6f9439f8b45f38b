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


def every_page_type_urls(languages=("en", "es", "fr", "pt", "ar")):
    """page_type_urls, plus the pages drawn by routes: the targets' list and a target, the join
    form's thank-you page, and the page-not-found page."""
    urls = page_type_urls(languages)
    for language in languages:
        regions = urls[(language, "regionindexpage")]
        urls[(language, "targets")] = regions + "targets/"
        urls[(language, "target")] = regions + "targets/gbf-3/"
        urls[(language, "thank-you")] = urls[(language, "joinformpage")] + "thank-you/"
        urls[(language, "404")] = f"/{language}/no-such-page/"
    return urls
