"""The landing: its next events, and its "webinars held" figure counted from past live webinars."""

import re
import time
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from events.models import EventKind, EventPage
from home.figures import live_figures
from r4blp import page_cache
from r4blp.page_cache import CLOCK_SECONDS

from .conftest import add_event, local

pytestmark = pytest.mark.django_db


def webinars_figure(html):
    figures = re.findall(
        r'<p class="figure__number">([\d,]+)</p>\s*<p class="figure__label">([^<]+)</p>', html
    )
    return {label: int(number.replace(",", "")) for number, label in figures}["online webinars held"]


def past_live_webinars():
    return EventPage.objects.live().filter(
        locale__language_code="en", kind=EventKind.ONLINE, end__lte=timezone.now()
    )


def test_webinars_held_equals_the_past_live_webinars_and_grows_with_a_publish(client, events_index):
    before = webinars_figure(client.get("/en/").content.decode())
    assert before == past_live_webinars().count() >= 10
    # Translations are the same webinars: the Spanish landing shows the same number.
    assert re.search(rf'<p class="figure__number">{before}</p>', client.get("/es/").content.decode())

    add_event(events_index, "One more webinar", local(2025, 11, 5, 15), local(2025, 11, 5, 16), publish=True)
    add_event(
        events_index,
        "A meeting is not a webinar",
        local(2025, 11, 6, 9),
        local(2025, 11, 6, 17),
        kind=EventKind.IN_PERSON,
        publish=True,
    )

    assert webinars_figure(client.get("/en/").content.decode()) == before + 1


def test_unpublishing_a_webinar_takes_it_out_of_the_figure(client, events_index):
    before = webinars_figure(client.get("/en/").content.decode())
    past_live_webinars().first().unpublish()
    assert webinars_figure(client.get("/en/").content.decode()) == before - 1


def test_a_webinar_counts_as_held_within_a_minute_of_its_end_with_no_publish(
    client, events_index, monkeypatch
):
    before = webinars_figure(client.get("/en/").content.decode())
    assert live_figures()["webinars"] == before
    now = timezone.now()
    next_end = (
        EventPage.objects.live()
        .filter(locale__language_code="en", kind=EventKind.ONLINE, end__gt=now)
        .order_by("end")
        .first()
        .end
    )
    monkeypatch.setattr(timezone, "now", lambda: next_end - timedelta(seconds=1))
    assert webinars_figure(client.get("/en/").content.decode()) == before
    monkeypatch.setattr(timezone, "now", lambda: next_end + timedelta(seconds=1))
    # The clock changes no content generation: the figure is kept its minute, then counted anew.
    assert webinars_figure(client.get("/en/").content.decode()) == before
    # A minute later the clock's minute has turned: the worker's figures, kept for that minute, are
    # counted anew.
    a_minute_later = time.time() + CLOCK_SECONDS
    monkeypatch.setattr(page_cache, "time", SimpleNamespace(time=lambda: a_minute_later))
    assert webinars_figure(client.get("/en/").content.decode()) == before + 1


def test_the_landing_lists_the_next_events_soonest_first(client, events_index):
    html = client.get("/en/").content.decode()
    section = re.search(r'<section class="next-events".*?</section>', html, re.S).group(0)
    titles = re.findall(r'<h3 class="event-card__title"><a href="[^"]+">([^<]+)</a>', section)
    assert titles == ["Monitoring biodiversity with citizen science", "Annual meeting of member regions"]
    assert 'href="/en/events/"' in section

    french = client.get("/fr/").content.decode()
    assert "Suivre la biodiversité grâce aux sciences participatives" in french
