"""sitemap.xml of every language's pages and the biodiversity target pages of the member list, each
with hreflang alternates to its translations."""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils.translation import get_language
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


class TargetPagesSitemap(Sitemap):
    """The page of each biodiversity target, a sub-route of the member list, in each language that
    has both the list and that target."""

    limit = 5000
    i18n = True
    alternates = True

    def items(self):
        from regions.models import BiodiversityTarget, RegionIndexPage

        self.indexes = defaultdict(dict)  # translation key: {language code: region index}
        for index in RegionIndexPage.objects.live().public().select_related("locale").order_by("path"):
            self.indexes[index.translation_key][index.locale.language_code] = index
        self.targets = defaultdict(set)  # target slug: language codes it is translated into
        for target in BiodiversityTarget.objects.select_related("locale"):
            self.targets[target.slug].add(target.locale.language_code)
        slugs = [
            target.slug
            for target in BiodiversityTarget.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        ]
        return [(key, slug) for key in self.indexes for slug in slugs]

    def get_languages_for_item(self, item):
        key, slug = item
        return [
            code
            for code, _name in settings.LANGUAGES
            if code in self.indexes[key] and code in self.targets[slug]
        ]

    def location(self, item):
        key, slug = item
        index = self.indexes[key][get_language()]
        return index.url + index.reverse_subpage("target", kwargs={"slug": slug})

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            # x-default is the English page: Django's own would drop the language prefix this site needs.
            url["alternates"] += [
                {**alternate, "lang_code": "x-default"}
                for alternate in url["alternates"]
                if alternate["lang_code"] == settings.LANGUAGE_CODE
            ]
        return urls
