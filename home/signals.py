"""Keep computed figures fresh: any publish, unpublish or deletion of a page forgets them."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .figures import forget_live_figures


@receiver(page_published)
@receiver(page_unpublished)
def page_changed_on_site(sender, **kwargs):
    forget_live_figures()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_live_figures()
