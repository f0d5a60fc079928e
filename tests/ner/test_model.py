"""Training runs on a slice of ANERcorp, is deterministic, and the model it makes tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.ner.conll import TaggedSentence, read_conll
from rasd.ner.features import FeatureSet, sentence_features
from rasd.ner.model import META_NAME, MODEL_NAME, Tagger, TrainSettings, train
from rasd.ner.scorer import score
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def slice_300() -> list[TaggedSentence]:
    return read_conll(shared_path("data", "anercorp", "train.txt"))[:300]


def test_training_on_a_slice_learns_its_data(
    slice_300: list[TaggedSentence], tmp_path: Path
) -> None:
    settings = TrainSettings(max_iterations=40, seed=1)
    meta = train(slice_300, tmp_path / "a", settings)
    assert meta["sentences"] == 300
    tagger = Tagger(tmp_path / "a")
    assert tagger.features == settings.features
    sample = slice_300[:100]
    report = score([s.labels for s in sample], [tagger.tag(s.tokens) for s in sample])
    assert report.micro.f1 > 0.6  # it fits what it was trained on
    # the same data and seed give the same model, byte for byte
    train(slice_300, tmp_path / "b", settings)
    for name in (MODEL_NAME, META_NAME):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_feature_sets_differ() -> None:
    words = ["وقال", "الرئيس", "بالرقة"]
    full = sentence_features(words, FeatureSet(clitics=True, gazetteer=True))
    bare = sentence_features(words, FeatureSet(clitics=False, gazetteer=False))
    assert "stem=رقه" in full[2] and "pre=ب" in full[2]
    assert not any(f.startswith(("stem=", "g=")) for f in bare[2])
    assert "BOS" in full[0] and "EOS" in full[2]
    assert any(f.startswith("-1:") for f in full[1]) and any(f.startswith("1:") for f in full[1])


def test_empty_sentence_tags_to_nothing() -> None:
    from rasd.ner.model import shipped

    assert shipped().tag([]) == []
