"""Which Wagtail site serves a request, looked up once until the content changes, not per request."""

from django.http.request import split_domain_port
from wagtail.models import Site

from r4blp.page_cache import cached_until_content_changes


class CachedSiteMiddleware:
    """Wagtail finds the site with a database query on every request; the sites change only when an
    administrator edits them, which drops this cache like any other content change (home.signals)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        site = cached_until_content_changes(
            f"site:{hostname}:{request.get_port()}", lambda: Site.find_for_request(request)
        )
        if site is not None:
            # Where Wagtail's own Site.find_for_request keeps its answer for the request.
            request._wagtail_site = site
        return self.get_response(request)
