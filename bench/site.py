"""Benchmark helpers run inside Django (settings from the environment): seed a large site, count SQL
queries and time each page warm, after an event or a region is published and after a change to the
frame, profile a page, drop cached content.
`python bench/site.py seed|queries|timings|profile|forget`"""

import cProfile
import io
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "r4blp.settings.production")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from bench.seeding import forget_cached_content, seed_large_site  # noqa: E402
from events.models import EventPage  # noqa: E402
from r4blp.page_cache import content_changed  # noqa: E402
from regions.models import RegionPage  # noqa: E402

HOST = "127.0.0.1"


def visit(client, url):
    """SQL queries and seconds of one request."""
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        seconds = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return len(queries), seconds


EDITED = " (edited)"


def publish(page):
    """What an editor does: the page's summary edited and published (a new revision)."""
    edited = page.summary.endswith(EDITED)
    page.summary = page.summary.removesuffix(EDITED) if edited else page.summary + EDITED
    page.save_revision().publish()


def publish_an_event():
    """The next event, which the landing, the events' index and its own page show."""
    events = EventPage.objects.live().filter(locale__language_code="en", start__gt=timezone.now())
    publish(events.order_by("start").first())


def publish_a_region():
    """The first region, which the landing's figures, the map, the list and its own page show."""
    publish(RegionPage.objects.live().filter(locale__language_code="en").order_by("path").first())


def change_the_frame():
    """A change to what surrounds every page (a menu page, a setting, an image): every value anew."""
    content_changed()


def warm_and_cold(url, repeat, change):
    """[queries, seconds] of a warm visit (the page drawn again, the values pages share kept) and of
    the first visit after `change`, the median of `repeat`. Each round times one of each, one after
    the other, so that a busy moment of the machine weighs on both alike."""
    client = Client(HTTP_HOST=HOST)
    client.get(url)
    warm, cold = [], []
    for _ in range(repeat):
        warm.append(visit(client, url))
        change()
        cold.append(visit(client, url))
    return [[max(q for q, _s in runs), statistics.median(s for _q, s in runs)] for runs in (warm, cold)]


def query_counts(urls):
    """SQL queries of each page, warm and after a change to the frame (every value read anew)."""
    counts = {url: warm_and_cold(url, 1, change_the_frame) for url in urls}
    print(json.dumps({url: [warm[0], cold[0]] for url, (warm, cold) in counts.items()}))


def timings(urls, repeat=9):
    """Milliseconds of each page (in-process, no network): warm, then the first request after an
    event is published, after a region is published, and after a change to the frame."""
    times = {}
    for url in urls:
        (_q, warm), (_q, event) = warm_and_cold(url, repeat, publish_an_event)
        _warm, (_q, region) = warm_and_cold(url, repeat, publish_a_region)
        _warm, (_q, frame) = warm_and_cold(url, repeat, change_the_frame)
        times[url] = [warm * 1000, event * 1000, region * 1000, frame * 1000]
    print(json.dumps(times))


def profile(url, repeat=50):
    client = Client(HTTP_HOST=HOST)
    client.get(url)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        client.get(url)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
    print(out.getvalue())


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "seed":
        seed_large_site(int(args[0]), int(args[1]))
        if connection.vendor == "postgresql":
            # Planner statistics for the new rows, as autovacuum keeps them on a live database: without
            # them PostgreSQL guesses a dozen pages per language and picks slow plans.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(json.dumps({"pages": Page.objects.count()}))
    elif command == "queries":
        query_counts(args)
    elif command == "timings":
        timings(args)
    elif command == "profile":
        profile(args[0])
    elif command == "forget":
        forget_cached_content()
