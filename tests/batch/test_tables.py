from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import pytest

import rasd
from rasd.batch.tables import (
    Rows,
    _columns,
    _identity,
    layer_columns,
    layer_names,
    schema,
    table_names,
)
from rasd.document import Document, Event, Quote, Record, Ref, Span
from tests.batch.helpers import SAMPLE


def test_every_contract_layer_has_a_table_keyed_by_article_and_position() -> None:
    assert layer_names() == [
        "sentences",
        "entities",
        "quotes",
        "places",
        "quantities",
        "dates",
        "events",
    ]
    assert table_names() == ["documents", *layer_names(), "errors"]
    for layer in layer_names():
        names = schema(layer).names
        assert names[:2] == ["article_id", "position"]
        assert ("start" in names and "end" in names) or "trigger_start" in names


def test_nested_spans_become_prefixed_columns() -> None:
    quote_columns = [c.name for c in layer_columns("quotes")]
    assert quote_columns[:5] == ["start", "end", "text", "direct", "cue_start"]
    assert {"speaker_start", "speaker_end", "speaker_text", "speaker_entity_id"} <= set(
        quote_columns
    )
    event_columns = {c.name for c in layer_columns("events")}
    assert {"trigger_start", "actor_entity_id", "place_text", "date", "sentence"} <= event_columns


def _doc_with_quote_and_event() -> Document:
    text = "قال زيد إن الجيش قصف الرقة."
    doc = Document(text=text, id="q1")
    doc.quotes = [
        Quote(
            start=8,
            end=27,
            text=text[8:27],
            direct=False,
            cue=Span(0, 3, "قال"),
            speaker=Ref(4, 7, "زيد", entity_id="e1"),
            speaker_name="زيد",
        )
    ]
    doc.events = [Event(trigger=Span(17, 20, "قصف"), type="ASSAULT", place=Span(21, 26, "الرقة"))]
    return doc


def test_rows_flatten_spans_and_leave_missing_ones_null() -> None:
    rows = Rows()
    rows.add_document(_doc_with_quote_and_event(), "q1", "s:1")
    quotes = rows.take("quotes").to_pylist()
    assert quotes == [
        {
            "article_id": "q1",
            "position": 0,
            "start": 8,
            "end": 27,
            "text": "إن الجيش قصف الرقة.",
            "direct": False,
            "cue_start": 0,
            "cue_end": 3,
            "cue_text": "قال",
            "speaker_start": 4,
            "speaker_end": 7,
            "speaker_text": "زيد",
            "speaker_entity_id": "e1",
            "speaker_name": "زيد",
        }
    ]
    (event,) = rows.take("events").to_pylist()
    assert event["trigger_text"] == "قصف" and event["place_start"] == 21
    assert event["actor_start"] is None and event["target_text"] is None
    assert rows.take("entities").num_rows == 0
    assert rows.take("entities").schema == schema("entities")


def test_every_span_row_points_into_the_document_text() -> None:
    doc = rasd.analyze(SAMPLE, published="2017-05-10")
    rows = Rows()
    rows.add_document(doc, "a", "s:1")
    (document,) = rows.take("documents").to_pylist()
    assert document["text"] == SAMPLE and document["sentences"] == len(doc.sentences) > 0
    seen = 0
    for layer in layer_names():
        for row in rows.take(layer).to_pylist():
            if row.get("text") is not None:
                assert SAMPLE[row["start"] : row["end"]] == row["text"]
                seen += 1
    assert seen >= len(doc.entities) + len(doc.dates) > 0


def test_a_value_of_the_wrong_type_fails_the_document_and_adds_no_row() -> None:
    doc = _doc_with_quote_and_event()
    doc.events[0].sentence = "zero"  # type: ignore[assignment]
    rows = Rows()
    with pytest.raises(TypeError, match="sentence"):
        rows.add_document(doc, "q1", "s:1")
    assert len(rows) == 0
    assert all(rows.take(table).num_rows == 0 for table in table_names())


@dataclass
class Claim(Record):
    """A layer record of the kind a later stage may add: unions, literals, lists, itself."""

    start: int
    score: int | float | None = None
    polarity: Literal["pos", "neg"] = "pos"
    sources: list[Span] = field(default_factory=list)
    parent: Claim | None = None
    meta: dict[str, int] = field(default_factory=dict)


def test_columns_of_fields_a_stage_may_add_later() -> None:
    columns = {c.name: c for c in _columns(Claim, "", _identity)}
    assert [str(columns[n].type) for n in ("start", "score", "polarity", "parent", "meta")] == [
        "int64",
        "double",
        "string",
        "string",
        "string",
    ]
    claim = Claim(1, 2, "neg", [Span(0, 1, "x")], Claim(0), {"b": 1, "a": 2})
    assert columns["sources"].get(claim) == '[{"end": 1, "start": 0, "text": "x"}]'
    assert columns["parent"].get(claim).startswith('{"meta": {}, "parent": null')  # type: ignore[union-attr]
    assert columns["meta"].get(claim) == '{"a": 2, "b": 1}'
    assert columns["polarity"].values([claim]) == ["neg"]
