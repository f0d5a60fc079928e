"""Exact-span scoring of IOB2 tag sequences: precision, recall and F1, micro and per type.

The conventions are those of seqeval's default (CoNLL) mode: an ``I-`` that does not
continue an entity of its type starts one, and a predicted entity counts only when its type,
start and end all match a gold one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rasd.scoring import Score

__all__ = ["EntitySpan", "Report", "Score", "score", "spans"]

EntitySpan = tuple[str, int, int]  # type, first token, one past the last token


def spans(labels: Sequence[str]) -> list[EntitySpan]:
    """The entities of one IOB2 sequence as ``(type, start, end)`` token spans."""
    found: list[EntitySpan] = []
    kind: str | None = None
    start = 0
    for i, label in enumerate(labels):
        prefix, _, this = label.partition("-")
        if prefix not in ("B", "I") or not this:
            prefix, this = "O", ""
        continues = prefix == "I" and this == kind
        if kind is not None and not continues:
            found.append((kind, start, i))
            kind = None
        if prefix != "O" and not continues:
            kind, start = this, i
    if kind is not None:
        found.append((kind, start, len(labels)))
    return found


@dataclass(frozen=True, slots=True)
class Report:
    """The micro-averaged score and one score per entity type."""

    micro: Score
    per_type: dict[str, Score]


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> Report:
    """Score predicted tag sequences against gold ones, sentence by sentence."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        if len(g) != len(p):
            raise ValueError(f"a gold sequence has {len(g)} tags, its prediction {len(p)}")
        gold_spans, pred_spans = set(spans(g)), set(spans(p))
        n_gold.update(s[0] for s in gold_spans)
        n_pred.update(s[0] for s in pred_spans)
        tp.update(s[0] for s in gold_spans & pred_spans)
    kinds = sorted(set(n_gold) | set(n_pred))
    per_type = {k: Score(tp[k], n_pred[k], n_gold[k]) for k in kinds}
    micro = Score(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return Report(micro, per_type)
