"""The join form from the page cache: every visitor gets tokens of their own, and they work."""

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


def test_a_cached_join_form_gives_each_visitor_their_own_tokens(demo_site, page_cache):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    miss, hit = first.get("/en/join/"), second.get("/en/join/")
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content.count(b'name="csrfmiddlewaretoken"') == 1
    assert hidden(hit, "csrfmiddlewaretoken") not in ("", hidden(miss, "csrfmiddlewaretoken"))
    assert hit.cookies["csrftoken"].value != miss.cookies["csrftoken"].value
    started = spam.read_token(hidden(hit, spam.TOKEN_FIELD))
    assert started and started[1] != spam.read_token(hidden(miss, spam.TOKEN_FIELD))[1]
    # Still never kept by the browser or a proxy, and the same page otherwise.
    assert "no-store" in hit["Cache-Control"] and "Cookie" in hit["Vary"]
    assert b"Send my application" in hit.content
    assert hit["Content-Length"] == str(len(hit.content))  # of this visitor's page, tokens filled in

    # A returning visitor keeps the CSRF cookie they have.
    again = first.get("/en/join/")
    assert again["X-Page-Cache"] == "hit"
    assert again.cookies["csrftoken"].value == miss.cookies["csrftoken"].value


@pytest.mark.parametrize("visitor", ["new", "returning"])
def test_a_visitor_sends_the_form_with_the_tokens_of_a_cached_page(
    demo_site, page_cache, django_capture_on_commit_callbacks, visitor
):
    browser = Client(enforce_csrf_checks=True)
    Client().get("/en/join/")  # someone else's visit fills the cache
    if visitor == "returning":
        browser.get("/en/regions/")
        browser.get("/en/join/")
    page = browser.get("/en/join/")
    assert page["X-Page-Cache"] == "hit"
    answers = {
        **VALID_ANSWERS,
        "csrfmiddlewaretoken": hidden(page, "csrfmiddlewaretoken"),
        spam.TOKEN_FIELD: hidden(page, spam.TOKEN_FIELD),
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post("/en/join/", answers)
    assert response.status_code == 302
    assert Application.objects.get().form_data["contact_person"] == VALID_ANSWERS["contact_person"]
