"""The template fragments' cache (r4blp.worker_cache): bounded by what its entries weigh, the least
recently used going first, and otherwise a Django cache like any other."""

import itertools
import threading

from django.core.cache import caches

from r4blp.worker_cache import WorkerMemoryCache

names = (f"test-worker-cache-{n}" for n in itertools.count())


def new_cache(max_bytes=100_000, max_entries=100):
    return WorkerMemoryCache(next(names), {"OPTIONS": {"MAX_BYTES": max_bytes, "MAX_ENTRIES": max_entries}})


def test_it_keeps_values_as_a_django_cache_does():
    cache = new_cache()
    value = "<p>kept</p>"
    assert cache.get("k") is None and cache.get("k", "default") == "default"
    cache.set("k", value)
    assert cache.get("k") is value and cache.has_key("k")
    assert cache.add("k", "other") is False and cache.get("k") is value
    assert cache.add("new", "added") is True and cache.get("new") == "added"
    assert cache.delete("k") is True and cache.get("k") is None and cache.delete("k") is False
    cache.clear()
    assert cache.get("new") is None


def test_expired_values_are_gone():
    cache = new_cache()
    cache.set("now", "x", timeout=0)  # Django's "expire at once"
    cache.set("later", "y", timeout=60)
    assert cache.get("now") is None and cache.get("later") == "y"
    assert cache.touch("later", timeout=0) is True and cache.get("later") is None


def test_past_its_bytes_the_least_recently_used_go_first():
    cache = new_cache(max_bytes=10_000)
    cache.set("a", "a" * 4000)
    cache.set("b", "b" * 4000)
    cache.get("a")  # read again: now "b" is the least recently used
    cache.set("c", "c" * 4000)
    assert cache.get("b") is None
    assert cache.get("a") and cache.get("c")
    cache.set("huge", "h" * 20_000)  # heavier than the whole cache: not kept, nothing dropped for it
    assert cache.get("huge") is None and cache.get("a") and cache.get("c")


def test_past_its_entries_the_least_recently_used_go_first():
    cache = new_cache(max_entries=3)
    for key in "abcd":
        cache.set(key, key)
    assert [cache.get(key) for key in "abcd"] == [None, "b", "c", "d"]


def test_the_threads_of_a_worker_share_it():
    # Django makes a cache object per thread: what one thread stores, another reads.
    caches["template_fragments"].set("shared", "from the test's thread")
    seen = []
    thread = threading.Thread(target=lambda: seen.append(caches["template_fragments"].get("shared")))
    thread.start()
    thread.join()
    assert seen == ["from the test's thread"]
    caches["template_fragments"].delete("shared")
