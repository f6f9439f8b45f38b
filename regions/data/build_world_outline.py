"""Rebuild `world_outline.json` (land and country borders of the member map) from Natural Earth's
1:110m data.

Natural Earth is in the public domain; the npm package `world-atlas` ships it as TopoJSON. Run once:

    npm install world-atlas@2 topojson-client@3      # in a scratch folder
    node -e 'const t=require("topojson-client"),w=require("world-atlas/countries-110m.json"),
             fs=require("fs");
             fs.writeFileSync("land.geojson", JSON.stringify(t.feature(w, w.objects.land)));
             fs.writeFileSync("borders.geojson",
                 JSON.stringify(t.mesh(w, w.objects.countries, (a, b) => a !== b)))'
    python regions/data/build_world_outline.py land.geojson borders.geojson

The result is `{"land": rings, "borders": lines}`, each a flat list of longitude/latitude pairs in
tenths of a degree, simplified (Douglas-Peucker) so the page stays small. Shapes that cross the
antimeridian are cut there, so no edge runs across the whole map; Antarctica is left out."""

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


def unwrap(points):
    """The points with longitudes made continuous: a step of more than 180° goes the short way round."""
    unwrapped = [points[0]]
    for lon, lat in points[1:]:
        previous = unwrapped[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        unwrapped.append((lon, lat))
    return unwrapped


def clip(ring, meridian, keep_west):
    """The part of a closed ring west (or east) of a meridian: Sutherland-Hodgman on one edge."""

    def inside(point):
        return point[0] <= meridian if keep_west else point[0] >= meridian

    result = []
    for current, following in zip(ring, ring[1:] + ring[:1], strict=True):
        if inside(current):
            result.append(current)
        if inside(current) != inside(following):
            (x1, y1), (x2, y2) = current, following
            t = (meridian - x1) / (x2 - x1)
            result.append((meridian, y1 + t * (y2 - y1)))
    return result


def split_ring(ring):
    """A closed ring as one or more rings that each stay within -180°..180°."""
    points = unwrap(ring[:-1] if ring[0] == ring[-1] else ring)
    west, east = min(lon for lon, _ in points), max(lon for lon, _ in points)
    if west >= -180 and east <= 180:
        return [points]
    meridian = 180 if east > 180 else -180
    shift = -360 if meridian == 180 else 360
    inner = clip(points, meridian, keep_west=meridian == 180)
    outer = [(lon + shift, lat) for lon, lat in clip(points, meridian, keep_west=meridian != 180)]
    return [part for part in (inner, outer) if len(part) >= 3]


def split_line(line):
    """An open line, broken wherever it jumps across the antimeridian."""
    pieces = [[line[0]]]
    for point in line[1:]:
        if abs(point[0] - pieces[-1][-1][0]) > 180:
            pieces.append([])
        pieces[-1].append(point)
    return [piece for piece in pieces if len(piece) >= 2]


def flat(points):
    values = []
    for lon, lat in points:
        values += [round(lon * 10), round(lat * 10)]
    return values


def rings(geometry):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        yield from polygon


def land(source):
    data = json.loads(Path(source).read_text())
    features = data["features"] if data["type"] == "FeatureCollection" else [data]
    outline = []
    for feature in features:
        for ring in rings(feature["geometry"]):
            if max(lat for _lon, lat in ring) < SOUTHERN_LIMIT:
                continue
            for part in split_ring(ring):
                # A closed ring starts and ends on the same point: simplify its two halves.
                middle = len(part) // 2
                points = simplify(part[: middle + 1], TOLERANCE)[:-1] + simplify(part[middle:], TOLERANCE)
                if len(points) >= MIN_POINTS:
                    outline.append(flat(points))
    return outline


def borders(source):
    data = json.loads(Path(source).read_text())
    geometry = data.get("geometry", data)
    lines = geometry["coordinates"] if geometry["type"] == "MultiLineString" else [geometry["coordinates"]]
    result = []
    for line in lines:
        for piece in split_line(line):
            points = simplify(piece, TOLERANCE)
            if max(lat for _lon, lat in points) >= SOUTHERN_LIMIT:
                result.append(flat(points))
    return result


def main(land_source, borders_source):
    outline = {"land": land(land_source), "borders": borders(borders_source)}
    target = Path(__file__).with_name("world_outline.json")
    target.write_text(json.dumps(outline, separators=(",", ":")) + "\n")
    print(
        f"{len(outline['land'])} land rings, {len(outline['borders'])} border lines, "
        f"{sum(len(r) for part in outline.values() for r in part) // 2} points -> {target}"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
