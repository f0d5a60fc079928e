"""The places of documents as a GeoJSON FeatureCollection, one Feature per place, with counts.

Places with null coordinates (unresolved names) and demonyms are not on the map; the
collection's ``unresolved`` member lists the unresolved names with their counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasd.document import Document, Place


def _key(place: Place) -> str:
    return place.gazetteer_id or f"?{place.name_ar or place.text}"


def feature_collection(docs: Iterable[Document]) -> dict[str, Any]:
    """Every resolved place of ``docs`` once, with how often and in which documents it is named."""
    features: dict[str, dict[str, Any]] = {}
    unresolved: dict[str, int] = {}
    for n, doc in enumerate(docs):
        doc_id = doc.id if doc.id is not None else str(n)
        for place in doc.places:
            if place.kind == "demonym":
                continue
            if place.lat is None or place.lon is None:
                name = place.name_ar or place.text
                unresolved[name] = unresolved.get(name, 0) + 1
                continue
            feature = features.get(_key(place))
            if feature is None:
                feature = features[_key(place)] = {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": {
                        "gazetteer_id": place.gazetteer_id,
                        "name": place.name,
                        "name_ar": place.name_ar,
                        "kind": place.kind,
                        "country": place.country,
                        "admin1": place.admin1,
                        "mentions": 0,
                        "documents": [],
                        "texts": [],
                    },
                }
            props = feature["properties"]
            props["mentions"] += 1
            if doc_id not in props["documents"]:
                props["documents"].append(doc_id)
            if place.text not in props["texts"]:
                props["texts"].append(place.text)
    ordered = sorted(features.values(), key=lambda f: -int(f["properties"]["mentions"]))
    return {
        "type": "FeatureCollection",
        "features": ordered,
        "unresolved": [{"name": k, "mentions": v} for k, v in sorted(unresolved.items())],
    }
