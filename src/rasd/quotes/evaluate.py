"""Scoring the quotes stage against a gold file: quote spans and the speakers of matched quotes.

A predicted quote matches a gold one when they share at least half of the longer span's
characters (``rasd.scoring.match_spans(..., min_overlap=0.5)``). On matched pairs the speaker
is right when both are null, or when the normalized names are the same (``exact``) or one is
the other with words added around it (``tolerant``: ``الدكتور نبيل العربي`` for ``نبيل
العربي``, a title or a trailing apposition).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from rasd.document import Quote
from rasd.gold import GoldRecord, read_gold
from rasd.pipeline import Pipeline
from rasd.scoring import Score, match_spans
from rasd.text.normalize import normalize_word

MIN_OVERLAP = 0.5
_NOT_LETTER = regex.compile(r"[^\p{L}\p{N}]+")


def name_key(name: str | None) -> tuple[str, ...]:
    """The words of a speaker's name in matching form, without marks; ``للنشرة`` → ``النشرة``."""
    if not name:
        return ()
    words = _NOT_LETTER.sub(" ", normalize_word(name)).split()
    if words and len(words[0]) > 3 and words[0].startswith("لل"):
        words[0] = "ال" + words[0][2:]
    return tuple(words)


def same_speaker(gold: str | None, predicted: str | None, tolerant: bool) -> bool:
    g, p = name_key(gold), name_key(predicted)
    if g == p:
        return True
    if not tolerant or not g or not p:
        return False
    short, long = (g, p) if len(g) <= len(p) else (p, g)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


@dataclass(slots=True)
class QuoteEvaluation:
    """Counts over a gold file; ``errors`` lists what was missed, spurious or misattributed."""

    quotes: Score = field(default_factory=lambda: Score(0, 0, 0))
    matched: int = 0
    speaker_exact: int = 0
    speaker_tolerant: int = 0
    articles: int = 0
    seconds: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_tolerant / self.matched if self.matched else 0.0

    @property
    def speaker_exact_accuracy(self) -> float:
        return self.speaker_exact / self.matched if self.matched else 0.0


def _gold_name(item: dict[str, Any]) -> str | None:
    speaker = item.get("speaker")
    return speaker.get("name") if isinstance(speaker, dict) else None


def score_article(record: GoldRecord, predicted: Sequence[Quote], result: QuoteEvaluation) -> None:
    """Add one article's counts (and its errors) to ``result``."""
    gold = record.layers["quotes"]
    text = record.text
    pairs = match_spans(
        [(g["start"], g["end"]) for g in gold],
        [(p.start, p.end) for p in predicted],
        min_overlap=MIN_OVERLAP,
    )
    result.quotes = result.quotes + Score(len(pairs), len(predicted), len(gold))
    result.articles += 1
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    for i, j in pairs:
        g_name, p_name = _gold_name(gold[i]), predicted[j].speaker_name
        result.matched += 1
        result.speaker_exact += same_speaker(g_name, p_name, tolerant=False)
        ok = same_speaker(g_name, p_name, tolerant=True)
        result.speaker_tolerant += ok
        if not ok:
            result.errors.append(
                {"id": record.article.id, "kind": "speaker", "gold": g_name, "predicted": p_name}
            )
    for i, g in enumerate(gold):
        if i not in matched_gold:
            snippet = text[g["start"] : g["end"]][:60]
            result.errors.append({"id": record.article.id, "kind": "missed", "text": snippet})
    for j, p in enumerate(predicted):
        if j not in matched_pred:
            result.errors.append({"id": record.article.id, "kind": "spurious", "text": p.text[:60]})


def evaluate(gold_path: Path, news_dir: Path, pipeline: Pipeline | None = None) -> QuoteEvaluation:
    """Run the quotes stage (and what it needs) on every article of ``gold_path`` and score it."""
    nlp = pipeline or Pipeline(only=["quotes"])
    result = QuoteEvaluation()
    records: Iterable[GoldRecord] = read_gold(gold_path, news_dir, "quotes")
    for record in records:
        began = time.perf_counter()
        doc = nlp(record.text, published=record.article.published, id=record.article.id)
        result.seconds += time.perf_counter() - began
        score_article(record, doc.quotes, result)
    return result
