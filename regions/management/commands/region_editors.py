"""`manage.py region_editors`: make sure every member region has its editors' group (idempotent)."""

from django.core.management.base import BaseCommand
from wagtail.models import Locale

from regions.editors import ensure_region_editors, source_region
from regions.models import RegionPage


class Command(BaseCommand):
    help = "Create or complete the Wagtail group and collection of each member region's editors."

    def handle(self, *args, **options):
        seen = set()
        default = Locale.get_default()
        for region in RegionPage.objects.order_by("locale_id", "title"):
            if region.translation_key in seen:
                continue
            seen.add(region.translation_key)
            source = region if region.locale_id == default.id else source_region(region)
            link, created = ensure_region_editors(source)
            state = "created" if created else "up to date"
            self.stdout.write(f"{link.group.name}: {state}")
        self.stdout.write(self.style.SUCCESS(f"{len(seen)} region editor groups ready."))
