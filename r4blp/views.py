"""Error views that must work when nothing else does: the database down gives a friendly 503."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

DATABASE_DOWN = (OperationalError, InterfaceError)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """Like Django's handler500, but a lost database connection reads as "come back soon" (503):
    static templates rendered without a request, so no context processor touches the database."""
    _type, error, _traceback = sys.exc_info()
    if isinstance(error, DATABASE_DOWN):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "30"
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template(template_name).render())
