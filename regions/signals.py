"""Region editors follow the pages: a new region gets its group, a new translation joins it. The
cached map and list follow a region moved to another index."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import post_page_move

from r4blp.page_cache import forget_cached_pages

from .editors import region_created
from .models import RegionPage


@receiver(post_save, sender=RegionPage)
def region_page_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        region_created(instance)


@receiver(post_page_move, sender=RegionPage)
def region_moved(sender, instance, **kwargs):
    forget_cached_pages()
