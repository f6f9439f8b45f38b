"""Content-Security-Policy: strict on the public site; the Wagtail admin keeps the inline code it needs."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"
# Wagtail's admin (and wagtail-localize's editor) still ship inline scripts and styles.
ADMIN_POLICY_CHANGES = {
    "script-src": ["'self'", UNSAFE_INLINE],
    "style-src": ["'self'", UNSAFE_INLINE],
    "frame-ancestors": ["'self'"],
}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            parts.replace = {**ADMIN_POLICY_CHANGES, **(parts.replace or {})}
        return parts
