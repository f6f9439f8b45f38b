"""`{% join_page %}`: the join page of the visitor's language, for the landing's call and the header."""

from django import template
from django.conf import settings
from django.utils import translation

from home.translations import public
from r4blp.page_cache import FRAME, cached_until_content_changes

register = template.Library()


def find_join_page(language_code):
    """{"url", "title", "id"} of the live join page in this language, else in the default one."""
    from forms.models import JoinFormPage

    pages = {
        page.locale.language_code: page
        for page in public(JoinFormPage.objects.live())
        .filter(locale__language_code__in={language_code, settings.LANGUAGE_CODE})
        .select_related("locale")
        .only("id", "title", "url_path", "path", "depth", "locale__language_code")
    }
    page = pages.get(language_code) or pages.get(settings.LANGUAGE_CODE)
    return link(page) if page else {}


def link(page, request=None):
    return {"url": page.get_url(request), "title": page.title, "id": page.id}


@register.simple_tag(takes_context=True)
def join_page(context, chosen=None):
    """The page an editor `chosen`, in the visitor's language, or else the language's join page.

    Kept until the frame changes (a join page is part of it wherever it stands), so the header
    costs no query."""
    if chosen is not None:
        localized = chosen.localized
        if localized.live:
            return link(localized, context.get("request"))
    code = translation.get_language() or settings.LANGUAGE_CODE
    found = cached_until_content_changes(f"join-page:{code}", lambda: find_join_page(code), shows=FRAME)
    return found or None
