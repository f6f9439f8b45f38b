"""The member map, drawn on the server as inline SVG: Natural Earth's land and country borders in
the Equal Earth projection, and one marker per region. No tiles, no script, no request to another site."""

import json
from functools import lru_cache
from math import asin, cos, hypot, radians, sin, sqrt
from pathlib import Path

from django.utils.html import escape

OUTLINE_FILE = Path(__file__).parent / "data" / "world_outline.json"
SCALE = 180  # SVG units per projected unit
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = sqrt(3) / 2
MAX_X = 2.7066
NORTH, SOUTH = 84.0, -58.0  # the outline's extent (Antarctica left out)


def _equal_earth(lon, lat):
    lam, phi = radians(lon), radians(lat)
    theta = asin(M * sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


TOP = _equal_earth(0, NORTH)[1]
BOTTOM = _equal_earth(0, SOUTH)[1]
WIDTH = round(2 * MAX_X * SCALE)
HEIGHT = round((TOP - BOTTOM) * SCALE)
VIEWBOX = f"0 0 {WIDTH} {HEIGHT}"


def project(lon, lat):
    """SVG coordinates of a longitude/latitude, rounded to a tenth of a unit."""
    lat = max(min(lat, NORTH), SOUTH)
    x, y = _equal_earth(lon, lat)
    return round((x + MAX_X) * SCALE, 1), round((TOP - y) * SCALE, 1)


def _path(lines, closed):
    parts = []
    for line in lines:
        points = (project(line[i] / 10, line[i + 1] / 10) for i in range(0, len(line), 2))
        parts.append("M" + "L".join(f"{round(x)} {round(y)}" for x, y in points) + ("Z" if closed else ""))
    return "".join(parts)


@lru_cache(maxsize=1)
def _outline():
    return json.loads(OUTLINE_FILE.read_text())


@lru_cache(maxsize=1)
def land_path():
    """The `d` attribute of the land outline; computed once per process."""
    return _path(_outline()["land"], closed=True)


@lru_cache(maxsize=1)
def borders_path():
    """The `d` attribute of the borders between countries; computed once per process."""
    return _path(_outline()["borders"], closed=False)


RADIUS = 7
# Markers closer than this would cover each other: a marker's width and a hair of space.
SPACING = 2 * RADIUS + 1
# Where a crowded marker may go instead, nearest first: rings of twelve around its place.
NUDGES = [
    (round(ring * SPACING * cos(radians(angle)), 1), round(ring * SPACING * sin(radians(angle)), 1))
    for ring in range(1, 6)
    for angle in range(-90, 270, 30)
]
OFFSETS = [(0, 0), *NUDGES]


def place_markers(points):
    """Where to draw markers at `points` (SVG coordinates) so that no two overlap: each marker in
    turn keeps its place if it is free, else takes the nearest free place around it. The same
    points always give the same places, and every subset of them stays free of overlaps (unless
    more than sixty crowd one spot, when the last ones stay where they are)."""
    placed, grid = [], {}  # grid: the places taken, by square of SPACING side, to look only nearby

    def free(spot):
        column, row = int(spot[0] // SPACING), int(spot[1] // SPACING)
        return all(
            hypot(spot[0] - px, spot[1] - py) >= SPACING
            for c in (column - 1, column, column + 1)
            for r in (row - 1, row, row + 1)
            for px, py in grid.get((c, r), ())
        )

    # Places are only ever taken, never freed: a candidate once found taken stays taken, so markers
    # at the same point (regions in one city) go on from the first candidate not yet tried.
    tried = {}
    for x, y in points:
        spot = (x, y)  # where it stays when every place around is taken
        first, tried[(x, y)] = tried.get((x, y), 0), len(OFFSETS)
        for i in range(first, len(OFFSETS)):
            candidate = (round(x + OFFSETS[i][0], 1), round(y + OFFSETS[i][1], 1))
            if free(candidate):
                spot, tried[(x, y)] = candidate, i + 1
                break
        grid.setdefault((int(spot[0] // SPACING), int(spot[1] // SPACING)), []).append(spot)
        placed.append(spot)
    return placed


# One line per marker, with no class or indentation: a thousand members make a thousand of them.
# The <title> names the link for screen readers (SVG's own way) and shows on hover; a marker moved
# aside to stay clear of its neighbours keeps a thin line to where the region is.
MARKER = '<a href="{url}"><title>{title}</title>{leader}<circle cx="{x}" cy="{y}" r="7"/></a>\n'
LEADER = '<path class="region-map__leader" d="M{x1} {y1}L{x2} {y2}"/>'


def markers(regions):
    """Each region's marker (a link to its profile) from `(url, title, longitude, latitude)`."""
    points = [_point(longitude, latitude) for _url, _title, longitude, latitude in regions]
    return [
        _marker(url, title, point, spot)
        for (url, title, _lon, _lat), point, spot in zip(regions, points, place_markers(points), strict=True)
    ]


# A marker's place and markup depend on nothing but their arguments: each worker keeps those of the
# members (a few thousand in all languages), so a publish draws again only what it moved or renamed.
@lru_cache(maxsize=20_000)
def _point(longitude, latitude):
    return project(longitude, latitude)


@lru_cache(maxsize=20_000)
def _marker(url, title, point, spot):
    # Only the address and name are text; the rest are numbers (format_html costs a third of the
    # time of drawing a thousand markers, for nothing to escape).
    (x1, y1), (x, y) = point, spot
    leader = LEADER.format(x1=x1, y1=y1, x2=x, y2=y) if spot != point else ""
    return MARKER.format(url=escape(url), title=escape(title), leader=leader, x=x, y=y)
