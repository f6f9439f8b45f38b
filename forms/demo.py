"""Demo content of the join form: the page under the landing, its questions, in all five languages."""

from wagtail.models import Locale

from home.demo import home_page, log, policy_officer, translate_everywhere
from home.models import StandardPage

from .demo_translations import TRANSLATIONS
from .models import COUNTRY_FIELD, FormField, JoinFormPage
from .signals import ensure_policy_officers_group

# (key, label, field type, required, help text)
FIELDS = [
    (
        "regional_government",
        "Regional government",
        "singleline",
        True,
        "The official name of your regional or subnational government.",
    ),
    ("country", "Country", COUNTRY_FIELD, True, ""),
    ("contact_person", "Contact person", "singleline", True, "Your first and last name."),
    ("position", "Position", "singleline", True, "Your role in the regional government."),
    ("email", "Email", "email", True, "We will answer you at this address."),
    ("phone", "Phone", "singleline", False, "With the international dialling code, for example +52."),
    ("population", "Population", "number", True, "Number of inhabitants of your region."),
    ("area_km2", "Area in km²", "number", True, "Surface area of your region in square kilometres."),
    (
        "message",
        "Message",
        "multiline",
        True,
        "Tell us about your region's work on biodiversity and why you would like to join.",
    ),
    (
        "consent",
        "I agree that R4BLP keeps these details to answer my application.",
        "checkbox",
        True,
        "How we handle your data is explained in our privacy notice:",
    ),
]

INTRO = (
    "<p>Regional governments that want to protect biodiversity together with their peers are "
    "welcome to join the platform. Tell us about your region and our Policy Officer will get "
    "back to you as soon as possible.</p>"
)
THANK_YOU = (
    "<p>Thank you for your application. We have sent you a confirmation by email, and our "
    "Policy Officer will get back to you as soon as possible.</p>"
)


def join_page(home, officer, stdout=None):
    existing = JoinFormPage.objects.child_of(home).filter(slug="join").first()
    if existing:
        return existing
    privacy = StandardPage.objects.child_of(home).filter(slug="privacy").first()
    page = JoinFormPage(
        title="Join the platform",
        slug="join",
        show_in_menus=False,
        intro=INTRO,
        thank_you_text=THANK_YOU,
        privacy_page=privacy,
        to_address=officer.email,
        form_fields=[
            FormField(
                clean_name=key,
                label=label,
                field_type=field_type,
                required=required,
                help_text=help_text,
                locale=home.locale,
                sort_order=position,
            )
            for position, (key, label, field_type, required, help_text) in enumerate(FIELDS)
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    log(stdout, "  join page created")
    return page


def load(stdout=None):
    ensure_policy_officers_group()
    home = home_page(stdout)
    english = Locale.get_default()
    if home.locale_id != english.id:
        home = home.get_translation(english)
    page = join_page(home, policy_officer(stdout), stdout)
    # A demo made before the country select had a text field: it becomes the select.
    FormField.objects.filter(clean_name="country", field_type="singleline").update(field_type=COUNTRY_FIELD)
    translate_everywhere(page, TRANSLATIONS, stdout=stdout)
