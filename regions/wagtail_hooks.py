"""Wagtail hooks of the member regions: the landing's live figures."""

from django.conf import settings
from django.db.models import Count, Sum
from wagtail import hooks

from .models import ACTIVE, RegionPage


@hooks.register("register_live_figures")
def region_figures():
    """Active members, their inhabitants and their territory, from the live profiles of the default
    language (translations repeat the same figures and must not be counted twice)."""
    totals = (
        RegionPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, membership_status=ACTIVE)
        .aggregate(members=Count("id"), inhabitants=Sum("population"), territory_km2=Sum("area_km2"))
    )
    return {name: value or 0 for name, value in totals.items()}
