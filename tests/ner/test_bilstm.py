"""The numpy BiLSTM-CRF tagger: its batched LSTM and CRF against plain reference code, its file
format, and (where torch is installed) its agreement with the torch network it was trained as."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from rasd.ner.bilstm import LABELS, WEIGHTS_NAME, Tagger, save_weights
from rasd.ner.encoding import N_MARKS, Vocab

WORDS = ["قال", "الرئيس", "السوري", "بشار", "الأسد", "في", "دمشق", "إن", "الجيش", "وبالرقة"]
SENTENCES = [WORDS[:6], WORDS[3:5], WORDS, ["."], WORDS[6:9]]


def _random_weights(seed: int, hidden: int = 5, dim: int = 6) -> tuple[dict, Vocab]:
    rng = np.random.default_rng(seed)
    vocab = Vocab.build(sorted({w for s in SENTENCES for w in s})[:6], sorted(set("".join(WORDS))))
    n_chars, char_dim, filters, k = len(vocab.chars) + 2, 4, 3, len(LABELS)
    width = 2 * dim + filters + N_MARKS

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.7, shape).astype(np.float32)

    cemb = r(n_chars, char_dim)
    cemb[0] = 0.0
    weights = {
        "emb": r(len(vocab.words) + 2, dim),
        "cemb": cemb,
        "conv_w": r(filters, char_dim, 3),
        "conv_b": r(filters),
        "out_w": r(k, 2 * hidden),
        "out_b": r(k),
        "trans": r(k, k),
        "start": r(k),
        "end": r(k),
    }
    for d in ("f", "b"):
        weights[f"wih_{d}"] = r(4 * hidden, width)
        weights[f"whh_{d}"] = r(4 * hidden, hidden)
        weights[f"b_{d}"] = r(4 * hidden)
    return weights, vocab


def _reference_lstm(x: np.ndarray, wih: np.ndarray, whh: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One sentence, one direction, gates in torch's order (i, f, g, o), no batching."""
    hsz = whh.shape[1]
    h, c, out = np.zeros(hsz), np.zeros(hsz), []
    for row in x:
        g = wih @ row + whh @ h + b
        i, f = 1 / (1 + np.exp(-g[:hsz])), 1 / (1 + np.exp(-g[hsz : 2 * hsz]))
        o = 1 / (1 + np.exp(-g[3 * hsz :]))
        c = f * c + i * np.tanh(g[2 * hsz : 3 * hsz])
        h = o * np.tanh(c)
        out.append(h)
    return np.array(out)


def _reference_inputs(tagger: Tagger, words: list[str], w: dict) -> np.ndarray:
    from rasd.ner.encoding import marks

    rows = []
    for word in words:
        ids = tagger.vocab.word_ids(word)
        chars = tagger.vocab.char_ids(word)
        padded = np.vstack([np.zeros(4), w["cemb"][chars], np.zeros(4)])
        conv = [
            sum(w["conv_w"][:, :, j] @ padded[p + j] for j in range(3)) + w["conv_b"]
            for p in range(len(chars))
        ]
        cv = np.maximum(np.max(conv, axis=0), 0)
        emb = w["emb"].astype(np.float16).astype(np.float32)
        rows.append(np.concatenate([emb[ids[0]], emb[ids[1]], cv, marks(word)]))
    return np.array(rows)


def test_batched_emissions_equal_the_plain_per_sentence_computation() -> None:
    w, vocab = _random_weights(0)
    tagger = Tagger({**w, "emb": w["emb"].astype(np.float16)}, vocab, {})
    em, mask = tagger.emissions(SENTENCES)
    assert mask.sum(axis=1).tolist() == [len(s) for s in SENTENCES]
    for row, words in enumerate(SENTENCES):
        x = _reference_inputs(tagger, words, w)
        fwd = _reference_lstm(x, w["wih_f"], w["whh_f"], w["b_f"])
        bwd = _reference_lstm(x[::-1], w["wih_b"], w["whh_b"], w["b_b"])[::-1]
        expect = np.hstack([fwd, bwd]) @ w["out_w"].T + w["out_b"]
        np.testing.assert_allclose(em[row, : len(words)], expect, rtol=1e-4, atol=1e-4)


def test_viterbi_path_and_marginals_equal_brute_force() -> None:
    w, vocab = _random_weights(1)
    tagger = Tagger(w, vocab, {})
    rng = np.random.default_rng(2)
    k = len(LABELS)
    lengths = [1, 3, 2, 4]
    em = rng.normal(0, 2, (len(lengths), max(lengths), k)).astype(np.float32)
    mask = np.array([[1.0] * n + [0.0] * (max(lengths) - n) for n in lengths], dtype=np.float32)
    path, probs = tagger._decode(em, mask)
    for row, n in enumerate(lengths):
        scores = {}
        for seq in itertools.product(range(k), repeat=n):
            s = w["start"][seq[0]] + w["end"][seq[-1]] + sum(em[row, i, seq[i]] for i in range(n))
            s += sum(w["trans"][seq[i - 1], seq[i]] for i in range(1, n))
            scores[seq] = float(s)
        best = max(scores, key=scores.__getitem__)
        assert tuple(path[row, :n]) == best
        top = max(scores.values())
        z = top + np.log(sum(np.exp(v - top) for v in scores.values()))
        for i in range(n):
            marginal = sum(np.exp(v - z) for seq, v in scores.items() if seq[i] == best[i])
            assert probs[row, i] == pytest.approx(marginal, abs=1e-4)


def test_tag_batch_agrees_with_one_sentence_at_a_time_and_keeps_empty_ones() -> None:
    w, vocab = _random_weights(3)
    tagger = Tagger(w, vocab, {})
    batch = tagger.tag_batch([*SENTENCES, []])
    assert batch[-1] == ([], [])
    for words, (labels, probs) in zip(SENTENCES, batch, strict=False):
        one_labels, one_probs = tagger.tag_with_confidence(words)
        assert labels == one_labels and len(labels) == len(words)
        assert probs == pytest.approx(one_probs, abs=1e-5)
        assert all(label in LABELS for label in labels)


def test_saved_file_loads_the_same_tagger_and_is_reproducible(tmp_path: Path) -> None:
    w, vocab = _random_weights(4)
    meta = {"design": "bilstm", "seed": 4}
    first = save_weights(tmp_path, w, vocab, meta).read_bytes()
    again = tmp_path / "again"
    again.mkdir()
    assert save_weights(again, w, vocab, meta).read_bytes() == first
    loaded = Tagger.load(tmp_path / WEIGHTS_NAME)
    assert loaded.meta == meta and loaded.vocab == vocab
    np.testing.assert_allclose(loaded.emb, w["emb"], atol=np.abs(w["emb"]).max() / 250)
    direct = Tagger({**w, "emb": loaded.emb}, vocab, meta)
    assert loaded.tag_batch(SENTENCES) == direct.tag_batch(SENTENCES)


def test_a_full_word_cache_is_emptied_without_losing_the_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rasd.ner import bilstm

    w, vocab = _random_weights(5)
    tagger = Tagger(w, vocab, {})
    expect = tagger.tag_batch(SENTENCES)
    monkeypatch.setattr(bilstm, "_CACHE_LIMIT", 4)
    small = Tagger(w, vocab, {})
    small.tag_batch([WORDS[:3]])  # three words cached, the next batch overflows the cache
    assert small.tag_batch(SENTENCES) == expect
