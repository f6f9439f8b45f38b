"""Content-Security-Policy: strict on the public site; the Wagtail admin keeps the inline code it needs."""

from csp.constants import HEADER, UNSAFE_INLINE
from csp.middleware import CheckableLazyObject, CSPMiddleware
from django.conf import settings
from django.http import HttpResponse

ADMIN_PREFIX = "/admin/"
# Wagtail's admin (and wagtail-localize's editor) still ship inline scripts and styles.
ADMIN_POLICY_CHANGES = {
    "script-src": ["'self'", UNSAFE_INLINE],
    "style-src": ["'self'", UNSAFE_INLINE],
    "frame-ancestors": ["'self'"],
}
# What a view or template may set to change the policy of one response (django-csp's decorators).
PER_RESPONSE_CHANGES = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")


class SiteCSPMiddleware(CSPMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        # The header of a response that changes nothing and uses no nonce depends on whether it is
        # the admin's only: built once for each, not twice on every response (policy and report-only).
        self._plain_headers = {}

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.replace = {**ADMIN_POLICY_CHANGES, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        if not self._is_plain(request, response):
            return super().process_response(request, response)
        # Keyed on the policy setting too, which tests may swap.
        key = (request.path_info.startswith(ADMIN_PREFIX), id(settings.CONTENT_SECURITY_POLICY))
        if key not in self._plain_headers:
            self._plain_headers[key] = super().process_response(request, HttpResponse()).get(HEADER)
        if self._plain_headers[key] and HEADER not in response:
            response[HEADER] = self._plain_headers[key]
        # As django-csp does: asking for a nonce once the header is written is an error, not a no-op.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    @staticmethod
    def _is_plain(request, response):
        return (
            not any(hasattr(response, name) for name in PER_RESPONSE_CHANGES)
            and getattr(request, "_csp_nonce", None) is None
            and not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            and not (getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}).get("EXCLUDE_URL_PREFIXES")
            and not settings.DEBUG
        )
