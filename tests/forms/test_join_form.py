"""The join form: every language stores one application with its language and sends both emails."""

import pytest
from django.core import mail

from forms.models import Application, ApplicationEmail, JoinFormPage

from .conftest import VALID_ANSWERS, answers

LANGUAGES = ["en", "es", "fr", "pt", "ar"]
OFFICER = "policy.officer@r4blp.example.org"


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_join_page_shows_the_form_in_every_language(client, join_url, language):
    response = client.get(join_url(language))
    assert response.status_code == 200
    page = JoinFormPage.objects.get(locale__language_code=language)
    html = response.content.decode()
    assert page.title in html
    for field in page.form_fields.all():
        assert field.label in html
        assert f'name="{field.clean_name}"' in html
    assert f'href="/{language}/privacy/"' in html
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_field_keys_are_the_same_in_every_language(demo_site):
    keys = {
        page.locale.language_code: [f.clean_name for f in page.form_fields.all()]
        for page in JoinFormPage.objects.all()
    }
    assert set(keys) == set(LANGUAGES)
    assert all(k == keys["en"] for k in keys.values())
    assert keys["en"][:2] == ["regional_government", "country"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_submission_in_each_language_is_stored_once_and_emailed(submit, join_url, language):
    response = submit(join_url(language), answers())
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/join/thank-you/"

    application = Application.objects.get()
    assert application.language == language
    assert application.form_data["regional_government"] == VALID_ANSWERS["regional_government"]
    assert application.page.locale.language_code == language
    assert set(application.emails.values_list("state", flat=True)) == {ApplicationEmail.State.SENT}

    assert len(mail.outbox) == 2
    notification, confirmation = sorted(mail.outbox, key=lambda m: m.to != [OFFICER])
    assert notification.to == [OFFICER]
    assert notification.reply_to == ["ana@example.org"]
    for value in ("Región de Ejemplo", "Mexico", "Ana Pérez", "Director of Biodiversity", "+52 55 1234 5678"):
        assert value in notification.body
    for label in ("Regional government:", "Population: 1200000", "Area in km²: 35000.5", "Message:"):
        assert label in notification.body
    assert confirmation.to == ["ana@example.org"]
    assert confirmation.reply_to == [OFFICER]
    page = JoinFormPage.objects.get(locale__language_code=language)
    assert f"{page.form_fields.first().label}: Región de Ejemplo" in confirmation.body


@pytest.mark.django_db
def test_confirmation_and_thank_you_page_are_in_the_visitors_language(submit, join_url):
    response = submit(join_url("fr"), answers(), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Merci pour votre candidature" in html
    assert 'name="regional_government"' not in html
    confirmation = next(m for m in mail.outbox if m.to == ["ana@example.org"])
    assert "Merci" in confirmation.body
    assert "Gouvernement régional: Región de Ejemplo" in confirmation.body
    notification = next(m for m in mail.outbox if m.to != ["ana@example.org"])
    assert "French" in notification.body


@pytest.mark.django_db
def test_reloading_the_thank_you_page_does_not_store_again(client, submit, join_url):
    submit(join_url("es"), answers())
    assert client.get("/es/join/thank-you/").status_code == 200
    assert client.get("/es/join/thank-you/").status_code == 200
    assert Application.objects.count() == 1


@pytest.mark.django_db
def test_posting_the_same_form_twice_stores_one_application(submit, join_url):
    data = answers()
    submit(join_url(), data)
    second = submit(join_url(), data)
    assert second.status_code == 302
    assert Application.objects.count() == 1
    assert len(mail.outbox) == 2


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_landing_and_header_link_to_the_join_page_of_the_language(client, demo_site, language):
    html = client.get(f"/{language}/").content.decode()
    title = JoinFormPage.objects.get(locale__language_code=language).title
    assert html.count(f'href="/{language}/join/"') >= 3  # header, hero and the call to join
    assert f">{title}</a>" in html
