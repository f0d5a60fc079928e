"""The shipped BiLSTM-CRF joined with the CRF (``--ner bilstm-crf``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from typer.testing import CliRunner

from rasd.cli import app
from rasd.ner import combined, model
from rasd.ner.bilstm import LABELS

WORDS = ["وقال", "الرئيس", "الأمريكي", "باراك", "أوباما", "في", "واشنطن", "إن", "بلاده", "."]


def test_crf_marginals_are_distributions_that_agree_with_its_labels() -> None:
    crf = model.shipped()
    m = crf.marginals(WORDS, LABELS)
    assert m.shape == (len(WORDS), len(LABELS))
    np.testing.assert_allclose(m.sum(axis=1), 1.0, atol=1e-4)
    labels = crf.tag(WORDS)
    assert all(m[i, LABELS.index(label)] >= 0.3 for i, label in enumerate(labels))


def test_batch_marginals_in_numpy_are_crfsuite_s_for_each_sentence() -> None:
    crf = model.shipped()
    sentences = [WORDS, ["زار", "محمد", "الرياض"], ["وصل"]]
    batch = crf.batch_marginals(sentences, LABELS)
    assert batch.shape == (3, len(WORDS), len(LABELS))
    for row, words in enumerate(sentences):
        np.testing.assert_allclose(
            batch[row, : len(words)], crf.marginals(words, LABELS), atol=1e-6
        )
        assert not batch[row, len(words) :].any()


def test_shipped_combined_tags_names() -> None:
    labels, probs = model.shipped_combined().tag_with_confidence(WORDS)
    assert labels[3:5] == ["B-PER", "I-PER"]
    assert labels[6] == "B-LOC"
    assert all(0.0 <= p <= 1.0 for p in probs)


class _Sure:
    """A CRF that is certain every word is B-ORG."""

    def batch_marginals(
        self, sentences: Sequence[Sequence[str]], labels: Sequence[str]
    ) -> np.ndarray:
        out = np.zeros((len(sentences), max(map(len, sentences)), len(labels)), dtype=np.float32)
        out[:, :, labels.index("B-ORG")] = 1.0
        return out


def test_the_crf_marginals_are_added_to_the_label_scores() -> None:
    neural = model.shipped_combined().neural
    em, _ = neural.emissions([WORDS])
    joined = combined.Combined(neural, _Sure())  # type: ignore[arg-type]
    changed = em.copy()
    joined._add_crf(changed, [WORDS])
    diff = changed - em
    org = LABELS.index("B-ORG")
    assert np.allclose(diff[0, :, org], 0.0, atol=1e-3)
    others = [j for j in range(len(LABELS)) if j not in (0, org)]
    expect = combined.CRF_WEIGHT * np.log(combined._FLOOR)
    assert np.allclose(diff[0][:, others], expect, atol=1e-3)
    assert np.allclose(diff[0, :, 0], expect - combined.O_PENALTY, atol=1e-3)


def test_analyze_and_evaluate_with_the_bilstm_crf(tmp_path: object) -> None:
    result = CliRunner().invoke(
        app, ["analyze", "examples/sample-article.txt", "--ner", "bilstm-crf"]
    )
    assert result.exit_code == 0, result.output
    assert '"entities"' in result.output
    bad = CliRunner().invoke(app, ["analyze", "examples/sample-article.txt", "--ner", "nope"])
    assert bad.exit_code == 2 and "bilstm-crf" in bad.output
