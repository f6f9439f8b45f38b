"""The landing: its next events, and its "webinars held" figure counted from past live webinars."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventKind, EventPage
from home.figures import live_figures, seconds_until_figures_change

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


def test_the_cached_figure_expires_when_the_next_webinar_ends(events_index):
    now = timezone.now()
    next_end = (
        EventPage.objects.live()
        .filter(locale__language_code="en", kind=EventKind.ONLINE, end__gt=now)
        .order_by("end")
        .first()
        .end
    )
    seconds = seconds_until_figures_change()
    assert abs(seconds - (next_end - now).total_seconds()) < 60

    soon = add_event(events_index, "Ends soon", now - timedelta(minutes=50), now + timedelta(minutes=10))
    assert 0 < seconds_until_figures_change() <= 600
    soon.unpublish()
    assert abs(seconds_until_figures_change() - seconds) < 60


def test_a_webinar_that_ends_counts_without_any_publish(events_index):
    counted = live_figures()["webinars"]
    now = timezone.now()
    add_event(events_index, "Just over", now - timedelta(hours=2), now - timedelta(hours=1))
    # The cache was filled before; the hook is what makes it expire, so recompute as it would.
    from home.figures import forget_live_figures

    forget_live_figures()
    assert live_figures()["webinars"] == counted + 1


def test_the_landing_lists_the_next_events_soonest_first(client, events_index):
    html = client.get("/en/").content.decode()
    section = re.search(r'<section class="next-events".*?</section>', html, re.S).group(0)
    titles = re.findall(r'<h3 class="event-card__title"><a href="[^"]+">([^<]+)</a>', section)
    assert titles == ["Monitoring biodiversity with citizen science", "Annual meeting of member regions"]
    assert 'href="/en/events/"' in section

    french = client.get("/fr/").content.decode()
    assert "Suivre la biodiversité grâce aux sciences participatives" in french
