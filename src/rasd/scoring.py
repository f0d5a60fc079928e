"""Precision, recall and F1 from counts, and the matching of predicted spans to gold ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Score:
    """Counts and the measures derived from them."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


Interval = tuple[int, int]


def overlap(a: Interval, b: Interval) -> int:
    """How many characters the half-open intervals ``a`` and ``b`` share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(
    gold: Sequence[Interval], predicted: Sequence[Interval], min_overlap: float = 1.0
) -> list[tuple[int, int]]:
    """Pairs ``(gold index, predicted index)``, each span used at most once.

    With ``min_overlap=1.0`` only identical spans match (exact-span scoring). Below 1.0 a pair
    matches when the shared characters are at least that share of the longer of the two spans;
    pairs are taken greedily, the largest overlap first, so the result does not depend on order.
    """
    if min_overlap >= 1.0:
        where = {span: i for i, span in enumerate(gold)}
        pairs = []
        for j, span in enumerate(predicted):
            i = where.pop(span, None)
            if i is not None:
                pairs.append((i, j))
        return sorted(pairs)
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            shared = overlap(g, p)
            longest = max(g[1] - g[0], p[1] - p[0], 1)
            if shared and shared / longest >= min_overlap:
                candidates.append((-shared, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)
