"""The CRF model: train on tagged sentences, save and load a ``.crfsuite`` file, tag sentences.

A model is two files side by side: ``ner.crfsuite`` (the CRFsuite weights) and ``ner.json``
(the feature set and training settings it was made with), so tagging always computes the
features the model was trained on.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pycrfsuite

from rasd.ner.conll import TaggedSentence
from rasd.ner.features import FeatureSet, sentence_features

if TYPE_CHECKING:  # numpy and the BiLSTM load only where they are used: not on the CRF path
    import numpy as np

    from rasd.ner import bilstm, combined

MODEL_NAME = "ner.crfsuite"
META_NAME = "ner.json"


@dataclass(frozen=True, slots=True)
class TrainSettings:
    """CRFsuite L-BFGS settings: L1 and L2 weights, rare-feature cut-off, iterations."""

    c1: float = 0.05
    c2: float = 0.01
    minfreq: int = 1
    max_iterations: int = 200
    seed: int = 0
    features: FeatureSet = field(default_factory=FeatureSet)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["features"] = self.features.to_dict()
        return out


def train(
    sentences: Sequence[TaggedSentence], out_dir: Path, settings: TrainSettings
) -> dict[str, Any]:
    """Train a model into ``out_dir``; return its metadata (settings, sizes, seconds)."""
    began = time.perf_counter()
    order = list(range(len(sentences)))
    random.Random(settings.seed).shuffle(order)  # L-BFGS is order-free; the seed fixes it anyway
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for i in order:
        s = sentences[i]
        trainer.append(sentence_features(s.tokens, settings.features), list(s.labels))
    trainer.set_params(
        {
            "c1": settings.c1,
            "c2": settings.c2,
            "feature.minfreq": settings.minfreq,
            "max_iterations": settings.max_iterations,
            "feature.possible_transitions": True,
        }
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    model_path = out_dir / MODEL_NAME
    trainer.train(str(model_path))
    meta: dict[str, Any] = {
        "settings": settings.to_dict(),
        "sentences": len(sentences),
        "tokens": sum(len(s.tokens) for s in sentences),
        "bytes": model_path.stat().st_size,
    }
    # the file holds no timing, so that the same data and seed give the same files
    (out_dir / META_NAME).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return {**meta, "train_seconds": round(time.perf_counter() - began, 1)}


class Tagger:
    """A loaded model: ``tag(words)`` gives one IOB2 label per word."""

    def __init__(self, model_dir: Path) -> None:
        meta_path = model_dir / META_NAME
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        self.features = FeatureSet.from_dict(meta.get("settings", {}).get("features", {}))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_dir / MODEL_NAME))

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        labels: list[str] = self._tagger.tag(sentence_features(words, self.features))
        return labels

    def marginals(self, words: Sequence[str], labels: Sequence[str]) -> np.ndarray:
        """``(len(words), len(labels))``: the marginal probability of each label at each word
        (0 for a label the model never saw)."""
        import numpy as np

        self._tagger.set(sentence_features(words, self.features))
        known = set(self._tagger.labels())
        marginal = self._tagger.marginal
        columns = [(j, y) for j, y in enumerate(labels) if y in known]
        out = np.zeros((len(words), len(labels)), dtype=np.float32)
        for j, y in columns:
            out[:, j] = [marginal(y, i) for i in range(len(words))]
        return out

    def tag_with_confidence(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """Labels and, per word, the marginal probability of its label."""
        labels = self.tag(words)
        probs = [self._tagger.marginal(label, i) for i, label in enumerate(labels)]
        return labels, probs


def shipped_dir() -> Path:
    return Path(str(resources.files("rasd") / "resources"))


def load(model_dir: Path) -> Tagger | bilstm.Tagger | combined.Combined:
    """The tagger saved in ``model_dir``: the BiLSTM-CRF joined with the CRF where both
    ``ner-bilstm.npz`` and ``ner.crfsuite`` are there, else whichever is."""
    from rasd.ner import bilstm, combined  # combined imports this module

    weights = model_dir / bilstm.WEIGHTS_NAME
    crf = model_dir / MODEL_NAME
    if weights.is_file() and crf.is_file():
        return combined.Combined(bilstm.Tagger.load(weights), Tagger(model_dir))
    if weights.is_file():
        return bilstm.Tagger.load(weights)
    return Tagger(model_dir)


@cache
def shipped() -> Tagger:
    """The default tagger, the CRF shipped in ``rasd/resources``, loaded once per process."""
    return Tagger(shipped_dir())


@cache
def shipped_combined() -> combined.Combined:
    """The shipped BiLSTM-CRF joined with the shipped CRF (``--ner bilstm-crf``)."""
    from rasd.ner import bilstm, combined

    return combined.Combined(bilstm.Tagger.load(shipped_dir() / bilstm.WEIGHTS_NAME), shipped())
