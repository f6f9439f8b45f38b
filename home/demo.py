"""Demo content of the site frame (landing, About, Privacy, the Policy Officer), from the client's facts.

Other apps add theirs in their own `demo.py`; `manage.py load_demo` runs them all in order."""

import io

from django.conf import settings
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from . import artwork
from .demo_images import DESCRIPTIONS, PORTRAIT_DESCRIPTION, landscape_image, logo_image, portrait_image
from .demo_translations import TRANSLATIONS
from .models import HomePage, Person, SocialMediaSettings, StandardPage

BENEFITS = [
    (
        "Meetings organised by thematic blocks",
        "Online and in-person meetings on themes the members choose, in step with the work "
        "programme of the Convention on Biological Diversity.",
    ),
    (
        "Lessons learned and best practices",
        "Members share what worked, what did not and the challenges they have in common in "
        "halting biodiversity loss and improving governance.",
    ),
    (
        "Capacity building with international experts",
        "Learning sessions led by specialists from around the world.",
    ),
    (
        "Strategic information and tools",
        "Tools to evaluate, monitor and report on how strategies are being implemented.",
    ),
    (
        "Financing and cooperation",
        "Access to funding and cooperation opportunities between regions and partners.",
    ),
    (
        "A voice in international meetings",
        "Access to international meetings and contact with global leaders on biodiversity.",
    ),
]

# name, description, website, the word-mark's lines and colour (drawn for the demo, not their logos)
PARTNERS = [
    (
        "Advisory Committee of Subnational Governments",
        "As operational partner of the Committee, the platform produces technical knowledge "
        "that feeds its dialogue at the global level.",
        "",
        ["Advisory Committee of", "Subnational Governments"],
        "#17634a",
    ),
    (
        "Secretariat of the Convention on Biological Diversity",
        "The Secretariat officially endorses the platform.",
        "https://www.cbd.int/",
        ["Secretariat of the Convention", "on Biological Diversity"],
        "#2f6f9f",
    ),
]


def partner_blocks():
    """The partners as stream blocks, each with its word-mark and the word-mark's alternative text."""
    blocks = []
    for name, description, url, lines, colour in PARTNERS:
        logo = logo_image(name, lines, colour)
        logo.contextual_alt_text, logo.decorative = logo.default_alt_text, False
        blocks.append(("partner", {"name": name, "logo": logo, "description": description, "url": url}))
    return blocks


def log(stdout, message):
    if stdout is not None:
        stdout.write(message)


def ensure_locales(stdout=None):
    for code, _name in settings.LANGUAGES:
        _locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            log(stdout, f"  locale {code} created")


def translate(instance, language_code, strings=None, publish=True):
    """Create or update the translation of a page or snippet through wagtail-localize, so it stays
    linked to its source and editors can sync it. `strings` maps source text to translated text;
    text left out keeps the source wording until a translator supplies it."""
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        translated = (strings or {}).get(segment.string.data)
        if translated:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translated, "translation_type": "manual"},
            )
    from wagtail_localize.models import Translation

    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=publish)
    return instance.get_translation(locale)


def translate_everywhere(instance, strings_by_language=None, stdout=None):
    """Translate into every other language that has no translation yet (idempotent)."""
    existing = set(instance.get_translations().values_list("locale__language_code", flat=True))
    for code, _name in settings.LANGUAGES:
        if code == instance.locale.language_code or code in existing:
            continue
        translate(instance, code, (strings_by_language or {}).get(code))
        log(stdout, f"  {instance} translated into {code}")


