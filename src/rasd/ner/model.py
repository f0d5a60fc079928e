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
from rasd.ner.features import FeatureSet, local, sentence_features

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
        self._dense: CrfWeights | None = None

    def tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        labels: list[str] = self._tagger.tag(sentence_features(words, self.features))
        return labels

    def batch_marginals(
        self, sentences: Sequence[Sequence[str]], labels: Sequence[str]
    ) -> np.ndarray:
        """``(len(sentences), longest, len(labels))``: what ``marginals`` gives for each
        sentence (zeros past its end), from the model's weights in numpy for the whole batch
        at once rather than one crfsuite call per word and label."""
        import numpy as np

        if not sentences:
            return np.zeros((0, 0, len(labels)), dtype=np.float32)
        weights = self._weights()
        return weights.marginals(weights.emissions(sentences, self.features), labels)

    def _weights(self) -> CrfWeights:
        if self._dense is None:
            self._dense = CrfWeights.of(self._tagger)
        return self._dense

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


WORD_CACHE = 50_000  # words whose feature sums are kept between calls


class CrfWeights:
    """A crfsuite model's state and transition weights as numpy arrays, for marginals of many
    sentences in one forward-backward pass (the same numbers crfsuite gives, to rounding)."""

    def __init__(self, attributes: dict[str, int], labels: list[str], state: Any, trans: Any):
        self.attributes = attributes  # attribute -> row of ``state``; unknown ones add nothing
        self.labels = labels
        self.state = state  # (attributes + 1, labels), the last row zeros
        self.trans = trans  # (labels, labels): from, to
        self._words: dict[str, Any] = {}  # word -> its feature sums, (5, labels)

    @classmethod
    def of(cls, tagger: pycrfsuite.Tagger) -> CrfWeights:
        import numpy as np

        info = tagger.info()
        labels = list(tagger.labels())
        column = {y: j for j, y in enumerate(labels)}
        attributes: dict[str, int] = {}
        for attr, _ in info.state_features:
            attributes.setdefault(attr, len(attributes))
        state = np.zeros((len(attributes) + 1, len(labels)), dtype=np.float64)
        for (attr, label), w in info.state_features.items():
            state[attributes[attr], column[label]] = w
        trans = np.zeros((len(labels), len(labels)), dtype=np.float64)
        for (a, b), w in info.transitions.items():
            trans[column[a], column[b]] = w
        return cls(attributes, labels, state, trans)

    def emissions(self, sentences: Sequence[Sequence[str]], fs: FeatureSet) -> list[np.ndarray]:
        """Per sentence, ``(len(words), labels)``: the sum of the state weights of every
        feature that ``sentence_features`` gives each word, from per-word sums kept across
        calls (a word's own features and what it gives its neighbours at -2 -1 +1 +2)."""
        import numpy as np

        words = [w for sentence in sentences for w in sentence]
        if not words:
            return [np.zeros((0, len(self.labels))) for _ in sentences]
        stacked = np.stack([self._word(w, fs) for w in words])  # (words, 5, labels)
        get, unknown = self.attributes.get, len(self.attributes)
        firsts = [local(w, fs)[0][0][2:] for w in words]
        out: list[np.ndarray] = []
        at = 0
        for sentence in sentences:
            n = len(sentence)
            part = stacked[at : at + n]
            em = part[:, 0] + self._row("bias")
            if n:
                em[0] += self._row("BOS")
                em[n - 1] += self._row("EOS")
            for slot, off in enumerate((-2, -1, 1, 2), start=1):
                if abs(off) >= n:
                    continue
                if off < 0:  # the word at j = i + off gives "{off}:feature" to position i
                    em[-off:] += part[: n + off, slot]
                else:
                    em[: n - off] += part[off:, slot]
            if n > 1:
                pairs = [
                    get(f"w-1|w={firsts[at + i - 1]}|{firsts[at + i]}", unknown)
                    for i in range(1, n)
                ]
                em[1:] += self.state[pairs]
            out.append(em)
            at += n
        return out

    def _row(self, attribute: str) -> Any:
        return self.state[self.attributes.get(attribute, len(self.attributes))]

    def _word(self, word: str, fs: FeatureSet) -> Any:
        found = self._words.get(word)
        if found is None:
            import numpy as np

            own, near = local(word, fs)
            get, unknown = self.attributes.get, len(self.attributes)

            def total(names: Sequence[str]) -> Any:
                return self.state[[get(a, unknown) for a in names]].sum(axis=0)

            # at ±2 a neighbour gives only its first near feature, at ±1 all of them
            found = np.stack(
                [total(own)]
                + [
                    total([f"{off}:{f}" for f in near[: 1 if abs(off) == 2 else None]])
                    for off in (-2, -1, 1, 2)
                ]
            )
            if len(self._words) >= WORD_CACHE:
                self._words.clear()
            self._words[word] = found
        return found

    def marginals(self, ems: Sequence[np.ndarray], labels: Sequence[str]) -> np.ndarray:
        """``(len(ems), longest, len(labels))`` marginals of the sentences whose state scores
        ``ems`` are (zeros past each end): one scaled forward-backward pass for all."""
        import numpy as np

        b, t, k = len(ems), max(len(e) for e in ems), len(self.labels)
        em = np.zeros((b, t, k), dtype=np.float64)
        for row, scores in enumerate(ems):
            em[row, : len(scores)] = scores
        lengths = np.array([len(scores) for scores in ems])
        last = lengths - 1
        e = np.exp(em - em.max(axis=2, keepdims=True))
        trans = np.exp(self.trans)
        alphas = np.empty((b, t, k))
        alphas[:, 0] = e[:, 0] / e[:, 0].sum(axis=1, keepdims=True)
        for i in range(1, t):
            alpha = (alphas[:, i - 1] @ trans) * e[:, i]
            alphas[:, i] = alpha / alpha.sum(axis=1, keepdims=True)
        betas = np.empty((b, t, k))
        beta = np.ones((b, k))
        for i in range(t - 1, -1, -1):
            if i < t - 1:
                beta = (e[:, i + 1] * betas[:, i + 1]) @ trans.T
                beta = np.where((i >= last)[:, None], 1.0, beta)
            betas[:, i] = beta / beta.sum(axis=1, keepdims=True)
        joint = alphas * betas
        probs = joint / joint.sum(axis=2, keepdims=True)
        probs[np.arange(t)[None, :] >= lengths[:, None]] = 0.0
        out = np.zeros((b, t, len(labels)), dtype=np.float32)
        column = {y: j for j, y in enumerate(self.labels)}
        for j, y in enumerate(labels):
            if y in column:
                out[:, :, j] = probs[:, :, column[y]]
        return out


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
