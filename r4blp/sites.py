"""Which Wagtail site and page serve a request, worked out once until the content changes rather
than with several database queries on every request."""

import copy
import hashlib

from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from r4blp.page_cache import cached_until_content_changes


class CachedRoutingMiddleware:
    """Wagtail finds the site with a query on every request, then walks the page tree from the
    site's root with a query or two per level of the URL. Both depend on the content only: the
    answers are kept until the next publish, unpublish, deletion or site change (home.signals).

    A cached page is routed again from itself (no query), so sub-routes of routable pages and their
    per-request state stay Wagtail's own; view restrictions are still checked by Wagtail."""

    def __init__(self, get_response):
        from wagtail.views import serve  # loads page models: not importable while models load

        self.get_response = get_response
        self.wagtail_serve = serve

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        site = cached_until_content_changes(
            f"site:{hostname}:{request.get_port()}", lambda: Site.find_for_request(request)
        )
        if site is not None:
            # Where Wagtail's own Site.find_for_request keeps its answer for the request.
            request._wagtail_site = site
        # What every page link is made from; Wagtail would read it from the shared cache each time.
        request._wagtail_cached_site_root_paths = cached_until_content_changes(
            "site-root-paths", Site.get_site_root_paths
        )
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        site = getattr(request, "_wagtail_site", None)
        if view_func is not self.wagtail_serve or site is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        components = [component for component in path.split("/") if component]
        digest = hashlib.sha256("/".join(components).encode()).hexdigest()
        key = f"route:{site.pk}:{translation.get_language()}:{digest}"
        found = cached_until_content_changes(key, lambda: self.route(request, site, path))
        if found is not None and not hasattr(request, "_wagtail_route_for_request"):
            page, consumed = found
            try:
                # A copy: the kept page is shared by this worker's requests; what a request sets on
                # the page it serves stays with that request.
                page = copy.copy(page)
                request._wagtail_route_for_request = page.route(request, components[consumed:])
            except Http404:
                request._wagtail_route_for_request = None
        return None

    @staticmethod
    def route(request, site, path):
        """The page Wagtail routes `path` to, and how many parts of the path lead to it."""
        result = Page.route_for_request(request, path)
        if result is None:
            return None
        return result.page, result.page.depth - site.root_page.depth


class CachedViewRestrictionsMixin:
    """For every page model of the site: Wagtail checks a page's view restrictions (private pages)
    with two queries on every request. While no page of the site has any, which is known until
    one is added (home.signals), that check needs no query."""

    def get_view_restrictions(self):
        if cached_until_content_changes("view-restrictions", PageViewRestriction.objects.exists) is False:
            none = PageViewRestriction.objects.none()
            # Known to be empty: iterating it then skips building its SQL, on every page served.
            none._result_cache = []
            return none
        return super().get_view_restrictions()
