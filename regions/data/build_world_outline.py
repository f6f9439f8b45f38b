"""Rebuild `world_outline.json` (the land outline of the member map) from Natural Earth's 1:110m data.

Natural Earth is in the public domain; the npm package `world-atlas` ships it as TopoJSON. Run once:

    npm install world-atlas@2 topojson-client@3      # in a scratch folder
    node -e 'const t=require("topojson-client"),w=require("world-atlas/countries-110m.json");
             console.log(JSON.stringify(t.feature(w, w.objects.land)))' > land.geojson
    python regions/data/build_world_outline.py land.geojson

The result is a list of rings, each a flat list of longitude/latitude pairs in tenths of a degree,
simplified (Douglas-Peucker) so the page stays small; Antarctica is left out of the map."""

import json
import sys
from pathlib import Path

TOLERANCE = 0.35  # degrees
MIN_POINTS = 4
SOUTHERN_LIMIT = -58


def simplify(points, tolerance):
    """Douglas-Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            distance = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length
            if distance > best:
                best, index = distance, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def rings(geometry):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        yield from polygon


def main(source):
    data = json.loads(Path(source).read_text())
    features = data["features"] if data["type"] == "FeatureCollection" else [data]
    outline = []
    for feature in features:
        for ring in rings(feature["geometry"]):
            if max(lat for _lon, lat in ring) < SOUTHERN_LIMIT:
                continue
            # A closed ring starts and ends on the same point: simplify its two halves.
            middle = len(ring) // 2
            points = simplify(ring[: middle + 1], TOLERANCE)[:-1] + simplify(ring[middle:], TOLERANCE)
            if len(points) < MIN_POINTS:
                continue
            flat = []
            for lon, lat in points:
                flat += [round(lon * 10), round(lat * 10)]
            outline.append(flat)
    target = Path(__file__).with_name("world_outline.json")
    target.write_text(json.dumps(outline, separators=(",", ":")) + "\n")
    print(f"{len(outline)} rings, {sum(len(r) for r in outline) // 2} points -> {target}")


if __name__ == "__main__":
    main(sys.argv[1])
