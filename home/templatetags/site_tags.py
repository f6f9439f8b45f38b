"""Template tags for the site furniture: landing of the visitor's language, menu, language versions."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.text import capfirst

from home.links import canonical_query, subpage_exists, subpage_match, subpage_url
from home.translations import live_translations, locale_home, locale_homes
from r4blp.page_cache import FRAME, cached_until_content_changes

register = template.Library()

# Each language named in itself, capitalised as a menu item ("Español", "Français").
LANGUAGE_NAMES = {
    code: capfirst(translation.get_language_info(code)["name_local"]) for code, _ in settings.LANGUAGES
}


@register.simple_tag(takes_context=True)
def current_home(context):
    """The landing of the visitor's language, looked up once per request and only when a template
    uses it (the cached header and footer mostly do not)."""
    request = context.get("request")
    cached = getattr(request, "_r4blp_home", None)
    if cached is None:
        language = translation.get_language()
        cached = SimpleLazyObject(lambda: locale_home(language))
        if request is not None:
            request._r4blp_home = cached
    return cached


@register.simple_tag(takes_context=True)
def menu_pages(context, home):
    """The landing's children shown in menus, each marked `active` when the page is in its branch."""
    if home is None:
        return []
    page = context.get("page")
    items = cached_until_content_changes(
        f"menu:{home.pk}",
        lambda: list(home.get_children().live().in_menu().only("id", "title", "url_path", "path")),
        shows=FRAME,
    )
    for item in items:
        item.active = bool(page and getattr(page, "path", "").startswith(item.path))
    return items


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Each language of the site as a dict: code, local name, `url` (the same place in that
    language: sub-route, page of a list and filters), current-ness, and `alternate`, the canonical
    address of that place when it exists in that language (hreflang lists only those). A list's
    template gives the page of it shown as `list_page`, and `list_filtered` when filters narrow it.

    On a Wagtail page: its live translations, or that language's landing where there is none. On any
    other view: the same view in every language. On the 404 page: each language's landing."""
    request = context.get("request")
    # The head and the footer both show them: worked out once per request.
    versions = getattr(request, "_r4blp_language_versions", None)
    if versions is None:
        versions = _language_versions(context, request)
        if request is not None:
            request._r4blp_language_versions = versions
    return versions


def _language_versions(context, request):
    page = context.get("page")
    current = translation.get_language()
    places = {}  # language code: (path of the same place with its query, its canonical address)
    if request is not None and not context.get("not_found"):
        query = f"?{request.GET.urlencode()}" if request.GET else ""
        if page is not None and getattr(page, "translation_key", None):
            match = subpage_match(page, request)
            list_page, filtered = context.get("list_page"), context.get("list_filtered", False)
            canonical = canonical_query(request.GET, list_page=list_page, filtered=filtered)
            paths, missing = {}, {}
            for code, version in live_translations(page).items():
                if subpage_exists(page, version.locale_id, match):
                    paths[code] = subpage_url(page, version.get_url(request), match)
                else:
                    # What the sub-route shows is missing in that language: the page itself instead.
                    missing[code] = (version.get_url(request), None)
        else:
            kept = context.get("canonical_parameters", ())
            canonical = canonical_query(request.GET, kept, context.get("list_page"))
            paths = {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
            missing = {}
        places = {code: (path + query, path + canonical) for code, path in paths.items()} | missing
    homes = {}
    if len(places) < len(settings.LANGUAGES):
        homes = {code: home.url for code, home in locale_homes().items()}
    versions = []
    for code, _name in settings.LANGUAGES:
        url, alternate = places.get(code) or (homes.get(code), None)
        if url:
            versions.append(
                {
                    "code": code,
                    "name": LANGUAGE_NAMES[code],
                    "url": url,
                    "current": code == current,
                    "alternate": alternate,
                }
            )
    return versions


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute canonical address of this place in the visitor's language, or "" (404 page)."""
    for version in language_versions(context):
        if version["current"] and version["alternate"]:
            return absolute_url(context, version["alternate"])
    return ""


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url
