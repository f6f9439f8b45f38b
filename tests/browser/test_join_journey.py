"""A prospective member fills in the join form with one field wrong, corrects it and is thanked."""

from io import StringIO

from aiosmtpd.controller import Controller
from django.core.management import call_command

from forms.models import Application, ApplicationEmail
from tests.browser.conftest import JOURNEY
from tests.forms.test_mail_outage import Inbox, closed_port

pytestmark = JOURNEY

ANSWERS = {
    "regional_government": "Región de Prueba",
    "country": "MX",  # chosen from the select, named in the page's language
    "contact_person": "Ana Pérez",
    "position": "Director of Biodiversity",
    "email": "not-an-address",
    "phone": "+52 55 1234 5678",
    "population": "1200000",
    "area_km2": "35000.5",
    "message": "We would like to join the platform.",
}


def fill(tab, name, value):
    field = tab.locator(f"[name={name}]")
    if field.evaluate("el => el.tagName") == "SELECT":
        field.select_option(value)
    else:
        field.fill(value)


def test_prospective_member_corrects_a_wrong_field_and_is_thanked(site, page, settings):
    settings.JOIN_FORM_MIN_SECONDS = 0  # a browser types faster than the time trap allows
    page.goto("/en/join/")
    for name, value in ANSWERS.items():
        fill(page, name, value)
    page.locator("[name=consent]").check()
    page.get_by_role("button", name="Send my application").click()

    page.wait_for_load_state()
    assert page.locator("[name=email][aria-invalid=true]").count() == 1
    assert page.get_by_role("link", name="Email").count() >= 1  # the error summary links to it
    assert not Application.objects.exists()

    fill(page, "email", "ana@example.org")
    page.get_by_role("button", name="Send my application").click()
    page.wait_for_url("**/join/**thank**")
    assert Application.objects.count() == 1
    assert Application.objects.get().form_data["email"] == "ana@example.org"
    assert Application.objects.get().form_data["country"] == "MX"


def test_mail_server_down_loses_no_application_sent_through_the_browser(site, page, settings):
    """The visitor is thanked while the mail server is down; a retry once it is back sends both emails."""
    settings.JOIN_FORM_MIN_SECONDS = 0
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5

    page.goto("/es/")
    page.locator("a[href$='/join/']").first.click()
    for name, value in ANSWERS.items():
        fill(page, name, value)
    fill(page, "email", "ana@example.org")
    page.locator("[name=consent]").check()
    page.locator("main form [type=submit]").click()
    page.wait_for_url("**/es/join/thank-you/")
    assert page.locator("[name=email]").count() == 0

    application = Application.objects.get()
    assert application.language == "es"
    assert {email.state for email in application.emails.all()} == {ApplicationEmail.State.FAILED}

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=settings.EMAIL_PORT)
    server.start()
    try:
        call_command("retry_application_emails", "--all", stdout=StringIO())
    finally:
        server.stop()
    assert sorted(tuple(message.rcpt_tos) for message in inbox.messages) == [
        ("ana@example.org",),
        ("policy.officer@r4blp.example.org",),
    ]
    assert {email.state for email in application.emails.all()} == {ApplicationEmail.State.SENT}
