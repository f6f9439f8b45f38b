"""Member regions: the index with its map, region profiles, thematic blocks and biodiversity targets."""

from django import forms
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.routable_page.models import route as subpage
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.translations import SYNCHRONISED_SLUG
from r4blp.images import alt_text_field, image_field
from r4blp.pagination import page_number

from . import open_data, worldmap
from .blocks import RegionBodyStreamBlock
from .catalogue import catalogue
from .filters import RegionFilters
from .members import Members
from .targets import other_listings

WORLD_REGIONS = [
    ("africa", _("Africa")),
    ("asia_pacific", _("Asia-Pacific")),
    ("europe", _("Europe")),
    ("latin_america_caribbean", _("Latin America and the Caribbean")),
    ("north_america", _("North America")),
]

# A multiple of 2, 3 and 4 so the card grid ends on a full row at most widths.
REGIONS_PER_PAGE = 24

ACTIVE = "active"
MEMBERSHIP_STATUSES = [(ACTIVE, _("Active")), ("former", _("Former"))]

GBF = "gbf"
AICHI = "aichi"
FRAMEWORKS = [
    (GBF, _("Kunming-Montreal Global Biodiversity Framework")),
    (AICHI, _("Aichi Biodiversity Targets")),
]


# What a list item, a map marker and an open-data row need; the rest of a profile stays in the database.
REGION_LIST_FIELDS = (
    "id",
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "locale_id",
    "translation_key",
    "official_name",
    "country",
    "world_region",
    "population",
    "area_km2",
    "year_joined",
    "membership_status",
    "latitude",
    "longitude",
    "summary",
)


