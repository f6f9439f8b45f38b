"""The region list's filters: world region, country, thematic block and target, read from GET."""

from django.db.models import Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.translation import gettext as _

from .catalogue import catalogue


class RegionFilters:
    """Validates the GET parameters and narrows a RegionPage queryset; unknown values are reported,
    never an error page. The options come from the cached catalogue, whatever the number of regions."""

    def __init__(self, params, locale_id):
        from .models import WORLD_REGIONS

        options = catalogue(locale_id)
        self.errors = []
        self.world_regions = [(value, str(label)) for value, label in WORLD_REGIONS]
        self.countries = options.countries()
        self.themes = options.themes
        self.targets = options.targets
        self.target_by_slug = options.target_by_slug

        self.world_region = self._pick(params, "region", dict(self.world_regions), _("world region"))
        self.country = self._pick(params, "country", dict(self.countries), _("country"))
        self.theme = self._pick(params, "theme", options.theme_by_slug, _("thematic block"))
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

    # The options of each select, written in one pass rather than by a template loop per option:
    # with 43 targets and every member country they were most of the index's rendering time.
    @cached_property
    def world_region_options(self):
        return self._options(self.world_regions, self.world_region)

    @cached_property
    def country_options(self):
        return self._options(self.countries, self.country)

    @cached_property
    def theme_options(self):
        return self._options(((theme.slug, theme.name) for theme in self.themes), self.theme)

    @cached_property
    def target_options(self):
        targets = ((t.slug, f"{t.label}: {t.short_title}") for t in self.targets)
        return self._options(targets, self.target)

    @staticmethod
    def _options(choices, chosen):
        return format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((value, " selected" if value == chosen else "", label) for value, label in choices),
        )

    @property
    def active(self):
        return bool(self.world_region or self.country or self.theme or self.target)

    def apply(self, queryset):
        if self.world_region:
            queryset = queryset.filter(world_region=self.world_region)
        if self.country:
            queryset = queryset.filter(country=self.country)
        # Subqueries rather than joins: a region is listed once, so the list needs no DISTINCT and
        # its page count stays right.
        if self.theme:
            themes = queryset.model.thematic_blocks.through.objects.filter(thematicblock__slug=self.theme)
            queryset = queryset.filter(Exists(themes.filter(regionpage_id=OuterRef("pk"))))
        if self.target:
            target = self.target_by_slug[self.target]
            targets = queryset.model.targets.through.objects.filter(
                biodiversitytarget__framework=target.framework, biodiversitytarget__number=target.number
            )
            queryset = queryset.filter(Exists(targets.filter(regionpage_id=OuterRef("pk"))))
        return queryset
