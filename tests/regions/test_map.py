"""The member map: no edge across the whole world, thin borders, markers that never cover each other
and each with a name for screen readers."""

import re
from math import hypot

import pytest

from regions import worldmap

pytestmark = pytest.mark.django_db


def svg(client, language="en"):
    html = client.get(f"/{language}/regions/").content.decode()
    return re.search(r'<svg[^>]*class="region-map__svg".*?</svg>', html, re.S).group(0)


def segments(d):
    """Every straight segment of a path of M/L/Z commands, as ((x1, y1), (x2, y2))."""
    for subpath in re.findall(r"M[^M]*", d):
        points = [tuple(map(float, p.split())) for p in re.split(r"[MLZ]", subpath) if p.strip()]
        yield from zip(points, points[1:], strict=False)
        if subpath.rstrip().endswith("Z"):
            yield points[-1], points[0]


def test_no_map_path_has_a_segment_spanning_half_the_map(client, demo_site):
    drawn = svg(client)
    paths = re.findall(r'<path[^>]*d="([^"]+)"', drawn)
    assert len(paths) >= 2  # the land and the borders
    widest = max(abs(b[0] - a[0]) for d in paths for a, b in segments(d))
    assert widest < worldmap.WIDTH / 2, widest


def test_map_draws_country_borders(client, demo_site):
    borders = re.search(r'<path class="region-map__borders" d="([^"]+)"', svg(client)).group(1)
    assert borders.count("M") > 100


@pytest.mark.parametrize("language", ["en", "ar"])
def test_no_two_demo_markers_overlap_and_each_is_named(client, demo_site, language):
    drawn = svg(client, language)
    markers = re.findall(
        r'<a href="([^"]+)"><title>([^<]+)</title>.*?<circle cx="([\d.]+)" cy="([\d.]+)" r="(\d+)"', drawn
    )
    assert len(markers) == 12
    centres = [(float(x), float(y)) for _url, _title, x, y, _r in markers]
    diameter = 2 * int(markers[0][4])
    for i, a in enumerate(centres):
        for b in centres[i + 1 :]:
            assert hypot(a[0] - b[0], a[1] - b[1]) >= diameter, (a, b)
    assert all(title.strip() and url.startswith(f"/{language}/") for url, title, *_ in markers)
    # Campeche and Yucatán lie a marker apart: one of them is drawn beside its place, tied to it.
    assert "region-map__leader" in drawn


def test_crowded_markers_are_placed_apart_and_uncrowded_ones_stay_put():
    crowd = [(100.0, 100.0)] * 30 + [(400.0, 300.0)]
    placed = worldmap.place_markers(crowd)
    assert placed[0] == (100.0, 100.0) and placed[-1] == (400.0, 300.0)
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            assert hypot(a[0] - b[0], a[1] - b[1]) >= 2 * worldmap.RADIUS
    assert worldmap.place_markers(crowd) == placed
