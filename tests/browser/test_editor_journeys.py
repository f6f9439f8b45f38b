"""Editors in the real admin: communications staff change a landing figure's label and publish;
a member-region editor publishes their own region and is refused another."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect

from home.models import HomePage
from regions.models import RegionEditors, RegionPage
from tests.browser.conftest import JOURNEY

pytestmark = JOURNEY


def log_in(tab, username, password):
    tab.goto("/admin/login/")
    tab.locator("[name=username]").fill(username)
    tab.locator("[name=password]").fill(password)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url("**/admin/")


def publish(tab):
    # "Publish" sits in the footer's action menu; submit the form through that very button.
    with tab.expect_navigation():
        tab.locator("button[name=action-publish]").evaluate("button => button.form.requestSubmit(button)")


def test_editor_changes_a_landing_figure_label_and_visitors_see_it(site, new_page):
    get_user_model().objects.create_superuser("staff", "staff@example.org", "staff-password")
    home = HomePage.objects.get(locale__language_code="en")
    editor = new_page()
    log_in(editor, "staff", "staff-password")
    editor.goto(reverse("wagtailadmin_pages:edit", args=[home.id]))
    # The first figure is the members count; its block form is drawn by the admin's JavaScript.
    label = editor.locator("input[name='figures-0-value-label']")
    expect(label).to_have_value("active members")
    label.fill("member regions")
    publish(editor)
    assert "published" in editor.locator(".messages").inner_text().lower()

    visitor = new_page()
    visitor.goto("/en/")
    figures = visitor.locator(".figures, main").first.inner_text()
    assert "member regions" in figures
    assert "active members" not in figures


def test_region_editor_publishes_own_region_and_is_refused_another(site, new_page):
    regions = RegionPage.objects.filter(locale__language_code="en").order_by("title")
    own, other = regions[0], regions[1]
    user = get_user_model().objects.create_user("region-editor", password="region-password")
    user.groups.add(RegionEditors.objects.get(region_key=own.translation_key).group)

    tab = new_page()
    log_in(tab, "region-editor", "region-password")
    tab.goto(reverse("wagtailadmin_pages:edit", args=[own.id]))
    tab.locator("[name=summary]").fill("A summary written by the region's own editor.")
    publish(tab)
    own.refresh_from_db()
    assert own.summary == "A summary written by the region's own editor."
    assert own.live and not own.has_unpublished_changes

    response = tab.goto(reverse("wagtailadmin_pages:edit", args=[other.id]))
    assert response.status in (302, 403) or "/admin/" in tab.url and "edit" not in tab.url
    assert tab.locator("[name=summary]").count() == 0
    other_summary = other.summary
    other.refresh_from_db()
    assert other.summary == other_summary
