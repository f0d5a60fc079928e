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


def _quote(text: str, item: dict[str, Any] | Span | None) -> str:
    span = _interval(item)
    return "-" if span is None else f"«{text[span[0] : span[1]]}»"


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def describe_errors(
    article_id: str, text: str, gold: list[dict[str, Any]], predicted: list[Event]
) -> list[str]:
    """One line per mistake of one article: a missed or a spurious event, a wrong type, a
    wrong argument (gold and system spans quoted)."""
    g_spans = [(int(e["start"]), int(e["end"])) for e in gold]
    p_spans = [(e.trigger.start, e.trigger.end) for e in predicted]
    pairs = match_spans(g_spans, p_spans, MIN_OVERLAP)
    paired_gold = {i for i, _ in pairs}
    paired_predicted = {j for _, j in pairs}
    lines: list[str] = []
    for i, g in enumerate(gold):
        if i not in paired_gold:
            lines.append(f"{article_id} MISSED {g['type']} {_context(text, *g_spans[i])}")
    for j, p in enumerate(predicted):
        if j not in paired_predicted:
            lines.append(f"{article_id} SPURIOUS {p.type} {_context(text, *p_spans[j])}")
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        trigger = f"«{text[g_spans[i][0] : g_spans[i][1]]}»"
        if g["type"] != p.type:
            lines.append(f"{article_id} TYPE {trigger} gold {g['type']} system {p.type}")
        for name in ARGUMENTS:
            want, got = g.get(name), getattr(p, name)
            if _interval(want) is not None and not _same(_interval(want), _interval(got)):
                lines.append(
                    f"{article_id} {name.upper()} {trigger} gold {_quote(text, want)} "
                    f"system {_quote(text, got)}"
                )
    return lines


def evaluate(
    records: Iterable[GoldRecord], analyze: Any, errors: list[str] | None = None
) -> EventScores:
    """Score ``analyze(text, published) -> Document`` on the gold records; with ``errors``,
    add the lines of ``describe_errors`` to it."""
    scores = EventScores()
    for record in records:
        doc: Document = analyze(record.text, record.article.published)
        score_document(scores, record.layers["events"], doc.events)
        if errors is not None:
            errors.extend(
                describe_errors(record.article.id, record.text, record.layers["events"], doc.events)
            )
    return scores
