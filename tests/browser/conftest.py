"""Real Chromium (Debian's, not Playwright's download) against a live server with the demo site.

Without Chromium the journeys skip with one line; in CI (CI=true) they fail instead."""

import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PHONE = {"width": 390, "height": 844}
# Every journey module: `pytestmark = JOURNEY`. The journeys share one live server and the demo
# loaded when the test database was set up (see `site`).
JOURNEY = [pytest.mark.browser]


def missing(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser(live_site):
    # Closed before the live server stops: no connection of its is left open (nor a database one).
    if not CHROMIUM.exists():
        missing(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def content_types_first(serialized):
    """Wagtail's Page() looks its content type up (creating it when missing) as the row is read:
    the content types must be in the database before any page."""
    rows = json.loads(serialized)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


def restore(serialized):
    """Empty the database and load a snapshot (django-serialized JSON) into it."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.db.models import signals

    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    ContentType.objects.clear_cache()
    # The snapshot holds every row already (search index included): receivers must not add more.
    muted = [signals.pre_save, signals.post_save, signals.m2m_changed]
    receivers = [signal.receivers for signal in muted]
    for signal in muted:
        signal.receivers = []
        signal.sender_receivers_cache.clear()
    try:
        connection.creation.deserialize_db_from_string(content_types_first(serialized))
    finally:
        for signal, kept in zip(muted, receivers, strict=True):
            signal.receivers = kept
            signal.sender_receivers_cache.clear()
    ContentType.objects.clear_cache()
    # The rows came with their ids; PostgreSQL's sequences must move past them or the next insert clashes.
    from django.apps import apps
    from django.core.management.color import no_style

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(sql)


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """A live server on the test database, which holds the demo (loaded when it was set up), and a
    snapshot of that demo. Journeys commit what they do, as a real visitor's requests would."""
    from django.db import connection
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        server = LiveServer("localhost")
        yield server.url, snapshot
        server.stop()


@pytest.fixture
def site(live_site, settings, django_db_blocker):
    """The live server's address. Every journey starts from the demo as it was loaded: one that
    saved or deleted anything (through the admin, a form, a login...) has the snapshot restored
    after it. Journeys that only read need no restore, which keeps the suite fast."""
    from django.db import connections
    from django.db.models import signals

    url, snapshot = live_site
    settings.ALLOWED_HOSTS = ["*"]
    changes = []

    def note_change(**kwargs):
        changes.append(True)

    watched = (signals.post_save, signals.post_delete, signals.m2m_changed)
    for signal in watched:
        signal.connect(note_change, weak=False, dispatch_uid="journey-changes")
    with django_db_blocker.unblock():
        try:
            yield url
        finally:
            for signal in watched:
                signal.disconnect(dispatch_uid="journey-changes")
            if changes:
                restore(snapshot)
            # The test's own ORM calls may have opened a connection of their own once Playwright
            # ran; left open, it would keep the test database from being dropped.
            connections.close_all()


@pytest.fixture
def new_page(browser, site):
    """Open a browser tab (own cookies); fails the test if the page broke its CSP or logged JS errors."""
    contexts, problems = [], []

    def open_page(locale="en-GB", viewport=None, **options):
        context = browser.new_context(
            base_url=site, locale=locale, viewport=viewport or {"width": 1280, "height": 900}, **options
        )
        contexts.append(context)
        tab = context.new_page()
        tab.on("console", lambda message: console_error(message, problems))
        tab.on("pageerror", lambda error: problems.append(str(error)))
        return tab

    yield open_page
    for context in contexts:
        context.close()
    assert not problems, "browser console errors:\n" + "\n".join(problems)


def console_error(message, problems):
    # Chromium asks for /favicon.ico on its own; every other failed load or CSP refusal counts.
    if message.type == "error" and "favicon.ico" not in (message.location or {}).get("url", ""):
        problems.append(message.text)


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        missing(f"axe-core not installed: run `npm ci` in {AXE.parents[2].name}/")
    return AXE.read_text()


@pytest.fixture
def axe(axe_source):
    """Run axe-core on the open page; returns its violations of the WCAG 2.1 A and AA rules."""

    def run(tab):
        # Evaluated through DevTools, not as an inline <script> the site's CSP would rightly refuse.
        tab.evaluate(axe_source)
        results = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            AXE_TAGS,
        )
        return [
            {
                "id": v["id"],
                "help": v["help"],
                "nodes": [node["target"] for node in v["nodes"]][:5],
            }
            for v in results["violations"]
        ]

    return run


def describe(violations):
    return json.dumps(violations, indent=1, ensure_ascii=False)
