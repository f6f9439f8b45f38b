"""Forget the landing's cached next events whenever a page is published, unpublished or deleted."""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .templatetags.event_tags import NEXT_EVENTS_KEY


def forget_event_lists():
    keys = [NEXT_EVENTS_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    cache.delete_many(keys)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed_on_site(sender, **kwargs):
    forget_event_lists()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_event_lists()
