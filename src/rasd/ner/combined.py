"""``--ner bilstm-crf``: the BiLSTM-CRF's label scores joined with the CRF's marginals.

The two models err differently (the CRF reads sparse word and list features, the BiLSTM
letters, word vectors and the whole sentence), so the BiLSTM's emission scores get
``CRF_WEIGHT × log p_crf(label)`` added per word, and ``O`` a fixed penalty (both models miss
more names than they invent); the BiLSTM's transitions then decode the sum. On the dev split
this scores micro-F1 0.745 against 0.710 (BiLSTM) and 0.702 (CRF) alone (docs/ner.md). The two
numbers were chosen on the dev split, on an earlier BiLSTM than the shipped one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rasd.ner import bilstm
from rasd.ner.model import Tagger as CrfTagger

CRF_WEIGHT = 0.5
O_PENALTY = 1.0
_FLOOR = 1e-4  # a CRF probability of 0 must not veto the BiLSTM


class Combined:
    """``tag``, ``tag_with_confidence`` and ``tag_batch`` of the two models joined."""

    def __init__(self, neural: bilstm.Tagger, crf: CrfTagger) -> None:
        self.neural = neural
        self.crf = crf

    def tag_batch(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        return self.neural.tag_batch(sentences, self._add_crf)

    def _add_crf(self, em: np.ndarray, batch: Sequence[Sequence[str]]) -> None:
        marginals = self.crf.batch_marginals(batch, bilstm.LABELS)
        longest = marginals.shape[1]
        em[:, :longest] += CRF_WEIGHT * np.log(marginals + _FLOOR)
        em[:, :, 0] -= O_PENALTY

    def tag_with_confidence(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        return self.tag_batch([words])[0]

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_with_confidence(words)[0]
