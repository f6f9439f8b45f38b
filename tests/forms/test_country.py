"""The join form's country: a select of countries named in the visitor's language, stored as its ISO
code, shown by name to the Policy Officer; answers typed before the select still show."""

import csv
import io
import re
from html import unescape

import pytest
from django.core import mail
from django.utils import translation

from forms.models import COUNTRY_FIELD, Application, FormField, JoinFormPage

from .conftest import answers
from .test_applications_admin import LIST_URL, officer  # noqa: F401 (a fixture the test uses)

pytestmark = pytest.mark.django_db


def country_options(html):
    select = re.search(r'<select name="country"[^>]*>(.*?)</select>', html, re.S).group(1)
    return [
        (value, unescape(name)) for value, name in re.findall(r'<option value="(\w*)"[^>]*>([^<]*)<', select)
    ]


@pytest.mark.parametrize(
    ("language", "mexico", "germany", "blank"),
    [
        ("en", "Mexico", "Germany", "Choose a country"),
        ("es", "México", "Alemania", "Elija un país"),
        ("fr", "Mexique", "Allemagne", "Choisissez un pays"),
        ("pt", "México", "Alemanha", "Escolha um país"),
        ("ar", "المكسيك", "ألمانيا", "اختاروا بلدًا"),
    ],
)
def test_the_country_is_a_select_of_countries_named_in_the_visitors_language(
    client, join_url, language, mexico, germany, blank
):
    options = country_options(client.get(join_url(language)).content.decode())
    assert options[0] == ("", blank)
    assert ("MX", mexico) in options and ("DE", germany) in options
    assert len(options) > 240


def test_the_country_is_stored_as_its_code_and_named_for_the_officer_and_the_applicant(submit, join_url):
    response = submit(join_url("es"), answers(country="MX"))

    assert response.status_code == 302
    application = Application.objects.get()
    assert application.form_data["country"] == "MX"
    notification, confirmation = sorted(
        mail.outbox, key=lambda message: message.to != ["policy.officer@r4blp.example.org"]
    )
    assert "Country: Mexico\n" in notification.body
    assert "México\n" in confirmation.body


def test_a_country_not_on_the_list_is_refused_with_a_message_in_the_visitors_language(submit, join_url):
    response = submit(join_url("fr"), answers(country="Atlantis"))

    assert response.status_code == 200
    assert "Choisissez votre pays dans la liste." in response.content.decode()
    assert not Application.objects.exists()


@pytest.mark.usefixtures("officer")
def test_the_officer_sees_the_country_by_name_and_old_free_text_answers_as_typed(client, submit, join_url):
    submit(join_url("ar"), answers(country="CA", regional_government="Quebec"))
    page = JoinFormPage.objects.get(locale__language_code="en")
    old = Application.objects.create(
        page=page, language="en", form_data={"regional_government": "Old", "country": "Republic of Somewhere"}
    )
    new = Application.objects.exclude(pk=old.pk).get()

    assert "Canada" in client.get(f"/admin/applications/edit/{new.pk}/").content.decode()
    assert "Republic of Somewhere" in client.get(f"/admin/applications/edit/{old.pk}/").content.decode()
    export = b"".join(client.get(LIST_URL, {"export": "csv"}).streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(export)))
    assert sorted(row["Country"] for row in rows) == ["Canada", "Republic of Somewhere"]


def test_editors_can_add_a_country_question_in_the_form_builder(demo_site):
    fields = FormField.objects.filter(clean_name="country")
    assert set(fields.values_list("field_type", flat=True)) == {COUNTRY_FIELD}
    assert fields.count() == 5  # one per language
    with translation.override("en"):
        assert dict(FormField._meta.get_field("field_type").choices)[COUNTRY_FIELD] == "Country"
