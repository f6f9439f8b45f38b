"""The embedded default (`make run`'s settings: SQLite, no Redis) served by two worker processes: a
change made by another process (a shell, `import_regions`, `publish_scheduled`) shows in every
worker within 5 seconds, a page moved to the end of the menu too."""

import os
import sqlite3
import subprocess
import sys
import time

import pytest
import requests
from django.db import connection

from tests.faults.conftest import ROOT, gunicorn

WITHIN_SECONDS = 5
WORKERS = 2


@pytest.fixture(scope="module")
def embedded_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """gunicorn with the dev settings on a copy of the test database (the demo site, as loaded and
    committed before any test's transaction); the environment it runs in."""
    if connection.vendor != "sqlite":
        pytest.skip("the embedded default is SQLite: run in the SQLite pass")
    tmp_path = tmp_path_factory.mktemp("embedded")
    with django_db_blocker.unblock():
        connection.ensure_connection()
        with sqlite3.connect(tmp_path / "db.sqlite3") as copy:
            connection.connection.backup(copy)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "r4blp.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_DIR": str(tmp_path / "cache"),
        "REDIS_URL": "",
        "DEBUG": "0",
    }
    with gunicorn(env, "--workers", str(WORKERS)) as url:
        yield url, env


def in_another_process(env, code):
    """Run `code` in `manage.py shell`; the moment it finished."""
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True, timeout=300
    )
    return time.monotonic()


def every_worker_shows(url, predicate, since):
    """Seconds after `since` until enough requests in a row (spread over the workers) all pass."""
    in_a_row = 0
    while time.monotonic() - since < 30:
        in_a_row = in_a_row + 1 if predicate(requests.get(url, timeout=30).text) else 0
        if in_a_row == 4 * WORKERS:
            return time.monotonic() - since
    return float("inf")


def test_a_publish_and_a_move_in_another_process_show_in_every_worker_within_5_seconds(embedded_site):
    url, env = embedded_site
    for _visit in range(4 * WORKERS):  # every worker has the pages in its caches
        assert "Published elsewhere" not in requests.get(f"{url}/en/about/", timeout=30).text
        requests.get(f"{url}/en/", timeout=30)

    done = in_another_process(
        env,
        "from home.models import StandardPage\n"
        "page = StandardPage.objects.get(slug='about', locale__language_code='en')\n"
        "page.title = 'Published elsewhere'\n"
        "page.save_revision().publish()\n",
    )
    assert (
        every_worker_shows(f"{url}/en/about/", lambda html: "Published elsewhere" in html, done)
        <= WITHIN_SECONDS
    )

    done = in_another_process(
        env,
        "from home.models import HomePage, StandardPage\n"
        "home = HomePage.objects.get(locale__language_code='en')\n"
        "StandardPage.objects.get(slug='about', locale__language_code='en').move(home, pos='last-child')\n",
    )

    def about_is_last_in_the_menu(html):
        menu = html.split('<nav class="site-nav"')[1].split("</nav>")[0]
        return menu.rfind("/en/about/") > menu.rfind("/en/regions/")

    assert every_worker_shows(f"{url}/en/", about_is_last_in_the_menu, done) <= WITHIN_SECONDS
