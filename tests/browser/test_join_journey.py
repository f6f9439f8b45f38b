"""A prospective member fills in the join form with one field wrong, corrects it and is thanked."""

from forms.models import Application
from tests.browser.conftest import JOURNEY

pytestmark = JOURNEY

ANSWERS = {
    "regional_government": "Región de Prueba",
    "country": "Mexico",
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
        field.select_option(label=value)
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
