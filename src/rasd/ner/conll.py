"""Read CoNLL ``TOKEN LABEL`` files (ANERcorp and the like) into tagged sentences."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

# ANERcorp says PERS; the output contract says PER.
TYPE_MAP = {"PERS": "PER"}
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
_JUNK = str.maketrans("", "", "\u200e\u200f\ufeff\r")
SENTENCE_END = "."


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """Tokens and their IOB2 labels, one each."""

    tokens: tuple[str, ...]
    labels: tuple[str, ...]


def clean_label(label: str) -> str:
    """An IOB2 label with the contract's type names (``B-PERS`` → ``B-PER``); junk → ``O``."""
    label = label.strip()
    if label == "O" or "-" not in label:
        return "O"
    prefix, _, kind = label.partition("-")
    if prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{TYPE_MAP.get(kind, kind)}"


def parse_lines(lines: Iterable[str]) -> Iterator[TaggedSentence]:
    """Tagged sentences of CoNLL lines: a blank line or a ``.`` token ends a sentence.

    The label is after the *last* space (a few tokens hold a space); a line without a space
    is a token labelled ``O``. Direction marks, byte-order marks and CRs are dropped.
    """
    tokens: list[str] = []
    labels: list[str] = []
    for raw in lines:
        line = raw.translate(_JUNK).rstrip("\n").strip()
        if not line:
            if tokens:
                yield TaggedSentence(tuple(tokens), tuple(labels))
                tokens, labels = [], []
            continue
        token, space, label = line.rpartition(" ")
        if not space:
            token, label = line, "O"
        tokens.append(token.strip() or token)
        labels.append(clean_label(label))
        if token == SENTENCE_END:
            yield TaggedSentence(tuple(tokens), tuple(labels))
            tokens, labels = [], []
    if tokens:
        yield TaggedSentence(tuple(tokens), tuple(labels))


def read_conll(path: Path) -> list[TaggedSentence]:
    """Every sentence of a UTF-8 CoNLL file."""
    with path.open(encoding="utf-8-sig") as lines:
        return list(parse_lines(lines))


def split_dev(
    sentences: Sequence[TaggedSentence], fraction: float = 0.1
) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """Train and development parts: the development part is the *last* ``fraction``."""
    cut = len(sentences) - round(len(sentences) * fraction)
    return list(sentences[:cut]), list(sentences[cut:])
