"""Shared fixtures: the demo site loaded once per test database, a clean cache per test."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command

from r4blp.page_cache import forget_cached_pages
from tests.catalogues import compile_catalogues


def pytest_configure(config):
    compile_catalogues()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=StringIO())


@pytest.fixture(autouse=True)
def clear_cache():
    # Also starts a new content version: each worker keeps what it cached until that changes.
    cache.clear()
    forget_cached_pages()
    yield
    cache.clear()
    forget_cached_pages()


@pytest.fixture
def demo_site(db):
    """The demo site; reloaded (it is idempotent) when a transactional test emptied the tables."""
    call_command("load_demo", stdout=StringIO())
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")
