"""Background work of the join form: sending an application's emails, again later if the server fails."""

import logging

from django.db.models import Min
from django_tasks import default_task_backend, task

from .emails import deliver_unsent
from .models import ApplicationEmail

logger = logging.getLogger(__name__)


@task()
def send_application_emails(application_id):
    emails = ApplicationEmail.objects.filter(application_id=application_id)
    states = deliver_unsent(emails)
    retry_at = emails.filter(state=ApplicationEmail.State.FAILED).aggregate(at=Min("next_attempt_at"))["at"]
    # The database queue can wait; the immediate backend cannot, and leaves retries to
    # `manage.py retry_application_emails`.
    if retry_at is not None and default_task_backend.supports_defer:
        send_application_emails.using(run_after=retry_at).enqueue(application_id)
    return states


def enqueue_application_emails(application_id):
    """Queue the emails; a failing queue loses nothing, as the emails stay pending for the retry command."""
    try:
        send_application_emails.enqueue(application_id)
    except Exception:
        logger.exception("Could not queue the emails of application %s", application_id)