def get_or_create_child(parent, model, slug, **fields):
    """The live child page with this slug, created and published when missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def home_page(stdout=None):
    """The English landing, created as the default site's root when missing."""
    english = Locale.get_default()
    home = HomePage.objects.filter(locale=english).first()
    if home:
        return home
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    placeholder = Page.objects.filter(depth=2, content_type__model="page").first()
    if placeholder is not None:
        # Wagtail's "Welcome" page from its first migration; the site must let go of it first,
        # as deleting a site's root deletes the site.
        if site is not None and site.root_page_id == placeholder.id:
            site.root_page = root
            site.save()
        placeholder.delete()
    home = HomePage(
        title="Regions for Biodiversity Learning Platform",
        slug="home",
        locale=english,
        hero_image=landscape_image("Landing", "dawn"),
        hero_image_alt=DESCRIPTIONS["dawn"],
        hero_intro=(
            "A global community of regional governments working together to conserve "
            "biodiversity, keep ecosystems healthy and secure sustainable livelihoods for "
            "their people. Launched in December 2016 at COP 13 in Mexico and officially "
            "endorsed by the Secretariat of the Convention on Biological Diversity."
        ),
        figures_heading="The platform in figures",
        figures=[
            (
                "computed_figure",
                {
                    "figure": "members",
                    "label": "active members",
                    "description": "Regional governments from every continent.",
                },
            ),
            (
                "computed_figure",
                {
                    "figure": "inhabitants",
                    "label": "inhabitants represented",
                    "description": "Nearly 60 million people live in our member regions.",
                },
            ),
            (
                "computed_figure",
                {
                    "figure": "territory_km2",
                    "label": "km² of territory safeguarded",
                    "description": "Over 2 million square kilometres whose biodiversity our members protect.",
                },
            ),
            (
                "computed_figure",
                {
                    "figure": "webinars",
                    "label": "online webinars held",
                    "description": "Learning sessions since 2016, in step with the Convention's agenda.",
                },
            ),
        ],
        activities_heading="Activities and outcomes",
        activities=(
            "<p>Leading regions exchange technical knowledge on critical biodiversity issues "
            "through the platform. Their work is tied to the global topics discussed at the "
            "heart of the Convention on Biological Diversity.</p>"
            "<p>The platform supports subnational biodiversity strategies and action plans, "
            "and its reports share key findings that help shape the global biodiversity "
            "framework.</p>"
        ),
        benefits_heading="Why join?",
        benefits_intro="To help member regions learn from one another, the platform offers:",
        benefits=[("benefit", {"title": t, "text": d}) for t, d in BENEFITS],
        partners_heading="Partners",
        partners=partner_blocks(),
        join_heading="Join the Regions for Biodiversity Learning Platform",
        join_text=(
            "Write to our Policy Officer through the join form and we will get back to you "
            "as soon as possible."
        ),
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    log(stdout, "  landing created")
    return home


def policy_officer(stdout=None):
    person, created = Person.objects.get_or_create(
        name="Renata Gomez",
        locale=Locale.get_default(),
        defaults={
            "role": "Biodiversity Programme Manager and Policy Officer",
            "organisation": "R4BLP",
            "email": "policy.officer@r4blp.example.org",
            "photo": portrait_image("Renata Gomez"),
            "photo_alt": PORTRAIT_DESCRIPTION,
        },
    )
    if created:
        log(stdout, "  Policy Officer created")
    return person


def load(stdout=None):
    # Not one transaction: wagtail-localize publishes translations on commit from revisions made
    # before their children existed, which would leave stale tree counts on the translated pages.
    ensure_locales(stdout)
    home = home_page(stdout)
    person = policy_officer(stdout)
    if home.contact_id is None:
        home.contact = person
        home.save_revision().publish()

    about, created = get_or_create_child(
        home,
        StandardPage,
        "about",
        title="About",
        show_in_menus=True,
        intro=(
            "The Regions for Biodiversity Learning Platform brings regional governments "
            "together to put the Convention on Biological Diversity into practice."
        ),
        body=[
            (
                "paragraph",
                RichText(
                    "<p>The platform was launched in December 2016 at the thirteenth "
                    "Conference of the Parties (COP 13) in Mexico, and the Secretariat of the "
                    "Convention on Biological Diversity officially endorses it.</p>"
                ),
            ),
            ("heading", "What we do"),
            (
                "paragraph",
                RichText(
                    "<p>Members work on subnational biodiversity strategies and action plans. "
                    "They compare perspectives, identify common obstacles, share best "
                    "practices and develop new solutions together, helping each other through "
                    "the design, development and implementation of biodiversity "
                    "initiatives.</p>"
                ),
            ),
            ("heading", "Our partners"),
            (
                "paragraph",
                RichText(
                    "<p>As operational partner of the Advisory Committee of Subnational "
                    "Governments, the platform produces technical knowledge that feeds the "
                    "Committee's dialogue at the global level.</p>"
                ),
            ),
        ],
    )
    if created:
        log(stdout, "  About page created")

    privacy, created = get_or_create_child(
        home,
        StandardPage,
        "privacy",
        title="Privacy notice",
        intro="How we handle the personal data you send us.",
        body=[
            (
                "paragraph",
                RichText(
                    "<p>When you apply to join, we keep the details you give us so that our "
                    "Policy Officer can answer you and review your application. We do not "
                    "share them with third parties and we do not use them for marketing.</p>"
                ),
            ),
            (
                "paragraph",
                RichText(
                    "<p>The site sets a cookie only to remember your language and, when you "
                    "send a form, to protect it against forgery. It loads nothing from other "
                    "websites.</p>"
                ),
            ),
            (
                "paragraph",
                RichText("<p>To see, correct or delete your data, write to our Policy Officer.</p>"),
            ),
        ],
    )
    if created:
        log(stdout, "  Privacy page created")

    for instance in (person, home, about, privacy):
        translate_everywhere(instance, TRANSLATIONS, stdout=stdout)
    default_share_image(stdout)


def default_share_image(stdout=None):
    """The site's default share card, drawn at load time, in the social media settings."""
    site_settings = SocialMediaSettings.for_site(Site.objects.get(is_default_site=True))
    if site_settings.default_share_image_id is not None:
        return
    title = "Regions for Biodiversity Learning Platform"
    card = artwork.share_card("R4BLP", title)
    site_settings.default_share_image = get_image_model().objects.create(
        title=title,
        description="R4BLP, Regions for Biodiversity Learning Platform: a white leaf on dark green",
        file=ImageFile(io.BytesIO(card), name="r4blp-share-card.jpg"),
    )
    site_settings.save()
    log(stdout, "  default share image drawn")
