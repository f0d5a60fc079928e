"""Near-duplicate articles (wire copy repeated by many outlets) by MinHash over word shingles.

A text is the set of its 3-word shingles in the matching form (letters normalized, so a copy
that differs in hamza, diacritics or digits still matches); MinHash estimates the Jaccard
similarity of two such sets and locality-sensitive hashing (datasketch) finds the candidates
without comparing every pair. Signatures are kept in the store, so the index is rebuilt
when a later ingest starts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from rasd.text.tokenize import iter_tokens

NUM_PERM = 64
SHINGLE = 3
DEFAULT_THRESHOLD = 0.8
# Fixed, with the permutation scheme: stored signatures must stay comparable across runs.
_SEED = 1
_SCHEME = "affine32"


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The ``size``-word shingles of ``text`` in the matching form (all words if fewer)."""
    words = [t.norm for t in iter_tokens(text) if t.kind in ("word", "number")]
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return bytes(minhash.hashvalues.astype("<u4").tobytes())


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, seed=_SEED, hashvalues=values, scheme=_SCHEME)


@dataclass(frozen=True, slots=True)
class Match:
    """The stored article a text nearly repeats, and their estimated Jaccard similarity."""

    article_id: int
    similarity: float


class NearDuplicates:
    """An index of article signatures that finds the stored article a new text repeats."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError("the near-duplicate threshold must lie between 0 and 1")
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[int, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: int, minhash: MinHash) -> None:
        if article_id in self._signatures:
            return
        self._signatures[article_id] = minhash
        self._lsh.insert(article_id, minhash)

    def best(self, minhash: MinHash) -> Match | None:
        """The most similar stored article at or above the threshold, if any."""
        found: Match | None = None
        for candidate in self._lsh.query(minhash):
            similarity = float(minhash.jaccard(self._signatures[candidate]))
            if similarity >= self.threshold and (found is None or similarity > found.similarity):
                found = Match(int(candidate), similarity)
        return found
