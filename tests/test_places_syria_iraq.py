"""Our own sentences on Syria and Iraq (tests/data/gold/places-syria-iraq.jsonl): the places
of the issue's example, with the coordinates a coder would give, and organizations that
contain a place name.

Each line is ``{"text", "places": [{"name", "lat", "lon"} | {"name", "country"} |
{"name", "id"}], "not_places": [...]}``; a name is matched as written after any proclitic,
every occurrence. The sentences were written for this file, not taken from any corpus.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import regex

from rasd.document import Document, Place
from rasd.places.resolve import distance_km
from rasd.stages.entities import EntityTagger
from rasd.stages.places import PlaceFinder
from tests.stages.helpers import run

GOLD = Path(__file__).parent / "data" / "gold" / "places-syria-iraq.jsonl"
RECORDS: list[dict[str, Any]] = [
    json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
]
KM = 161.0  # Mordecai's measure: within 100 miles


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    tagger, finder = EntityTagger(), PlaceFinder()
    return [finder(run(tagger, record["text"])) for record in RECORDS]


def spans(text: str, name: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\p{L})(?:[وف]?[بكل]?)(" + regex.escape(name) + r")(?!\p{L})"
    return [(m.start(1), m.end(1)) for m in regex.finditer(pattern, text)]


def right(place: Place, gold: dict[str, Any]) -> bool:
    if "country" in gold:
        return place.kind == "country" and place.country == gold["country"]
    if "id" in gold:
        return place.gazetteer_id == gold["id"]
    if place.lat is None or place.lon is None:
        return False
    return distance_km(gold["lat"], gold["lon"], place.lat, place.lon) <= KM


def test_every_place_is_found_and_resolved_within_161_km(docs: list[Document]) -> None:
    found = resolved = total = 0
    wrong: list[str] = []
    for record, doc in zip(RECORDS, docs, strict=True):
        by_span = {(p.start, p.end): p for p in doc.places if p.kind != "demonym"}
        for gold in record["places"]:
            for span in spans(record["text"], gold["name"]):
                total += 1
                place = by_span.get(span)
                if place is None:
                    wrong.append(f"missed {gold['name']}")
                    continue
                found += 1
                if right(place, gold):
                    resolved += 1
                else:
                    wrong.append(f"wrong {gold['name']}: {place.gazetteer_id}")
    assert total >= 40
    assert found / total >= 0.95, wrong
    assert resolved / total >= 0.95, wrong


def test_no_organization_and_no_spurious_place(docs: list[Document]) -> None:
    spurious: list[str] = []
    for record, doc in zip(RECORDS, docs, strict=True):
        gold = {s for g in record["places"] for s in spans(record["text"], g["name"])}
        for place in doc.places:
            if place.kind != "demonym" and (place.start, place.end) not in gold:
                spurious.append(place.text)
        for name in record["not_places"]:
            for start, end in spans(record["text"], name):
                assert not any(p.start < end and start < p.end for p in doc.places), name
    assert not spurious
