"""Cheap defences of the join form: a honeypot, a signed start time and a per-address rate limit."""

import functools
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "hp_homepage"
TOKEN_FIELD = "form_started"  # noqa: S105 (a field name, not a secret)
TOKEN_SALT = "forms.join.started"  # noqa: S105 (a namespace, not a secret)


def setting(name, default):
    return getattr(settings, name, default)


@dataclass
class Verdict:
    message: str
    status: int


@functools.cache
def signer():
    # Made once per process: making one reads the secret keys and the algorithm from the settings.
    return signing.Signer(salt=TOKEN_SALT)


def new_token(issued_at=None):
    """A signed "time shown:random nonce" pair; the nonce makes a double post store one application.
    Plain text rather than signed JSON: every visitor of the join form gets one."""
    issued_at = issued_at if issued_at is not None else time.time()
    return signer().sign(f"{issued_at:.3f}:{secrets.token_hex(16)}")


def read_token(value):
    try:
        issued_at, nonce = signer().unsign(str(value)[:500]).split(":")
        return float(issued_at), nonce[:64]
    except (signing.BadSignature, ValueError):
        return None


def token_nonce(request):
    token = read_token(request.POST.get(TOKEN_FIELD, ""))
    return token[1] if token else None


def client_address(request):
    # Behind a proxy the operator names the header that carries the visitor's address; its last
    # entry is the one our own proxy added, the others a visitor could have made up.
    header = setting("JOIN_FORM_CLIENT_IP_HEADER", "REMOTE_ADDR")
    value = request.META.get(header, "") or request.META.get("REMOTE_ADDR", "")
    return value.split(",")[-1].strip()[:64] or "unknown"


def over_rate_limit(request):
    """Count this post against the visitor's address; True once over the limit for the window."""
    limit = setting("JOIN_FORM_RATE_LIMIT", 10)
    window = setting("JOIN_FORM_RATE_WINDOW", 60 * 60)
    key = f"forms:join-rate:{client_address(request)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    # None while the shared cache is unreachable: an application then goes through, never a 500.
    return (count or 0) > limit


def check(request):
    """None when the post may be processed; otherwise why not, for the visitor."""
    if over_rate_limit(request):
        return Verdict(
            _(
                "We have received too many forms from your network in the last hour. "
                "Please try again later or write to us by email."
            ),
            429,
        )
    if request.POST.get(HONEYPOT_FIELD, ""):
        return Verdict(
            _("Please leave the field “Leave this field empty” empty, then send the form again."),
            400,
        )
    token = read_token(request.POST.get(TOKEN_FIELD, ""))
    age = time.time() - token[0] if token else None
    if age is None or age > setting("JOIN_FORM_MAX_AGE", 2 * 24 * 60 * 60):
        return Verdict(
            _("This form has expired. Please check your answers and send it again."),
            400,
        )
    if age < setting("JOIN_FORM_MIN_SECONDS", 3):
        return Verdict(
            _("That was very quick. Please check your answers and send the form again."),
            400,
        )
    return None
