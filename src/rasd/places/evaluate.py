"""Score the places stage against gold toponyms: spans, then resolution of the matched ones.

Span scores count toponyms only (demonyms are not toponyms). Of the matched spans, ``entry``
is the share whose gazetteer id is the gold one (where gold gives an id) and ``within_161km``
the share resolved within 161 km (100 miles) of the gold coordinates, the measure of
Mordecai and of the geoparsing literature; a prediction with null coordinates counts as wrong.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.document import Place
from rasd.gold import GoldRecord
from rasd.pipeline import Pipeline
from rasd.places.resolve import distance_km
from rasd.scoring import Score, match_spans

ACCURACY_KM = 161.0


@dataclass
class PlaceEvaluation:
    spans: Score = field(default_factory=lambda: Score(0, 0, 0))
    matched: int = 0
    with_id: int = 0
    same_id: int = 0
    with_coords: int = 0
    within: int = 0
    articles: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def entry_accuracy(self) -> float:
        return self.same_id / self.with_id if self.with_id else 0.0

    @property
    def within_161km(self) -> float:
        return self.within / self.with_coords if self.with_coords else 0.0


def toponyms(places: Iterable[Place]) -> list[Place]:
    return [p for p in places if p.kind != "demonym"]


def evaluate(
    records: Iterable[GoldRecord], nlp: Pipeline | None = None, min_overlap: float = 1.0
) -> PlaceEvaluation:
    nlp = nlp or Pipeline(only=["places"])
    out = PlaceEvaluation()
    for record in records:
        start = time.perf_counter()
        doc = nlp(record.text, published=record.article.published, id=record.article.id)
        out.seconds += time.perf_counter() - start
        out.articles += 1
        gold: list[dict[str, Any]] = record.layers["places"]
        predicted = toponyms(doc.places)
        pairs = match_spans(
            [(g["start"], g["end"]) for g in gold],
            [(p.start, p.end) for p in predicted],
            min_overlap,
        )
        out.spans = out.spans + Score(len(pairs), len(predicted), len(gold))
        matched = {i for i, _ in pairs}
        for i, g in enumerate(gold):
            if i not in matched:
                out.errors.append(
                    f"{record.article.id}\tmissed\t{record.text[g['start'] : g['end']]}"
                )
        hit = {j for _, j in pairs}
        for j, p in enumerate(predicted):
            if j not in hit:
                out.errors.append(f"{record.article.id}\tspurious\t{p.text}\t{p.gazetteer_id}")
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            out.matched += 1
            if g.get("gazetteer_id"):
                out.with_id += 1
                out.same_id += p.gazetteer_id == g["gazetteer_id"]
            if g.get("lat") is not None and g.get("lon") is not None:
                out.with_coords += 1
                if p.lat is not None and p.lon is not None:
                    km = distance_km(g["lat"], g["lon"], p.lat, p.lon)
                    out.within += km <= ACCURACY_KM
                    if km > ACCURACY_KM:
                        out.errors.append(
                            f"{record.article.id}\tfar\t{p.text}\t{p.gazetteer_id}\t{km:.0f} km"
                        )
                else:
                    out.errors.append(f"{record.article.id}\tunresolved\t{p.text}")
    return out
