"""Create or update region profiles from CSV rows: validation with a reason per bad row, idempotent."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from .models import (
    MEMBERSHIP_STATUSES,
    WORLD_REGIONS,
    BiodiversityTarget,
    RegionIndexPage,
    RegionPage,
    ThematicBlock,
)

REQUIRED = ["slug", "title", "country", "world_region", "population", "area_km2", "latitude", "longitude"]
OPTIONAL = [
    "official_name",
    "year_joined",
    "membership_status",
    "summary",
    "website",
    "has_strategy",
    "strategy_year",
    "strategy_url",
    "thematic_blocks",
    "targets",
]
COLUMNS = REQUIRED + OPTIONAL
TEXT_FIELDS = ["title", "official_name", "summary", "website", "strategy_url"]
TRUE, FALSE = {"yes", "y", "true", "1", "x"}, {"no", "n", "false", "0", ""}


class RowError(Exception):
    pass


@dataclass
class Outcome:
    line: int
    slug: str
    action: str  # created, updated, unchanged, error
    reason: str = ""


def _integer(row, name, required=False, minimum=0):
    value = (row.get(name) or "").strip().replace(",", "").replace("_", "").replace(" ", "")
    if not value:
        if required:
            raise RowError(_("%(column)s is missing") % {"column": name})
        return None
    try:
        number = int(value)
    except ValueError:
        raise RowError(
            _("%(column)s is not a whole number: %(value)s") % {"column": name, "value": value}
        ) from None
    if number < minimum:
        raise RowError(_("%(column)s must be at least %(minimum)s") % {"column": name, "minimum": minimum})
    return number


def _decimal(row, name, low, high):
    value = (row.get(name) or "").strip()
    try:
        number = float(value)
    except ValueError:
        raise RowError(
            _("%(column)s is not a number: %(value)s") % {"column": name, "value": value}
        ) from None
    if not low <= number <= high:
        raise RowError(
            _("%(column)s must be between %(low)s and %(high)s") % {"column": name, "low": low, "high": high}
        )
    return number


def _slugs(row, name):
    return sorted(
        {part for part in (row.get(name) or "").replace(";", " ").replace(",", " ").split() if part}
    )


class RegionImporter:
    """Imports rows into the default language's region index; `dry_run` validates and saves nothing."""

    def __init__(self, dry_run=False):
        self.dry_run = dry_run
        self.locale = Locale.get_default()
        self.index = RegionIndexPage.objects.filter(locale=self.locale).first()
        if self.index is None:
            raise RowError(_("There is no region index page to import into."))
        self.themes = {t.slug: t for t in ThematicBlock.objects.filter(locale=self.locale)}
        self.targets = {t.slug: t for t in BiodiversityTarget.objects.filter(locale=self.locale)}

    def parse(self, row):
        """The row as field values, or RowError with the first reason it cannot be imported."""
        for name in REQUIRED:
            if not (row.get(name) or "").strip():
                raise RowError(_("%(column)s is missing") % {"column": name})
        country = row["country"].strip().upper()
        if country not in dict(countries):
            raise RowError(_("unknown country code: %(value)s") % {"value": country})
        world_region = row["world_region"].strip()
        if world_region not in dict(WORLD_REGIONS):
            raise RowError(
                _("unknown world region: %(value)s (use one of %(choices)s)")
                % {"value": world_region, "choices": ", ".join(dict(WORLD_REGIONS))}
            )
        status = (row.get("membership_status") or "active").strip()
        if status not in dict(MEMBERSHIP_STATUSES):
            raise RowError(_("unknown membership status: %(value)s") % {"value": status})
        has_strategy = (row.get("has_strategy") or "").strip().lower()
        if has_strategy not in TRUE | FALSE:
            raise RowError(_("has_strategy must be yes or no: %(value)s") % {"value": has_strategy})
        themes, targets = _slugs(row, "thematic_blocks"), _slugs(row, "targets")
        unknown = [s for s in themes if s not in self.themes] + [s for s in targets if s not in self.targets]
        if unknown:
            raise RowError(_("unknown thematic block or target: %(value)s") % {"value": ", ".join(unknown)})
        fields = {name: (row.get(name) or "").strip() for name in TEXT_FIELDS}
        fields.update(
            slug=row["slug"].strip(),
            country=country,
            world_region=world_region,
            membership_status=status,
            population=_integer(row, "population", required=True),
            area_km2=_integer(row, "area_km2", required=True, minimum=1),
            year_joined=_integer(row, "year_joined"),
            strategy_year=_integer(row, "strategy_year"),
            latitude=_decimal(row, "latitude", -90, 90),
            longitude=_decimal(row, "longitude", -180, 180),
            has_strategy=has_strategy in TRUE,
        )
        return fields, themes, targets

    def import_row(self, line, row):
        slug = (row.get("slug") or "").strip()
        try:
            fields, themes, targets = self.parse(row)
            page = RegionPage.objects.child_of(self.index).filter(slug=slug).first()
            action = "created" if page is None else "updated"
            if page is None:
                page = RegionPage(locale=self.locale)
            elif self._unchanged(page, fields, themes, targets):
                return Outcome(line, slug, "unchanged")
            for name, value in fields.items():
                setattr(page, name, value)
            page.thematic_blocks = [self.themes[s] for s in themes]
            page.targets = [self.targets[s] for s in targets]
            if page.pk is None:
                page.depth, page.path = self.index.depth + 1, self.index.path + "9999"  # only to validate
            try:
                page.full_clean(exclude=["path", "depth", "url_path", "draft_title", "live_revision"])
            except ValidationError as error:
                messages = [f"{name}: {' '.join(errs)}" for name, errs in error.message_dict.items()]
                raise RowError("; ".join(messages)) from None
            if not self.dry_run:
                self._save(page, action)
            return Outcome(line, slug, action)
        except RowError as error:
            return Outcome(line, slug, "error", str(error))

    def _unchanged(self, page, fields, themes, targets):
        same = all(getattr(page, name) == value for name, value in fields.items())
        linked_themes = sorted(page.thematic_blocks.values_list("slug", flat=True))
        linked_targets = sorted(t.slug for t in page.targets.all())
        return same and linked_themes == themes and linked_targets == targets and page.live

    def _save(self, page, action):
        if action == "created":
            page.path = None
            self.index.add_child(instance=page)
        page.save_revision().publish()
        # Figures, places and links are synchronised: existing translations take them at once.
        source = TranslationSource.objects.get_for_instance_or_none(page)
        if source is not None:
            source.update_from_db()
            for translation in source.translations.filter(enabled=True):
                translation.save_target(publish=True)
