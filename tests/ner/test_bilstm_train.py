"""Training the BiLSTM-CRF (torch and gensim, the ``train`` extra) on a small slice, so that the
training code cannot rot: it runs, it is deterministic, and numpy tags as torch computes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from tests.conftest import shared_path

torch = pytest.importorskip("torch", reason="the train extra (torch) is not installed")
pytest.importorskip("gensim", reason="the train extra (gensim) is not installed")

from rasd.cli import app  # noqa: E402
from rasd.ner import bilstm_train  # noqa: E402
from rasd.ner.bilstm import LABELS, WEIGHTS_NAME, Tagger  # noqa: E402
from rasd.ner.conll import read_conll, split_dev  # noqa: E402
from rasd.ner.encoding import Vocab, forms  # noqa: E402

SMALL = bilstm_train.NetSettings(hidden=8, char_dim=6, char_filters=5, epochs=1, batch=8)


@pytest.fixture(scope="module")
def sentences() -> list:
    return read_conll(shared_path("data", "anercorp", "train.txt"))[:120]


def test_numpy_emissions_equal_the_torch_network(sentences: list) -> None:
    torch.manual_seed(0)
    part = sentences[:40]
    words = sorted({forms(w)[0] for s in part for w in s.tokens})
    vocab = Vocab.build(words, bilstm_train.char_vocab(part))
    table = np.random.default_rng(0).normal(size=(len(words) + 2, 7)).astype(np.float16)
    net = bilstm_train.Net(table.astype(np.float32), len(vocab.chars) + 2, SMALL)
    with torch.no_grad():
        for p in net.parameters():
            p.normal_(0, 0.5)
        net.cemb.weight[0] = 0.0  # the padding row, zero as training keeps it
    net.eval()
    batch = bilstm_train._batch(part[:9], vocab, {label: i for i, label in enumerate(LABELS)})
    with torch.no_grad():
        expect = net.emissions(batch).numpy()
    tagger = Tagger(bilstm_train.net_weights(net), vocab, {})
    got, mask = tagger.emissions([s.tokens for s in part[:9]])
    np.testing.assert_allclose(got * mask[:, :, None], expect * mask[:, :, None], atol=2e-4)


def test_training_is_deterministic_and_gives_a_working_tagger(
    sentences: list, tmp_path: Path
) -> None:
    news = shared_path("data", "news")
    metas = []
    for name in ("a", "b"):
        metas.append(
            bilstm_train.train_with_news(sentences, news, 20, tmp_path / name, SMALL, None)
        )
    first, second = ((tmp_path / n / WEIGHTS_NAME).read_bytes() for n in ("a", "b"))
    assert first == second
    assert metas[0]["sentences"] == len(sentences)
    tagger = Tagger.load(tmp_path / "a" / WEIGHTS_NAME)
    labels, probs = tagger.tag_with_confidence(list(sentences[0].tokens))
    assert len(labels) == len(sentences[0].tokens) and set(labels) <= set(LABELS)
    assert all(0.0 <= p <= 1.0 for p in probs)


def test_train_ner_command_with_the_bilstm_design(tmp_path: Path) -> None:
    train = shared_path("data", "anercorp", "train.txt")
    lines = train.read_text(encoding="utf-8-sig").splitlines()[:2500]
    small = tmp_path / "small.conll"
    small.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    args = ["train", "ner", "--train", str(small), "--out", str(out), "--design", "bilstm"]
    args += ["--epochs", "1", "--hidden", "8", "--news", str(shared_path("data", "news"))]
    result = CliRunner().invoke(app, [*args, "--news-limit", "10"])
    assert result.exit_code == 0, result.output
    assert (out / WEIGHTS_NAME).is_file()
    assert "development split" in result.output and "micro" in result.output
    dev = split_dev(read_conll(small), 0.1)[1]
    evaluated = CliRunner().invoke(app, ["evaluate", "ner", str(small), "--model", str(out)])
    assert evaluated.exit_code == 0 and "micro" in evaluated.output and dev
