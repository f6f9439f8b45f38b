"""The join form page, its fields, and the applications it stores with the state of their emails."""

from django import forms as django_forms
from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractEmailForm,
    AbstractFormField,
    AbstractFormSubmission,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.translations import SYNCHRONISED_SLUG
from r4blp.page_cache import FRAME, cached_until_content_changes

from . import spam
from .panels import ApplicationAnswersPanel

# Every answer is bounded, so no field can fill the database or an email.
SINGLE_LINE_MAX = 255
MULTI_LINE_MAX = 5000
URL_MAX = 500
NUMBER_MAX_DIGITS = 15

# A field type of our own: a select of countries, whose answer is the country's ISO code.
COUNTRY_FIELD = "country"


class JoinFormBuilder(FormBuilder):
    """Wagtail's form builder with a length limit on every field and no negative numbers."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTI_LINE_MAX
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = 254
        return super().create_email_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX
        return super().create_url_field(field, options)

    def create_number_field(self, field, options):
        return django_forms.DecimalField(
            max_digits=NUMBER_MAX_DIGITS, decimal_places=2, min_value=0, **options
        )

    def create_hidden_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX
        return super().create_hidden_field(field, options)

    def create_country_field(self, field, options):
        # Named and sorted in the visitor's language each time the form is drawn; stored as the code.
        return django_forms.ChoiceField(
            choices=country_choices,
            error_messages={"invalid_choice": _("Choose your country from the list.")},
            **options,
        )


def country_choices():
    return [("", _("Choose a country")), *countries]


class JoinFormPage(RoutablePageMixin, AbstractEmailForm):
    """The application form that sends prospective members' answers to the Policy Officer."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link"])
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        help_text=_("Linked next to the consent checkbox"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    form_builder = JoinFormBuilder

    # Addresses are the same in every language; wagtail-localize would otherwise offer them for
    # translation as plain text.
    override_translatable_fields = [
        SYNCHRONISED_SLUG,
        SynchronizedField("to_address", overridable=False),
        SynchronizedField("from_address", overridable=False),
        SynchronizedField("subject", overridable=False),
    ]

    content_panels = AbstractEmailForm.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("privacy_page"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
            ],
            heading=_("Email"),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("join form page")

    def get_submission_class(self):
        return Application

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context["privacy_page"] = self.localized_privacy_page()
        else:
            context["privacy_page"] = cached_until_content_changes(
                f"join-form:{self.pk}:privacy-page", self.localized_privacy_page
            )
        return context

    def get_form_fields(self):
        published = getattr(self, "_published_form_fields", None)
        return published if published is not None else super().get_form_fields()

    def get_form_class(self):
        if getattr(self, "_published_form_fields", None) is None:
            return super().get_form_class()
        # Built from the published fields once until the content changes, not for each visitor.
        return cached_until_content_changes(f"join-form:{self.pk}:form-class", super().get_form_class)

    def localized_privacy_page(self):
        """The chosen privacy page in this page's language (else as chosen), in one query."""
        if not self.privacy_page_id:
            return None
        chosen = Page.objects.filter(pk=self.privacy_page_id).values("translation_key")
        candidates = Page.objects.live().filter(translation_key__in=chosen)
        candidates = candidates.filter(models.Q(locale_id=self.locale_id) | models.Q(pk=self.privacy_page_id))
        return min(candidates, key=lambda page: page.locale_id != self.locale_id, default=None)

    def empty_form(self, request):
        """The unbound form. Visitors of one language all get the same until the content changes: it
        is built once then, and only ever drawn (never filled in or changed)."""
        if getattr(request, "is_preview", False):
            return self.get_form(page=self, user=request.user)
        key = f"join-form:{self.pk}:{translation.get_language()}:empty-form"
        return cached_until_content_changes(key, lambda: self.get_form(page=self))

    def empty_form_body(self, request, form, privacy_page):
        """The unbound form's fields as markup: the same for every visitor of a language until the
        frame changes (the join page and its fields are the frame's), and most of what a visitor of
        the form costs, as it is never kept whole. The privacy page's link is in the key, for that page
        may be published below the frame."""
        privacy = (privacy_page.get_url(request), privacy_page.title) if privacy_page else None
        context = {"form": form, "honeypot_name": spam.HONEYPOT_FIELD, "privacy_page": privacy_page}
        return cached_until_content_changes(
            ("join-form-body", self.pk, translation.get_language(), privacy),
            lambda: render_to_string("forms/includes/form_body.html", context, request),
            shows=FRAME,
        )

    def render_form(self, request, form, message="", status=200):
        for bound in form if form.is_bound else ():
            if bound.errors:
                # Screen readers announce the error with the field, the help after it.
                described = [f"{bound.auto_id}_error"] + (
                    [f"{bound.auto_id}_helptext"] if bound.help_text else []
                )
                bound.field.widget.attrs["aria-describedby"] = " ".join(described)
        context = self.get_context(request)
        context.update(
            form=form,
            form_message=message,
            honeypot_name=spam.HONEYPOT_FIELD,
            token_name=spam.TOKEN_FIELD,
            form_token=spam.new_token(),
        )
        if not form.is_bound and not getattr(request, "is_preview", False):
            context["form_body"] = self.empty_form_body(request, form, context["privacy_page"])
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        # The form carries a fresh timestamp and the visitor's CSRF token: private, never kept.
        add_never_cache_headers(response)
        return response

    @path("")
    def form_view(self, request):
        if not getattr(request, "is_preview", False):
            # Visitors see the published fields (drafts stay in revisions): no query for them each time.
            self._published_form_fields = cached_until_content_changes(
                f"join-form:{self.pk}:fields", lambda: list(super(JoinFormPage, self).get_form_fields())
            )
        if request.method != "POST":
            return self.render_form(request, self.empty_form(request))
        form = self.get_form(request.POST, page=self, user=request.user)
        verdict = spam.check(request)
        if verdict is not None:
            # Keep what the visitor typed, but do not store or send anything.
            form.is_valid()
            return self.render_form(request, form, verdict.message, verdict.status)
        if not form.is_valid():
            return self.render_form(request, form)
        self.store_application(form, spam.token_nonce(request))
        return HttpResponseRedirect(self.url + self.reverse_subpage("thank_you"))

    @path("thank-you/", name="thank_you")
    def thank_you(self, request):
        return self.render_landing_page(request)

    def store_application(self, form, nonce):
        """Save the answers and their emails in one transaction; send the emails only once it commits.

        A second post of the same form (a double click, a reload) finds its nonce taken and stores nothing."""
        from .tasks import enqueue_application_emails

        try:
            with transaction.atomic():
                application = Application.objects.create(
                    page=self,
                    name=first_text_answer(form),
                    form_data=form.cleaned_data,
                    language=self.locale.language_code,
                    form_nonce=nonce,
                )
                application.create_emails(self)
                transaction.on_commit(lambda: enqueue_application_emails(application.pk))
        except IntegrityError:
            return None
        return application

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.render_form(request, self.get_form(page=self, user=request.user))


def first_text_answer(form):
    """The first text answered, in the form's order: the regional government on the join form."""
    for key in form.fields:
        value = form.cleaned_data.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:255]
    return ""


