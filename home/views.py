"""Views outside the page tree: site search, the language switch, the 404 page, robots.txt and the
web app manifest."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, get_language_bidi, gettext
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from home import artwork
from home.search import search_backend_name
from home.translations import locale_home, public
from r4blp.page_cache import FRAME, cached_until_content_changes

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    """Full-text search over live pages of the visitor's language only."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    locale = cached_until_content_changes(f"locale:{get_language()}", Locale.get_active, shows=FRAME)
    results = search_results(query, locale, request.GET.get("page", 1))
    return TemplateResponse(
        request,
        "home/search.html",
        {"search_query": query, "results": results, "canonical_parameters": ("q",)},
    )


def search_results(query, locale, number):
    """The asked-for page of results (the first for junk, the last past the end), found with the
    rules of the locale's language."""
    results = Page.objects.none()
    if query:
        pages = public(Page.objects.live()).filter(locale=locale).specific()
        results = pages.search(query, backend=search_backend_name(locale.language_code))
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


@require_GET
def robots_txt(request):
    return TemplateResponse(request, "robots.txt", content_type="text/plain; charset=utf-8")


@require_GET
def web_manifest(request):
    """The web app manifest in the visitor's language: the name and icons a phone shows for the
    site once added to its home screen."""
    language = get_language()
    manifest = {
        "name": gettext("Regions for Biodiversity Learning Platform"),
        "short_name": "R4BLP",
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": reverse("wagtail_serve", args=[""]),
        "display": "browser",
        "theme_color": artwork.GREEN,
        "background_color": "#ffffff",
        "icons": [
            {"src": static("icons/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
            {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
        ],
    }
    return JsonResponse(
        manifest, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )


@require_GET
def switch_language(request, language_code):
    """Remember the visitor's chosen language in the language cookie, then go to `next` (the same
    page in that language, as the switcher links it) or to that language's landing."""
    if language_code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        home = locale_home(language_code)
        target = home.url if home is not None else f"/{language_code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


def page_not_found(request, exception):
    """The 404 page in the visitor's language; its switcher leads to each language's landing."""
    response = TemplateResponse(request, "404.html", {"not_found": True}, status=404)
    response.render()
    return response
