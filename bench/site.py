"""Benchmark helpers run inside Django (settings from the environment): seed a large site, count SQL
queries per page, profile a page, drop cached content. `python bench/site.py seed|queries|profile|forget`"""

import cProfile
import io
import json
import os
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "r4blp.settings.production")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402

from bench.seeding import forget_cached_content, seed_large_site  # noqa: E402

HOST = "127.0.0.1"


def query_counts(urls):
    """SQL queries of each page, on the second visit (as every visitor after the first sees it)."""
    client = Client(HTTP_HOST=HOST)
    counts = {}
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts[url] = len(queries)
    print(json.dumps(counts))


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
        print(json.dumps({"pages": Page.objects.count()}))
    elif command == "queries":
        query_counts(args)
    elif command == "profile":
        profile(args[0])
    elif command == "forget":
        forget_cached_content()
