"""Region editors follow the pages: a new region gets its group, a new translation joins it. The
cached map follows a region's privacy and place too."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from r4blp.page_cache import forget_cached_pages

from .editors import region_created
from .models import RegionPage


@receiver(post_save, sender=RegionPage)
def region_page_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        region_created(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, instance, raw=False, **kwargs):
    # A restricted region leaves the map at once, not at the next publish; no publish comes with it.
    if not raw:
        forget_cached_pages()


@receiver(post_page_move, sender=RegionPage)
def region_moved(sender, instance, **kwargs):
    forget_cached_pages()
