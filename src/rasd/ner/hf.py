"""Optional transformer backend: a Hugging Face token-classification model as the tagger.

``rasd analyze --ner hf:PATH_OR_NAME`` tags with a model the user already has (a folder, or
a name in the local Hugging Face cache; nothing is downloaded). It needs the ``hf`` extra
(``pip install 'rasd[hf]'``: transformers and torch), never the default install.

Alignment: the words of a sentence are joined with single spaces, so each word has a known
character span; the fast tokenizer's offset mapping gives each word piece its character
span; a word takes the label of the first piece that starts inside it (the usual
first-sub-word convention). Labels are mapped to the contract's types (``PERS`` → ``PER``,
``GPE``/``FAC`` → ``LOC``, other types → ``MISC``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasd.errors import RasdError
from rasd.ner import model
from rasd.ner.tagger import SentenceTagger
from rasd.stages.base import Stage
from rasd.stages.entities import EntityTagger

PREFIX = "hf:"
COMBINED = "bilstm-crf"
# a model's entity type -> the contract's
TYPE_MAP = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
}


class BackendError(RasdError):
    """The transformer backend cannot be used: extra not installed, or no such model."""


def contract_label(label: str) -> str:
    """A model's IOB label in the contract's types: ``B-PERS`` → ``B-PER``; ``O`` stays."""
    label = label.strip()
    if "-" not in label:
        return "O"
    prefix, _, kind = label.partition("-")
    if prefix.upper() not in ("B", "I", "E", "S"):
        return "O"
    head = "B" if prefix.upper() in ("B", "S") else "I"
    return f"{head}-{TYPE_MAP.get(kind.upper(), 'MISC')}"


def word_spans(words: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The words joined by single spaces, and each word's character span in that text."""
    spans: list[tuple[int, int]] = []
    at = 0
    for word in words:
        spans.append((at, at + len(word)))
        at += len(word) + 1
    return " ".join(words), spans


def align(
    word_offsets: Sequence[tuple[int, int]], piece_offsets: Sequence[tuple[int, int]]
) -> list[int | None]:
    """For each word, the index of the first word piece that starts inside it (None: none).

    Special tokens have the empty offset ``(0, 0)`` and are never chosen. A piece that
    starts before a word and runs into it (a tokenizer that glues across the space) is
    taken when no piece starts inside the word.
    """
    out: list[int | None] = []
    p = 0
    n = len(piece_offsets)
    for start, end in word_offsets:
        while p < n and (piece_offsets[p][1] <= start or piece_offsets[p] == (0, 0)):
            p += 1
        chosen: int | None = None
        if p < n and piece_offsets[p][0] < end:
            chosen = p
        out.append(chosen)
    return out


class HFTagger:
    """Tags a sentence's words with a token-classification model; same interface as the CRF."""

    def __init__(self, name_or_path: str, max_words: int = 120) -> None:
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as err:
            raise BackendError(
                f"--ner hf:… needs the optional transformer backend: pip install 'rasd[hf]' ({err})"
            ) from None
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(name_or_path, local_files_only=True)
            self.model = AutoModelForTokenClassification.from_pretrained(
                name_or_path, local_files_only=True
            )
        except (OSError, ValueError) as err:
            raise BackendError(
                f"no usable token-classification model at {name_or_path!r}: {err}"
            ) from None
        if not getattr(self.tokenizer, "is_fast", False):
            raise BackendError(f"{name_or_path!r}: a fast tokenizer is needed for the offsets")
        self.model.eval()
        self._torch: Any = torch
        id2label: dict[int, str] = dict(self.model.config.id2label)
        self.labels = [contract_label(id2label[i]) for i in range(len(id2label))]
        self.max_words = max_words

    def tag_with_confidence(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        labels: list[str] = []
        probs: list[float] = []
        for at in range(0, len(words), self.max_words):
            chunk_labels, chunk_probs = self._tag_chunk(words[at : at + self.max_words])
            labels += chunk_labels
            probs += chunk_probs
        return labels, probs

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_with_confidence(words)[0]

    def _tag_chunk(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        if not words:
            return [], []
        text, spans = word_spans(words)
        enc = self.tokenizer(
            text, return_offsets_mapping=True, truncation=True, return_tensors="pt"
        )
        offsets = [(int(a), int(b)) for a, b in enc.pop("offset_mapping")[0].tolist()]
        with self._torch.no_grad():
            logits = self.model(**enc).logits[0]
        best = logits.softmax(-1).max(-1)
        ids: list[int] = best.indices.tolist()
        scores: list[float] = best.values.tolist()
        labels: list[str] = []
        probs: list[float] = []
        for piece in align(spans, offsets):
            if piece is None:  # no piece (truncated, or characters the tokenizer drops)
                labels.append("O")
                probs.append(1.0)
            else:
                labels.append(self.labels[ids[piece]])
                probs.append(float(scores[piece]))
        return labels, probs


def backend(spec: str) -> SentenceTagger | None:
    """The tagger a ``--ner`` value names: ``crf`` (None: the shipped CRF, the default),
    ``bilstm-crf`` (the shipped BiLSTM-CRF joined with the CRF) or ``hf:PATH``."""
    if spec in ("", "crf"):
        return None
    if spec == COMBINED:
        return model.shipped_combined()
    if spec.startswith(PREFIX) and len(spec) > len(PREFIX):
        return HFTagger(spec[len(PREFIX) :])
    raise BackendError(f"unknown --ner backend {spec!r}: use crf, {COMBINED} or hf:PATH_OR_NAME")


def install(stages: list[Stage], spec: str) -> None:
    """Put the tagger that ``spec`` names into the pipeline's entities stage (in place)."""
    tagger = backend(spec)
    if tagger is None:
        return
    for i, stage in enumerate(stages):
        if stage.name == EntityTagger.name:
            stages[i] = EntityTagger(tagger)
