"""In Chromium: Arabic keeps embedded Latin runs in order, the script writes the visitor's time as
the server writes the event's, the landing shows it too, and no page scrolls sideways on a phone."""

from events.models import EventPage
from tests.browser.conftest import JOURNEY, PHONE
from tests.pages import every_page_type_urls

pytestmark = JOURNEY

LANGUAGES = ("en", "es", "fr", "pt", "ar")
# Where each character of a text is drawn, from the left of the screen, as a reader's eye meets it.
CHARACTER_POSITIONS = """([selector, text]) => {
    const element = document.querySelector(selector);
    const start = element.textContent.indexOf(text);
    if (start < 0) return null;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const positions = [];
    let offset = 0, node;
    while ((node = walker.nextNode())) {
        for (let i = 0; i < node.data.length; i++, offset++) {
            if (offset < start || offset >= start + text.length) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            positions.push(range.getBoundingClientRect().left);
        }
    }
    return positions;
}"""


def drawn_left_to_right(tab, selector, text):
    positions = tab.evaluate(CHARACTER_POSITIONS, [selector, text])
    assert positions, f"{text!r} not in {selector}"
    return positions == sorted(positions)


def meeting(language):
    """The demo's meeting in Montreal (Toronto's zone), in a language."""
    return EventPage.objects.get(slug="annual-meeting-of-members", locale__language_code=language)


def test_arabic_event_page_reads_in_order(site, new_page):
    tab = new_page(locale="ar", timezone_id="Asia/Tokyo")
    tab.goto(meeting("ar").url)
    when = tab.locator(".event__when")
    text = when.inner_text()
    # Start, end, the zone by its Arabic name with the Arabic comma, then the visitor's own time.
    assert "(تورونتو، UTC−05:00) · توقيتكم: " in text
    start, end, zone = (
        when.locator(part).first.bounding_box()["x"]
        for part in ("time >> nth=0", "time >> nth=1", ".event-when__zone")
    )
    assert start > end > zone, "right to left: start, end, then the zone"
    # Each Latin run keeps its own order inside the Arabic sentence.
    assert drawn_left_to_right(tab, ".event__when .event-when__zone", "UTC−05:00")
    assert drawn_left_to_right(tab, ".event__calendar", ".ics")
    assert tab.locator(".event__place").inner_text() == "قصر المؤتمرات في مونتريال، مونتريال، كندا"

    tab.goto("/ar/join/")
    assert drawn_left_to_right(tab, "#id_phone_helptext", "+52")
    assert tab.locator("#id_phone_helptext").inner_text().endswith("مثل +52.")


def test_the_script_writes_the_visitors_time_as_the_server_writes_the_events(site, new_page):
    """A visitor in New York keeps Toronto's clock under another zone name: the script adds the
    same times, and they must read exactly as the server's, in every language."""
    tab = new_page(timezone_id="America/New_York")
    for language in LANGUAGES:
        tab.goto(meeting(language).url)
        server = tab.locator(".event__when time").all_inner_texts()
        script = tab.locator(".event__when .event-when__local bdi").all_inner_texts()
        assert script == server, language


def test_the_landing_shows_the_visitors_own_time(site, new_page):
    tab = new_page(timezone_id="Asia/Tokyo")
    labels = {
        "en": "Your time: ",
        "es": "Su hora: ",
        "fr": "Votre heure\u00a0: ",
        "pt": "Seu horário: ",
        "ar": "توقيتكم: ",
    }
    for language, label in labels.items():
        tab.goto(f"/{language}/")
        local = tab.locator(".next-events .event-when__local")
        assert local.count() >= 1, language
        assert label in local.first.inner_text(), language


def test_no_page_type_scrolls_sideways_on_a_phone_in_any_language(site, new_page):
    # Tokyo: the visitor's own times cross midnight, so each shows two dates, the longest line.
    phone = new_page(viewport=PHONE, is_mobile=True, has_touch=True, timezone_id="Asia/Tokyo")
    urls = every_page_type_urls(LANGUAGES)
    assert len(urls) == 12 * len(LANGUAGES)
    # Chromium logs a console error for a page answered 404, which fails the journey: the
    # page-not-found pages are handed to it as found, markup unchanged.
    phone.route("**/no-such-page/", lambda route: route.fulfill(response=route.fetch(), status=200))
    too_wide = {}
    for (language, kind), url in sorted(urls.items()):
        phone.goto(url)
        widths = phone.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if widths[0] > widths[1]:
            too_wide[f"{language} {kind} {url}"] = widths
    assert not too_wide, f"pages wider than the 390 px screen (scroll width, screen): {too_wide}"
