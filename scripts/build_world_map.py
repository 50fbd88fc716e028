"""Build static/img/world.svg, the land outline behind the partnership map.

The outline comes from the npm package world-atlas (ISC licence; Natural Earth data, public domain),
so the site serves its own map and asks no map service. To rebuild:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_map.py package/land-110m.json static/img/world.svg

The projection is equirectangular, cropped to 60° S – 85° N; partnerships/maps.py uses the same.
"""

import json
import sys

NORTH, SOUTH = 85, -60


def decode_arcs(topology):
    """TopoJSON arcs are delta-encoded integers; turn them into longitude/latitude points."""
    (scale_x, scale_y), (move_x, move_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + move_x, y * scale_y + move_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def project(lon, lat):
    return round(lon + 180, 1), round(NORTH - max(SOUTH, min(NORTH, lat)), 1)


def unwrap(points):
    """Rings that cross the 180° meridian jump from +180 to -180; make their longitudes continuous."""
    result = [points[0]]
    for lon, lat in points[1:]:
        previous = result[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        result.append((lon, lat))
    return result


def subpaths(points):
    """The ring, plus a copy shifted by 360° where it leaves the map (the view box clips the rest)."""
    shifts = (
        [0]
        + ([-360] if max(lon for lon, _ in points) > 180 else [])
        + ([360] if min(lon for lon, _ in points) < -180 else [])
    )
    for shift in shifts:
        projected = [project(lon + shift, lat) for lon, lat in points]
        yield "M" + "L".join(f"{x:g} {y:g}" for x, y in projected) + "Z"


def svg_path(topology) -> str:
    arcs = decode_arcs(topology)
    parts = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                points = unwrap(ring_points(ring, arcs))
                if all(lat <= SOUTH for _, lat in points):
                    continue  # Antarctica lies below the crop
                parts.extend(subpaths(points))
    return "".join(parts)


def main(source, target):
    with open(source) as file:
        topology = json.load(file)
    width, height = 360, NORTH - SOUTH
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">'
        f"<!-- Land outline: world-atlas (ISC), from Natural Earth (public domain). -->"
        f'<path fill="#d7e3ea" stroke="#9fb3c0" stroke-width="0.3" d="{svg_path(topology)}"/></svg>\n'
    )
    with open(target, "w") as file:
        file.write(svg)


if __name__ == "__main__":
    main(*sys.argv[1:3])
