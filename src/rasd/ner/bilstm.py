"""The BiLSTM-CRF tagger at run time: numpy only, weights from one ``ner-bilstm.npz`` file.

torch trains the network (``rasd.ner.bilstm_train``); tagging needs only numpy, so the default
install stays small and starts fast. The sentences of an article are tagged together: the
input projection of each distinct word is computed once (and cached across articles), the two
LSTM directions run over all sentences at once, and the CRF's Viterbi path and marginals are
computed for the whole batch in a few array operations per position.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from rasd.ner.encoding import N_MARKS, PAD, Vocab, marks

WEIGHTS_NAME = "ner-bilstm.npz"
LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
_CACHE_LIMIT = 20_000  # words whose input projection is kept (8H floats each: 64 MB at H = 100)
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def save_weights(
    out_dir: Path, weights: dict[str, np.ndarray], vocab: Vocab, meta: dict[str, Any]
) -> Path:
    """Write weights, vocabulary and metadata into one ``.npz``, byte for byte reproducible.

    The embedding table, most of the bytes, is stored as int8 with one scale per row (a
    quarter of float32; the rows are unit vectors, so the rounding error is under 0.4% of a
    row's length); the zip entries carry a fixed date so that the same weights give the same
    file.
    """
    arrays = dict(weights)
    emb = arrays.pop("emb").astype(np.float32)
    scale = np.abs(emb).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    arrays["emb_q"] = np.round(emb / scale[:, None]).astype(np.int8)
    arrays["emb_scale"] = scale.astype(np.float32)
    words = sorted(vocab.words, key=vocab.words.__getitem__)
    chars = sorted(vocab.chars, key=vocab.chars.__getitem__)
    arrays["words"] = np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)
    arrays["chars"] = np.frombuffer("\n".join(chars).encode("utf-8"), dtype=np.uint8)
    arrays["meta"] = np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8)
    path = out_dir / WEIGHTS_NAME
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())
    return path


def _text_list(data: np.ndarray) -> list[str]:
    text = data.tobytes().decode("utf-8")
    return text.split("\n") if text else []


Adjust = Callable[[np.ndarray, Sequence[Sequence[str]]], None]
_PADDING = 1.5  # a bucket's padded size may be this many times its words


def buckets(lengths: Sequence[int]) -> list[list[int]]:
    """Indices of the non-empty sentences, shortest first, cut into runs whose padded size
    (sentences × the longest) stays within ``_PADDING`` times their words."""
    order = sorted((i for i, n in enumerate(lengths) if n), key=lengths.__getitem__)
    out: list[list[int]] = []
    words = 0
    for i in order:
        n = lengths[i]
        if out and (len(out[-1]) + 1) * n <= _PADDING * (words + n):
            out[-1].append(i)
            words += n
        else:
            out.append([i])
            words = n
    return out


@cache
def _controller() -> ThreadpoolController:
    return ThreadpoolController()


def one_blas_thread() -> Any:
    """Small matrix products run several times faster on one BLAS thread than on many (and
    far faster when other processes share the cores): limit BLAS while tagging."""
    return _controller().limit(limits=1, user_api="blas")


class Tagger:
    """A loaded BiLSTM-CRF: ``tag``, ``tag_with_confidence`` and ``tag_batch`` over words."""

    def __init__(self, weights: dict[str, np.ndarray], vocab: Vocab, meta: dict[str, Any]) -> None:
        self.meta = meta
        self.vocab = vocab
        w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.emb, self.cemb = w["emb"], w["cemb"]
        filters, char_dim, width = w["conv_w"].shape
        # conv as one matmul over the concatenated window: (width*char_dim, filters)
        self.conv_w = w["conv_w"].transpose(2, 1, 0).reshape(width * char_dim, filters)
        self.conv_b = w["conv_b"]
        self.hidden = hsz = w["whh_f"].shape[1]
        # torch orders the gates i, f, g, o; i, f, o, g lets one sigmoid cover three of them
        order = np.r_[0 : 2 * hsz, 3 * hsz : 4 * hsz, 2 * hsz : 3 * hsz]
        self.wih = np.concatenate([w["wih_f"][order], w["wih_b"][order]]).T.copy()  # (in, 8H)
        self.b_ih = np.concatenate([w["b_f"][order], w["b_b"][order]])
        self.whh_f, self.whh_b = w["whh_f"][order].T.copy(), w["whh_b"][order].T.copy()
        halve = np.ones(4 * hsz, dtype=np.float32)
        halve[: 3 * hsz] = 0.5  # i, f, o: sigmoid(x) is computed as (tanh(x/2) + 1) / 2
        self.wih *= np.tile(halve, 2)
        self.b_ih *= np.tile(halve, 2)
        self.whh_f *= halve
        self.whh_b *= halve
        self.out_w, self.out_b = w["out_w"].T.copy(), w["out_b"]
        self.trans, self.start, self.end = w["trans"], w["start"], w["end"]
        self._proj: dict[str, np.ndarray] = {}

    @classmethod
    def load(cls, path: Path) -> Tagger:
        """The tagger saved in ``path`` by ``save_weights``."""
        with np.load(path, allow_pickle=False) as z:
            arrays = {name: z[name] for name in z.files}
        meta = json.loads(arrays.pop("meta").tobytes().decode())
        arrays["emb"] = arrays.pop("emb_q").astype(np.float32) * arrays.pop("emb_scale")[:, None]
        vocab = Vocab.build(_text_list(arrays.pop("words")), _text_list(arrays.pop("chars")))
        return cls(arrays, vocab, meta)

    # -- per-word input projections -------------------------------------------------------
    def _project(self, words: Sequence[str]) -> None:
        """Compute and cache the LSTM input projection (8H numbers) of each new word."""
        unique = list(dict.fromkeys(words))
        new = [w for w in unique if w not in self._proj]
        if not new:
            return
        if len(self._proj) + len(new) > _CACHE_LIMIT:
            self._proj.clear()  # and compute every word of this batch again
            new = unique
        ids = [self.vocab.word_ids(w) for w in new]
        chars = [self.vocab.char_ids(w) for w in new]
        longest = max(map(len, chars))
        grid = np.zeros((len(new), longest + 2), dtype=np.int64)  # one pad column each side
        for i, c in enumerate(chars):
            grid[i, 1 : 1 + len(c)] = c
        ce = self.cemb[grid]  # (U, L+2, dim)
        windows = np.concatenate([ce[:, :-2], ce[:, 1:-1], ce[:, 2:]], axis=2)
        conv = windows @ self.conv_w + self.conv_b  # (U, L, filters)
        conv[grid[:, 1:-1] == PAD] = -1e4
        cv = np.maximum(conv.max(axis=1), 0.0)
        id_arr = np.asarray(ids, dtype=np.int64)
        feats = np.asarray([marks(w) for w in new], dtype=np.float32).reshape(len(new), N_MARKS)
        x = np.concatenate([self.emb[id_arr[:, 0]], self.emb[id_arr[:, 1]], cv, feats], axis=1)
        proj = x @ self.wih + self.b_ih
        for w, row in zip(new, proj, strict=True):
            self._proj[w] = row

    def _lstm(self, p: np.ndarray, whh: np.ndarray) -> np.ndarray:
        """Hidden states of one direction over right-padded inputs (padding comes last, so
        each sentence's states are computed before its padding and are never mixed in)."""
        b, t, _ = p.shape
        hsz = self.hidden
        h = np.zeros((b, hsz), dtype=np.float32)
        c = np.zeros((b, hsz), dtype=np.float32)
        out = np.empty((b, t, hsz), dtype=np.float32)
        for i in range(t):
            g = p[:, i] + h @ whh
            # sigmoid(x) = (tanh(x/2) + 1) / 2; the sigmoid gates' weights are halved at load
            sig = np.tanh(g[:, : 3 * hsz])
            sig += 1.0
            sig *= 0.5
            c = sig[:, hsz : 2 * hsz] * c + sig[:, :hsz] * np.tanh(g[:, 3 * hsz :])
            h = sig[:, 2 * hsz :] * np.tanh(c)
            out[:, i] = h
        return out

    def emissions(self, sentences: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Label scores ``(B, T, labels)`` of the padded batch, and its mask ``(B, T)``."""
        self._project([w for s in sentences for w in s])
        b, t = len(sentences), max(len(s) for s in sentences)
        four = 4 * self.hidden
        lengths = np.array([len(s) for s in sentences])
        mask = (np.arange(t)[None, :] < lengths[:, None]).astype(np.float32)
        p = np.zeros((b, t, 2 * four), dtype=np.float32)
        for i, s in enumerate(sentences):
            if s:
                p[i, : len(s)] = np.stack([self._proj[w] for w in s])
        # the backward direction reads each sentence reversed, its padding still last
        rows = np.arange(b)[:, None]
        flip = np.where(mask > 0, lengths[:, None] - 1 - np.arange(t)[None, :], np.arange(t))
        fwd = self._lstm(p[:, :, :four], self.whh_f)
        bwd = self._lstm(p[rows, flip, four:], self.whh_b)[rows, flip]
        em = np.concatenate([fwd, bwd], axis=2) @ self.out_w + self.out_b
        return em, mask

    # -- CRF ----------------------------------------------------------------------------------
    def _decode(self, em: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Viterbi labels and their marginal probabilities, ``(B, T)`` each.

        Positions past a sentence's end are computed and ignored: each sentence's path starts
        from its own last word, and its backward pass starts there too. The marginals come from
        a forward-backward pass in probability space, rescaled at every step.
        """
        b, t, k = em.shape
        lengths = mask.sum(axis=1).astype(np.int64)
        last = lengths - 1
        rows = np.arange(b)
        # Viterbi
        back = np.zeros((b, t, k), dtype=np.int64)
        deltas = np.empty((b, t, k), dtype=np.float32)
        delta = self.start[None] + em[:, 0]
        deltas[:, 0] = delta
        for i in range(1, t):
            scores = delta[:, :, None] + self.trans[None]
            back[:, i] = scores.argmax(axis=1)
            delta = scores.max(axis=1) + em[:, i]
            deltas[:, i] = delta
        final = (deltas[rows, last] + self.end[None]).argmax(axis=1)
        path = np.repeat(final[:, None], t, axis=1)
        for i in range(t - 1, 0, -1):
            prev = back[rows, i, path[:, i]]
            path[:, i - 1] = np.where(i - 1 >= last, final, prev)
        # forward-backward
        e = np.exp(em - em.max(axis=2, keepdims=True))
        trans = np.exp(self.trans)
        alphas = np.empty((b, t, k), dtype=np.float32)
        alpha = np.exp(self.start)[None] * e[:, 0]
        alphas[:, 0] = alpha / alpha.sum(axis=1, keepdims=True)
        for i in range(1, t):
            alpha = (alphas[:, i - 1] @ trans) * e[:, i]
            alphas[:, i] = alpha / alpha.sum(axis=1, keepdims=True)
        betas = np.empty((b, t, k), dtype=np.float32)
        end = np.exp(self.end)[None]
        beta = np.repeat(end, b, axis=0)
        for i in range(t - 1, -1, -1):
            if i < t - 1:
                beta = (e[:, i + 1] * betas[:, i + 1]) @ trans.T
                beta = np.where((i == last)[:, None], end, beta)
            betas[:, i] = beta / beta.sum(axis=1, keepdims=True)
        joint = alphas * betas
        chosen = np.take_along_axis(joint, path[:, :, None], axis=2)[:, :, 0]
        probs = chosen / joint.sum(axis=2)
        return path, probs

    def tag_batch(
        self, sentences: Sequence[Sequence[str]], adjust: Adjust | None = None
    ) -> list[tuple[list[str], list[float]]]:
        """Labels and per-word marginal probabilities for each sentence.

        Sentences of like length are run together (``buckets``), so that little time goes to
        padding; ``adjust`` may change the label scores of a bucket before decoding (the
        combined tagger adds the CRF's marginals there).
        """
        out: list[tuple[list[str], list[float]]] = [([], []) for _ in sentences]
        with one_blas_thread():
            for bucket in buckets([len(s) for s in sentences]):
                batch = [sentences[i] for i in bucket]
                em, mask = self.emissions(batch)
                if adjust is not None:
                    adjust(em, batch)
                path, probs = self._decode(em, mask)
                for row, i in enumerate(bucket):
                    n = len(sentences[i])
                    labels = [LABELS[j] for j in path[row, :n]]
                    out[i] = (labels, [float(p) for p in probs[row, :n]])
        return out

    def tag_with_confidence(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        return self.tag_batch([words])[0]

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_with_confidence(words)[0]
