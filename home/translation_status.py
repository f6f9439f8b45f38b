"""The translation status report: every page and translatable snippet in every language, missing,
up to date or out of date since its source changed, with the wagtail-localize link that fixes it."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

SOURCE, MISSING, UP_TO_DATE, OUT_OF_DATE = "source", "missing", "up-to-date", "out-of-date"
STATUS_LABELS = {
    SOURCE: pgettext_lazy("translation status", "Source"),
    MISSING: pgettext_lazy("translation status", "Missing"),
    UP_TO_DATE: pgettext_lazy("translation status", "Up to date"),
    OUT_OF_DATE: pgettext_lazy("translation status", "Out of date"),
}
EDIT = pgettext_lazy("translation status", "Edit")
TRANSLATE = pgettext_lazy("translation status", "Translate")
SYNC = pgettext_lazy("translation status", "Sync")


def can_view_translation_status(user):
    """Communications staff: those who may edit the whole page tree, not one region's pages."""
    root = Page.get_first_root_node()
    return root is not None and PagePermissionPolicy().user_has_permission_for_instance(user, "change", root)


@dataclass
class Cell:
    status: str
    action_label: str = ""
    action_url: str = ""
    note: str = ""
    language: str = ""

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class Row:
    title: str
    kind: str
    cells: list = field(default_factory=list)


@dataclass
class Item:
    """One language version of a page or snippet."""

    pk: object
    locale_id: int
    title: str
    edit_url: str = ""
    published_at: object = None
    revised_at: object = None


class TranslationStatus:
    """The report's rows, made with a fixed number of queries whatever the number of pages."""

    def __init__(self):
        self.locales = sorted(
            Locale.objects.all(),
            key=lambda locale: list(dict(settings.LANGUAGES)).index(locale.language_code),
        )
        self.default_locale_id = next(
            (locale.pk for locale in self.locales if locale.language_code == settings.LANGUAGE_CODE), None
        )
        self.sources = {}  # the first made of an object's sources is the one it is translated from
        for source in TranslationSource.objects.order_by("created_at").only(
            "id", "object_id", "locale_id", "last_updated_at"
        ):
            self.sources.setdefault(source.object_id, source)
        self.translations = {
            (translation.source_id, translation.target_locale_id): translation
            for translation in Translation.objects.filter(enabled=True)
            .annotate(waiting=Exists(untranslated_segments()))
            .only("id", "source_id", "target_locale_id")
        }

    def rows(self):
        return self.page_rows() + self.snippet_rows()

    def page_rows(self):
        pages = (
            Page.objects.filter(depth__gt=1, alias_of__isnull=True)
            .order_by("path")
            .values_list(
                "id",
                "translation_key",
                "locale_id",
                "title",
                "last_published_at",
                "latest_revision_created_at",
                "content_type_id",
            )
        )
        items, kinds = {}, {}
        for pk, key, locale_id, title, published_at, revised_at, content_type_id in pages:
            edit_url = reverse("wagtailadmin_pages:edit", args=[pk])
            items.setdefault(key, {})[locale_id] = Item(
                pk, locale_id, title, edit_url, published_at=published_at, revised_at=revised_at
            )
            kinds.setdefault(key, content_type_id)
        return [
            self.row(
                key,
                versions,
                ContentType.objects.get_for_id(kinds[key]).model_class()._meta.verbose_name,
                self.page_submit_url,
            )
            for key, versions in items.items()
        ]

    def snippet_rows(self):
        rows = []
        for model in get_snippet_models():
            if not issubclass(model, TranslatableMixin):
                continue
            items = {}
            for snippet in model.objects.all():
                edit_url = reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(snippet.pk)])
                item = Item(snippet.pk, snippet.locale_id, str(snippet), edit_url)
                items.setdefault(snippet.translation_key, {})[snippet.locale_id] = item

            def submit_url(item, model=model):
                return reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[model._meta.app_label, model._meta.model_name, quote(item.pk)],
                )

            rows += [
                self.row(key, versions, model._meta.verbose_name, submit_url)
                for key, versions in items.items()
            ]
        return rows

    @staticmethod
    def page_submit_url(item):
        return reverse("wagtail_localize:submit_page_translation", args=[item.pk])

    def row(self, key, versions, kind, submit_url):
        """One page or snippet: its source (the version translations were made from, else the
        default language's), then each language's status."""
        source = self.sources.get(key)
        source_locale_id = source.locale_id if source else self.default_locale_id
        original = versions.get(source_locale_id) or next(iter(versions.values()))
        cells = []
        for locale in self.locales:
            version = versions.get(locale.pk)
            if version is original:
                cells.append(Cell(SOURCE, EDIT, version.edit_url))
            elif version is None:
                cells.append(Cell(MISSING, TRANSLATE, submit_url(original)))
            else:
                cells.append(self.translated_cell(source, original, version))
            cells[-1].language = locale.get_display_name()
        return Row(original.title, kind, cells)

    def translated_cell(self, source, original, version):
        translation = self.translations.get((source.pk, version.locale_id)) if source else None
        if translation is None:
            # Made by hand, outside wagtail-localize: nothing records what it was translated from.
            return Cell(UP_TO_DATE, EDIT, version.edit_url, _("not synced by wagtail-localize"))
        sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
        # wagtail-localize syncs from the live source; a sync that applies the text, or a
        # translator's save, writes a new revision of the translation.
        if original.published_at and original.published_at > source.last_updated_at:
            return Cell(OUT_OF_DATE, SYNC, sync_url, _("source changed since the last sync"))
        if translation.waiting:
            return Cell(OUT_OF_DATE, TRANSLATE, version.edit_url, _("strings waiting for translation"))
        if version.revised_at and version.revised_at < source.last_updated_at:
            return Cell(OUT_OF_DATE, SYNC, sync_url, _("synced text not yet applied"))
        return Cell(UP_TO_DATE, EDIT, version.edit_url)


def untranslated_segments():
    """The source's strings with no translation into the target language, as in wagtail-localize's
    own Translations report."""
    return (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .annotate(
            _target_locale_id=OuterRef("target_locale_id"),
            is_translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef("_target_locale_id"),
                    has_error=False,
                )
            ),
        )
        .filter(is_translated=False)
    )


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "home/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        status = TranslationStatus()
        return super().get_context_data(locales=status.locales, rows=status.rows(), **kwargs)
