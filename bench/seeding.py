"""Make a large site fast from the demo: look-alike regions and events in every language."""

import uuid
from datetime import timedelta

from django.db.models import signals
from django.utils import timezone
from wagtail.models import Locale, Page

from events.models import EventIndexPage, EventPage
from home.figures import forget_live_figures
from r4blp.page_cache import forget_cached_pages
from regions.models import RegionIndexPage, RegionPage


def copied_fields(template):
    """The page type's own fields (not Page's) of a demo page, to make look-alike pages fast."""
    own = {field.name for field in Page._meta.concrete_fields} | {"page_ptr"}
    return {
        field.attname: getattr(template, field.attname)
        for field in type(template)._meta.concrete_fields
        if field.name not in own
    }


def seed_children(model, index_model, count, prefix, change):
    """`count` pages of `model` under every locale's index, sharing one translation key per item
    (what wagtail-localize's translations look like), added with treebeard's add_child."""
    keys = [uuid.uuid4() for _ in range(count)]
    for locale in Locale.objects.all():
        parent = index_model.objects.get(locale=locale)
        template = model.objects.child_of(parent).first()
        fields = copied_fields(template)
        for number, key in enumerate(keys):
            page = model(
                title=f"{template.title} {prefix} {number}",
                slug=f"{prefix}-{number}",
                locale=locale,
                translation_key=key,
                live=True,
                first_published_at=timezone.now(),
                **fields,
            )
            change(page, number)
            parent.add_child(instance=page)


def seed_large_site(regions, events):
    """`regions` more regions and `events` more events (half past, half to come) in every language."""
    # Search indexing and the per-region editors' group would cost more than the pages themselves.
    muted = [signals.post_save, signals.pre_save]
    kept = [signal.receivers for signal in muted]
    for signal in muted:
        signal.receivers = []
        signal.sender_receivers_cache.clear()
    now = timezone.now()

    def region(page, number):
        page.population = 100_000 + number
        page.area_km2 = 1_000 + number

    def event(page, number):
        # Half of them in the past, half to come.
        page.start = now + timedelta(days=number - events // 2, hours=1)
        page.end = page.start + timedelta(hours=2)

    try:
        seed_children(RegionPage, RegionIndexPage, regions, "bench-region", region)
        seed_children(EventPage, EventIndexPage, events, "bench-event", event)
    finally:
        for signal, receivers in zip(muted, kept, strict=True):
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()
    forget_cached_pages()
    forget_live_figures()
