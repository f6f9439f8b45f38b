"""The member map, drawn on the server as inline SVG: Natural Earth's land outline in the Equal
Earth projection, and one marker per region. No tiles, no script, no request to another site."""

import json
from functools import lru_cache
from math import asin, cos, radians, sin, sqrt
from pathlib import Path

from django.utils.html import format_html

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


@lru_cache(maxsize=1)
def land_path():
    """The `d` attribute of the land outline; computed once per process."""
    rings = json.loads(OUTLINE_FILE.read_text())
    parts = []
    for ring in rings:
        points = []
        for i in range(0, len(ring), 2):
            x, y = project(ring[i] / 10, ring[i + 1] / 10)
            points.append(f"{round(x)} {round(y)}")
        parts.append("M" + "L".join(points) + "Z")
    return "".join(parts)


# One line per marker, with no class or indentation: a thousand members make a thousand of them.
# The <title> names the link for screen readers (SVG's own way) and shows on hover.
MARKER = '<a href="{url}"><title>{title}</title><circle cx="{x}" cy="{y}" r="7"/></a>\n'


def marker(url, title, longitude, latitude):
    """One region's marker: a link to its profile, named for screen readers and on hover."""
    x, y = project(longitude, latitude)
    return str(format_html(MARKER, url=url, title=title, x=x, y=y))
