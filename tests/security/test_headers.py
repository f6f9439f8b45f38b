"""Every public page carries the production security headers and a CSP with no inline script."""

import os
import sys
from importlib import import_module
from unittest import mock

import pytest
from django.conf import settings as django_settings

from tests.pages import page_type_urls

PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-" + "k3y" * 20,
    "ALLOWED_HOSTS": "testserver",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}
SECURITY_SETTINGS = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "LANGUAGE_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "MIDDLEWARE",
]


@pytest.fixture
def production_security(settings):
    """This test's settings take production's security values (read from the production module)."""
    with mock.patch.dict(os.environ, PRODUCTION_ENV):
        sys.modules.pop("r4blp.settings.production", None)
        production = import_module("r4blp.settings.production")
    for name in SECURITY_SETTINGS:
        setattr(settings, name, getattr(production, name))
    return production


def csp_directives(header):
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.django_db
def test_every_public_page_sends_the_security_headers(client, demo_site, production_security):
    urls = page_type_urls(languages=("en", "es", "fr", "pt", "ar"))
    assert len(urls) >= 10
    for url in urls.values():
        assert_security_headers(client.get(url, secure=True), url)


@pytest.mark.django_db
def test_cached_pages_send_the_security_headers_too(client, demo_site, production_security, settings):
    settings.PAGE_CACHE_SECONDS = 60
    for (_language, page_type), url in page_type_urls(languages=("en", "ar")).items():
        client.get(url, secure=True)
        response = client.get(url, secure=True)
        # The join form is never kept: it holds the visitor's own CSRF token.
        assert response.get("X-Page-Cache") == (None if page_type == "joinformpage" else "hit"), url
        assert_security_headers(response, url)


def assert_security_headers(response, url):
    assert response.status_code == 200, url
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    csp = csp_directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"], url
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in csp["default-src"]


@pytest.mark.django_db
def test_pages_have_no_inline_scripts_for_the_csp_to_block(client, demo_site):
    for url in page_type_urls(languages=("en", "ar")).values():
        html = client.get(url).content.decode()
        for chunk in html.split("<script")[1:]:
            tag = chunk.split(">", 1)[0]
            # JSON and JSON-LD (schema.org data on event pages) are data blocks: never executed.
            data_block = 'type="application/json"' in tag or 'type="application/ld+json"' in tag
            assert " src=" in tag or data_block, f"inline script on {url}"
        assert " onclick=" not in html and " onload=" not in html, url


@pytest.mark.django_db
def test_admin_has_its_own_laxer_policy_but_still_no_framing(admin_client):
    response = admin_client.get("/admin/")
    csp = csp_directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_production_cookies_are_secure_and_http_only(client, demo_site, production_security):
    # The admin login form sets the CSRF cookie; a login sets the session cookie.
    response = client.get("/admin/login/", secure=True)
    csrf = response.cookies[django_settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] and csrf["httponly"]
    token = csrf.value
    from django.contrib.auth.models import User

    User.objects.create_superuser("headeditor", "head@example.org", "a-good-long-password")
    response = client.post(
        "/admin/login/",
        {"username": "headeditor", "password": "a-good-long-password", "csrfmiddlewaretoken": token},
        secure=True,
        HTTP_REFERER="https://testserver/admin/login/",
    )
    assert response.status_code == 302
    session = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"]
    assert production_security.SESSION_COOKIE_SECURE
