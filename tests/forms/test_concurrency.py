"""Fifty visitors sending the form at the same moment: fifty applications, a hundred emails, no duplicate."""

import threading
from collections import Counter

import pytest
from django.core import mail
from django.db import connection
from django.test import Client

from forms.models import Application, ApplicationEmail

from .conftest import answers

SENDERS = 50


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor == "sqlite", reason="SQLite serialises every write; concurrency needs PostgreSQL"
)
def test_fifty_concurrent_submissions_store_fifty_applications_and_send_a_hundred_emails(demo_site, settings):
    settings.JOIN_FORM_RATE_LIMIT = SENDERS
    start = threading.Barrier(SENDERS)
    statuses = []

    def send(number):
        try:
            client = Client(REMOTE_ADDR="192.0.2.1")
            data = answers(regional_government=f"Region {number}", email=f"applicant{number}@example.org")
            start.wait()
            statuses.append(client.post("/es/join/", data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(SENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [302] * SENDERS
    names = Counter(a.form_data["regional_government"] for a in Application.objects.all())
    assert names == Counter({f"Region {n}": 1 for n in range(SENDERS)})
    assert ApplicationEmail.objects.filter(state=ApplicationEmail.State.SENT).count() == 2 * SENDERS
    assert len(mail.outbox) == 2 * SENDERS
    recipients = Counter(tuple(message.to) for message in mail.outbox)
    assert recipients[("policy.officer@r4blp.example.org",)] == SENDERS
    assert all(recipients[(f"applicant{n}@example.org",)] == 1 for n in range(SENDERS))
