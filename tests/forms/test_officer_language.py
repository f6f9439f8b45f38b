"""The Policy Officer reads the notification in their own language, told which language the applicant
wrote in; the admin shows an application's answers under the labels of the admin's language."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.users.models import UserProfile

from forms.models import Application

from .conftest import answers

OFFICER = "policy.officer@r4blp.example.org"

pytestmark = pytest.mark.django_db


def notification():
    return next(message for message in mail.outbox if message.to == [OFFICER])


def test_without_an_account_the_officer_reads_english_with_the_applicants_language(submit, join_url):
    submit(join_url("fr"), answers())
    message = notification()
    assert message.subject.startswith("Application to join")
    assert "Applicant's language: French" in message.body
    assert "Regional government: Región de Ejemplo" in message.body


def test_the_officers_admin_language_decides(submit, join_url):
    officer = get_user_model().objects.create_user("officer", OFFICER.upper(), "officer-password")
    UserProfile.get_for_user(officer)
    UserProfile.objects.filter(user=officer).update(preferred_language="es")
    submit(join_url("ar"), answers())
    message = notification()
    assert message.subject.startswith("Solicitud")
    assert "Idioma del solicitante: Árabe" in message.body
    assert "Application" not in message.subject and "Applicant" not in message.body
    # The answers under the labels of the Spanish join page.
    assert "Gobierno regional: Región de Ejemplo" in message.body


def test_policy_officer_language_setting_is_the_default(submit, join_url, settings):
    settings.POLICY_OFFICER_LANGUAGE = "ar"
    submit(join_url("pt"), answers())
    message = notification()
    assert "لغة مقدّم الطلب: البرتغالية" in message.body


def test_answers_panel_reads_in_the_admins_language(admin_client, admin_user, submit, join_url):
    submit(join_url("en"), answers())
    UserProfile.get_for_user(admin_user)
    UserProfile.objects.filter(user=admin_user).update(preferred_language="es")
    application = Application.objects.get()
    html = admin_client.get(f"/admin/applications/edit/{application.pk}/").content.decode()
    assert "<dt>Gobierno regional</dt><dd>Región de Ejemplo</dd>" in html
    assert "<dt>Regional government</dt>" not in html
