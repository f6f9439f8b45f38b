"""The live members of one region index, drawn once per publish: each one's map marker and list card."""

from itertools import accumulate

from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django_countries import countries
from wagtail.images import get_image_model

from . import worldmap


class Members:
    """Every live region of an index, by name, as markup: the map and the list of a thousand members
    cost a slice of two strings instead of a thousand rows and template renders per request.

    Kept in each worker's memory and shared by its requests, so it holds plain strings and numbers:
    one string per kind of markup and where each region's part ends in it."""

    # What a card and a marker show: read as plain values, as model instances of a thousand pages
    # would take most of the time of drawing them.
    FIELDS = ("pk", "title", "slug", "country", "world_region", "population", "area_km2")
    FIELDS += ("membership_status", "latitude", "longitude", "summary", "emblem")

    def __init__(self, regions, index_url):
        """`regions`: the live regions' FIELDS by name, as dicts; `index_url`: their index's URL."""
        from .models import MEMBERSHIP_STATUSES, WORLD_REGIONS

        world_regions, statuses = dict(WORLD_REGIONS), dict(MEMBERSHIP_STATUSES)
        # Every card's emblem and its renditions in two queries, whatever the number of regions.
        emblem_ids = {region["emblem"] for region in regions} - {None}
        emblems = get_image_model().objects.filter(pk__in=emblem_ids).prefetch_renditions().in_bulk()
        for region in regions:
            region["emblem"] = emblems.get(region["emblem"])
            region["list_url"] = f"{index_url}{region['slug']}/"
            region["country_name"] = countries.name(region["country"])
            region["world_region_name"] = world_regions.get(region["world_region"], "")
            region["membership_status_name"] = statuses.get(region["membership_status"], "")
        card = get_template("regions/includes/region_card.html")
        markers = worldmap.markers(
            [(r["list_url"], r["title"], r["longitude"], r["latitude"]) for r in regions]
        )
        cards = [card.render({"region": region}) for region in regions]
        self.pks = [region["pk"] for region in regions]
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
