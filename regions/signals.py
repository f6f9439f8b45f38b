"""Region editors follow the pages: a new region gets its group, a new translation joins it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .editors import region_created
from .models import RegionPage


@receiver(post_save, sender=RegionPage)
def region_page_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        region_created(instance)