class RegionIndexPage(RoutablePageMixin, Page):
    """The members: a world map, filters and the list of region profiles; one per locale."""

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [SYNCHRONISED_SLUG]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["regions.RegionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("region index page")

    def regions(self):
        """The profiles under this index, found by a range of tree paths: Wagtail's `child_of` asks
        for `path LIKE '…%'`, which SQLite answers by reading every page of the site."""
        last_child = self.path + self.alphabet[-1] * self.steplen
        return RegionPage.objects.filter(path__gt=self.path, path__lte=last_child, depth=self.depth + 1)

    def live_regions(self):
        """The live profiles under this index, with what the list and map show, in one query."""
        return (
            self.regions()
            .live()
            # Ancestors' restrictions already guard the index itself; `.public()` would cost a query.
            .exclude(view_restrictions__isnull=False)
            .order_by("title", "pk")
            .only(*REGION_LIST_FIELDS)
        )

    def route(self, request, path_components):
        # A profile is fetched as its specific model with what it shows in one query, instead of
        # Wagtail's generic child lookup followed by `.specific`.
        if len(path_components) == 1 and self.live:
            try:
                self.resolve_subpage(f"/{path_components[0]}/")
            except Http404:
                region = (
                    self.regions()
                    .filter(slug=path_components[0])
                    .select_related("contact__photo", "emblem", "hero_image", "strategy_document")
                    .first()
                )
                if region is None:
                    raise
                return region.route(request, [])
        return super().route(request, path_components)

    def cached_url(self, request=None):
        if not hasattr(self, "_cached_url"):
            self._cached_url = self.get_url(request) or ""
        return self._cached_url

    def members(self, request):
        """Every live region, with what its map marker and list card show, in one query."""
        return Members(list(self.live_regions().values(*Members.FIELDS)), self.cached_url(request))

    def members_page(self, request, shown=None, members=None):
        """The members, where those of the page ids `shown` (all if None) stand in the list by name,
        and the page of them that `?page=` asks for."""
        if members is None:
            members = self.members(request)
        positions = members.positions(shown)
        regions_page = Paginator(positions, REGIONS_PER_PAGE).get_page(page_number(request.GET.get("page")))
        return members, positions, regions_page

    @subpage(r"^$")
    def index(self, request):
        members = self.members(request)
        filters = RegionFilters(request.GET, self.locale_id, members.country_codes())
        shown = None
        if filters.active:
            shown = set(filters.apply(self.live_regions()).values_list("pk", flat=True))
        # The map shows every region the filters let through, whichever page of the list is open.
        members, positions, regions_page = self.members_page(request, shown, members)
        listing = {
            "regions_page": regions_page,
            "region_cards": members.cards(regions_page),
            "map_markers": members.markers(positions),
            "map_count": len(positions),
        }
        return self.render(
            request,
            context_overrides={
                "listing": listing,
                "filters": filters,
                "index_url": self.cached_url(request),
                "map": worldmap,
            },
        )

    @subpage(r"^targets/$", name="targets")
    def target_list(self, request):
        options = catalogue(self.locale_id)
        frameworks = [
            (label, [t for t in options.targets if t.framework == code]) for code, label in FRAMEWORKS
        ]
        return self.render(
            request,
            template="regions/target_list.html",
            context_overrides={"frameworks": frameworks, "index_url": self.cached_url(request)},
        )

    @subpage(r"^targets/(?P<slug>[a-z]+-[0-9]+)/$", name="target")
    def target_detail(self, request, slug):
        target = catalogue(self.locale_id).target_by_slug.get(slug)
        if target is None:
            raise Http404
        regions = self.live_regions().filter(
            targets__framework=target.framework, targets__number=target.number
        )
        members, _, regions_page = self.members_page(request, set(regions.values_list("pk", flat=True)))
        return self.render(
            request,
            template="regions/target_page.html",
            context_overrides={
                "target": target,
                "regions_page": regions_page,
                "region_cards": members.cards(regions_page),
                "listings": other_listings(target, request),
                "index_url": self.cached_url(request),
            },
        )

    def subpage_exists(self, locale_id, match):
        """Whether the sub-route `match` shows something in the language of `locale_id`: a
        target's page needs that target translated (the language switcher and hreflang ask)."""
        return match.url_name != "target" or match.kwargs["slug"] in catalogue(locale_id).target_by_slug

    @subpage(r"^regions\.json/$", name="open_data_json")
    def open_data_json(self, request):
        return open_data.json_response(self, request)

    @subpage(r"^regions\.csv/$", name="open_data_csv")
    def open_data_csv(self, request):
        return open_data.csv_response(self, request)


class RegionPageForm(WagtailAdminPageForm):
    """Offers only the thematic blocks and targets of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.instance.locale if self.instance.locale_id else Locale.get_default()
        for name in ("thematic_blocks", "targets"):
            if name in self.fields:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale=locale)


class RegionPage(Page):
    """A member region's profile."""

    official_name = models.CharField(
        _("official name"), max_length=255, blank=True, help_text=_("e.g. Government of Québec")
    )
    country = CountryField(_("country"))
    world_region = models.CharField(_("world region"), max_length=32, choices=WORLD_REGIONS)
    population = models.PositiveBigIntegerField(_("population"), help_text=_("Number of inhabitants"))
    area_km2 = models.PositiveIntegerField(_("area in km²"))
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2016), MaxValueValidator(2100)],
    )
    membership_status = models.CharField(
        _("membership status"), max_length=16, choices=MEMBERSHIP_STATUSES, default=ACTIVE
    )
    latitude = models.FloatField(
        _("latitude"),
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees, north positive, e.g. 52.9 (where the marker goes on the map)"),
    )
    longitude = models.FloatField(
        _("longitude"),
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, east positive, e.g. -73.5"),
    )
    emblem = image_field(_("emblem"))
    emblem_alt = alt_text_field(_("emblem alternative text"))
    hero_image = image_field(_("hero image"))
    hero_image_alt = alt_text_field(_("hero image alternative text"))
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    body = StreamField(RegionBodyStreamBlock(), blank=True, verbose_name=_("body"))
    has_strategy = models.BooleanField(_("has a subnational biodiversity strategy"), default=False)
    strategy_year = models.PositiveSmallIntegerField(
        _("year the strategy was adopted"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
    )
    strategy_url = models.URLField(_("strategy link"), blank=True)
    strategy_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("strategy document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    thematic_blocks = ParentalManyToManyField(
        "regions.ThematicBlock", verbose_name=_("thematic blocks"), blank=True, related_name="regions"
    )
    targets = ParentalManyToManyField(
        "regions.BiodiversityTarget",
        verbose_name=_("targets worked on"),
        blank=True,
        related_name="regions",
    )
    website = models.URLField(_("website"), blank=True)
    contact = models.ForeignKey(
        "home.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_sample = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_("Demo content to replace with a real member's profile before launch"),
    )

    base_form_class = RegionPageForm

    content_panels = Page.content_panels + [
        FieldPanel("official_name"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("world_region")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("area_km2")]),
                FieldRowPanel([FieldPanel("year_joined"), FieldPanel("membership_status")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Key facts (the same in every language)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("emblem"),
                FieldPanel("emblem_alt"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading=_("Images"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("has_strategy"),
                FieldPanel("strategy_year"),
                FieldPanel("strategy_url"),
                FieldPanel("strategy_document"),
            ],
            heading=_("Subnational biodiversity strategy"),
        ),
        FieldPanel("thematic_blocks", widget=forms.CheckboxSelectMultiple),
        FieldPanel("targets", widget=forms.CheckboxSelectMultiple),
        FieldPanel("website"),
        FieldPanel("contact"),
    ]
    settings_panels = Page.settings_panels + [
        HelpPanel(_("Sample regions come with the demo; untick this once the profile is real.")),
        FieldPanel("is_sample"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("official_name"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("world_region"),
        index.FilterField("membership_status"),
    ]

    # Figures, places and links are facts: copied from the source page, not editable in a translation.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "country",
            "world_region",
            "population",
            "area_km2",
            "year_joined",
            "membership_status",
            "latitude",
            "longitude",
            "emblem",
            "hero_image",
            "has_strategy",
            "strategy_year",
            "strategy_url",
            "strategy_document",
            "thematic_blocks",
            "targets",
            "website",
            "is_sample",
        )
    ] + [TranslatableField("contact"), SYNCHRONISED_SLUG]

    parent_page_types = ["regions.RegionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("region page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request) or ""
        context["index_url"] = url[: len(url) - len(self.slug) - 1]
        return context

    @cached_property
    def localised_links(self):
        """The thematic blocks and targets, linked in the source language, in this page's. Read by
        the template only when its cached profile is drawn again, so a warm profile costs no query."""
        localised = catalogue(self.locale_id).localised(self.linked_translation_keys())
        return {
            "themes": [item for item in localised if isinstance(item, ThematicBlock)],
            "targets": [item for item in localised if isinstance(item, BiodiversityTarget)],
        }

    def linked_translation_keys(self):
        """Translation keys of the linked thematic blocks and targets, in one query."""
        themes = ThematicBlock.objects.filter(regions=self).values_list("translation_key", flat=True)
        targets = BiodiversityTarget.objects.filter(regions=self).values_list("translation_key", flat=True)
        return list(themes.order_by().union(targets.order_by(), all=True))

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.is_sample:
            return _("%(title)s (sample content)") % {"title": title}
        return title


@register_snippet
class ThematicBlock(TranslatableMixin, models.Model):
    """A theme the members organise their meetings by, e.g. invasive species."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in filter links; the same in every language")
    )
    description = models.TextField(_("short description"), max_length=500, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thematic block")
        verbose_name_plural = _("thematic blocks")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_thematic_block_slug_per_locale")
        ]

    def __str__(self):
        return self.name


@register_snippet
class BiodiversityTarget(TranslatableMixin, models.Model):
    """A global biodiversity target (GBF 1-23, Aichi 1-20); loaded by a data migration."""

    framework = models.CharField(_("framework"), max_length=16, choices=FRAMEWORKS)
    number = models.PositiveSmallIntegerField(_("number"))
    short_title = models.CharField(_("short title"), max_length=255)

    panels = [FieldPanel("framework"), FieldPanel("number"), FieldPanel("short_title")]
    translatable_fields = [
        SynchronizedField("framework", overridable=False),
        SynchronizedField("number", overridable=False),
        TranslatableField("short_title"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("biodiversity target")
        verbose_name_plural = _("biodiversity targets")
        ordering = ["-framework", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "number", "locale"], name="unique_target_number_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.label}: {self.short_title}"

    @property
    def slug(self):
        """`gbf-3`, `aichi-11`: the same in every language, used in URLs and filters."""
        return f"{self.framework}-{self.number}"

    @property
    def label(self):
        if self.framework == GBF:
            return _("GBF Target %(number)s") % {"number": self.number}
        return _("Aichi Target %(number)s") % {"number": self.number}


class RegionEditors(models.Model):
    """The Wagtail group and collection of one member region's editors; one per region, whatever
    the number of its translations (which share the translation key)."""

    region_key = models.UUIDField(_("region translation key"), unique=True)
    group = models.OneToOneField("auth.Group", verbose_name=_("group"), on_delete=models.CASCADE)
    collection = models.ForeignKey(
        "wagtailcore.Collection", verbose_name=_("collection"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("region editors")
        verbose_name_plural = _("region editors")

    def __str__(self):
        return self.group.name
