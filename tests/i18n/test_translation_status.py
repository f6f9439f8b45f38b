"""The translation status report (Reports > Translation status) and wagtail-localize's own
Translations report tell editors the truth: missing, up to date, or out of date after a source change."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.models import StandardPage
from regions.models import RegionEditors, RegionPage

pytestmark = pytest.mark.django_db

STATUS_URL = "/admin/reports/translation-status/"
OTHER_LANGUAGES = ["es", "fr", "pt", "ar"]


def statuses(html, title):
    """The status of each language's column (English first) on the report row of `title`."""
    row = re.search(rf'<th scope="row">{re.escape(title)}</th>(.*?)</tr>', html, re.S).group(1)
    return re.findall(r'<span class="w-status[^"]*">([^<]+)</span>', row)


def links(html, title):
    row = re.search(rf'<th scope="row">{re.escape(title)}</th>(.*?)</tr>', html, re.S).group(1)
    return re.findall(r'<a href="([^"]+)">', row)


def all_statuses(html):
    return set(re.findall(r'<span class="w-status[^"]*">([^<]+)</span>', html))


def report(admin_client):
    response = admin_client.get(STATUS_URL)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def about(demo_site):
    return StandardPage.objects.get(slug="about", locale__language_code="en")


def test_the_demos_translations_are_up_to_date(admin_client, demo_site):
    html = report(admin_client)
    assert statuses(html, "About") == ["Source"] + ["Up to date"] * 4
    assert all_statuses(html) == {"Source", "Up to date"}


def test_a_translation_is_out_of_date_once_its_source_is_published_and_again_after_a_sync(
    admin_client, about, django_capture_on_commit_callbacks
):
    about.intro = "We are a community of regional governments, now in more places."
    about.save_revision().publish()
    html = report(admin_client)
    assert statuses(html, "About") == ["Source"] + ["Out of date"] * 4
    assert "source changed since the last sync" in html
    source = TranslationSource.objects.get(object_id=about.translation_key)
    sync = reverse("wagtail_localize:update_translations", args=[source.id])
    assert sync in links(html, "About")

    # The editor syncs, as with "Sync translated pages": the new wording waits for translators.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(sync, {"publish_translations": "on"})
    assert response.status_code == 302
    html = report(admin_client)
    assert statuses(html, "About") == ["Source"] + ["Out of date"] * 4
    assert "strings waiting for translation" in html
    spanish = about.get_translation(Locale.objects.get(language_code="es"))
    assert reverse("wagtailadmin_pages:edit", args=[spanish.id]) in links(html, "About")


def test_a_page_never_translated_is_missing_in_every_other_language(admin_client, demo_site):
    page = StandardPage(title="Peatlands", slug="peatlands")
    demo_site.add_child(instance=page)
    page.save_revision().publish()
    html = report(admin_client)
    assert statuses(html, "Peatlands") == ["Source"] + ["Missing"] * 4
    assert reverse("wagtail_localize:submit_page_translation", args=[page.id]) in links(html, "Peatlands")


def test_translatable_snippets_are_listed(admin_client, demo_site):
    from home.models import Person

    person = Person.objects.filter(locale__language_code="en").first()
    assert statuses(report(admin_client), str(person))[0] == "Source"


def queries_of_report(admin_client):
    report(admin_client)  # the site's caches filled after a publish, content types known
    with CaptureQueriesContext(connection) as queries:
        html = report(admin_client)
    return len(queries.captured_queries), html


def test_the_report_costs_the_same_queries_however_many_pages(admin_client, demo_site):
    before, _html = queries_of_report(admin_client)
    for number in range(15):
        page = StandardPage(title=f"Note {number}", slug=f"note-{number}")
        demo_site.add_child(instance=page)
        page.save_revision().publish()
    after, html = queries_of_report(admin_client)
    assert "Note 14" in html
    assert after == before


def test_region_editors_cannot_open_the_report_nor_see_it_in_the_menu(client, demo_site):
    region = RegionPage.objects.filter(locale__language_code="en").first()
    user = get_user_model().objects.create_user("region-editor", password="x")
    user.groups.add(RegionEditors.objects.get(region_key=region.translation_key).group)
    client.force_login(user)
    response = client.get(STATUS_URL)
    # Wagtail's answer to a denied admin view: back to the dashboard, with a message.
    assert (response.status_code, response.url) == (302, "/admin/")
    assert STATUS_URL not in client.get("/admin/").content.decode()


def test_communications_staff_find_it_under_reports(admin_client, demo_site):
    assert STATUS_URL in admin_client.get("/admin/").content.decode()


def test_wagtail_localizes_own_report_shows_the_demos_translations_complete(admin_client, demo_site):
    translations = Translation.objects.filter(enabled=True)
    assert translations.exists()
    assert all(total == done for total, done in (t.get_progress() for t in translations))
    url = reverse("wagtail_localize:translations_report")
    assert len(admin_client.get(url, {"waiting_for_translation": "false"}).context["object_list"]) > 0
    assert len(admin_client.get(url, {"waiting_for_translation": "true"}).context["object_list"]) == 0
