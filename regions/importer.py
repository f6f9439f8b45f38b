"""Create or update region profiles, in every language, from CSV rows: each bad cell reported, idempotent."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from .models import (
    ACTIVE,
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


class NoRegionIndex(Exception):
    pass


class CellError(Exception):
    """Why the value of one column cannot be imported."""


class RowError(Exception):
    """Every reason a row cannot be imported, as (column, reason) pairs, so that one run shows all
    that needs fixing; the column is empty when a reason is about the whole row."""

    def __init__(self, problems):
        super().__init__(
            "; ".join(f"{column}: {reason}" if column else reason for column, reason in problems)
        )
        self.problems = problems


@dataclass
class Outcome:
    line: int
    slug: str
    action: str  # created, updated, unchanged, error
    problems: list = field(default_factory=list)  # (column, reason) pairs of a rejected row


def _text(row, name):
    return (row.get(name) or "").strip()


def _integer(row, name, minimum=0):
    value = _text(row, name).replace(",", "").replace("_", "").replace(" ", "")
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        raise CellError(_("not a whole number: %(value)s") % {"value": value}) from None
    if number < minimum:
        raise CellError(_("must be at least %(minimum)s") % {"minimum": minimum})
    return number


def _decimal(row, name, low, high):
    value = _text(row, name)
    try:
        number = float(value)
    except ValueError:
        raise CellError(_("not a number: %(value)s") % {"value": value}) from None
    if not low <= number <= high:
        raise CellError(_("must be between %(low)s and %(high)s") % {"low": low, "high": high})
    return number


def _country(row, name):
    code = _text(row, name).upper()
    if code not in dict(countries):
        raise CellError(_("unknown country code: %(value)s") % {"value": code})
    return code


def _world_region(row, name):
    value = _text(row, name)
    if value not in dict(WORLD_REGIONS):
        raise CellError(
            _("unknown world region: %(value)s (use one of %(choices)s)")
            % {"value": value, "choices": ", ".join(dict(WORLD_REGIONS))}
        )
    return value


def _membership_status(row, name):
    value = _text(row, name) or ACTIVE
    if value not in dict(MEMBERSHIP_STATUSES):
        raise CellError(_("unknown membership status: %(value)s") % {"value": value})
    return value


def _yes_or_no(row, name):
    value = _text(row, name).lower()
    if value not in TRUE | FALSE:
        raise CellError(_("must be yes or no: %(value)s") % {"value": value})
    return value in TRUE


def _slugs(row, name):
    return sorted({part for part in _text(row, name).replace(";", " ").replace(",", " ").split() if part})


class RegionImporter:
    """Imports rows into the default language's region index and keeps each region in every other
    language too, through wagtail-localize (translators word them later; the facts follow the
    source at once); `dry_run` validates and saves nothing."""

    def __init__(self, dry_run=False):
        self.dry_run = dry_run
        self.locale = Locale.get_default()
        self.index = RegionIndexPage.objects.filter(locale=self.locale).first()
        if self.index is None:
            raise NoRegionIndex(_("There is no region index page to import into."))
        self.other_locales = list(Locale.objects.exclude(pk=self.locale.pk))
        self.themes = {t.slug: t for t in ThematicBlock.objects.filter(locale=self.locale)}
        self.targets = {t.slug: t for t in BiodiversityTarget.objects.filter(locale=self.locale)}

    def parse(self, row):
        """The row as field values, or RowError with every column that cannot be imported."""
        problems = []

        def cell(name, read, *args):
            if name in REQUIRED and not _text(row, name):
                problems.append((name, _("empty, but required")))
                return None
            try:
                return read(row, name, *args)
            except CellError as error:
                problems.append((name, str(error)))
                return None

        fields = {name: cell(name, _text) for name in ["slug", *TEXT_FIELDS]}
        fields.update(
            country=cell("country", _country),
            world_region=cell("world_region", _world_region),
            membership_status=cell("membership_status", _membership_status),
            population=cell("population", _integer),
            area_km2=cell("area_km2", _integer, 1),
            year_joined=cell("year_joined", _integer),
            strategy_year=cell("strategy_year", _integer),
            latitude=cell("latitude", _decimal, -90, 90),
            longitude=cell("longitude", _decimal, -180, 180),
            has_strategy=cell("has_strategy", _yes_or_no),
        )
        themes, targets = _slugs(row, "thematic_blocks"), _slugs(row, "targets")
        unknown_themes = [slug for slug in themes if slug not in self.themes]
        if unknown_themes:
            problems.append(
                (
                    "thematic_blocks",
                    _("unknown thematic block: %(value)s") % {"value": ", ".join(unknown_themes)},
                )
            )
        unknown_targets = [slug for slug in targets if slug not in self.targets]
        if unknown_targets:
            problems.append(
                ("targets", _("unknown target: %(value)s") % {"value": ", ".join(unknown_targets)})
            )
        if problems:
            raise RowError(problems)
        return fields, themes, targets

    def import_row(self, line, row):
        slug = _text(row, "slug")
        try:
            fields, themes, targets = self.parse(row)
            page = RegionPage.objects.child_of(self.index).filter(slug=slug).first()
            action = "created" if page is None else "updated"
            if page is None:
                page = RegionPage(locale=self.locale)
            changed = page.pk is None or not self._unchanged(page, fields, themes, targets)
            missing = self._missing_locales(page)
            if not changed and not missing:
                return Outcome(line, slug, "unchanged")
            if changed:
                self._fill(page, fields, themes, targets)
            if not self.dry_run:
                with transaction.atomic():
                    self._save(page, action, changed, missing)
            return Outcome(line, slug, action)
        except RowError as error:
            return Outcome(line, slug, "error", error.problems)

    def _fill(self, page, fields, themes, targets):
        for name, value in fields.items():
            setattr(page, name, value)
        page.thematic_blocks = [self.themes[s] for s in themes]
        page.targets = [self.targets[s] for s in targets]
        if page.pk is None:
            page.depth, page.path = self.index.depth + 1, self.index.path + "9999"  # only to validate
        try:
            page.full_clean(exclude=["path", "depth", "url_path", "draft_title", "live_revision"])
        except ValidationError as error:
            raise RowError(
                [
                    (name, " ".join(errors)) if name in COLUMNS else ("", " ".join(errors))
                    for name, errors in error.message_dict.items()
                ]
            ) from None

    def _unchanged(self, page, fields, themes, targets):
        same = all(getattr(page, name) == value for name, value in fields.items())
        linked_themes = sorted(page.thematic_blocks.values_list("slug", flat=True))
        linked_targets = sorted(t.slug for t in page.targets.all())
        return same and linked_themes == themes and linked_targets == targets and page.live

    def _missing_locales(self, page):
        """The languages the region has no page in yet."""
        if page.pk is None:
            return self.other_locales
        present = set(page.get_translations().values_list("locale_id", flat=True))
        return [locale for locale in self.other_locales if locale.pk not in present]

    def _save(self, page, action, changed, missing):
        if action == "created":
            page.path = None
            self.index.add_child(instance=page)
        if changed:
            page.save_revision().publish()
        source, _created = TranslationSource.update_or_create_from_instance(page)
        # Facts (figures, places, links) are synchronised: translations kept in sync take them at once;
        # one an editor has stopped syncing is left alone.
        if changed:
            for translation in source.translations.filter(enabled=True).exclude(target_locale__in=missing):
                translation.save_target(publish=True)
        # A new region, or one that lacks a language: its words stay in the source language until a
        # translator supplies them in wagtail-localize's editor.
        for locale in missing:
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            translation.save_target(publish=True)
