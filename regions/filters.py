"""The region list's filters: world region, country, thematic block and target, read from GET."""

from django.utils.translation import gettext as _
from django_countries import countries


class RegionFilters:
    """Validates the GET parameters and narrows a RegionPage queryset; unknown values are reported,
    never an error page. Options cost one query each, whatever the number of regions."""

    def __init__(self, params, locale):
        from .models import WORLD_REGIONS, BiodiversityTarget, RegionPage, ThematicBlock

        self.errors = []
        self.world_regions = [(value, str(label)) for value, label in WORLD_REGIONS]
        self.themes = list(ThematicBlock.objects.filter(locale=locale).only("name", "slug"))
        self.targets = list(
            BiodiversityTarget.objects.filter(locale=locale).only("framework", "number", "short_title")
        )
        codes = (
            RegionPage.objects.live()
            .filter(locale=locale)
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        )
        names = dict(countries)
        self.countries = sorted(((c, names.get(c, c)) for c in set(codes)), key=lambda item: item[1])
        self.theme_names = {t.slug: t.name for t in self.themes}
        self.target_by_slug = {t.slug: t for t in self.targets}

        self.world_region = self._pick(params, "region", dict(self.world_regions), _("world region"))
        self.country = self._pick(params, "country", dict(self.countries), _("country"))
        self.theme = self._pick(params, "theme", self.theme_names, _("thematic block"))
        self.target = self._pick(params, "target", self.target_by_slug, _("target"))

    def _pick(self, params, name, allowed, label):
        value = params.get(name, "").strip()
        if not value:
            return ""
        if value not in allowed:
            self.errors.append(
                _("There is no %(filter)s “%(value)s”; it was left out of the filter.")
                % {"filter": label, "value": value[:60]}
            )
            return ""
        return value

    @property
    def active(self):
        return bool(self.world_region or self.country or self.theme or self.target)

    def apply(self, queryset):
        if self.world_region:
            queryset = queryset.filter(world_region=self.world_region)
        if self.country:
            queryset = queryset.filter(country=self.country)
        if self.theme:
            queryset = queryset.filter(thematic_blocks__slug=self.theme)
        if self.target:
            target = self.target_by_slug[self.target]
            queryset = queryset.filter(targets__framework=target.framework, targets__number=target.number)
        if self.theme or self.target:
            queryset = queryset.distinct()
        return queryset
