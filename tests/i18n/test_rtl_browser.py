"""In Chromium, the navigation mirrors: on the left of the header in English, on the right in Arabic."""

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ORIGIN = "http://testserver"


@pytest.fixture
def browser_page(client, monkeypatch):
    """A Chromium tab whose every request to the test site is answered by Django's test client, in
    this thread and this test's transaction (the demo content stays as loaded)."""
    if not shutil.which(CHROMIUM):
        pytest.skip("Chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the ORM calls made from its route
    # handler are still synchronous and in this thread.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    def answer(route):
        url = urlsplit(route.request.url)
        if f"{url.scheme}://{url.netloc}" != ORIGIN:
            route.abort()  # the site loads nothing from elsewhere
            return
        response = client.get(url.path, query_string=url.query)
        streaming = getattr(response, "streaming", False)
        content = b"".join(response.streaming_content) if streaming else response.content
        route.fulfill(status=response.status_code, headers=dict(response.items()), body=content)

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", answer)
        yield page
        browser.close()


def first_link_centre(page, selector):
    box = page.locator(selector).first.bounding_box()
    return box["x"] + box["width"] / 2


@pytest.mark.parametrize(("language", "side"), [("en", "left"), ("ar", "right")])
def test_navigation_sits_at_the_reading_start(browser_page, demo_site, language, side):
    browser_page.goto(f"{ORIGIN}/{language}/")
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(ARTIFACTS / f"i18n-header-{language}.png"))

    width = browser_page.viewport_size["width"]
    nav = first_link_centre(browser_page, ".site-nav a")
    brand = first_link_centre(browser_page, ".site-header__brand")
    assert browser_page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    if side == "left":
        assert nav < width / 2 and brand < width / 2
    else:
        assert nav > width / 2 and brand > width / 2
