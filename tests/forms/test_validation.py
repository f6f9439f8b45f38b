"""Bad input: field errors in the visitor's language, input kept, bounded lengths, no header injection,
and no generated value ever gives a server error."""

import email

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from forms import spam
from forms.models import Application

from .conftest import VALID_ANSWERS, answers

pytestmark = pytest.mark.django_db


def test_invalid_input_shows_field_errors_in_the_visitors_language_and_keeps_input(submit, join_url):
    response = submit(join_url("es"), answers(email="not-an-address", country="", consent=None))
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("es"):
        required, invalid_email = gettext("This field is required."), gettext("Enter a valid email address.")
    assert required.startswith("Este campo es")
    assert html.count(required) == 2  # country and consent
    assert invalid_email in html
    assert 'value="not-an-address"' in html
    assert 'value="Región de Ejemplo"' in html
    assert 'aria-describedby="id_email_error' in html
    assert Application.objects.count() == 0
    assert mail.outbox == []


def test_every_field_has_a_length_limit(client, join_url):
    html = client.get(join_url()).content.decode()
    for key in ("regional_government", "contact_person", "position", "phone"):
        assert f'name="{key}" maxlength="255"' in html
    assert 'name="message" cols="40" rows="10" maxlength="5000"' in html
    assert 'name="email" maxlength="254"' in html


@pytest.mark.parametrize(
    ("field", "value"),
    [("regional_government", "x" * 256), ("message", "x" * 5001), ("population", "1" * 16)],
)
def test_overlong_answers_are_refused(submit, join_url, field, value):
    response = submit(join_url(), answers(**{field: value}))
    assert response.status_code == 200
    assert "join-form__error" in response.content.decode()
    assert Application.objects.count() == 0


def test_line_breaks_in_answers_never_reach_an_email_header(submit, join_url):
    injected = "Evil Region\r\nBcc: victim@example.org\r\nSubject: hijacked"
    response = submit(join_url(), answers(regional_government=injected))
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        parsed = email.message_from_string(message.message().as_string())
        assert parsed.get_all("Bcc") is None
        assert len(parsed.get_all("Subject")) == 1
        assert message.bcc == []
    assert "Evil Region Bcc: victim@example.org Subject: hijacked" in mail.outbox[0].subject


def test_an_email_address_with_a_header_is_refused(submit, join_url):
    response = submit(join_url(), answers(email="ana@example.org\nBcc: victim@example.org"))
    assert response.status_code == 200
    assert Application.objects.count() == 0


ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300)


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.dictionaries(
        st.sampled_from([*sorted(VALID_ANSWERS), spam.TOKEN_FIELD, spam.HONEYPOT_FIELD]), ANY_TEXT
    ),
    language=st.sampled_from(["en", "ar"]),
)
def test_generated_answers_never_give_a_server_error(client, demo_site, settings, values, language):
    settings.JOIN_FORM_RATE_LIMIT = 10**6
    response = client.post(f"/{language}/join/", answers(**values))
    assert response.status_code in (200, 302, 400)
    if response.status_code != 302:
        html = response.content.decode()
        assert 'class="join-form__alert" role="alert"' in html
    if response.status_code == 200:
        assert "join-form__error" in html
