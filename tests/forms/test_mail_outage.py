"""A mail server that is down loses nothing: the visitor is thanked, the application kept, and both
emails go out exactly once when a retry finds the server back."""

import socket
from io import StringIO

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from forms.models import Application, ApplicationEmail

from .conftest import answers

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_settings(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    return settings


def test_mail_server_down_keeps_the_application_and_a_retry_sends_both_once(
    client, submit, join_url, smtp_settings
):
    response = submit(join_url("pt"), answers())
    assert response.status_code == 302
    assert submit(join_url("pt"), answers()).status_code == 302  # a second applicant
    thanks = client.get(response["Location"])
    assert "Obrigado" in thanks.content.decode()

    assert Application.objects.count() == 2
    emails = ApplicationEmail.objects.all()
    assert emails.count() == 4
    for email in emails:
        assert email.state == ApplicationEmail.State.FAILED
        assert "ConnectionRefusedError" in email.last_error
        assert email.attempts == 1
        assert email.next_attempt_at is not None
        assert email.sent_at is None

    # Not yet time for the back-off: nothing is tried.
    out = StringIO()
    call_command("retry_application_emails", stdout=out)
    assert out.getvalue().startswith("0 sent, 0 failed")

    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=smtp_settings.EMAIL_PORT)
    server.start()
    try:
        call_command("retry_application_emails", "--all", stdout=out)
        call_command("retry_application_emails", "--all", stdout=out)  # a second run sends nothing more
    finally:
        server.stop()

    assert len(inbox.messages) == 4
    recipients = sorted(tuple(message.rcpt_tos) for message in inbox.messages)
    assert recipients == [("ana@example.org",)] * 2 + [("policy.officer@r4blp.example.org",)] * 2
    assert all("Obrigado" in m.content.decode() for m in inbox.messages if m.rcpt_tos == ["ana@example.org"])
    assert set(ApplicationEmail.objects.values_list("state", flat=True)) == {ApplicationEmail.State.SENT}
    assert not ApplicationEmail.objects.exclude(last_error="").exists()


def test_failed_emails_are_queued_again_after_a_back_off(submit, join_url, smtp_settings):
    smtp_settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from django_tasks_db.models import DBTaskResult

    from forms.tasks import send_application_emails

    assert submit(join_url(), answers()).status_code == 302
    # With the database queue the visitor never waits for the mail server: the emails are pending.
    application = Application.objects.get()
    ours = DBTaskResult.objects.filter(task_path="forms.tasks.send_application_emails")
    queued = ours.get()
    assert queued.args_kwargs["args"] == [application.pk]
    assert set(application.emails.values_list("state", flat=True)) == {ApplicationEmail.State.PENDING}

    # What the worker does with it: the server is down, so the task queues itself after a back-off.
    send_application_emails.call(application.pk)
    email = application.emails.get(kind=ApplicationEmail.Kind.NOTIFICATION)
    assert email.state == ApplicationEmail.State.FAILED
    retry = ours.exclude(pk=queued.pk).get()
    assert retry.run_after == email.next_attempt_at
    assert (email.next_attempt_at - application.submit_time).total_seconds() >= 50
