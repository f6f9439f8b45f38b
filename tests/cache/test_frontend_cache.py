"""A CDN or proxy is purged after a change: the page's addresses in all its languages, and those of
the pages listing it, sent to a purge endpoint (an HTTP server the test starts) once committed."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from events.models import EventPage
from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def purged(settings):
    """The addresses (host and path) the site asks the purge endpoint to drop."""
    addresses = []

    class PurgeEndpoint(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            addresses.append(self.headers["Host"] + self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeEndpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield addresses
    server.shutdown()


def all_languages(page):
    return {translation.url for translation in page.get_translations(inclusive=True).live()}


def test_a_publish_purges_the_page_in_all_its_languages_once_committed(
    demo_site, purged, django_capture_on_commit_callbacks
):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
        # Wagtail's own handler may purge at once; ours wait for the commit.
        before_commit = len(purged)
    paths = {address.split("/", 1)[1] for address in purged[before_commit:]}
    assert {url.lstrip("/") for url in all_languages(about)} <= paths
    assert len(all_languages(about)) == 5
    assert "en/" in paths  # the landing, which lists the menu


def test_unpublishing_an_event_purges_it_and_its_listing(
    demo_site, purged, django_capture_on_commit_callbacks
):
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    urls = {url.lstrip("/") for url in all_languages(event)}
    with django_capture_on_commit_callbacks(execute=True):
        event.unpublish()
    paths = {address.split("/", 1)[1] for address in purged}
    assert urls <= paths and "en/events/" in paths


def test_a_deleted_page_is_purged_at_its_old_address(demo_site, purged, django_capture_on_commit_callbacks):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        about.delete()
    assert "en/about/" in {address.split("/", 1)[1] for address in purged}
