"""The admin login locks a user name out after repeated wrong passwords (django-axes)."""

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"


def attempt(client, password):
    return client.post(LOGIN_URL, {"username": "editor", "password": password})


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_admin_login_is_refused_after_five_wrong_passwords_even_with_the_right_one(client):
    User.objects.create_superuser("editor", "editor@example.org", "the-right-password")
    for _ in range(4):
        response = attempt(client, "wrong")
        assert response.status_code == 200  # the form again, with an error
    assert attempt(client, "wrong").status_code == 429
    locked = attempt(client, "the-right-password")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_a_few_wrong_passwords_do_not_lock_out_an_editor(client):
    User.objects.create_superuser("editor", "editor@example.org", "the-right-password")
    for _ in range(3):
        attempt(client, "wrong")
    response = attempt(client, "the-right-password")
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
