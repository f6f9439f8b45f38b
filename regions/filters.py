"""The region list's filters: world region, country, thematic block and target, read from GET."""

from django.db.models import Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django_countries import countries as country_names

from r4blp.collation import sorted_for_reading
from r4blp.page_cache import FRAME, cached_until_content_changes

from .catalogue import catalogue


class FilterOptions:
    """The four selects' options in one language, as markup both unselected and selected: drawn once
    for the member countries until the frame changes, as 43 targets and every member country drawn
    per request were most of the index's rendering time. Plain strings and tuples, shared read-only
    by a worker's requests."""

    OPTION = '<option value="{}"{}>{}</option>'

    def __init__(self, locale_id, country_codes):
        from .models import WORLD_REGIONS

        options = catalogue(locale_id)
        countries = ((code, country_names.name(code) or code) for code in country_codes)
        choices = {
            "region": sorted_for_reading(
                ((value, str(label)) for value, label in WORLD_REGIONS), key=lambda c: c[1]
            ),
            "country": sorted_for_reading(countries, key=lambda c: c[1]),
            "theme": [(theme.slug, theme.name) for theme in options.themes],
            "target": [(t.slug, f"{t.label}: {t.short_title}") for t in options.targets],
        }
        self.markup = {
            name: [
                (
                    value,
                    str(format_html(self.OPTION, value, "", label)),
                    str(format_html(self.OPTION, value, " selected", label)),
                )
                for value, label in values
            ]
            for name, values in choices.items()
        }
        self.targets = {target.slug: (target.framework, target.number) for target in options.targets}


def filter_options(locale_id, country_codes):
    """The options for the countries the members are in (`country_codes`, sorted)."""
    return cached_until_content_changes(
        ("regions-filter-options", locale_id, get_language(), tuple(country_codes)),
        lambda: FilterOptions(locale_id, country_codes),
        shows=FRAME,
    )


class RegionFilters:
    """Validates the GET parameters and narrows a RegionPage queryset; unknown values are reported,
    never an error page. The options are cached, whatever the number of regions."""

    # Translated only when a message names them: most visits filter nothing.
    LABELS = {
        "region": gettext_lazy("world region"),
        "country": gettext_lazy("country"),
        "theme": gettext_lazy("thematic block"),
        "target": gettext_lazy("target"),
    }

    def __init__(self, params, locale_id, country_codes):
        self.options = filter_options(locale_id, country_codes)
        self.errors = []
        self.world_region = self._pick(params, "region")
        self.country = self._pick(params, "country")
        self.theme = self._pick(params, "theme")
        self.target = self._pick(params, "target")

    def _pick(self, params, name):
        value = params.get(name, "").strip()
        if not value:
            return ""
        if not any(value == allowed for allowed, _unselected, _selected in self.options.markup[name]):
            self.errors.append(
                _("There is no %(filter)s “%(value)s”; it was left out of the filter.")
                % {"filter": self.LABELS[name], "value": value[:60]}
            )
            return ""
        return value

    def _options(self, name, chosen):
        markup = self.options.markup[name]
        return mark_safe(  # noqa: S308 (escaped when drawn)
            "".join(selected if value == chosen else unselected for value, unselected, selected in markup)
        )

    @cached_property
    def world_region_options(self):
        return self._options("region", self.world_region)

    @cached_property
    def country_options(self):
        return self._options("country", self.country)

    @cached_property
    def theme_options(self):
        return self._options("theme", self.theme)

    @cached_property
    def target_options(self):
        return self._options("target", self.target)

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
            framework, number = self.options.targets[self.target]
            targets = queryset.model.targets.through.objects.filter(
                biodiversitytarget__framework=framework, biodiversitytarget__number=number
            )
            queryset = queryset.filter(Exists(targets.filter(regionpage_id=OuterRef("pk"))))
        return queryset
