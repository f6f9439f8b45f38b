"""Webinars and meetings: the events index, event pages, their speakers, calendars and feeds."""

import zlib
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyStreamBlock
from home.translations import SYNCHRONISED_SLUG
from r4blp.images import alt_text_field, image_field
from r4blp.page_cache import cached_until_content_changes, content_version
from r4blp.pagination import paginate
from regions.catalogue import catalogue

EVENTS_PER_PAGE = 10
# A language's calendar is rebuilt at the latest after this, content changed or not.
CALENDAR_SECONDS = 6 * 60 * 60

# Zone names an editor can pick: the IANA regions, not the legacy aliases ("US/Eastern", "EST").
ZONE_AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)
TIME_ZONE_CHOICES = [("UTC", "UTC")] + [
    (name, name.replace("_", " ")) for name in sorted(available_timezones()) if name.startswith(ZONE_AREAS)
]


def zone_named(name):
    """The time zone of that name; UTC for a name this server's zone database does not know."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def starting_in_year(year, zone_names):
    """Events whose start, on their own clock, falls in `year`: one range of UTC moments per zone in
    use (23:30 on 31 December in Mexico City is 1 January in UTC)."""
    spans = {}
    for name in zone_names:
        zone = zone_named(name)
        spans[name] = (datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone))
    if not spans:
        return Q(pk__in=[])
    in_own_zone = Q()
    for name, (first, after) in spans.items():
        in_own_zone |= Q(time_zone=name, start__gte=first, start__lt=after)
    # The span of every zone's year first: one plain range rules out most events cheaply.
    firsts, afters = zip(*spans.values(), strict=True)
    return Q(start__gte=min(firsts), start__lt=max(afters)) & in_own_zone


def validate_time_zone(value):
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("“%(zone)s” is not a known time zone."), params={"zone": value}) from error


def wall_clock_in_zone(naive, zone):
    """The aware moment a clock in `zone` shows as `naive`, or None when that reading does not exist
    (skipped by a daylight-saving jump) or happens twice (repeated when clocks go back)."""
    earlier = naive.replace(tzinfo=zone, fold=0)
    later = naive.replace(tzinfo=zone, fold=1)
    if earlier.utcoffset() != later.utcoffset():
        return None
    return earlier


class EventKind(models.TextChoices):
    ONLINE = "online", _("Online webinar")
    IN_PERSON = "in_person", _("In-person meeting")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class EventStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    HAPPENING = "happening", _("Happening now")
    PAST = "past", _("Past")


class WallClockDateTimeField(forms.DateTimeField):
    """A date and time as the event's own clock shows it: kept naive here, made aware by the form
    in the zone the editor chose, whatever the admin user's or the server's zone."""

    widget = AdminDateTimeInput

    def to_python(self, value):
        with timezone.override(ZoneInfo("UTC")):
            moment = super().to_python(value)
        return timezone.make_naive(moment, ZoneInfo("UTC")) if moment else None


class EventPageForm(WagtailAdminPageForm):
    start = WallClockDateTimeField(
        label=_("starts"), help_text=_("Local date and time in the event's time zone")
    )
    end = WallClockDateTimeField(label=_("ends"), help_text=_("Local date and time in the event's time zone"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Offer only the thematic blocks, targets and regions of the page's own language.
        locale = self.instance.locale if self.instance.locale_id else Locale.get_default()
        for name in ("thematic_block", "targets", "related_regions"):
            if name in self.fields:
                self.fields[name].queryset = self.fields[name].queryset.filter(locale=locale)
        zone = self.instance.zone
        for name in ("start", "end"):
            moment = getattr(self.instance, name)
            if moment is not None:
                # Show the stored UTC moment as the event's wall clock, the way the editor typed it.
                self.initial[name] = timezone.make_naive(moment, zone)

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone")
        if not zone_name:
            return cleaned
        zone = ZoneInfo(zone_name)
        for name in ("start", "end"):
            naive = cleaned.get(name)
            if naive is None:
                continue
            moment = wall_clock_in_zone(naive, zone)
            if moment is None:
                self.add_error(
                    name,
                    _(
                        "Clocks in %(zone)s skip or repeat this time because of a daylight-saving "
                        "change; choose another time."
                    )
                    % {"zone": zone_name},
                )
            else:
                cleaned[name] = moment
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and timezone.is_aware(start) and timezone.is_aware(end) and end <= start:
            self.add_error("end", _("The event must end after it starts."))
        return cleaned


def page_address(page, request):
    """The page's absolute URL on the host the visitor used (which may differ from the Site's)."""
    return request.build_absolute_uri(page.get_url(request))


# Routes of files end in "/" as Wagtail adds one; r4blp/urls.py sends `….ics` paths to Wagtail.
class EventIndexPage(RoutablePageMixin, Page):
    """The list of events of one language: upcoming first, then past ones, with calendar and feed."""

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    override_translatable_fields = [SYNCHRONISED_SLUG]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index page")

    def events(self):
        # Children by a range of tree paths, which an index serves; `child_of`'s LIKE reads every page.
        first, last = self.alphabet[0] * self.steplen, self.alphabet[-1] * self.steplen
        children = {"depth": self.depth + 1, "path__range": (self.path + first, self.path + last)}
        return EventPage.objects.live().filter(**children)

    def route(self, request, path_components):
        # An event in one query: its children are all events, where Wagtail's own routing reads a
        # child page, then its specific type. The index's own routes (feed, calendar) come first.
        if self.live and path_components:
            try:
                self.resolve_subpage("/" + "/".join(path_components) + "/")
            except Http404:
                event = (
                    self.events()
                    .filter(slug=path_components[0])
                    .select_related("thematic_block", "hero_image")
                    .first()
                )
                if event is not None:
                    return event.route(request, path_components[1:])
        return super().route(request, path_components)

    def listed_events(self, now=None):
        """Events not yet over, soonest first, then past events, newest first, in one ordering so
        the paginator can slice it in the database."""
        now = now or timezone.now()
        return (
            self.events()
            .select_related("thematic_block")
            .defer("body")
            .annotate(
                is_over=Case(
                    When(end__lte=now, then=Value(1)), default=Value(0), output_field=IntegerField()
                ),
                upcoming_start=Case(
                    When(end__gt=now, then=F("start")), default=None, output_field=models.DateTimeField()
                ),
                past_start=Case(
                    When(end__lte=now, then=F("start")), default=None, output_field=models.DateTimeField()
                ),
            )
            .order_by("is_over", F("upcoming_start").asc(nulls_last=True), F("past_start").desc(), "pk")
        )

    @path("")
    def index_route(self, request):
        from .forms import EventFilterForm

        themes = catalogue(self.locale_id).themes
        years, zones = self.event_years_and_zones()
        form = EventFilterForm(request.GET or None, years=years, zones=zones, themes=themes)
        events = form.filter(self.listed_events())
        # How many events a filter finds changes only with the content: counted once, not per visit.
        total = cached_until_content_changes(
            f"events-count:{self.pk}:{form.applied_key}", events.count, shows=["events.EventPage"]
        )
        events_page = paginate(events, request.GET.get("page"), EVENTS_PER_PAGE, total=total)
        # Each event's thematic block in this page's language (events point to the source's).
        themes_by_key = {theme.translation_key: theme for theme in themes}
        for event in events_page:
            block = event.thematic_block
            event.theme = themes_by_key.get(block.translation_key, block) if block else None
        context = {"filter_form": form, "events_page": events_page}
        return self.render(request, context_overrides=context)

    def event_years_and_zones(self):
        """The years that have events, newest first, each event counted in the year its own clock
        shows when it starts, and the time zones the events are in; cached until the next publish."""

        def years_and_zones():
            # One query, a row per zone and UTC year, whatever the number of events: an event's own
            # clock shows another year than UTC only when it starts within a day of New Year in UTC
            # (offsets are -12 to +14 h), so only those events come with their start.
            with timezone.override(UTC):
                new_year = Q(start__month=12, start__day=31) | Q(start__month=1, start__day=1)
                near_new_year = Case(When(new_year, then=F("start")), default=None)
                rows = (
                    self.events()
                    .order_by()
                    .annotate(near_new_year=near_new_year)
                    .values_list("time_zone", "start__year", "near_new_year")
                    .distinct()
                )
                zones, years = set(), set()
                for name, year, start in rows:
                    zones.add(name)
                    years.add(start.astimezone(zone_named(name)).year if start else year)
            return sorted(years, reverse=True), sorted(zones)

        return cached_until_content_changes(
            f"events-years:{self.pk}", years_and_zones, shows=["events.EventPage"]
        )

    @re_path(r"^calendar\.ics/$", name="calendar")
    def calendar_route(self, request):
        from .calendars import build_calendar, calendar_response

        # Every event of the language, which calendar apps fetch again and again: built once until
        # the content changes, for each address the site answers on (the file holds absolute links).
        # Shared by the workers and compressed: thousands of events make megabytes of text.
        origin = f"{request.scheme}://{request.get_host()}"
        key = f"events-calendar:{content_version()}:{self.pk}:{origin}"
        packed = cache.get(key)
        if packed is None:
            events = self.events().public().defer("body").order_by("start")
            packed = zlib.compress(build_calendar(events, request, f"{self.title} · R4BLP").to_ical())
            cache.set(key, packed, timeout=CALENDAR_SECONDS)
        return calendar_response(zlib.decompress(packed), filename=f"{self.slug}.ics", attachment=False)

    def calendar_url(self):
        """The subscribable calendar of this language's events."""
        return self.url + self.reverse_subpage("calendar").rstrip("/")

    @path("feed/", name="feed")
    def feed_route(self, request):
        from .feeds import EventFeed

        return EventFeed()(request, index_page=self)


