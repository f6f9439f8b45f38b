"""Helpers for the join form tests: valid answers and a form token old enough to pass the time trap."""

import time

import pytest

from forms import spam

VALID_ANSWERS = {
    "regional_government": "Región de Ejemplo",
    "country": "MX",
    "contact_person": "Ana Pérez",
    "position": "Director of Biodiversity",
    "email": "ana@example.org",
    "phone": "+52 55 1234 5678",
    "population": "1200000",
    "area_km2": "35000.5",
    "message": "We would like to join the platform.",
    "consent": "on",
}


def answers(**changes):
    """A complete, valid post of the join form, with a token shown a minute ago."""
    data = {**VALID_ANSWERS, spam.TOKEN_FIELD: spam.new_token(time.time() - 60)}
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def join_url(demo_site):
    return lambda language="en": f"/{language}/join/"


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """Post the join form and run what waits for the commit (the email task), as in production."""

    def post(url, data, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **kwargs)

    return post
