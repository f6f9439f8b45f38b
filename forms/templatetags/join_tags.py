"""`{% join_page %}`: the join form page of the visitor's language, for the landing and the header."""

from django import template
from django.conf import settings
from django.utils import translation

register = template.Library()


@register.simple_tag(takes_context=True)
def join_page(context, chosen=None):
    """The page an editor `chosen` in the visitor's language, or else the live join page of that
    language (or of the default one), looked up once per request."""
    if chosen is not None:
        localized = chosen.localized
        if localized.live:
            return localized
    request = context.get("request")
    if request is not None and hasattr(request, "_r4blp_join_page"):
        return request._r4blp_join_page
    from forms.models import JoinFormPage

    code = translation.get_language() or settings.LANGUAGE_CODE
    pages = {
        page.locale.language_code: page
        for page in JoinFormPage.objects.live()
        .public()
        .filter(locale__language_code__in={code, settings.LANGUAGE_CODE})
        .select_related("locale")
        .only("id", "title", "url_path", "path", "depth", "locale__language_code")
    }
    found = pages.get(code) or pages.get(settings.LANGUAGE_CODE)
    if request is not None:
        request._r4blp_join_page = found
    return found
