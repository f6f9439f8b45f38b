"""The live members of one region index as markup: each one's map marker and list card."""

from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django_countries import countries
from wagtail.images import get_image_model

from r4blp.page_cache import FRAME, cached_until_content_changes

from . import worldmap


class Members:
    """Every live region of an index, by name, read as plain values in one query: model instances
    of a thousand pages would take most of the time of drawing them. The map's markers and the
    list's cards are drawn from those values and kept by what they show (see `worldmap.markers`
    and `cards`), so a publish draws again only what it changed."""

    # What a card and a marker show.
    FIELDS = ("pk", "title", "slug", "country", "world_region", "population", "area_km2")
    FIELDS += ("membership_status", "latitude", "longitude", "summary", "emblem")

    def __init__(self, regions, index_url):
        """`regions`: the live regions' FIELDS by name, as dicts; `index_url`: their index's URL."""
        for region in regions:
            region["list_url"] = f"{index_url}{region['slug']}/"
        self.regions = regions
        self.pks = [region["pk"] for region in regions]

    def country_codes(self):
        return sorted({region["country"] for region in self.regions})

    def positions(self, pks=None):
        """Where the regions of `pks` (all if None) stand in the list, in its order."""
        if pks is None:
            return range(len(self.pks))
        return [position for position, pk in enumerate(self.pks) if pk in pks]

    def markers(self, positions):
        """The markers at `positions`, placed among all the members' (a filter moves none)."""
        markers = worldmap.markers(
            [(r["list_url"], r["title"], r["longitude"], r["latitude"]) for r in self.regions]
        )
        return mark_safe("".join(markers[position] for position in positions))  # noqa: S308 (escaped)

    def cards(self, positions):
        """The cards at `positions`. Each is kept, in this language, by what it shows, until the frame
        changes (an emblem is an image, which is the frame's): a region published draws its own card
        again, no other. The missing ones are drawn together, their emblems read in two queries."""
        drawn = cached_until_content_changes(f"region-cards:{get_language()}", dict, shows=FRAME)
        shown = {tuple(region.values()): region for region in map(self.regions.__getitem__, positions)}
        missing = {key: region for key, region in shown.items() if key not in drawn}
        if missing:
            drawn.update(zip(missing, self._draw(missing.values()), strict=True))
        return mark_safe("".join(drawn[key] for key in shown))  # noqa: S308 (drawn by a template)

    @staticmethod
    def _draw(regions):
        from .models import MEMBERSHIP_STATUSES, WORLD_REGIONS

        world_regions, statuses = dict(WORLD_REGIONS), dict(MEMBERSHIP_STATUSES)
        emblem_ids = {region["emblem"] for region in regions} - {None}
        emblems = get_image_model().objects.filter(pk__in=emblem_ids).prefetch_renditions().in_bulk()
        card = get_template("regions/includes/region_card.html")
        for region in regions:
            shown = {
                **region,
                "emblem": emblems.get(region["emblem"]),
                "country_name": countries.name(region["country"]),
                "world_region_name": world_regions.get(region["world_region"], ""),
                "membership_status_name": statuses.get(region["membership_status"], ""),
            }
            yield card.render({"region": shown})
