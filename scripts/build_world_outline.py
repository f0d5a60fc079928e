"""Build ``src/rasd/web/static/world-110m.geojson``, the land outline the map page draws
when no tile server is reachable.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_outline.py package/land-110m.json \
        --out src/rasd/web/static/world-110m.geojson

The input is Natural Earth's 1:110m land (public domain) as TopoJSON, redistributed by the
npm package world-atlas (ISC licence). The arcs are decoded (delta-encoded, quantized) into
one GeoJSON MultiPolygon, coordinates rounded to 0.01°. Deterministic: the same input gives
the same file byte for byte.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """The arcs of a quantized TopoJSON topology as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[list[float]]:
    """One closed ring from arc indexes (``~i``, a negative index, is arc i reversed)."""
    out: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        out.extend(arc[1:] if out else arc)
    merged = [list(out[0])]
    for point in out[1:]:
        if list(point) != merged[-1]:
            merged.append(list(point))
    return merged


def land(topology: dict[str, Any], name: str = "land") -> dict[str, Any]:
    arcs = decode_arcs(topology)
    polygons: list[list[list[list[float]]]] = []
    for geometry in topology["objects"][name]["geometries"]:
        shapes = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for shape in shapes:
            rings = [ring(arcs, r) for r in shape]
            if len(rings[0]) >= 4:
                polygons.append([r for r in rings if len(r) >= 4])
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {
                    "source": "Natural Earth 1:110m land (public domain), via world-atlas 2.0.2"
                },
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("topojson", type=Path)
    parser.add_argument("--out", type=Path, default=Path("src/rasd/web/static/world-110m.geojson"))
    args = parser.parse_args()
    outline = land(json.loads(args.topojson.read_text(encoding="utf-8")))
    args.out.write_text(json.dumps(outline, separators=(",", ":")) + "\n", encoding="utf-8")
    polygons = outline["features"][0]["geometry"]["coordinates"]
    print(f"{len(polygons)} polygons, {args.out.stat().st_size} bytes -> {args.out}")


if __name__ == "__main__":
    main()
