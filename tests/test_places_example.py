"""The example article: its places resolved to the coordinates of GeoNames (within a few km)."""

from __future__ import annotations

import rasd
from rasd.places.resolve import distance_km

# (name, lat, lon) of GeoNames: the cities, and the countries' centroids in the gazetteer
EXPECTED = {
    "الرقة": (35.9528, 39.0079),
    "الميادين": (35.0198, 40.4515),
    "تركيا": (39.0, 35.0),
    "أنقرة": (39.9199, 32.8543),
    "ألمانيا": (51.0, 9.0),
    "العراق": (33.0, 44.0),
}


def test_example_places_resolve(raqqa_text: str) -> None:
    doc = rasd.analyze(raqqa_text)
    doc.check_offsets()
    found: dict[str, list[tuple[float | None, float | None]]] = {}
    for place in doc.places:
        found.setdefault(place.text, []).append((place.lat, place.lon))
    for name, (lat, lon) in EXPECTED.items():
        assert name in found, name
        for got_lat, got_lon in found[name]:
            assert got_lat is not None and got_lon is not None
            assert distance_km(lat, lon, got_lat, got_lon) < 5, name
    # دير الزور: the city or, after محافظة/مقاطعة, the governorate; both within 20 km
    for lat, lon in found["دير الزور"]:
        assert lat is not None and lon is not None
        assert distance_km(35.336, 40.141, lat, lon) < 20
    syria = found.get("سورية", []) + found.get("سوريا", [])
    assert len(syria) >= 6 and all(lat == 35.0 for lat, _ in syria)
    us = [p for p in doc.places if p.text == "الولايات المتحدة"]
    assert us and all(p.country == "US" for p in us)
    assert not any("الأطلسي" in p.text or "الناتو" in p.text for p in doc.places)


def test_example_demonyms_point_at_their_countries(raqqa_text: str) -> None:
    # التمديد السوري، الأراضي التركية: demonyms, with their country and no coordinates
    doc = rasd.analyze(raqqa_text)
    demonyms = {(p.text, p.country) for p in doc.places if p.kind == "demonym"}
    assert {("السوري", "SY"), ("التركية", "TR")} <= demonyms
    assert all(p.lat is None for p in doc.places if p.kind == "demonym")
    assert all(e.place is None or e.place.text not in ("السوري", "التركية") for e in doc.events)
