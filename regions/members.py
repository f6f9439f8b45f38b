"""The live members of one region index, drawn once per publish: each one's map marker and list card."""

from itertools import accumulate

from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django_countries import countries
from wagtail.images import get_image_model

from . import worldmap


class Members:
    """Every live region of an index, by name, as markup: the map of a thousand members costs a slice
    of one string instead of a thousand rows per request, and a page of the list its cards, each
    drawn the first time it is shown (the first request after a publish draws one page, not all).

    Kept in each worker's memory and shared by its requests, so it holds plain values and strings:
    the regions' fields, the markers as one string with where each region's part ends in it, and
    the cards drawn so far by position."""

    # What a card and a marker show: read as plain values, as model instances of a thousand pages
    # would take most of the time of drawing them.
    FIELDS = ("pk", "title", "slug", "country", "world_region", "population", "area_km2")
    FIELDS += ("membership_status", "latitude", "longitude", "summary", "emblem")

    def __init__(self, regions, index_url):
        """`regions`: the live regions' FIELDS by name, as dicts; `index_url`: their index's URL."""
        for region in regions:
            region["list_url"] = f"{index_url}{region['slug']}/"
        markers = worldmap.markers(
            [(r["list_url"], r["title"], r["longitude"], r["latitude"]) for r in regions]
        )
        self.regions = regions
        self.pks = [region["pk"] for region in regions]
        self._markers, self._marker_ends = "".join(markers), [0, *accumulate(map(len, markers))]
        self._cards = {}

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
        if missing := [position for position in positions if position not in self._cards]:
            self._draw_cards(missing)
        return mark_safe("".join(self._cards[position] for position in positions))  # noqa: S308

    def _draw_cards(self, positions):
        """The cards at `positions`, with their emblems and renditions read in two queries."""
        from .models import MEMBERSHIP_STATUSES, WORLD_REGIONS

        world_regions, statuses = dict(WORLD_REGIONS), dict(MEMBERSHIP_STATUSES)
        regions = [self.regions[position] for position in positions]
        emblem_ids = {region["emblem"] for region in regions} - {None}
        emblems = get_image_model().objects.filter(pk__in=emblem_ids).prefetch_renditions().in_bulk()
        card = get_template("regions/includes/region_card.html")
        for position, region in zip(positions, regions, strict=True):
            shown = {
                **region,
                "emblem": emblems.get(region["emblem"]),
                "country_name": countries.name(region["country"]),
                "world_region_name": world_regions.get(region["world_region"], ""),
                "membership_status_name": statuses.get(region["membership_status"], ""),
            }
            self._cards[position] = card.render({"region": shown})

    @staticmethod
    def _join(markup, ends, positions):
        return mark_safe("".join(markup[ends[p] : ends[p + 1]] for p in positions))  # noqa: S308
