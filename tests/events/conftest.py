"""Helpers of the events tests: event pages made the way editors make them, under a chosen index."""

from datetime import datetime
from itertools import count
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Locale

from events.models import EventIndexPage, EventKind, EventPage

_numbers = count(1)


def local(year, month, day, hour=0, minute=0, zone="UTC"):
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


def add_event(index, title, start, end, *, kind=EventKind.ONLINE, publish=False, **fields):
    """A live event under `index`; `publish=True` goes through a revision like the admin's button."""
    page = EventPage(
        title=title,
        slug=f"test-event-{next(_numbers)}",
        start=start,
        end=end,
        time_zone=str(start.tzinfo),
        kind=kind,
        **fields,
    )
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    page.refresh_from_db()  # as stored: UTC
    return page


def translated(event, language):
    """The event copied into a language and published, as a translator's first sync does."""
    event.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    copy = EventPage.objects.get(translation_key=event.translation_key, locale__language_code=language)
    copy.save_revision().publish()
    return copy


@pytest.fixture
def events_index(demo_site):
    return EventIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def empty_index(demo_site):
    """An events index of its own, so a test controls every event in it."""
    index = EventIndexPage(title="Test events", slug=f"test-events-{next(_numbers)}")
    demo_site.add_child(instance=index)
    return index
