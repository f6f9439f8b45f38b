"""Spam defences: honeypot, time trap and rate limit reject the post, store nothing and send nothing."""

import pytest
from django.core import mail

from forms import spam
from forms.models import Application

from .conftest import answers

pytestmark = pytest.mark.django_db


def assert_nothing_stored():
    assert Application.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_is_rejected_with_a_clear_message(submit, join_url):
    response = submit(join_url(), answers(**{spam.HONEYPOT_FIELD: "http://spam.example"}))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please leave the field “Leave this field empty” empty" in html
    assert 'value="Región de Ejemplo"' in html  # a human keeps what they typed
    assert_nothing_stored()


def test_honeypot_message_is_in_the_visitors_language(submit, join_url):
    response = submit(join_url("es"), answers(**{spam.HONEYPOT_FIELD: "x"}))
    assert "Deje vacío el campo «Deje este campo vacío»" in response.content.decode()
    assert_nothing_stored()


def test_too_fast_submission_is_rejected(submit, join_url):
    response = submit(join_url("fr"), answers(**{spam.TOKEN_FIELD: spam.new_token()}))
    assert response.status_code == 400
    assert "C’était très rapide" in response.content.decode()
    assert_nothing_stored()


@pytest.mark.parametrize(
    "token", [None, "", "forged", spam.new_token(issued_at=0)], ids=["missing", "empty", "forged", "expired"]
)
def test_missing_forged_or_expired_time_stamp_is_rejected(submit, join_url, token):
    response = submit(join_url(), answers(**{spam.TOKEN_FIELD: token}))
    assert response.status_code == 400
    assert "This form has expired" in response.content.decode()
    assert_nothing_stored()


def test_over_rate_submissions_from_one_address_are_rejected(submit, join_url, settings):
    settings.JOIN_FORM_RATE_LIMIT = 2
    for _ in range(2):
        assert submit(join_url(), answers(), REMOTE_ADDR="203.0.113.7").status_code == 302
    response = submit(join_url("pt"), answers(), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 429
    assert "Recebemos formulários demais da sua rede" in response.content.decode()
    assert Application.objects.count() == 2
    assert len(mail.outbox) == 4
    # Another address is not held back by the first one's posts.
    assert submit(join_url(), answers(), REMOTE_ADDR="198.51.100.9").status_code == 302
    assert Application.objects.count() == 3


def test_behind_a_proxy_a_made_up_forwarded_address_does_not_escape_the_limit(submit, join_url, settings):
    settings.JOIN_FORM_RATE_LIMIT = 1
    settings.JOIN_FORM_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    first = submit(join_url(), answers(), HTTP_X_FORWARDED_FOR="10.0.0.1, 203.0.113.7")
    second = submit(join_url(), answers(), HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7")
    assert (first.status_code, second.status_code) == (302, 429)
    assert Application.objects.count() == 1
