"""The entities stage with the shipped model, on short sentences written for the test."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.stages import PLANNED, REGISTRY
from rasd.stages.entities import EntityTagger
from tests.stages.helpers import run

BUSH = (
    "وقال الرئيس الأمريكي جورج بوش في واشنطن إن القوات الأمريكية ستبقى في العراق. "
    "وأضاف بوش أن الحكومة العراقية تعمل في بغداد."
)


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger()


@pytest.fixture(scope="module")
def bush(tagger: EntityTagger) -> Document:
    return run(tagger, BUSH)


def _find(doc: Document, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.entity_id) for e in doc.entities if e.text == text]


def test_person_and_places_are_typed(bush: Document) -> None:
    assert _find(bush, "جورج بوش") == [("PER", "e1")]
    assert _find(bush, "واشنطن")[0][0] == "LOC"
    assert _find(bush, "بغداد")[0][0] == "LOC"


def test_spans_cover_whole_tokens(bush: Document) -> None:
    for e in bush.entities:
        assert bush.text[e.start : e.end] == e.text
        assert e.start == 0 or not bush.text[e.start - 1].isalpha()
        assert e.end == len(bush.text) or not bush.text[e.end].isalpha()
        assert e.confidence is not None and 0 <= e.confidence <= 1


def test_a_surname_mention_joins_the_full_name(bush: Document) -> None:
    (later,) = [e for e in bush.entities if e.text == "بوش"]
    assert later.entity_id == "e1"
    assert later.canonical == "جورج بوش"


def test_ids_follow_first_mention_and_variants_group(tagger: EntityTagger) -> None:
    doc = run(
        tagger,
        "وصل الوزير إلى بغداد قادما من سورية. وقال مسؤول في بغداد إن وفدا من سوريا سيزور العراق.",
    )
    ids = [e.entity_id for e in doc.entities]
    firsts = list(dict.fromkeys(ids))
    assert firsts == [f"e{i}" for i in range(1, len(firsts) + 1)]
    by_text: dict[str, set[str | None]] = {}
    for e in doc.entities:
        by_text.setdefault(e.canonical or "", set()).add(e.entity_id)
    assert all(len(group) == 1 for group in by_text.values())
    syria = {e.entity_id for e in doc.entities if e.text in ("سورية", "سوريا")}
    assert len(syria) <= 1  # both spellings, where tagged, are one entity


def test_clitic_attached_entity_keeps_the_token_and_strips_the_canonical(
    tagger: EntityTagger,
) -> None:
    doc = run(tagger, "وقال مسؤول إن الانفجار وقع ببغداد أمس.")
    (entity,) = [e for e in doc.entities if "بغداد" in e.text]
    assert entity.text == "ببغداد"
    assert entity.canonical == "بغداد"


def test_registered_after_text() -> None:
    names = list(REGISTRY)
    assert names.index("entities") == names.index("text") + 1
    assert "entities" not in PLANNED
    doc = Pipeline(only=["entities"])("التقى الأمين العام كوفي عنان في نيويورك.")
    doc.check_offsets()
    assert doc.tokens and all(e.type in ("PER", "ORG", "LOC", "MISC") for e in doc.entities)


def test_empty_text(tagger: EntityTagger) -> None:
    assert run(tagger, "").entities == []


def test_quotes_at_the_edge_of_a_span_are_left_out() -> None:
    class QuotesTagged:
        """A stand-in tagger that marks the whole «داعش» as one ORG, quotes included."""

        def tag_with_confidence(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
            labels = ["O"] * len(words)
            first = words.index("«")
            labels[first : first + 3] = ["B-ORG", "I-ORG", "I-ORG"]
            return labels, [0.9] * len(words)

    doc = run(EntityTagger(QuotesTagged()), "قال إن تنظيم «داعش» هاجم البلدة.")
    assert [(e.text, e.canonical) for e in doc.entities] == [("داعش", "داعش")]


class _Spans:
    """A stand-in tagger that tags the given word runs, each ``(first word, label, length)``."""

    def __init__(self, *runs: tuple[str, str, int]) -> None:
        self.runs = runs

    def tag_with_confidence(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        labels = ["O"] * len(words)
        for word, kind, length in self.runs:
            first = words.index(word)
            labels[first : first + length] = [f"B-{kind}"] + [f"I-{kind}"] * (length - 1)
        return labels, [0.9] * len(words)


def test_a_person_span_ending_in_a_title_is_no_name() -> None:
    text = "وقال أمين المجلس بمنطقة عسير المهندس محمد العمرة إن السباق عالمي."
    doc = run(EntityTagger(_Spans(("عسير", "PER", 2), ("محمد", "PER", 2))), text)
    assert [e.text for e in doc.entities] == ["محمد العمرة"]


def test_a_clitic_written_apart_ends_no_name() -> None:
    text = 'وأكد المدير عوض آل رشيد لـ"الوطن" أن المدينة أطلقت خدمة.'
    doc = run(EntityTagger(_Spans(("عوض", "PER", 4))), text)
    assert [e.text for e in doc.entities] == ["عوض آل رشيد"]
