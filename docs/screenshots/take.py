"""Screenshots of the demo site for the README: the landing, the region index, a region and an event,
on a phone (390 px) and a desktop (1280 px), in English and Arabic. `make screenshots` runs it.

    python docs/screenshots/take.py [BASE_URL]      # default http://127.0.0.1:8000, the demo running

Uses Debian's Chromium through Playwright (`CHROMIUM` to point elsewhere); writes PNGs beside itself."""

import os
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

HERE = Path(__file__).parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
WIDTHS = {"phone": 390, "desktop": 1280}
# Full pages, but no taller than this: a screenshot shows what a page looks like, not all of it.
MAX_HEIGHT = {"phone": 2400, "desktop": 1800}
LANGUAGES = ("en", "ar")


def english_pages(page, base):
    """The four pages' English addresses, found by following the site's own links."""
    page.goto(f"{base}/en/regions/")
    region = page.locator(".region-card__title a").first.get_attribute("href")
    page.goto(f"{base}/en/events/")
    event = page.locator(".event-card__title a").first.get_attribute("href")
    return {"landing": "/en/", "regions": "/en/regions/", "region": region, "event": event}


def in_language(page, base, path, language):
    """The address of the page at `path` in `language`, from its hreflang alternate."""
    if language == "en":
        return path
    page.goto(base + path)
    return page.locator(f'link[rel="alternate"][hreflang="{language}"]').first.get_attribute("href")


def main(base):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        pages = english_pages(page, base)
        for language in LANGUAGES:
            for name, path in pages.items():
                address = in_language(page, base, path, language)
                address = address if address.startswith("http") else base + address
                for device, width in WIDTHS.items():
                    page.set_viewport_size({"width": width, "height": 800})
                    page.goto(address, wait_until="networkidle")
                    # Lazy pictures load when scrolled to: scroll through once, then back to the top.
                    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
                    page.wait_for_load_state("networkidle")
                    page.evaluate("window.scrollTo(0, 0)")
                    height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT[device])
                    target = HERE / f"{name}-{language}-{width}.png"
                    page.screenshot(
                        path=target, clip={"x": 0, "y": 0, "width": width, "height": height}, full_page=True
                    )
                    # 256 colours are plenty for a web page and make the file a third of the size.
                    Image.open(target).convert("RGB").quantize(256).save(target, optimize=True)
                    print(target.name, address)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
