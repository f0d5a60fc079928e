"""Train the BiLSTM-CRF tagger with torch and export its weights for the numpy tagger.

Only ``rasd train ner --design bilstm`` imports this module: torch is a training-time extra
(``pip install torch==2.13.0 'rasd[train]'``), never needed to tag. The network, in order:

- a frozen word2vec table (``rasd.ner.embeddings``, learned from unlabeled news) looked up for
  the word and for its base without proclitics;
- a character CNN (width 3, max over the word) over the word's normalized letters;
- the ``N_MARKS`` list and shape marks of ``rasd.ner.encoding``;
- one bidirectional LSTM layer, a linear layer to label scores, and a linear-chain CRF.

Training is deterministic for a seed on one thread: same data and seed, same weights.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from rasd.ner import embeddings
from rasd.ner.bilstm import LABELS, save_weights
from rasd.ner.conll import TaggedSentence
from rasd.ner.encoding import N_MARKS, PAD, UNK, Vocab, clip_chars, forms, marks


@dataclass(frozen=True, slots=True)
class NetSettings:
    """Sizes and optimisation settings of the network."""

    char_dim: int = 32
    char_filters: int = 100
    hidden: int = 150
    dropout: float = 0.5
    epochs: int = 20
    batch: int = 16
    lr: float = 0.002
    lr_decay: float = 0.95
    word_dropout: float = 0.0
    finetune: bool = False
    vocab: int = 50_000
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Net(nn.Module):
    def __init__(self, emb: np.ndarray, n_chars: int, s: NetSettings) -> None:
        super().__init__()
        n_tags = len(LABELS)
        self.emb = nn.Embedding(emb.shape[0], emb.shape[1])
        self.emb.weight = nn.Parameter(torch.from_numpy(emb), requires_grad=s.finetune)
        self.cemb = nn.Embedding(n_chars, s.char_dim, padding_idx=PAD)
        self.conv = nn.Conv1d(s.char_dim, s.char_filters, 3, padding=1)
        width = 2 * emb.shape[1] + s.char_filters + N_MARKS
        self.drop = nn.Dropout(s.dropout)
        self.lstm = nn.LSTM(width, s.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * s.hidden, n_tags)
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))

    def emissions(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        words, bases, chars, feats = batch["words"], batch["bases"], batch["chars"], batch["marks"]
        b, t, c = chars.shape
        ce = self.cemb(chars.view(b * t, c)).transpose(1, 2)  # (bt, dim, c)
        conv = self.conv(ce)
        conv = conv.masked_fill((chars.view(b * t, 1, c) == PAD), -1e4)
        cv = torch.relu(conv.max(dim=2).values).view(b, t, -1)
        x = torch.cat([self.emb(words), self.emb(bases), cv, feats], dim=2)
        x = self.drop(x)
        lengths = batch["lengths"]
        packed = nn.utils.rnn.pack_padded_sequence(
            x, lengths, batch_first=True, enforce_sorted=False
        )
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        out: torch.Tensor = self.out(self.drop(h))
        return out

    def nll(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """Negative log-likelihood of the gold labels under the CRF, summed over the batch."""
        em = self.emissions(batch)
        tags, mask = batch["tags"], batch["mask"]
        b, t, _ = em.shape
        idx = torch.arange(b)
        gold = self.start[tags[:, 0]] + em[idx, 0, tags[:, 0]]
        alpha = self.start.unsqueeze(0) + em[:, 0]
        for i in range(1, t):
            m = mask[:, i]
            step = self.trans[tags[:, i - 1], tags[:, i]] + em[idx, i, tags[:, i]]
            gold = gold + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, i]
            alpha = torch.where(m.unsqueeze(1) > 0, nxt, alpha)
        last = tags[idx, batch["lengths"] - 1]
        gold = gold + self.end[last]
        log_z = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
        return (log_z - gold).sum()


def _batch(
    sentences: Sequence[TaggedSentence], vocab: Vocab, label_ids: dict[str, int]
) -> dict[str, torch.Tensor]:
    t = max(len(s.tokens) for s in sentences)
    c = max(len(vocab.char_ids(w)) for s in sentences for w in s.tokens)
    b = len(sentences)
    words = np.zeros((b, t), dtype=np.int64)
    bases = np.zeros((b, t), dtype=np.int64)
    chars = np.zeros((b, t, c), dtype=np.int64)
    feats = np.zeros((b, t, N_MARKS), dtype=np.float32)
    tags = np.zeros((b, t), dtype=np.int64)
    mask = np.zeros((b, t), dtype=np.float32)
    for i, s in enumerate(sentences):
        for j, (w, label) in enumerate(zip(s.tokens, s.labels, strict=True)):
            words[i, j], bases[i, j] = vocab.word_ids(w)
            ids = vocab.char_ids(w)
            chars[i, j, : len(ids)] = ids
            feats[i, j] = marks(w)
            tags[i, j] = label_ids.get(label, 0)
            mask[i, j] = 1.0
    return {
        "words": torch.from_numpy(words),
        "bases": torch.from_numpy(bases),
        "chars": torch.from_numpy(chars),
        "marks": torch.from_numpy(feats),
        "tags": torch.from_numpy(tags),
        "mask": torch.from_numpy(mask),
        "lengths": torch.tensor([len(s.tokens) for s in sentences]),
    }


def char_vocab(sentences: Sequence[TaggedSentence], min_count: int = 2) -> list[str]:
    """The letters seen at least ``min_count`` times in the training words, sorted."""
    counts = Counter(ch for s in sentences for w in s.tokens for ch in clip_chars(forms(w)[2]))
    return sorted(ch for ch, n in counts.items() if n >= min_count)


def train(
    sentences: Sequence[TaggedSentence],
    words: Sequence[str],
    vectors: np.ndarray,
    out_dir: Path,
    settings: NetSettings,
    log: Any = None,
    after_epoch: Any = None,  # called (epoch, net, vocab) after each epoch: for experiments
) -> dict[str, Any]:
    """Train on ``sentences`` with the embedding table (``words`` → rows of ``vectors``).

    Writes ``ner-bilstm.npz`` into ``out_dir``; returns its metadata.
    """
    began = time.perf_counter()
    torch.manual_seed(settings.seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    rng = random.Random(settings.seed)
    vocab = Vocab.build(words, char_vocab(sentences))
    dim = vectors.shape[1]
    table = np.zeros((len(words) + 2, dim), dtype=np.float32)
    table[2:] = vectors
    table[1] = vectors.mean(axis=0)
    net = Net(table, len(vocab.chars) + 2, settings)
    label_ids = {label: i for i, label in enumerate(LABELS)}
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=settings.lr)
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i].tokens))
    # sentences of like length together; the batches are made once, their order shuffled
    batches = [
        _batch([sentences[i] for i in order[k : k + settings.batch]], vocab, label_ids)
        for k in range(0, len(order), settings.batch)
    ]
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=settings.lr_decay)
    for epoch in range(settings.epochs):
        net.train()
        rng.shuffle(batches)
        total = 0.0
        for batch in batches:
            if settings.word_dropout > 0:
                # learn to read unknown words by letters and context (a copy: the batch is kept)
                drop = torch.rand(batch["words"].shape) < settings.word_dropout
                batch = {
                    **batch,
                    "words": batch["words"].masked_fill(drop, UNK),
                    "bases": batch["bases"].masked_fill(drop, UNK),
                }
            opt.zero_grad()
            loss = net.nll(batch)
            loss.backward()  # type: ignore[no-untyped-call]
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        sched.step()
        if log:
            log(f"epoch {epoch + 1}: loss {total / len(sentences):.3f}")
        if after_epoch:
            net.eval()
            after_epoch(epoch + 1, net, vocab)
    out_dir.mkdir(parents=True, exist_ok=True)
    meta = {
        "design": "bilstm",
        "settings": settings.to_dict(),
        "sentences": len(sentences),
        "tokens": sum(len(s.tokens) for s in sentences),
    }
    path = save_weights(out_dir, net_weights(net), vocab, meta)
    return {
        **meta,
        "bytes": path.stat().st_size,
        "train_seconds": round(time.perf_counter() - began, 1),
    }


def net_weights(net: Net) -> dict[str, np.ndarray]:
    """The network's weights as numpy arrays, under the names the numpy tagger reads."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    return {
        "emb": sd["emb.weight"],
        "cemb": sd["cemb.weight"],
        "conv_w": sd["conv.weight"],
        "conv_b": sd["conv.bias"],
        "wih_f": sd["lstm.weight_ih_l0"],
        "whh_f": sd["lstm.weight_hh_l0"],
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "wih_b": sd["lstm.weight_ih_l0_reverse"],
        "whh_b": sd["lstm.weight_hh_l0_reverse"],
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
    }


def train_with_news(
    sentences: Sequence[TaggedSentence],
    news: Path | None,
    news_limit: int | None,
    out_dir: Path,
    settings: NetSettings,
    log: Any = None,
) -> dict[str, Any]:
    """Learn word2vec from the news folder (and the training sentences), then train."""
    began = time.perf_counter()
    corpus = embeddings.news_paragraphs(news, news_limit) if news is not None else []
    corpus += [[forms(w)[0] for w in s.tokens] for s in sentences]
    words, vectors = embeddings.learn(corpus, seed=settings.seed)
    words, vectors = words[: settings.vocab], vectors[: settings.vocab]
    if log:
        log(f"word2vec: {len(words)} words from {sum(map(len, corpus))} tokens")
    meta = train(sentences, words, vectors, out_dir, settings, log)
    return {**meta, "train_seconds": round(time.perf_counter() - began, 1)}
