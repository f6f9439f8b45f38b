"""Real Chromium (Debian's, not Playwright's download) against a live server with the demo site.

Without Chromium the journeys skip with one line; in CI (CI=true) they fail instead."""

import json
import os
from io import StringIO
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
# Every journey module: `pytestmark = JOURNEY` (the live server needs committed data).
JOURNEY = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def missing(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
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


def restore_migrated_rows():
    """Recreate what Wagtail's migrations made (root page, root collection) and the flush after
    an earlier journey removed; the demo loader builds everything else."""
    from wagtail.models import Collection, Locale, Page

    if not Page.objects.filter(depth=1).exists():
        english, _created = Locale.objects.get_or_create(language_code="en")
        Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


@pytest.fixture
def site(live_server, settings):
    """The live server's address, with the demo loaded (the live server's database starts empty)."""
    settings.ALLOWED_HOSTS = ["*"]
    restore_migrated_rows()
    call_command("load_demo", stdout=StringIO())
    return live_server.url


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
