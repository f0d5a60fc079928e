"""Word vectors for the BiLSTM tagger, learned by word2vec (gensim) from unlabeled news.

Training-time only (``rasd train ner --design bilstm``; gensim comes with the ``train``
extra). The corpus is every paragraph of the SaudiNewsNet files in a folder, tokenized and
normalized as the tagger will see words, plus the tokens of the tagger's own training
sentences. One worker thread, a fixed seed and a fixed hash make the vectors reproducible.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from rasd.ner.encoding import forms
from rasd.text.tokenize import tokenize


def news_paragraphs(folder: Path, limit: int | None = None) -> list[list[str]]:
    """The normalized words of each paragraph of the news files (``*.json``) in ``folder``."""
    out: list[list[str]] = []
    articles = 0
    for path in sorted(folder.glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            if limit is not None and articles >= limit:
                return out
            articles += 1
            for paragraph in str(article.get("content") or "").split("\n"):
                words = [forms(t.text)[0] for t in tokenize(paragraph)]
                if len(words) > 2:
                    out.append(words)
    return out


def _stable_hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def learn(
    sentences: Iterable[Sequence[str]], dim: int = 100, min_count: int = 3, seed: int = 0
) -> tuple[list[str], np.ndarray]:
    """Skip-gram vectors: the words, most frequent first, and their unit-length rows."""
    from gensim.models import Word2Vec

    corpus = [list(s) for s in sentences]
    model = Word2Vec(
        corpus,
        vector_size=dim,
        window=5,
        min_count=min_count,
        sg=1,
        negative=5,
        epochs=5,
        workers=1,
        seed=seed,
        hashfxn=_stable_hash,
    )
    words = list(model.wv.index_to_key)
    vectors = np.asarray(model.wv.vectors, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-6
    return words, vectors
