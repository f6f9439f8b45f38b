"""Where a request is, as addresses: its canonical URL, and the same place in another language."""

from urllib.parse import urlencode

from wagtail.contrib.routable_page.models import RoutablePageMixin

from r4blp.pagination import page_number

# The query parameters that name content of their own on most pages: a page of a list. Filters,
# tracking tags and junk only show a part of the same content, so the canonical address drops them.
CANONICAL_PARAMETERS = ("page",)


def canonical_query(params, kept=CANONICAL_PARAMETERS):
    """`?…` with the parameters of `kept` that change what a page shows, or "" when none does."""
    query = {}
    for name in kept:
        if name == "page":
            # The first page (and junk, which shows it) is the list itself.
            if (number := page_number(params.get(name))) > 1:
                query[name] = number
        elif value := params.get(name, "").strip():
            query[name] = value
    return f"?{urlencode(query)}" if query else ""


def subpage_match(page, request):
    """The sub-route of the routable `page` that `request` was routed to, or None."""
    match = getattr(request, "routable_resolver_match", None)
    return match if isinstance(page, RoutablePageMixin) else None


def subpage_url(page, url, match):
    """`url` (of `page` or of one of its translations) followed by the sub-route `match`: the
    routes of a page type are the same in every language."""
    if match is None or not url:
        return url
    if not url.endswith("/"):
        url += "/"
    return url + page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)


def subpage_exists(page, locale_id, match):
    """Whether the sub-route shows something in that language (a target may not be translated)."""
    exists = getattr(page, "subpage_exists", None)
    return match is None or exists is None or exists(locale_id, match)
