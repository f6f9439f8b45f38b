"""The Policy Officer's admin view of every application, with spreadsheet export safe from formulas."""

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import COUNTRY_FIELD, Application, FormField, country_name

# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXPORT_FIELDS = ["submit_time", "language", "status", "email_summary", "internal_notes"]


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class ApplicationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("emails")

    @cached_property
    def answer_labels(self):
        """{key: label} of every join page's fields in the site's language: the export's columns."""
        fields = FormField.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
            "page_id", "sort_order"
        )
        return {field.clean_name: field.label for field in fields}

    @cached_property
    def country_keys(self):
        return set(FormField.objects.filter(field_type=COUNTRY_FIELD).values_list("clean_name", flat=True))

    @property
    def list_export(self):
        return EXPORT_FIELDS + [f"answer:{key}" for key in self.answer_labels]

    @list_export.setter
    def list_export(self, value):
        pass  # the columns follow the join page's fields

    def get_heading(self, queryset, field):
        if field.startswith("answer:"):
            return str(self.answer_labels[field.removeprefix("answer:")])
        return super().get_heading(queryset, field)

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            if field.startswith("answer:"):
                key = field.removeprefix("answer:")
                value = item.form_data.get(key, "")
                if key in self.country_keys:
                    value = country_name(value)
                row[field] = ", ".join(map(str, value)) if isinstance(value, list) else value
            elif field in ("language", "status"):
                row[field] = getattr(item, f"get_{field}_display")()
            else:
                value = getattr(item, field)
                row[field] = value() if callable(value) else value
        return row

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = "applications"
    icon = "form"
    menu_label = _("Applications")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = ApplicationIndexView
    ordering = ["-submit_time", "-pk"]
    list_display = ["__str__", "submit_time", "language_label", "status_label", "email_summary"]
    list_filter = ["status", "language"]
    list_per_page = 50
    export_filename = "applications"
    copy_view_enabled = False
    exclude_form_fields = []
