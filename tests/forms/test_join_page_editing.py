"""Editors change the form in the admin; translations keep each field's key; pages stay cheap to serve."""

import pytest
from django.conf import settings
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from forms.models import Application, FormField, JoinFormPage
from home.demo import translate

pytestmark = pytest.mark.django_db


def test_a_field_added_in_english_reaches_translations_with_the_same_key(demo_site):
    english = JoinFormPage.objects.get(locale__language_code="en")
    website = FormField(label="Website of the region", field_type="url", required=False, sort_order=99)
    english.form_fields.add(website)
    english.save_revision().publish()
    key = FormField.objects.get(page=english, label="Website of the region").clean_name
    assert key == "website_of_the_region"

    # What "Sync translated pages" does: refresh the source, then save the translation again.
    TranslationSource.update_or_create_from_instance(english)
    translate(english, "es", {"Website of the region": "Sitio web de la región"})
    spanish = JoinFormPage.objects.get(locale__language_code="es")
    field = spanish.form_fields.get(clean_name=key)
    assert field.label == "Sitio web de la región"
    keys = {
        page.locale.language_code: list(page.form_fields.values_list("clean_name", flat=True))
        for page in JoinFormPage.objects.filter(locale__language_code__in=["en", "es"])
    }
    assert keys["es"] == keys["en"]
    assert keys["en"][-1] == key


def test_editor_opens_the_join_page_in_the_admin(admin_client, demo_site):
    english = JoinFormPage.objects.get(locale__language_code="en")
    html = admin_client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    assert "Regional government" in html and "Area in km²" in html
    # A translation opens in wagtail-localize's editor, which offers the labels for translation.
    arabic = JoinFormPage.objects.get(locale__language_code="ar")
    assert admin_client.get(f"/admin/pages/{arabic.pk}/edit/").status_code == 200


@pytest.mark.parametrize("language", ["en", "ar"])
def test_join_and_thank_you_pages_cost_few_queries_whatever_the_number_of_applications(
    client, demo_site, django_assert_max_num_queries, language
):
    page = JoinFormPage.objects.get(locale__language_code=language)
    counts = []
    for extra in (0, 40):
        Application.objects.bulk_create(
            Application(page=page, language=language, form_data={"regional_government": str(n)})
            for n in range(extra)
        )
        for url in (f"/{language}/join/", f"/{language}/join/thank-you/"):
            client.get(url)  # warm the caches (routes, content types)
            with django_assert_max_num_queries(12) as captured:
                assert client.get(url).status_code == 200
            counts.append(len(captured.captured_queries))
    assert counts[:2] == counts[2:]
    assert settings.LANGUAGE_CODE == "en"


def test_the_empty_form_is_served_from_the_cache_and_a_published_field_appears_at_once(client, demo_site):
    english = JoinFormPage.objects.get(locale__language_code="en")
    client.get("/en/join/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/join/")
    html = response.content.decode()
    assert "Regional government" in html and 'name="csrfmiddlewaretoken"' in html
    assert not any("forms_formfield" in query["sql"] for query in queries)
    # The fields are drawn once, not for each visitor.
    assert "forms/includes/field.html" not in [template.name for template in response.templates]

    english.form_fields.add(FormField(label="Website of the region", field_type="url", required=False))
    english.save_revision().publish()
    assert "Website of the region" in client.get("/en/join/").content.decode()

    # The privacy page linked beside the consent box, renamed at once, though below the frame.
    about = Page.objects.get(slug="about", locale__language_code="en")
    english.localized_privacy_page().move(about, pos="last-child")
    client.get("/en/join/")
    privacy = english.localized_privacy_page().specific
    assert privacy.depth > 3
    privacy.title = "How we keep your data"
    privacy.save_revision().publish()
    assert ">How we keep your data</a>" in client.get("/en/join/").content.decode()


def test_a_preview_shows_the_draft_fields_not_the_cached_ones(client, demo_site):
    english = JoinFormPage.objects.get(locale__language_code="en")
    client.get("/en/join/")  # the published fields are cached
    english.form_fields.add(FormField(label="Draft question", field_type="singleline", required=False))
    html = english.make_preview_request().content.decode()
    assert "Draft question" in html and "Regional government" in html
    assert "Draft question" not in client.get("/en/join/").content.decode()
