"""An editor translates a page with wagtail-localize in the admin and publishes the translation."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from tests.browser.conftest import JOURNEY
from tests.browser.test_editor_journeys import log_in

pytestmark = JOURNEY


def test_editor_translates_a_page_and_publishes_the_translation(site, new_page):
    get_user_model().objects.create_superuser("staff", "staff@example.org", "staff-password")
    home = HomePage.objects.get(locale__language_code="en")
    wetlands = home.add_child(
        instance=StandardPage(title="Wetlands", slug="wetlands", intro="Why wetlands matter.")
    )
    wetlands.save_revision().publish()

    tab = new_page()
    log_in(tab, "staff", "staff-password")
    tab.goto(reverse("wagtail_localize:submit_page_translation", args=[wetlands.id]))
    tab.get_by_label("Spanish").check()
    with tab.expect_navigation():
        tab.locator("main input[type=submit]").click()

    # The translation editor: translate the title, then publish in Spanish.
    title = (
        tab.locator("li", has_text="Wetlands").filter(has=tab.get_by_role("button", name="Translate")).first
    )
    title.get_by_role("button", name="Translate").click()
    # One segment is open for editing at a time.
    tab.locator("textarea").fill("Humedales")
    tab.get_by_role("button", name="Save").click()
    expect(tab.locator("li", has_text="Humedales").first).to_be_visible()
    with tab.expect_navigation():
        tab.get_by_role("button", name="Publish in Spanish").click()

    spanish = wetlands.get_translation(Locale.objects.get(language_code="es"))
    assert spanish.live
    visitor = new_page(locale="es-ES")
    visitor.goto(spanish.url)
    assert visitor.locator("h1").first.inner_text() == "Humedales"
