"""Where a request is, as addresses: its canonical URL, and the same place in another language."""

from urllib.parse import urlencode

from wagtail.contrib.routable_page.models import RoutablePageMixin


def canonical_query(params, kept=(), list_page=None, filtered=False):
    """`?…` with what changes the content a page shows, or "": the page of a list past the first
    (the one shown, whatever `?page=` asked for) and the parameters named in `kept` (a search's
    words). Filters, tracking tags and junk show part of the same content: they are dropped, and so
    is the page of a filtered list (it is no page of the whole list)."""
    query = {name: params[name].strip() for name in kept if params.get(name, "").strip()}
    if list_page is not None and list_page.number > 1 and not filtered:
        query["page"] = list_page.number
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
