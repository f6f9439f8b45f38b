"""Lists shown to people in dictionary order (the Unicode Collation Algorithm), not code-point order."""

from functools import cache

from pyuca import Collator


@cache
def collator():
    # Reading the Unicode collation table takes about half a second: once per worker, when first needed.
    return Collator()


def sorted_for_reading(items, key=str):
    """`items` in the order a reader expects ("Bélgica" before "Brasil", "Émirats" before "France"),
    by `key(item)`; accents and case only break ties."""
    sort_key = collator().sort_key
    return sorted(items, key=lambda item: sort_key(key(item)))
