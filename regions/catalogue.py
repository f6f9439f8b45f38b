"""Per-language lookups every regions page needs (thematic blocks, targets, member countries),
cached until a region is published or a snippet changes, so pages pay no query for them."""

from django.utils.functional import cached_property
from django_countries import countries

from r4blp.collation import sorted_for_reading
from r4blp.page_cache import cached_until_content_changes


class Catalogue:
    """The thematic blocks and targets of one language, and the countries its live members are in."""

    def __init__(self, locale_id):
        from .models import BiodiversityTarget, ThematicBlock

        self.themes = sorted_for_reading(
            ThematicBlock.objects.filter(locale_id=locale_id), key=lambda t: t.name
        )
        self.targets = list(BiodiversityTarget.objects.filter(locale_id=locale_id))
        self.locale_id = locale_id
        self.theme_by_slug = {t.slug: t for t in self.themes}
        self.target_by_slug = {t.slug: t for t in self.targets}

    @cached_property
    def country_codes(self):
        """Read only by the region filters: event pages need the rest of the catalogue alone."""
        from .models import RegionPage

        regions = RegionPage.objects.live().filter(locale_id=self.locale_id).order_by()
        return sorted(set(regions.values_list("country", flat=True).distinct()))

    def countries(self):
        """(code, name) of the member countries, named and sorted in the active language."""
        names = ((code, countries.name(code) or code) for code in self.country_codes)
        return sorted_for_reading(names, key=lambda c: c[1])

    def localised(self, translation_keys):
        """The snippets of this language that translate the given ones, in catalogue order."""
        keys = set(translation_keys)
        return [item for item in [*self.themes, *self.targets] if item.translation_key in keys]


def catalogue(locale_id):
    return cached_until_content_changes(f"regions-catalogue:{locale_id}", lambda: Catalogue(locale_id))
