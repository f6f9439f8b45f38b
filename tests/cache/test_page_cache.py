"""The anonymous page cache: hits cost no query; every change a visitor can see (publishing,
unpublishing, deleting, moving, reordering, snippets, images) shows on the next request; pages say
how long a CDN may keep them; editors, previews, CSRF-protected forms and POSTs never go through it."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from home.models import HomePage, Person, StandardPage
from r4blp.page_cache import CONTENT, generation_key
from tests.pages import page_type_urls

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


def test_a_search_asked_again_is_served_from_the_cache_and_another_is_made(client, demo_site, page_cache):
    first, _queries = get(client, "/en/search/?q=biodiversity")
    again, again_queries = get(client, "/en/search/?q=biodiversity")
    assert again["X-Page-Cache"] == "hit" and again_queries == 0 and again.content == first.content
    other, _queries = get(client, "/en/search/?q=wetlands")
    assert other["X-Page-Cache"] == "miss" and other.content != first.content


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
    # Rendered again: its templates ran.
    assert "X-Page-Cache" not in response and response.templates


def test_the_language_of_a_cached_page_comes_from_its_address(client, about, page_cache):
    get(client, about.url)
    response, queries = get(client, about.url, HTTP_ACCEPT_LANGUAGE="es")
    assert response["X-Page-Cache"] == "hit" and queries == 0
    assert response["Content-Language"] == "en"


def test_a_publish_in_another_worker_is_seen_on_the_next_request(client, about, page_cache):
    get(client, about.url)
    # Another worker publishing: only the shared generation changes, not this worker's memory.
    cache.set(generation_key(CONTENT), "published-elsewhere", timeout=None)
    response, _queries = get(client, about.url)
    assert response["X-Page-Cache"] == "miss"


def menu(html):
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<li><a href="[^"]+"[^>]*>([^<]+)</a>', nav)


def test_moving_a_page_to_the_end_of_the_menu_reorders_the_cached_menus(client, about, demo_site, page_cache):
    before = menu(get(client, "/en/regions/")[0].content.decode())
    assert "About" in before[:-1]
    about.move(demo_site, pos="last-child")
    after = menu(get(client, "/en/regions/")[0].content.decode())
    assert after[-1] == "About" and sorted(after) == sorted(before)


def test_moving_a_page_elsewhere_changes_its_address_at_once(client, about, page_cache):
    get(client, about.url)
    target = StandardPage.objects.get(slug="privacy", locale__language_code="en")
    about.move(target, pos="last-child")
    # Wagtail's own redirect from the old address (a redirect saved: a change too).
    assert client.get("/en/about/")["Location"] == "/en/privacy/about/"
    assert get(client, "/en/privacy/about/")[0]["X-Page-Cache"] == "miss"


def test_editing_an_image_shows_on_the_next_request(client, about, page_cache, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    image = get_image_model().objects.create(title="A picture", file=get_test_image_file())
    get(client, about.url)
    image.title = "A renamed picture"
    image.save()
    assert get(client, about.url)[0]["X-Page-Cache"] == "miss"


def test_a_snippet_edit_shows_in_the_page_at_once(client, about, demo_site, page_cache):
    contact = HomePage.objects.get(pk=demo_site.pk).contact
    get(client, about.url)
    contact.name = "Renamed Officer"
    contact.save()
    assert "Renamed Officer" in get(client, about.url)[0].content.decode()


def directives(response):
    parts = re.split(r",\s*", response.get("Cache-Control", ""))
    return dict((part.split("=") + [True])[:2] for part in parts if part)


def test_every_anonymous_page_type_may_be_kept_by_a_cdn(client, demo_site, settings):
    settings.CDN_CACHE_SECONDS, settings.CDN_STALE_SECONDS = 300, 60
    for key, url in page_type_urls().items():
        if key[1] == "joinformpage":
            continue
        response = client.get(url)
        assert response.status_code == 200, url
        assert directives(response) == {
            "public": True,
            "max-age": "0",
            "s-maxage": "300",
            "stale-while-revalidate": "60",
        }, url


def test_editors_and_previews_get_private_pages_never_from_the_cache(admin_client, client, about, page_cache):
    get(client, about.url)
    assert get(client, about.url)[0]["X-Page-Cache"] == "hit"
    for response in (
        admin_client.get(about.url),
        admin_client.get(f"/admin/pages/{about.pk}/edit/preview/?mode="),
        admin_client.post(f"/admin/pages/{about.pk}/edit/preview/", {}),
    ):
        assert "X-Page-Cache" not in response
        assert "public" not in response.get("Cache-Control", "")
