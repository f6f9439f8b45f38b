"""Wagtail hooks of the site's frame: the translation status report under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .translation_status import TranslationStatusView, can_view_translation_status


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_translation_status(request.user)


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status")]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="site", order=750
    )
