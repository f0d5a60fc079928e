from __future__ import annotations

import json

import pytest

import rasd
from rasd.document import Document, Entity, Event, Quote, Ref, Span
from rasd.errors import InputError

TEXT = 'وقال زيد: "لا يوجد غربيون" في الرقة.'


def _doc_with_every_layer() -> Document:
    doc = rasd.analyze(TEXT, published="2017-05-10", id="t1")
    zaid = TEXT.index("زيد")
    raqqa = TEXT.index("الرقة")
    quote = TEXT.index("لا يوجد")
    doc.entities = [Entity(start=zaid, end=zaid + 3, text="زيد", type="PER", entity_id="e1")]
    doc.quotes = [
        Quote(
            start=quote,
            end=quote + 14,
            text=TEXT[quote : quote + 14],
            direct=True,
            cue=doc.span(0, 4),
            speaker=Ref(zaid, zaid + 3, "زيد", "e1"),
            speaker_name="زيد",
        )
    ]
    doc.events = [
        Event(trigger=doc.span(0, 4), type="OTHER", place=doc.span(raqqa, raqqa + 5), sentence=0)
    ]
    return doc


def test_round_trip_through_json_keeps_every_field() -> None:
    doc = _doc_with_every_layer()
    doc.check_offsets()
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    again = Document.from_dict(data)
    assert again.to_dict() == doc.to_dict()
    assert again.quotes[0].speaker == Ref(
        doc.quotes[0].speaker.start, doc.quotes[0].speaker.end, "زيد", "e1"
    )
    assert again.tokens[0].clitics == doc.tokens[0].clitics


def test_contract_keys_are_present() -> None:
    data = rasd.analyze(TEXT).to_dict()
    for key in (
        "id",
        "text",
        "published",
        "language",
        "sentences",
        "entities",
        "quotes",
        "places",
        "quantities",
        "dates",
        "events",
    ):
        assert key in data
    assert data["language"] == "ar"
    assert data["text"] == TEXT


def test_check_offsets_names_the_bad_span() -> None:
    doc = _doc_with_every_layer()
    doc.quotes[0].speaker = Ref(0, 3, "زيد")
    with pytest.raises(ValueError, match=r"quotes\[0\]\.speaker"):
        doc.check_offsets()


def test_check_offsets_rejects_spans_outside_the_text() -> None:
    doc = rasd.analyze(TEXT)
    doc.entities = [Entity(start=30, end=99, text="x", type="LOC")]
    with pytest.raises(ValueError, match="outside"):
        doc.check_offsets()


def test_from_dict_needs_text() -> None:
    with pytest.raises(InputError):
        Document.from_dict({"sentences": []})


def test_from_dict_skips_fields_it_does_not_know() -> None:
    data = rasd.analyze(TEXT).to_dict()
    data["tokens"][0]["future_field"] = 1
    data["new_layer"] = []
    assert Document.from_dict(data).tokens[0].text == data["tokens"][0]["text"]


def test_span_helper_slices_the_text() -> None:
    doc = rasd.analyze(TEXT)
    assert doc.span(5, 8) == Span(5, 8, "زيد")
