"""What a tagger offers the entities stage and the evaluator, and how both call it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class SentenceTagger(Protocol):
    """What the stage needs of a tagger: IOB2 labels and their probabilities for words."""

    def tag_with_confidence(self, words: Sequence[str]) -> tuple[list[str], list[float]]: ...


def tag_all(
    tagger: SentenceTagger, sentences: Sequence[Sequence[str]]
) -> list[tuple[list[str], list[float]]]:
    """Labels and probabilities of every sentence: in one batch where the tagger has
    ``tag_batch`` (the BiLSTM runs all sentences of an article at once), else one by one."""
    batch = getattr(tagger, "tag_batch", None)
    if batch is not None:
        tagged: list[tuple[list[str], list[float]]] = batch(sentences)
        return tagged
    return [tagger.tag_with_confidence(words) for words in sentences]
