"""The template fragments' cache: this worker's own memory, bounded by bytes as well as by entries,
holding each value as it is (no pickling), the least recently used going first."""

import sys
import time
from collections import OrderedDict
from threading import Lock

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache


class Shelf:
    """The entries of one named cache, least recently used first, and what they weigh."""

    def __init__(self):
        self.entries = OrderedDict()  # key: (expiry time or None, value, size)
        self.bytes = 0
        self.lock = Lock()


# Django makes a cache object per thread: the threads of a process share one shelf per cache name.
_shelves = {}


class WorkerMemoryCache(BaseCache):
    """Django's local-memory cache counts entries only, and a fragment may be a few hundred bytes (a
    header) or a few hundred kilobytes (the member map). Every address of a page has fragments of
    its own, so a crawler or a flood of made-up query strings could fill a worker's memory with big
    ones; here MAX_BYTES bounds what the entries weigh together.

    Values are kept as the very objects given, shared by the requests that read them: made for
    rendered text, which cannot change. Each worker process has its own."""

    def __init__(self, name, params):
        super().__init__(params)
        self._max_bytes = int(params.get("OPTIONS", {}).get("MAX_BYTES", 128 * 1024 * 1024))
        self._shelf = _shelves.setdefault(name, Shelf())
        self._entries = self._shelf.entries
        self._lock = self._shelf.lock

    def _live(self, key):
        """The key's entry if it has not expired (dropping it if it has), else None."""
        entry = self._entries.get(key)
        if entry is not None and entry[0] is not None and entry[0] <= time.time():
            self._drop(key)
            return None
        return entry

    def _drop(self, key):
        _expires, _value, size = self._entries.pop(key)
        self._shelf.bytes -= size

    def _store(self, key, value, timeout):
        if key in self._entries:
            self._drop(key)
        size = sys.getsizeof(value)
        if size > self._max_bytes:
            return
        self._entries[key] = (self.get_backend_timeout(timeout), value, size)
        self._shelf.bytes += size
        while len(self._entries) > self._max_entries or self._shelf.bytes > self._max_bytes:
            self._drop(next(iter(self._entries)))

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            entry = self._live(key)
            if entry is None:
                return default
            self._entries.move_to_end(key)
            return entry[1]

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            self._store(key, value, timeout)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._live(key) is not None:
                return False
            self._store(key, value, timeout)
            return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            entry = self._live(key)
            if entry is None:
                return False
            self._entries[key] = (self.get_backend_timeout(timeout), *entry[1:])
            return True

    def delete(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._live(key) is None:
                return False
            self._drop(key)
            return True

    def has_key(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            return self._live(key) is not None

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._shelf.bytes = 0
