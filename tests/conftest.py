"""Shared fixtures: the demo site loaded once per test database, a clean cache per test."""

from io import StringIO

import pytest
from django.core.cache import caches
from django.core.management import call_command

from tests.catalogues import compile_catalogues


def pytest_configure(config):
    compile_catalogues()


@pytest.fixture(scope="session")
def media_root(tmp_path_factory):
    """Uploaded and generated images (the demo's pictures, their renditions) in a folder of the run."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(scope="session")
def django_db_setup(django_test_environment, django_db_modify_db_settings, django_db_blocker, media_root):
    """The test database, with the demo site loaded. Always made: pytest-django makes it only when
    a collected test has its database marker, and the browser journeys have none (they commit,
    through a live server, to the demo loaded here)."""
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
        call_command("load_demo", stdout=StringIO())
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=0)


@pytest.fixture(autouse=True)
def clear_cache():
    # The content generation goes with the shared cache: nothing kept before is read again.
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


@pytest.fixture(autouse=True)
def clock_minute_starts_with_the_test(monkeypatch):
    """The clock's minute, which what the clock changes is kept for, begins when the test does: a page
    kept by one request is found by the next, however near the wall clock is to a minute's turn. A
    test that moves the clock (`time.time`) still moves it."""
    from r4blp import page_cache

    start = page_cache.time.time() % page_cache.CLOCK_SECONDS

    def clock_minute():
        return int((page_cache.time.time() - start) // page_cache.CLOCK_SECONDS)

    monkeypatch.setattr(page_cache, "clock_minute", clock_minute)


@pytest.fixture
def demo_site(db):
    """The demo site; reloaded (it is idempotent) when a transactional test emptied the tables."""
    call_command("load_demo", stdout=StringIO())
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")
