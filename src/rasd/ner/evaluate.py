"""Evaluate a tagger on tagged sentences: the scores and the tagging speed."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from rasd.ner.conll import TaggedSentence
from rasd.ner.scorer import Report, score
from rasd.ner.tagger import SentenceTagger, tag_all

BATCH = 24  # about the sentences of one news article


@dataclass(frozen=True, slots=True)
class Evaluation:
    report: Report
    tokens: int
    seconds: float

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0

    def rows(self) -> list[tuple[str, float, float, float, int]]:
        """``(name, precision, recall, f1, gold count)`` for each type, then ``micro``."""
        out = [
            (kind, s.precision, s.recall, s.f1, s.gold)
            for kind, s in sorted(self.report.per_type.items())
        ]
        m = self.report.micro
        out.append(("micro", m.precision, m.recall, m.f1, m.gold))
        return out


def evaluate(tagger: SentenceTagger, sentences: Sequence[TaggedSentence]) -> Evaluation:
    """Score ``tagger`` on ``sentences``, tagged in batches of ``BATCH`` as an article is."""
    began = time.perf_counter()
    predicted = []
    for i in range(0, len(sentences), BATCH):
        chunk = [s.tokens for s in sentences[i : i + BATCH]]
        predicted += [labels for labels, _ in tag_all(tagger, chunk)]
    seconds = time.perf_counter() - began
    report = score([s.labels for s in sentences], predicted)
    return Evaluation(report, sum(len(s.tokens) for s in sentences), seconds)
