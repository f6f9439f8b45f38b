"""Keyboard only: Tab reaches every link and control of each page type, each with a visible focus."""

from tests.browser.conftest import JOURNEY
from tests.pages import page_type_urls

pytestmark = JOURNEY

NUMBER_FOCUSABLES = """() => {
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, '
        + '[tabindex]:not([tabindex="-1"])';
    const all = [...document.querySelectorAll(selector)]
        .filter(el => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length);
    all.forEach((el, i) => el.dataset.kbd = i);
    return all.length;
}"""
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el.dataset.kbd === undefined) return null;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadowed = style.boxShadow && style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    return {index: +el.dataset.kbd, visible: outlined || shadowed, onScreen: box.width > 0 && box.height > 0,
            label: (el.innerText || el.value || el.name || el.tagName).trim().slice(0, 40)};
}"""


def focus_changes_pixels(tab, index):
    """For focus styles other than an outline or shadow (a map marker's ring): does the element
    look different focused than not?"""
    element = tab.locator(f"[data-kbd='{index}']")
    focused = element.screenshot(animations="disabled")
    element.evaluate("el => el.blur()")
    blurred = element.screenshot(animations="disabled")
    element.focus()
    return focused != blurred


def tab_through(tab, count):
    reached, invisible = set(), []
    for _press in range(count + 5):
        tab.keyboard.press("Tab")
        focused = tab.evaluate(FOCUSED)
        if focused is None:
            continue
        if focused["index"] in reached:
            break
        reached.add(focused["index"])
        visible = focused["visible"] or focus_changes_pixels(tab, focused["index"])
        if not (visible and focused["onScreen"]):
            invisible.append(focused["label"])
    return reached, invisible


def test_the_first_tab_shows_the_skip_link_and_it_moves_focus_to_the_content(site, page):
    page.goto("/en/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    box = skip.bounding_box()
    assert box and box["y"] >= 0, "the skip link stays off screen when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_tab_reaches_every_link_and_control_with_visible_focus(site, page):
    problems = {}
    for (language, kind), url in sorted(page_type_urls(languages=("en", "ar")).items()):
        page.goto(url)
        count = page.evaluate(NUMBER_FOCUSABLES)
        reached, invisible = tab_through(page, count)
        missed = count - len(reached)
        if missed or invisible:
            problems[f"{language} {kind} {url}"] = {"not reached": missed, "no visible focus": invisible}
    assert not problems, problems
