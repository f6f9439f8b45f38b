"""Forget the events' cached lists when an event is published, unpublished or deleted."""

from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import YEARS_CACHE_KEY, EventPage


@receiver(page_published, sender=EventPage)
@receiver(page_unpublished, sender=EventPage)
@receiver(post_delete, sender=EventPage)
def event_changed_on_site(sender, **kwargs):
    cache.delete(YEARS_CACHE_KEY)
