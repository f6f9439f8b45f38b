"""Demo webinars and meetings: a dozen past online webinars since 2017 and two upcoming events,
with speakers and recordings, in every language."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.demo import get_or_create_child, home_page, log, policy_officer, translate_everywhere
from home.demo_images import DESCRIPTIONS, landscape_image
from home.models import Person
from regions.models import BiodiversityTarget, RegionPage, ThematicBlock

from .demo_translations import TRANSLATIONS
from .models import EventIndexPage, EventKind, EventPage, EventSpeaker

SPEAKERS = {
    "lima": ("Ana Beatriz Lima", "Biodiversity Coordinator", "São Paulo State Environment Secretariat"),
    "tremblay": ("Jean-Marc Tremblay", "Senior Policy Adviser", "Government of Quebec"),
    "benali": ("Fatima Zahra Benali", "Head of Protected Areas", "Souss-Massa Region"),
    "kim": ("Kim Min-jun", "Director of Ecosystem Services", "Gangwon Province"),
    "martinez": ("Laura Martínez", "Climate and Biodiversity Officer", "Government of Catalonia"),
    "okafor": ("Thomas Okafor", "Programme Officer", "Secretariat of the Convention on Biological Diversity"),
}

# (slug, title, summary, local start, minutes, zone, speakers)
PAST_WEBINARS = [
    (
        "first-steps-subnational-strategies",
        "Subnational biodiversity strategies: first steps",
        "How regions start writing a biodiversity strategy and action plan of their own.",
        datetime(2017, 3, 22, 10, 0),
        90,
        "America/Mexico_City",
        ["okafor", "lima"],
    ),
    (
        "mainstreaming-biodiversity",
        "Mainstreaming biodiversity in regional development",
        "Bringing nature into farming, tourism and land-use planning decisions.",
        datetime(2017, 9, 14, 16, 0),
        90,
        "Europe/Madrid",
        ["martinez", "tremblay"],
    ),
    (
        "measuring-aichi-progress",
        "Measuring progress towards the Aichi Biodiversity Targets",
        "Indicators and reporting tools that regions use to follow their progress.",
        datetime(2018, 4, 18, 9, 0),
        90,
        "America/Toronto",
        ["tremblay", "okafor"],
    ),
    (
        "regional-protected-areas",
        "Protected areas managed by regions",
        "Creating, funding and managing protected areas at the regional level.",
        datetime(2018, 11, 7, 14, 0),
        90,
        "Africa/Casablanca",
        ["benali", "lima"],
    ),
    (
        "pollinators-and-agriculture",
        "Pollinators and regional agriculture",
        "Regional programmes that protect pollinators and the farms that depend on them.",
        datetime(2019, 5, 15, 11, 0),
        90,
        "America/Sao_Paulo",
        ["lima", "martinez"],
    ),
    (
        "financing-regional-biodiversity",
        "Financing biodiversity at the regional level",
        "Budgets, funds and partnerships that pay for regional biodiversity action.",
        datetime(2019, 10, 23, 15, 0),
        90,
        "Europe/Brussels",
        ["okafor", "benali"],
    ),
    (
        "biodiversity-and-health",
        "Biodiversity and health after the pandemic",
        "What the pandemic taught regions about the links between nature and health.",
        datetime(2020, 6, 10, 15, 0),
        90,
        "Europe/Paris",
        ["martinez", "kim"],
    ),
    (
        "nature-based-solutions",
        "Nature-based solutions to climate change",
        "Forests, wetlands and coasts that protect people from climate risks.",
        datetime(2021, 3, 17, 21, 0),
        90,
        "Asia/Seoul",
        ["kim", "tremblay"],
    ),
    (
        "post-2020-framework",
        "Regions and the post-2020 global biodiversity framework",
        "The regions' proposals for the new global framework, before its adoption.",
        datetime(2022, 2, 9, 8, 0),
        90,
        "America/Mexico_City",
        ["okafor", "martinez"],
    ),
    (
        "kunming-montreal-in-regions",
        "Putting the Kunming-Montreal framework into practice in regions",
        "First lessons from regions aligning their plans with the 23 global targets.",
        datetime(2023, 6, 21, 10, 0),
        90,
        "America/Toronto",
        ["tremblay", "kim"],
    ),
    (
        "invasive-alien-species",
        "Invasive alien species: regional responses",
        "Early warning, rapid response and cooperation between neighbouring regions.",
        datetime(2024, 10, 16, 16, 0),
        90,
        "Europe/Madrid",
        ["martinez", "benali"],
    ),
    (
        "restoring-ecosystems",
        "Restoring degraded ecosystems",
        "Regional restoration projects, from mangroves to mountain grasslands.",
        datetime(2025, 5, 14, 10, 0),
        90,
        "America/Sao_Paulo",
        ["lima", "kim"],
    ),
]

INDEX_TITLE = "Webinars and meetings"
INDEX_INTRO = (
    "Learning sessions for member regions: join the next ones, or watch the recordings and "
    "read the documents of past ones."
)
UPCOMING_ONLINE = {
    "slug": "citizen-science-monitoring",
    "title": "Monitoring biodiversity with citizen science",
    "summary": "How regions involve their citizens in counting species and watching ecosystems.",
    "paragraph": "Two member regions present their citizen science programmes, followed by questions.",
}
UPCOMING_MEETING = {
    "slug": "annual-meeting-of-members",
    "title": "Annual meeting of member regions",
    "summary": "Members meet in person to review the year and agree on the next work programme.",
    "paragraph": "The meeting is open to member regions and invited partners; registration is required.",
    "venue": "Montréal Convention Centre",
    "city": "Montreal",
}
# slug: (thematic block, targets, related member regions), all from the regions demo.
TOPICS = {
    "first-steps-subnational-strategies": ("mainstreaming", ["aichi-17"], ["campeche", "yucatan"]),
    "mainstreaming-biodiversity": ("mainstreaming", ["aichi-2"], ["catalonia"]),
    "measuring-aichi-progress": ("monitoring-reporting", ["aichi-19"], ["quebec"]),
    "regional-protected-areas": ("protected-areas", ["aichi-11"], ["rabat-sale-kenitra", "western-cape"]),
    "pollinators-and-agriculture": ("mainstreaming", ["aichi-7"], ["parana"]),
    "financing-regional-biodiversity": ("financing", ["aichi-20"], ["wallonia"]),
    "biodiversity-and-health": ("mainstreaming", ["aichi-14"], ["basque-country"]),
    "nature-based-solutions": ("ecosystem-restoration", ["aichi-15"], ["jeollanam-do"]),
    "post-2020-framework": ("monitoring-reporting", [], ["quebec", "catalonia"]),
    "kunming-montreal-in-regions": ("monitoring-reporting", ["gbf-14"], ["quebec", "jeollanam-do"]),
    "invasive-alien-species": ("invasive-species", ["gbf-6"], ["tasmania", "aichi"]),
    "restoring-ecosystems": ("ecosystem-restoration", ["gbf-2"], ["parana", "western-cape"]),
    "citizen-science-monitoring": ("monitoring-reporting", ["gbf-21"], ["catalonia"]),
    "annual-meeting-of-members": (None, [], []),
}
# Each event's picture is the landscape of its thematic block (the annual meeting's, the landing's).
THEME_LANDSCAPES = {
    "mainstreaming": "temperate",
    "monitoring-reporting": "coast",
    "protected-areas": "boreal",
    "financing": "mediterranean",
    "ecosystem-restoration": "atlantic_forest",
    "invasive-species": "fynbos",
    None: "dawn",
}
MODERATOR = "Moderator"
SPEAKER = "Speaker"


def local(naive, zone):
    return naive.replace(tzinfo=ZoneInfo(zone))


def speakers(stdout):
    english = Locale.get_default()
    people = {}
    for key, (name, role, organisation) in SPEAKERS.items():
        person, created = Person.objects.get_or_create(
            name=name, locale=english, defaults={"role": role, "organisation": organisation}
        )
        if created:
            log(stdout, f"  speaker {name} created")
        people[key] = person
    return people


def topics():
    """Thematic blocks, targets and region pages of the default language, by slug."""
    english = Locale.get_default()
    themes = {t.slug: t for t in ThematicBlock.objects.filter(locale=english)}
    targets = {t.slug: t for t in BiodiversityTarget.objects.filter(locale=english)}
    regions = {r.slug: r for r in RegionPage.objects.filter(locale=english)}
    return themes, targets, regions


def add_event(index, slug, people, moderator, options, **fields):
    """The event with this slug, created with its speakers (moderator last) and topics when missing."""
    existing = EventPage.objects.child_of(index).filter(slug=slug).first()
    if existing:
        return existing, False
    names = fields.pop("speaker_keys")
    page = EventPage(slug=slug, **fields)
    page.speakers = [EventSpeaker(person=people[key], role=SPEAKER) for key in names] + [
        EventSpeaker(person=moderator, role=MODERATOR)
    ]
    themes, targets, regions = options
    theme, target_slugs, region_slugs = TOPICS[slug]
    page.thematic_block = themes.get(theme)
    palette = THEME_LANDSCAPES[theme]
    page.hero_image = landscape_image(f"Events: {theme or 'meetings'}", palette)
    page.hero_image_alt = DESCRIPTIONS[palette]
    page.targets = [targets[s] for s in target_slugs if s in targets]
    page.related_regions = [regions[s] for s in region_slugs if s in regions]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def load(stdout=None):
    home = home_page(stdout)
    moderator = policy_officer(stdout)
    people = speakers(stdout)
    for person in people.values():
        translate_everywhere(person, TRANSLATIONS, stdout=stdout)

    index, created = get_or_create_child(
        home, EventIndexPage, "events", title=INDEX_TITLE, intro=INDEX_INTRO, show_in_menus=True
    )
    if created:
        log(stdout, "  events index created")
    translate_everywhere(index, TRANSLATIONS, stdout=stdout)

    options = topics()
    events = []
    for slug, title, summary, start, minutes, zone, keys in PAST_WEBINARS:
        begins = local(start, zone)
        event, _created = add_event(
            index,
            slug,
            people,
            moderator,
            options,
            title=title,
            summary=summary,
            kind=EventKind.ONLINE,
            start=begins,
            end=begins + timedelta(minutes=minutes),
            time_zone=zone,
            recording=[("link", f"https://video.example.org/r4blp/{slug}")],
            speaker_keys=keys,
        )
        events.append(event)

    # Upcoming events are placed relative to today, so a fresh demo always has some.
    today = timezone.now().astimezone(ZoneInfo("Europe/Brussels")).date()
    online_day = today + timedelta(days=21)
    begins = local(datetime(online_day.year, online_day.month, online_day.day, 15, 0), "Europe/Brussels")
    event, _created = add_event(
        index,
        UPCOMING_ONLINE["slug"],
        people,
        moderator,
        options,
        title=UPCOMING_ONLINE["title"],
        summary=UPCOMING_ONLINE["summary"],
        body=[("paragraph", RichText(f"<p>{UPCOMING_ONLINE['paragraph']}</p>"))],
        kind=EventKind.ONLINE,
        start=begins,
        end=begins + timedelta(minutes=90),
        time_zone="Europe/Brussels",
        registration_url="https://meet.example.org/r4blp/citizen-science",
        speaker_keys=["martinez", "kim"],
    )
    events.append(event)
    meeting_day = today + timedelta(days=60)
    begins = local(datetime(meeting_day.year, meeting_day.month, meeting_day.day, 9, 0), "America/Toronto")
    event, _created = add_event(
        index,
        UPCOMING_MEETING["slug"],
        people,
        moderator,
        options,
        title=UPCOMING_MEETING["title"],
        summary=UPCOMING_MEETING["summary"],
        body=[("paragraph", RichText(f"<p>{UPCOMING_MEETING['paragraph']}</p>"))],
        kind=EventKind.IN_PERSON,
        start=begins,
        end=begins + timedelta(hours=8),
        time_zone="America/Toronto",
        venue=UPCOMING_MEETING["venue"],
        city=UPCOMING_MEETING["city"],
        country="CA",
        registration_url="https://forms.example.org/r4blp/annual-meeting",
        speaker_keys=["tremblay", "okafor"],
    )
    events.append(event)

    for event in events:
        translate_everywhere(event, TRANSLATIONS, stdout=stdout)
