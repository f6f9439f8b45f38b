"""The join form's CSRF tokens (r4blp.csrf): Django's CSRF middleware accepts them as its own, they
are new on every page, and every character is as likely as any other."""

import re
from collections import Counter

import pytest
from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CsrfViewMiddleware
from django.test import Client, RequestFactory

from forms import spam
from forms.models import Application
from r4blp.csrf import get_token
from tests.forms.conftest import VALID_ANSWERS

factory = RequestFactory()


def checked(cookie, token):
    """What Django's CSRF middleware does with a post carrying this cookie and this form token."""
    request = factory.post("/en/join/", {"csrfmiddlewaretoken": token})
    if cookie is not None:
        request.COOKIES["csrftoken"] = cookie
    middleware = CsrfViewMiddleware(lambda request: HttpResponse())
    middleware.process_request(request)
    return middleware.process_view(request, lambda request: HttpResponse(), (), {})


def new_visitor():
    request = factory.get("/en/join/")
    CsrfViewMiddleware(lambda request: HttpResponse()).process_request(request)
    return request


def test_a_new_visitors_token_and_cookie_pass_djangos_check():
    request = new_visitor()
    token = get_token(request)
    secret = request.META["CSRF_COOKIE"]
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True
    assert len(token) == 64 and len(secret) == 32
    assert set(token + secret) <= set(CSRF_ALLOWED_CHARS)
    assert checked(secret, token) is None  # accepted


def test_a_token_is_refused_with_another_cookie_or_altered():
    request, someone_else = new_visitor(), new_visitor()
    token = get_token(request)
    get_token(someone_else)
    assert checked(someone_else.META["CSRF_COOKIE"], token).status_code == 403
    altered = token[:40] + ("a" if token[40] != "a" else "b") + token[41:]
    assert checked(request.META["CSRF_COOKIE"], altered).status_code == 403
    assert checked(None, token).status_code == 403


def test_a_returning_visitor_keeps_their_secret_and_gets_a_new_token_each_time():
    request = new_visitor()
    first = get_token(request)
    secret = request.META["CSRF_COOKIE"]
    later = factory.get("/en/join/")
    later.COOKIES["csrftoken"] = secret
    CsrfViewMiddleware(lambda request: HttpResponse()).process_request(later)
    second = get_token(later)
    assert later.META["CSRF_COOKIE"] == secret and second != first
    assert checked(secret, first) is None and checked(secret, second) is None


def test_every_character_is_equally_likely():
    # 1,400 secrets and tokens, 134,400 characters: each of the 62 is expected about 2,170 times, with
    # a standard deviation of 46. Taking every byte modulo 62 would give eight of them a quarter more.
    counts = Counter()
    for _ in range(1400):
        request = new_visitor()
        counts.update(get_token(request) + request.META["CSRF_COOKIE"])
    expected = sum(counts.values()) / len(CSRF_ALLOWED_CHARS)
    assert set(counts) == set(CSRF_ALLOWED_CHARS)
    assert all(abs(count - expected) < 0.1 * expected for count in counts.values())


@pytest.mark.django_db
def test_a_visitor_sends_the_join_form_drawn_without_the_page_cache(
    demo_site, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0
    settings.JOIN_FORM_MIN_SECONDS = 0
    browser = Client(enforce_csrf_checks=True)
    html = browser.get("/en/join/").content.decode()
    hidden = dict(re.findall(r'<input type="hidden" name="([\w-]+)" value="([^"]*)"', html))
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(
            "/en/join/",
            {
                **VALID_ANSWERS,
                "csrfmiddlewaretoken": hidden["csrfmiddlewaretoken"],
                spam.TOKEN_FIELD: hidden[spam.TOKEN_FIELD],
            },
        )
    assert response.status_code == 302
    assert Application.objects.count() == 1