class FormField(TranslatableMixin, AbstractFormField):
    """One question of the join form; its key (`clean_name`) is the same in every language."""

    page = ParentalKey(JoinFormPage, on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(
        verbose_name=_("field type"),
        max_length=16,
        choices=[*FORM_FIELD_CHOICES, (COUNTRY_FIELD, _("Country"))],
    )
    field_type.required_on_save = True  # as Wagtail's own, so previews can build the field

    # Labels, help and choices read in the visitor's language; the key and the kind of field never
    # change, so answers from every language line up in one table.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
        SynchronizedField("default_value"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        # Fields made outside the admin's inline panel may share a sort order: keep them stable.
        ordering = ["sort_order", "pk"]
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")

    def save(self, *args, **kwargs):
        # A translation keeps the key of its source field, whatever its translated label says.
        if not self.clean_name and self.translation_key and self.locale_id:
            source = (
                FormField.objects.filter(translation_key=self.translation_key)
                .exclude(clean_name="")
                .exclude(pk=self.pk)
                .values_list("clean_name", flat=True)
                .first()
            )
            if source:
                self.clean_name = source
        super().save(*args, **kwargs)


class Application(AbstractFormSubmission):
    """An application to join, from any language version of the join page."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        IN_REVIEW = "in_review", _("in review")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")

    name = models.CharField(_("name"), max_length=255, blank=True, help_text=_("The first answer"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    internal_notes = models.TextField(
        _("internal notes"), blank=True, max_length=10000, help_text=_("Only seen in the admin")
    )
    form_nonce = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)

    panels = [
        ApplicationAnswersPanel(heading=_("Answers")),
        FieldPanel("status"),
        FieldPanel("internal_notes"),
    ]

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submit_time", "-pk"]
        indexes = [models.Index(fields=["-submit_time"])]

    def __str__(self):
        return self.name or str(_("Application %(number)s") % {"number": self.pk})

    def answers(self, labels=None):
        """(label, value) of every answer, in the order of the form's fields."""
        labels = labels if labels is not None else self.labels()
        keys = list(labels) + [key for key in self.form_data if key not in labels]
        country_keys = self.country_keys()
        return [
            (labels.get(key, key), format_answer(self.form_data.get(key), key in country_keys))
            for key in keys
        ]

    def get_data(self):
        """What Wagtail's list of a form's submissions and its spreadsheets show: the answers, with
        each country by its name in the editor's language rather than its code."""
        data = super().get_data()
        for key in self.country_keys() & data.keys():
            data[key] = country_name(data[key])
        return data

    def country_keys(self):
        """The keys of the page's country questions (looked up once per page until the content
        changes: a list of submissions asks for each of them)."""

        def keys():
            fields = FormField.objects.filter(page_id=self.page_id, field_type=COUNTRY_FIELD)
            return frozenset(fields.values_list("clean_name", flat=True))

        return cached_until_content_changes(f"join-country-keys:{self.page_id}", keys)

    def labels(self, language=None):
        """{key: label} of the join page's fields in `language` (default: the site's language)."""
        code = language or settings.LANGUAGE_CODE
        fields = FormField.objects.filter(
            page__translation_key=self.page.translation_key, page__locale__language_code=code
        ).order_by("sort_order")
        labels = {field.clean_name: field.label for field in fields}
        if not labels:
            labels = {field.clean_name: field.label for field in self.page.specific.get_form_fields()}
        return labels

    def first_answer_of_type(self, field_type):
        keys = FormField.objects.filter(page_id=self.page_id, field_type=field_type).order_by("sort_order")
        for key in keys.values_list("clean_name", flat=True):
            value = self.form_data.get(key)
            if value:
                return str(value)
        return ""

    def applicant_email(self):
        return self.first_answer_of_type("email")

    def create_emails(self, page):
        officers = [a.strip() for a in page.to_address.split(",") if a.strip()]
        emails = [
            ApplicationEmail(
                application=self, kind=ApplicationEmail.Kind.NOTIFICATION, recipient=", ".join(officers)
            )
        ]
        applicant = self.applicant_email()
        if applicant:
            emails.append(
                ApplicationEmail(
                    application=self, kind=ApplicationEmail.Kind.CONFIRMATION, recipient=applicant
                )
            )
        ApplicationEmail.objects.bulk_create(emails)

    def language_label(self):
        return self.get_language_display()

    language_label.short_description = _("language")
    language_label.admin_order_field = "language"

    def status_label(self):
        return self.get_status_display()

    status_label.short_description = _("status")
    status_label.admin_order_field = "status"

    def email_summary(self):
        """The emails' states in a few words, e.g. "notification: sent, confirmation: failed"."""
        return ", ".join(f"{e.get_kind_display()}: {e.get_state_display()}" for e in self.emails.all())

    email_summary.short_description = _("emails")


def format_answer(value, is_country=False):
    if is_country:
        return country_name(value)
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def country_name(value):
    """The country of a code in the active language; an answer typed before the country select
    (free text) is shown as it was typed."""
    return (countries.name(value) if value else "") or str(value or "")


class ApplicationEmail(models.Model):
    """One email about an application, with whether it went out; never sent twice."""

    class Kind(models.TextChoices):
        NOTIFICATION = "notification", _("notification to the Policy Officer")
        CONFIRMATION = "confirmation", _("confirmation to the applicant")

    class State(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="emails"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    recipient = models.CharField(_("recipient"), max_length=1000)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("reason of the last failure"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("application email")
        verbose_name_plural = _("application emails")
        constraints = [models.UniqueConstraint(fields=["application", "kind"], name="one_email_of_each_kind")]
        ordering = ["application", "kind"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.get_state_display()}"
