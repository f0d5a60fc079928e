"""Scoring of the quantities and dates layers against gold: spans, then normalized values.

Spans are matched one to one (``rasd.scoring.match_spans``): the headline figures use overlap
matching (a predicted span matches a gold one when they share at least ``min_overlap`` of the
longer span's characters; the default, any shared character, forgives a cue word left in or
out: ``عام 2013`` / ``2013``); exact-span figures are reported beside them. On matched pairs:

- quantities: the value is right when ``value`` and ``value_max`` are equal (to 1e-6
  relative); ``approximate`` and ``unit`` agreement are counted apart;
- dates: the value is right when the normalized ``value`` strings are equal; ``precision``
  agreement is counted apart.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.gold import GoldRecord, read_gold
from rasd.pipeline import Pipeline
from rasd.scoring import Score, match_spans

LAYERS = ("quantities", "dates")
ANY_OVERLAP = 1e-9


@dataclass(frozen=True, slots=True)
class Miss:
    """One error: a gold span not found, a predicted span not in gold, or a wrong value."""

    id: str
    kind: str  # "missed" | "spurious" | "value"
    text: str
    gold: str
    predicted: str


@dataclass(slots=True)
class ValueEvaluation:
    layer: str
    spans: Score = field(default_factory=lambda: Score(0, 0, 0))
    exact: Score = field(default_factory=lambda: Score(0, 0, 0))
    value_right: int = 0
    side_right: int = 0  # approximate (quantities) or precision (dates) right, on matched
    unit_right: int = 0
    records: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return self.spans.true_positives

    @property
    def value_accuracy(self) -> float:
        return self.value_right / self.matched if self.matched else 0.0

    def rows(self) -> list[tuple[str, str]]:
        m = self.matched or 1
        side = "approximate right" if self.layer == "quantities" else "precision right"
        rows = [
            ("gold spans", str(self.spans.gold)),
            ("predicted spans", str(self.spans.predicted)),
            ("precision (overlap)", f"{self.spans.precision:.3f}"),
            ("recall (overlap)", f"{self.spans.recall:.3f}"),
            ("F1 (overlap)", f"{self.spans.f1:.3f}"),
            ("F1 (exact spans)", f"{self.exact.f1:.3f}"),
            ("value right, of matched", f"{self.value_accuracy:.3f} ({self.value_right}/{m})"),
            (side + ", of matched", f"{self.side_right / m:.3f}"),
        ]
        if self.layer == "quantities":
            rows.append(("unit right, of matched", f"{self.unit_right / m:.3f}"))
        return rows


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def _same_number(a: Any, b: Any) -> bool:
    x, y = _num(a), _num(b)
    if x is None or y is None:
        return x is y
    return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9)


def _describe(layer: str, item: dict[str, Any]) -> str:
    if layer == "quantities":
        amount = f"{item.get('value')}" + (
            f"-{item['value_max']}" if item.get("value_max") is not None else ""
        )
        approx = "~" if item.get("approximate") else ""
        return f"{approx}{amount} {item.get('unit') or ''}".strip()
    return f"{item.get('value')} ({item.get('precision')})"


def _value_right(layer: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if layer == "quantities":
        return _same_number(gold.get("value"), pred.get("value")) and _same_number(
            gold.get("value_max"), pred.get("value_max")
        )
    return bool(gold.get("value") == pred.get("value"))


def _side_right(layer: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    key = "approximate" if layer == "quantities" else "precision"
    return bool(gold.get(key) == pred.get(key))


def score_record(
    result: ValueEvaluation,
    record_id: str,
    text: str,
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    min_overlap: float = ANY_OVERLAP,
) -> None:
    """Add one article's gold and predicted items of ``result.layer`` to ``result``."""
    layer = result.layer
    g_spans = [(g["start"], g["end"]) for g in gold]
    p_spans = [(p["start"], p["end"]) for p in predicted]
    pairs = match_spans(g_spans, p_spans, min_overlap=min_overlap)
    exact = match_spans(g_spans, p_spans)
    result.records += 1
    result.spans += Score(len(pairs), len(predicted), len(gold))
    result.exact += Score(len(exact), len(predicted), len(gold))
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        if _value_right(layer, g, p):
            result.value_right += 1
        else:
            span = text[p["start"] : p["end"]]
            result.misses.append(
                Miss(record_id, "value", span, _describe(layer, g), _describe(layer, p))
            )
        result.side_right += _side_right(layer, g, p)
        result.unit_right += layer == "quantities" and g.get("unit") == p.get("unit")
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in matched_g:
            span = text[g["start"] : g["end"]]
            result.misses.append(Miss(record_id, "missed", span, _describe(layer, g), ""))
    for j, p in enumerate(predicted):
        if j not in matched_p:
            span = text[p["start"] : p["end"]]
            result.misses.append(Miss(record_id, "spurious", span, "", _describe(layer, p)))


def evaluate_records(
    records: Iterable[GoldRecord],
    layer: str,
    pipeline: Pipeline | None = None,
    min_overlap: float = ANY_OVERLAP,
) -> ValueEvaluation:
    """Run ``layer`` over each record's article (with its ``published``) and score it."""
    if layer not in LAYERS:
        raise ValueError(f"not a value layer: {layer!r} (one of {', '.join(LAYERS)})")
    nlp = pipeline or Pipeline(only=[layer])
    result = ValueEvaluation(layer)
    for record in records:
        article = record.article
        doc = nlp(article.text, published=article.published or None, id=article.id)
        predicted = [item.to_dict() for item in getattr(doc, layer)]
        score_record(result, article.id, article.text, record.layers[layer], predicted, min_overlap)
    return result


def evaluate_file(
    gold: Path, news_dir: Path, layer: str, min_overlap: float = ANY_OVERLAP
) -> ValueEvaluation:
    """Score ``layer`` against the gold JSONL file ``gold`` (articles read from ``news_dir``)."""
    return evaluate_records(read_gold(gold, news_dir, layer), layer, min_overlap=min_overlap)
