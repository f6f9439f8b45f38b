"""The two emails of an application: writing them, and sending each one at most once, with back-off."""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.users.models import UserProfile

from .models import ApplicationEmail

logger = logging.getLogger(__name__)

UNSENT = [ApplicationEmail.State.PENDING, ApplicationEmail.State.FAILED]
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def setting(name, default):
    return getattr(settings, name, default)


def header_safe(text, limit=120):
    """Text fit for an email header: no line breaks or control characters, bounded length."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", str(text)).split())[:limit]


def addresses(value):
    return [header_safe(a, 254) for a in value.split(",") if a.strip()]


def admin_url(application):
    try:
        path = reverse("applications:edit", args=[application.pk])
    except NoReverseMatch:
        return ""
    return setting("WAGTAILADMIN_BASE_URL", "").rstrip("/") + path


def officer_language(officers):
    """The language the Policy Officer reads: the admin language chosen by an officer who has an
    account on the site, else POLICY_OFFICER_LANGUAGE (English by default)."""
    accounts = Q()
    for address in officers:
        accounts |= Q(user__email__iexact=address)
    chosen = []
    if officers:
        profiles = UserProfile.objects.filter(accounts).exclude(preferred_language="").order_by("pk")
        chosen = list(profiles.values_list("preferred_language", flat=True))
    for language in [*chosen, setting("POLICY_OFFICER_LANGUAGE", "")]:
        try:
            return translation.get_supported_language_variant(language)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def build_message(email):
    """The EmailMessage for this record, in the officer's or the applicant's language."""
    application = email.application
    page = application.page.specific
    officers = addresses(page.to_address)
    sender = page.from_address or settings.DEFAULT_FROM_EMAIL
    if email.kind == ApplicationEmail.Kind.NOTIFICATION:
        language = officer_language(officers)
        template = "forms/emails/notification.txt"
        recipients = officers
        applicant = application.applicant_email()
        reply_to = [header_safe(applicant, 254)] if applicant else []
    else:
        language = application.language
        template = "forms/emails/confirmation.txt"
        recipients = [header_safe(email.recipient, 254)]
        reply_to = officers
    with translation.override(language):
        context = {
            "application": application,
            "answers": application.answers(application.labels(language)),
            "language": application.get_language_display(),
            "admin_url": admin_url(application),
        }
        if email.kind == ApplicationEmail.Kind.NOTIFICATION:
            subject = _("Application to join R4BLP: %(name)s") % {"name": application.name}
        else:
            subject = _("We have received your application to join R4BLP")
        body = render_to_string(template, context)
    return EmailMessage(
        subject=header_safe(subject, 200),
        body=body,
        from_email=sender,
        to=recipients,
        reply_to=reply_to,
    )


def next_attempt(attempts):
    """When to try again after `attempts` failures: doubling from a minute, None after the last try."""
    if attempts >= setting("JOIN_FORM_EMAIL_MAX_ATTEMPTS", 10):
        return None
    base = setting("JOIN_FORM_EMAIL_RETRY_SECONDS", 60)
    return timezone.now() + timedelta(seconds=min(base * 2 ** (attempts - 1), 6 * 60 * 60))


def deliver(email_id):
    """Send one email unless it was sent already or another worker holds it; record the outcome."""
    with transaction.atomic():
        email = (
            ApplicationEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email_id, state__in=UNSENT)
            .first()
        )
        if email is None:
            return None
        try:
            build_message(email).send()
        except Exception as error:  # any failure of the mail server is recorded and retried
            email.state = ApplicationEmail.State.FAILED
            email.attempts += 1
            email.last_error = header_safe(f"{type(error).__name__}: {error}", 1000)
            email.next_attempt_at = next_attempt(email.attempts)
            logger.warning("Application email %s failed: %s", email.pk, email.last_error)
        else:
            email.state = ApplicationEmail.State.SENT
            email.attempts += 1
            email.sent_at = timezone.now()
            email.last_error = ""
            email.next_attempt_at = None
        email.save()
        return email.state


def deliver_unsent(emails, due_only=True):
    """Try each unsent email of the queryset; with `due_only`, only those whose back-off has passed."""
    emails = emails.filter(state__in=UNSENT)
    if due_only:
        now = timezone.now()
        emails = emails.filter(state=ApplicationEmail.State.PENDING) | emails.filter(
            state=ApplicationEmail.State.FAILED, next_attempt_at__lte=now
        )
    return [deliver(pk) for pk in emails.order_by("pk").values_list("pk", flat=True)]