class EventPage(RoutablePageMixin, Page):
    """A webinar or meeting: when and where, who speaks, and afterwards its recording and documents."""

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices, default=EventKind.ONLINE)
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("The zone the event's clock follows; start and end are typed in it."),
    )
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    hero_image = image_field(_("hero image"))
    hero_image_alt = alt_text_field(_("hero image alternative text"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    registration_url = models.URLField(
        _("registration or joining link"),
        blank=True,
        help_text=_("Shown until the event starts, and in calendar files."),
    )
    recording = StreamField(
        [
            ("video", EmbedBlock(label=_("Video"), help_text=_("e.g. a YouTube or Vimeo address"))),
            ("link", blocks.URLBlock(label=_("Link"), help_text=_("Any other address of the recording"))),
        ],
        blank=True,
        max_num=1,
        verbose_name=_("recording"),
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("documents"),
        help_text=_("Slides, reports and other files of the event"),
    )
    thematic_block = models.ForeignKey(
        "regions.ThematicBlock",
        verbose_name=_("thematic block"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    targets = ParentalManyToManyField(
        "regions.BiodiversityTarget",
        verbose_name=_("biodiversity targets"),
        blank=True,
        related_name="events",
    )
    related_regions = ParentalManyToManyField(
        "regions.RegionPage", verbose_name=_("related member regions"), blank=True, related_name="events"
    )
    base_form_class = EventPageForm
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("time_zone", widget=forms.Select(choices=TIME_ZONE_CHOICES)),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("city"), FieldPanel("country")],
            heading=_("Where (in-person and hybrid meetings)"),
        ),
        FieldPanel("registration_url"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Image")),
        InlinePanel("speakers", label=_("Speakers")),
        FieldPanel("body"),
        FieldPanel("recording"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldPanel("thematic_block"),
                FieldPanel("targets", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_regions", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Topics and member regions"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    override_translatable_fields = [
        SYNCHRONISED_SLUG,
        SynchronizedField("time_zone"),
        SynchronizedField("registration_url"),
        SynchronizedField("recording"),
        SynchronizedField("documents"),
        # Linked in the source language and shown in each page's own (as region profiles do).
        SynchronizedField("thematic_block", overridable=False),
        SynchronizedField("targets", overridable=False),
        SynchronizedField("related_regions", overridable=False),
        TranslatableField("venue"),
        TranslatableField("city"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event page")

    @property
    def zone(self):
        return zone_named(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone)

    def status(self, now=None):
        now = now or timezone.now()
        if now < self.start:
            return EventStatus.UPCOMING
        if now < self.end:
            return EventStatus.HAPPENING
        return EventStatus.PAST

    @cached_property
    def current_status(self):
        return self.status()

    @property
    def is_upcoming(self):
        return self.current_status == EventStatus.UPCOMING

    @property
    def is_past(self):
        return self.current_status == EventStatus.PAST

    @property
    def has_recording(self):
        return bool(self.recording)

    @property
    def recording_url(self):
        for block in self.recording:
            return block.value.url if block.block_type == "video" else block.value
        return ""

    @property
    def is_online(self):
        return self.kind in (EventKind.ONLINE, EventKind.HYBRID)

    @property
    def is_in_person(self):
        return self.kind in (EventKind.IN_PERSON, EventKind.HYBRID)

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            related = self.related_content()  # unsaved speakers and topics: never from the cache
        else:
            related = cached_until_content_changes(
                f"events-page:{self.pk}",
                self.related_content,
                shows=["events.EventPage", "regions.RegionPage"],
            )
        context.update(related)
        context["events_url"] = self.index_url(request)
        return context

    def index_url(self, request):
        url = self.get_url(request) or ""
        return url[: len(url) - len(self.slug) - 1]

    def related_content(self):
        """Speakers, thematic block, targets and member regions, in this page's language."""
        from regions.models import RegionPage

        options = catalogue(self.locale_id)
        keys = [target.translation_key for target in self.targets.all()]
        if self.thematic_block_id:
            keys.append(self.thematic_block.translation_key)
        localised = options.localised(keys)
        regions = RegionPage.objects.live().filter(
            locale_id=self.locale_id,
            translation_key__in=self.related_regions.values_list("translation_key", flat=True),
        )
        return {
            "speakers": list(self.speakers.select_related("person", "person__photo")),
            "theme": next((item for item in localised if item in options.themes), None),
            "targets": [item for item in localised if item in options.targets],
            "related_regions": list(regions.only("id", "title", "path", "depth", "url_path", "locale_id")),
        }

    @re_path(r"^event\.ics/$", name="ics")
    def ics_route(self, request):
        from .calendars import build_calendar, calendar_response

        ical = build_calendar([self], request, self.title).to_ical()
        return calendar_response(ical, filename=f"{self.slug}.ics")

    def calendar_url(self):
        """This event as an iCalendar file to add to a calendar."""
        return self.url + self.reverse_subpage("ics").rstrip("/")


class EventSpeaker(TranslatableMixin, Orderable):
    """A person speaking at an event, in the order the editor sets, with their role at that event."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        "home.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("role at this event"), max_length=200, blank=True, help_text=_("e.g. Speaker, Moderator")
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to show the organisation from the person's profile"),
    )

    panels = [FieldPanel("person"), FieldPanel("role"), FieldPanel("organisation")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["sort_order"]

    def __str__(self):
        return self.person.name

    @property
    def shown_organisation(self):
        return self.organisation or self.person.organisation
