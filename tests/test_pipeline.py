from __future__ import annotations

import datetime as dt

import pytest

import rasd
from rasd.errors import InputError, PipelineError
from rasd.pipeline import Pipeline, parse_published
from rasd.stages import PLANNED, REGISTRY

TEXTS = ["قال زيد. ثم غادر.", "وأضاف عمرو أن الوضع هادئ.", "عنوان"]


def test_analyze_fills_the_text_layers() -> None:
    doc = rasd.analyze(TEXTS[0], published="2017-05-10")
    assert doc.published == "2017-05-10"
    assert [t.text for t in doc.tokens] == ["قال", "زيد", ".", "ثم", "غادر", "."]
    assert len(doc.sentences) == 2
    doc.check_offsets()


def test_pipe_gives_the_same_documents_in_order_whatever_the_batch_size() -> None:
    nlp = Pipeline()
    one_by_one = [nlp(t).to_dict() for t in TEXTS]
    for batch_size in (1, 2, 64):
        assert [d.to_dict() for d in nlp.pipe(TEXTS, batch_size=batch_size)] == one_by_one


def test_pipe_takes_records_with_id_and_published() -> None:
    nlp = Pipeline()
    records = [{"id": 7, "text": TEXTS[1], "published": "2020-01-02"}, TEXTS[2]]
    docs = list(nlp.pipe(records, published="2019-03-04"))
    assert (docs[0].id, docs[0].published) == ("7", "2020-01-02")
    assert (docs[1].id, docs[1].published) == (None, "2019-03-04")


def test_pipe_rejects_a_record_without_text_by_its_id() -> None:
    with pytest.raises(InputError, match="r9"):
        list(Pipeline().pipe([{"id": "r9", "body": "x"}]))


def test_published_accepts_dates_and_rejects_nonsense() -> None:
    assert parse_published(dt.date(2017, 5, 10)) == "2017-05-10"
    assert parse_published(dt.datetime(2017, 5, 10, 8, 30)) == "2017-05-10"
    assert parse_published("2015-08-01 12:00:00") == "2015-08-01"
    assert parse_published(None) is None
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_published("10/5/2017")
    with pytest.raises(InputError):
        rasd.analyze("نص", published="2017-02-30")


def test_analyze_rejects_non_text() -> None:
    with pytest.raises(InputError, match="string"):
        rasd.analyze(b"bytes")  # type: ignore[arg-type]


def test_only_pulls_in_what_a_stage_needs() -> None:
    assert Pipeline(only=["text"]).stage_names == ["text"]
    for name, stage in REGISTRY.items():
        nlp = Pipeline(only=[name])
        assert name in nlp.stage_names
        made = {layer for s in nlp.stages for layer in s.provides}
        assert stage.needs <= made


def test_planned_stages_are_simply_absent() -> None:
    if not PLANNED:
        pytest.skip("every stage is built")
    nlp = Pipeline(only=[PLANNED[-1]])
    assert nlp.absent == [PLANNED[-1]]
    assert getattr(nlp(TEXTS[0]), PLANNED[-1]) == []


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'quotez'"):
        Pipeline(only=["quotez"])


def test_switching_off_a_needed_stage_is_a_clear_error() -> None:
    needing = [n for n, stage in REGISTRY.items() if "tokens" in stage.needs]
    if not needing:
        pytest.skip("no built stage needs tokens yet")
    with pytest.raises(PipelineError, match="switched off"):
        Pipeline(only=[needing[0]], disable=["text"])


def test_disabling_everything_leaves_an_empty_document() -> None:
    nlp = Pipeline(disable=list(REGISTRY))
    doc = nlp(TEXTS[0])
    assert doc.tokens == [] and doc.sentences == []
