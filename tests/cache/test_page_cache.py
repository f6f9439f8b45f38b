"""The anonymous page cache: hits cost no query; publishing, unpublishing or deleting drops it;
logged-in editors, CSRF-protected forms and POSTs never go through it."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Person, StandardPage
from r4blp.page_cache import GENERATION_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def about(demo_site):
    return StandardPage.objects.get(slug="about", locale__language_code="en")


def get(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return response, len(queries)


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, about, page_cache):
    first, first_queries = get(client, about.url)
    second, second_queries = get(client, about.url)
    assert first["X-Page-Cache"] == "miss" and first_queries > 0
    assert second["X-Page-Cache"] == "hit" and second_queries == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "Content-Security-Policy" in second
    assert second["Content-Length"] == str(len(second.content))  # not sent in chunks


def test_publishing_a_page_shows_the_change_at_once(client, about, page_cache):
    get(client, about.url)
    about.title = "About the platform"
    about.save_revision().publish()
    response, _queries = get(client, about.url)
    assert response["X-Page-Cache"] == "miss"
    assert "About the platform" in response.content.decode()


def test_unpublishing_a_page_drops_every_cached_page(client, about, demo_site, page_cache):
    get(client, demo_site.url)
    about.unpublish()
    assert client.get(about.url).status_code == 404
    response, _queries = get(client, demo_site.url)
    assert response["X-Page-Cache"] == "miss"


def test_deleting_a_page_drops_the_cache(client, about, page_cache):
    get(client, about.url)
    about.get_translations().delete()
    about.delete()
    assert client.get("/en/about/").status_code == 404


def test_editing_a_snippet_drops_the_cache(client, about, page_cache):
    get(client, about.url)
    Person.objects.filter(locale__language_code="en").first().save()
    response, _queries = get(client, about.url)
    assert response["X-Page-Cache"] == "miss"


def test_logged_in_editors_never_get_or_fill_cached_pages(client, admin_client, about, page_cache):
    editor_view = admin_client.get(about.url)
    assert "X-Page-Cache" not in editor_view
    response, _queries = get(client, about.url)
    assert response["X-Page-Cache"] == "miss"
    assert "X-Page-Cache" not in admin_client.get(about.url)


def test_pages_carrying_a_csrf_token_are_never_shared(client, page_cache, demo_site):
    first = client.get("/admin/login/")
    other_visitor = client.__class__()
    second = other_visitor.get("/admin/login/")
    assert "X-Page-Cache" not in second
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_posts_are_not_cached(client, about, page_cache):
    client.post(about.url, {})
    response, _queries = get(client, about.url)
    assert response["X-Page-Cache"] == "miss"


def test_languages_are_cached_apart(client, about, page_cache):
    english, _queries = get(client, about.url)
    spanish_url = about.get_translation(about.locale.__class__.objects.get(language_code="es")).url
    spanish, _queries = get(client, spanish_url)
    assert spanish["X-Page-Cache"] == "miss"
    assert spanish.content != english.content


def test_cache_is_off_when_page_cache_seconds_is_zero(client, about, settings):
    settings.PAGE_CACHE_SECONDS = 0
    get(client, about.url)
    response, _queries = get(client, about.url)
    # Rendered again (its templates ran), though from cached fragments that need no query.
    assert "X-Page-Cache" not in response and response.templates


def test_the_language_of_a_cached_page_comes_from_its_address(client, about, page_cache):
    get(client, about.url)
    response, queries = get(client, about.url, HTTP_ACCEPT_LANGUAGE="es")
    assert response["X-Page-Cache"] == "hit" and queries == 0
    assert response["Content-Language"] == "en"


def test_a_publish_in_another_worker_is_seen_once_the_version_is_read_again(
    client, about, page_cache, settings
):
    settings.CONTENT_VERSION_SECONDS = 0
    get(client, about.url)
    # Another worker publishing: only the shared generation changes, not this worker's memory.
    cache.set(GENERATION_KEY, "published-elsewhere", timeout=None)
    response, _queries = get(client, about.url)
    assert response["X-Page-Cache"] == "miss"
