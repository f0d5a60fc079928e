"""Event rows for analysts: one row per event, columns modelled on the ACLED and POLECAT files.

Every row keeps the article id, the source sentence and the offsets of its spans, so a coder
can check an event against its text in a second. CSV and JSONL give the same rows; GeoJSON
gives one Feature per event, a Point where the event's place has coordinates and a null
geometry (allowed by RFC 7946) where it has none.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from rasd.document import Document, Event, Place, Span

COLUMNS = (
    "article_id",
    "event_date",
    "date_precision",
    "event_type",
    "mode",
    "status",
    "actor",
    "actor_entity_id",
    "actor_country",
    "actor_role",
    "target",
    "target_entity_id",
    "target_country",
    "target_role",
    "trigger",
    "place",
    "admin1",
    "country",
    "lat",
    "lon",
    "sentence_index",
    "source_sentence",
    "trigger_start",
    "trigger_end",
    "actor_start",
    "actor_end",
    "target_start",
    "target_end",
    "place_start",
    "place_end",
)


def _place_of(doc: Document, span: Span | None) -> Place | None:
    if span is None:
        return None
    for place in doc.places:
        if place.start == span.start and place.end == span.end:
            return place
    return None


def row(doc: Document, event: Event) -> dict[str, Any]:
    """The export row of one event of ``doc``."""
    place = _place_of(doc, event.place)
    sentence = ""
    if event.sentence is not None and 0 <= event.sentence < len(doc.sentences):
        s = doc.sentences[event.sentence]
        sentence = doc.text[s.start : s.end]
    actor, target, where = event.actor, event.target, event.place
    return {
        "article_id": doc.id,
        "event_date": event.date,
        "date_precision": event.date_precision,
        "event_type": event.type,
        "mode": event.mode,
        "status": event.status,
        "actor": actor.text if actor else None,
        "actor_entity_id": actor.entity_id if actor else None,
        "actor_country": event.actor_country,
        "actor_role": event.actor_role,
        "target": target.text if target else None,
        "target_entity_id": target.entity_id if target else None,
        "target_country": event.target_country,
        "target_role": event.target_role,
        "trigger": event.trigger.text,
        "place": (place.name or place.text) if place else (where.text if where else None),
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "sentence_index": event.sentence,
        "source_sentence": sentence,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "actor_start": actor.start if actor else None,
        "actor_end": actor.end if actor else None,
        "target_start": target.start if target else None,
        "target_end": target.end if target else None,
        "place_start": where.start if where else None,
        "place_end": where.end if where else None,
    }


def rows(docs: Iterable[Document]) -> Iterable[dict[str, Any]]:
    for doc in docs:
        for event in doc.events:
            yield row(doc, event)


def to_csv(items: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow({k: "" if v is None else v for k, v in item.items()})
    return out.getvalue()


def to_jsonl(items: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def to_geojson(items: Iterable[dict[str, Any]]) -> str:
    features = []
    for item in items:
        geometry = None
        if item["lat"] is not None and item["lon"] is not None:
            geometry = {"type": "Point", "coordinates": [item["lon"], item["lat"]]}
        features.append({"type": "Feature", "geometry": geometry, "properties": item})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
