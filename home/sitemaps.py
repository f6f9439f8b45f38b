"""sitemap.xml of every language's pages, each with hreflang alternates to its translations."""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedPagesSitemap(Sitemap):
    limit = 5000

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .select_related("locale")
            .only(
                "id",
                "url_path",
                "path",
                "depth",
                "translation_key",
                "last_published_at",
                "locale__language_code",
            )
            .order_by("path")
        )

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        # One query for the whole sitemap page: the language versions of each translation group.
        pages = [url["item"] for url in urls]
        groups = defaultdict(dict)
        for translation in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={p.translation_key for p in pages})
            .select_related("locale")
            .only("id", "url_path", "path", "depth", "translation_key", "locale__language_code")
        ):
            groups[translation.translation_key][translation.locale.language_code] = translation
        order = [code for code, _name in settings.LANGUAGES]
        for url in urls:
            versions = groups[url["item"].translation_key]
            url["alternates"] = [
                {"lang_code": code, "location": f"{protocol}://{domain}{versions[code].url}"}
                for code in order
                if code in versions
            ]
            if settings.LANGUAGE_CODE in versions:
                url["alternates"].append(
                    {
                        "lang_code": "x-default",
                        "location": f"{protocol}://{domain}{versions[settings.LANGUAGE_CODE].url}",
                    }
                )
        return urls

    def location(self, page):
        return page.url
