"""The live members of one region index, drawn once per publish: each one's map marker and list card."""

from itertools import accumulate

from django.template.loader import get_template
from django.utils.safestring import mark_safe

from . import worldmap


class Members:
    """Every live region of an index, by name, as markup: the map and the list of a thousand members
    cost a slice of two strings instead of a thousand rows and template renders per request.

    Pickled into the cache, so it holds plain strings and numbers: one string per kind of markup and
    where each region's part ends in it."""

    def __init__(self, regions):
        """`regions`: the live regions by name, each with its `list_url`."""
        card = get_template("regions/includes/region_card.html")
        markers = [worldmap.marker(r.list_url, r.title, r.longitude, r.latitude) for r in regions]
        cards = [card.render({"region": region}) for region in regions]
        self.pks = [region.pk for region in regions]
        self._markers, self._marker_ends = "".join(markers), [0, *accumulate(map(len, markers))]
        self._cards, self._card_ends = "".join(cards), [0, *accumulate(map(len, cards))]

    def __len__(self):
        return len(self.pks)

    def positions(self, pks=None):
        """Where the regions of `pks` (all if None) stand in the list, in its order."""
        if pks is None:
            return range(len(self.pks))
        return [position for position, pk in enumerate(self.pks) if pk in pks]

    def markers(self, positions):
        if positions == range(len(self.pks)):
            return mark_safe(self._markers)  # noqa: S308 (each marker escaped when drawn)
        return self._join(self._markers, self._marker_ends, positions)

    def cards(self, positions):
        return self._join(self._cards, self._card_ends, positions)

    @staticmethod
    def _join(markup, ends, positions):
        return mark_safe("".join(markup[ends[p] : ends[p + 1]] for p in positions))  # noqa: S308
