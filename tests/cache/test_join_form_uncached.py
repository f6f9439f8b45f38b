"""The join form is never kept by the page cache, a CDN or a browser: each visitor gets a page drawn
for them, with Django's own CSRF token and a fresh start time, and the form sent with them works."""

import re

import pytest
from django.test import Client

from forms import spam
from forms.models import Application
from tests.forms.conftest import VALID_ANSWERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60
    settings.JOIN_FORM_MIN_SECONDS = 0  # the time trap is not what is tested here


def hidden(response, name):
    return re.search(rf'<input type="hidden" name="{name}" value="([^"]*)"', response.content.decode())[1]


def test_the_join_form_is_private_and_drawn_for_each_visitor(demo_site, page_cache):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    one, other = first.get("/en/join/"), second.get("/en/join/")
    for response in (one, other):
        assert "X-Page-Cache" not in response
        assert {"private", "no-store"} <= set(re.split(r",\s*", response["Cache-Control"]))
        assert "s-maxage" not in response["Cache-Control"] and "public" not in response["Cache-Control"]
    assert hidden(one, "csrfmiddlewaretoken") != hidden(other, "csrfmiddlewaretoken")
    assert one.cookies["csrftoken"].value != other.cookies["csrftoken"].value
    starts = [spam.read_token(hidden(response, spam.TOKEN_FIELD)) for response in (one, other)]
    assert starts[0][1] != starts[1][1]


@pytest.mark.parametrize("visitor", ["new", "returning"])
def test_a_visitor_sends_the_form_with_djangos_csrf_token(
    demo_site, page_cache, django_capture_on_commit_callbacks, visitor
):
    browser = Client(enforce_csrf_checks=True)
    Client().get("/en/join/")
    if visitor == "returning":
        browser.get("/en/regions/")
        browser.get("/en/join/")
    page = browser.get("/en/join/")
    answers = {
        **VALID_ANSWERS,
        "csrfmiddlewaretoken": hidden(page, "csrfmiddlewaretoken"),
        spam.TOKEN_FIELD: hidden(page, spam.TOKEN_FIELD),
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post("/en/join/", answers)
    assert response.status_code == 302
    assert Application.objects.get().form_data["contact_person"] == VALID_ANSWERS["contact_person"]


def test_a_form_sent_without_the_csrf_token_is_refused(demo_site, page_cache):
    browser = Client(enforce_csrf_checks=True)
    page = browser.get("/en/join/")
    response = browser.post("/en/join/", {**VALID_ANSWERS, spam.TOKEN_FIELD: hidden(page, spam.TOKEN_FIELD)})
    assert response.status_code == 403
    assert not Application.objects.exists()
