"""Wagtail hooks of the member regions: the landing's live figures, and wagtail-localize's submit
and sync views limited to what the editor may edit (region editors hold the global permission)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Sum
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from r4blp.page_cache import cached_until_content_changes

from .models import ACTIVE, RegionPage


@hooks.register("register_live_figures")
def region_figures():
    """Active members, their inhabitants and their territory, from the live profiles of the default
    language (translations repeat the same figures and must not be counted twice); kept until a
    region changes."""

    def count():
        totals = (
            RegionPage.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE, membership_status=ACTIVE)
            .aggregate(members=Count("id"), inhabitants=Sum("population"), territory_km2=Sum("area_km2"))
        )
        return {name: value or 0 for name, value in totals.items()}

    return cached_until_content_changes("region-figures", count, shows=["regions.RegionPage"])


def _check_can_edit(user, instance):
    if isinstance(instance, Page):
        allowed = instance.permissions_for_user(user).can_edit()
    else:
        allowed = user.has_perm(get_permission_name("change", type(instance)))
    if not allowed:
        raise PermissionDenied


def submit_page_translation(request, page_id):
    _check_can_edit(request.user, get_object_or_404(Page, id=page_id))
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


def submit_snippet_translation(request, app_label, model_name, pk):
    from django.apps import apps

    model = apps.get_model(app_label, model_name)
    if not request.user.has_perm(get_permission_name("change", model)):
        raise PermissionDenied
    return SubmitSnippetTranslationView.as_view()(request, app_label=app_label, model_name=model_name, pk=pk)


def update_translations(request, translation_source_id):
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    _check_can_edit(request.user, source.get_source_instance())
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


@hooks.register("register_admin_urls")
def guarded_translation_urls():
    # Same paths as wagtail-localize's views, registered first, so these checks run before them.
    return [
        path("localize/submit/page/<int:page_id>/", submit_page_translation),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            submit_snippet_translation,
        ),
        path("localize/update/<int:translation_source_id>/", update_translations),
    ]
