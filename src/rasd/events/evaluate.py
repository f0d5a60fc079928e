"""Scoring the events stage against gold annotations of news articles.

A gold record (``tests/data/gold/events.jsonl``) lists, per article, events as
``{"start", "end", "type", "actor": {"start", "end"}|null, "target": …, "place": …}`` where
``start``/``end`` are the trigger's offsets. Triggers are paired with ``match_spans`` at half
overlap (``وانشق``/``انشق`` match). Type precision, recall and F1 count a pair as right when the
types agree; an argument is right when its spans share half the shorter one
(``مقاتلو تنظيم داعش`` for ``تنظيم داعش``: where a nominal group ends is a matter of taste,
its head is not). Argument accuracy is over the matched events whose gold has that argument;
``both_null`` counts the matched events where gold and system both leave it null.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.document import Document, Event, Span
from rasd.gold import GoldRecord
from rasd.scoring import Score, match_spans, overlap

MIN_OVERLAP = 0.5
ARGUMENTS = ("actor", "target", "place")


@dataclass(slots=True)
class EventScores:
    trigger: Score = field(default_factory=lambda: Score(0, 0, 0))
    typed: Score = field(default_factory=lambda: Score(0, 0, 0))
    per_type: dict[str, Score] = field(default_factory=dict)
    argument_right: Counter[str] = field(default_factory=Counter)
    argument_gold: Counter[str] = field(default_factory=Counter)
    argument_null_agree: Counter[str] = field(default_factory=Counter)
    matched: int = 0
    articles: int = 0

    def accuracy(self, name: str) -> float:
        gold = self.argument_gold[name]
        return self.argument_right[name] / gold if gold else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "trigger": _score_dict(self.trigger),
            "type": _score_dict(self.typed),
            "per_type": {k: _score_dict(v) for k, v in sorted(self.per_type.items())},
            "matched": self.matched,
            **{
                f"{name}_accuracy": {
                    "right": self.argument_right[name],
                    "of": self.argument_gold[name],
                    "accuracy": round(self.accuracy(name), 4),
                    "both_null": self.argument_null_agree[name],
                }
                for name in ARGUMENTS
            },
        }


def _score_dict(score: Score) -> dict[str, float | int]:
    return {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
        "gold": score.gold,
        "predicted": score.predicted,
        "true_positives": score.true_positives,
    }


def _interval(item: dict[str, Any] | Span | None) -> tuple[int, int] | None:
    if item is None:
        return None
    if isinstance(item, Span):
        return item.start, item.end
    return int(item["start"]), int(item["end"])


def _same(gold: tuple[int, int] | None, predicted: tuple[int, int] | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    shortest = max(min(gold[1] - gold[0], predicted[1] - predicted[0]), 1)
    return overlap(gold, predicted) / shortest >= MIN_OVERLAP


def score_document(scores: EventScores, gold: list[dict[str, Any]], predicted: list[Event]) -> None:
    """Add one article's counts to ``scores``."""
    scores.articles += 1
    g_spans = [(int(e["start"]), int(e["end"])) for e in gold]
    p_spans = [(e.trigger.start, e.trigger.end) for e in predicted]
    pairs = match_spans(g_spans, p_spans, MIN_OVERLAP)
    scores.trigger += Score(len(pairs), len(predicted), len(gold))
    right = [(i, j) for i, j in pairs if gold[i]["type"] == predicted[j].type]
    scores.typed += Score(len(right), len(predicted), len(gold))
    for kind in {e["type"] for e in gold} | {e.type for e in predicted}:
        tp = sum(1 for i, _ in right if gold[i]["type"] == kind)
        n_pred = sum(1 for e in predicted if e.type == kind)
        n_gold = sum(1 for e in gold if e["type"] == kind)
        scores.per_type[kind] = scores.per_type.get(kind, Score(0, 0, 0)) + Score(
            tp, n_pred, n_gold
        )
    scores.matched += len(pairs)
    for i, j in pairs:
        for name in ARGUMENTS:
            g = _interval(gold[i].get(name))
            p = _interval(getattr(predicted[j], name))
            if g is None:
                scores.argument_null_agree[name] += p is None
                continue
            scores.argument_gold[name] += 1
            scores.argument_right[name] += _same(g, p)


def evaluate(records: Iterable[GoldRecord], analyze: Any) -> EventScores:
    """Score ``analyze(text, published) -> Document`` on the gold records."""
    scores = EventScores()
    for record in records:
        doc: Document = analyze(record.text, record.article.published)
        score_document(scores, record.layers["events"], doc.events)
    return scores
