"""The document model of the output contract: one unchanged text and spans that point into it.

Every span carries half-open code-point offsets ``[start, end)`` into ``Document.text`` and,
where the contract shows one, its ``text``; ``Document.check_offsets`` proves the invariant
``text[start:end] == span.text`` for a whole document. ``to_dict``/``from_dict`` give and read
the contract's JSON.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar, TypeVar

from rasd.errors import InputError
from rasd.text.clitics import Clitics, match_forms
from rasd.text.normalize import Normalized, normalize, normalize_word

T = TypeVar("T", bound="Record")


class Record:
    """Mixin: contract JSON for a dataclass whose nested spans are named in ``_nested``."""

    __slots__ = ()
    _nested: ClassVar[dict[str, RecordType]] = {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            out[f.name] = value.to_dict() if isinstance(value, Record) else value
        return out

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                continue  # fields may be added to the contract; old readers skip them
            nested = cls._nested.get(key)
            kwargs[key] = nested.from_dict(value) if nested and value is not None else value
        return cls(**kwargs)


RecordType = type[Record]


@dataclass(slots=True)
class Span(Record):
    """A stretch of the document text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Ref(Span):
    """A span that may point at an entity of the document (a speaker, an actor, a target)."""

    entity_id: str | None = None


@dataclass(slots=True)
class Paragraph(Record):
    """A block of text between line breaks."""

    start: int
    end: int


@dataclass(slots=True)
class Sentence(Record):
    """A sentence; ``token_start``/``token_end`` index its tokens in ``Document.tokens``."""

    start: int
    end: int
    token_start: int = 0
    token_end: int = 0
    paragraph: int = 0


@dataclass(slots=True)
class Token(Span):
    """A word, number or punctuation mark.

    ``norm`` is the matching form (see ``rasd.text.normalize``) and ``clitics`` the most
    plausible split into proclitics, article, stem and enclitic; neither changes offsets.
    """

    kind: str = "word"
    norm: str = ""
    clitics: Clitics | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "norm": self.norm,
        }
        if self.clitics is not None and self.clitics.stripped:
            out["clitics"] = self.clitics.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Token:
        norm = data.get("norm", "")
        clitics = data.get("clitics")
        return cls(
            start=data["start"],
            end=data["end"],
            text=data["text"],
            kind=data.get("kind", "word"),
            norm=norm,
            clitics=Clitics.from_dict(clitics) if clitics else None,
        )

    @property
    def match_forms(self) -> tuple[str, ...]:
        """Normalized forms to look up in lexicons: the word, then every clitic split of it."""
        if self.clitics is None:
            return (self.norm,)
        return match_forms(normalize_word(self.text, keep_ta_marbuta=True))


@dataclass(slots=True, kw_only=True)
class Entity(Span):
    type: str
    canonical: str | None = None
    entity_id: str | None = None
    confidence: float | None = None


@dataclass(slots=True, kw_only=True)
class Quote(Span):
    direct: bool
    cue: Span | None = None
    speaker: Ref | None = None
    speaker_name: str | None = None

    _nested: ClassVar[dict[str, RecordType]] = {"cue": Span, "speaker": Ref}


@dataclass(slots=True, kw_only=True)
class Place(Span):
    name: str | None = None
    name_ar: str | None = None
    kind: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    confidence: float | None = None
    # The phrase around the name: ريف دير الزور الشرقي is rural + E of دير الزور.
    relation: str | None = None  # rural, outskirts, center, near, direction
    direction: str | None = None  # N, NE, E, SE, S, SW, W, NW
    distance_km: float | None = None  # على بعد 85 ميلا
    phrase: Span | None = None  # the enclosing phrase, when there is one

    _nested: ClassVar[dict[str, RecordType]] = {"phrase": Span}


@dataclass(slots=True, kw_only=True)
class Quantity(Span):
    value: float | None = None
    value_max: float | None = None
    approximate: bool = False
    unit: str | None = None


@dataclass(slots=True, kw_only=True)
class DateMention(Span):
    value: str | None = None
    precision: str | None = None
    relative: bool = False


@dataclass(slots=True, kw_only=True)
class Event(Record):
    trigger: Span
    type: str
    mode: str | None = None
    actor: Ref | None = None
    target: Ref | None = None
    place: Span | None = None
    date: str | None = None
    sentence: int | None = None
    # Optional fields added by the events stage (issue 7): how sure the report is ("future",
    # "possible", "planned", "conditional"; null for a reported fact), the precision of
    # ``date`` ("day|week|month|year"), and the country (CAMEO code) and coarse role
    # (government, military, rebel, insurgent, civilian, international organization) of the
    # actor and target where the lexicon knows them.
    status: str | None = None
    date_precision: str | None = None
    actor_country: str | None = None
    actor_role: str | None = None
    target_country: str | None = None
    target_role: str | None = None

    _nested: ClassVar[dict[str, RecordType]] = {
        "trigger": Span,
        "actor": Ref,
        "target": Ref,
        "place": Span,
    }


# The list fields of a document, in contract order, with the type of their items.
LAYERS: dict[str, RecordType] = {
    "paragraphs": Paragraph,
    "sentences": Sentence,
    "tokens": Token,
    "entities": Entity,
    "quotes": Quote,
    "places": Place,
    "quantities": Quantity,
    "dates": DateMention,
    "events": Event,
}


@dataclass(eq=False)
class Document:
    """One article: its unchanged text and every layer the pipeline stages fill in."""

    text: str
    id: str | None = None
    published: str | None = None
    language: str = "ar"
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    @cached_property
    def normalized(self) -> Normalized:
        """The matching form of the whole text, with its map back to original offsets."""
        return normalize(self.text)

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.token_start : sentence.token_end]

    def span(self, start: int, end: int) -> Span:
        """A span of this document's text; the one way stages should make spans."""
        return Span(start, end, self.text[start:end])

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "published": self.published,
            "language": self.language,
        }
        for name in LAYERS:
            out[name] = [item.to_dict() for item in getattr(self, name)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError("a document object needs a string field 'text'")
        doc = cls(
            text=data["text"],
            id=data.get("id"),
            published=data.get("published"),
            language=data.get("language", "ar"),
        )
        for name, item_type in LAYERS.items():
            setattr(doc, name, [item_type.from_dict(item) for item in data.get(name) or []])
        return doc

    def iter_spans(self) -> list[tuple[str, Span]]:
        """Every text-bearing span of the document, labelled with where it sits."""
        found: list[tuple[str, Span]] = []

        def visit(where: str, value: object) -> None:
            if isinstance(value, Span):
                found.append((where, value))
            if isinstance(value, Record):
                for f in dataclasses.fields(value):  # type: ignore[arg-type]
                    child = getattr(value, f.name)
                    if isinstance(child, Record):
                        visit(f"{where}.{f.name}", child)

        for name in LAYERS:
            for i, item in enumerate(getattr(self, name)):
                visit(f"{name}[{i}]", item)
        return found

    def check_offsets(self) -> None:
        """Raise ``ValueError`` naming the first span whose offsets do not give its text."""
        n = len(self.text)
        for name in ("paragraphs", "sentences"):
            for i, part in enumerate(getattr(self, name)):
                if not 0 <= part.start <= part.end <= n:
                    raise ValueError(
                        f"{name}[{i}] has offsets {part.start}:{part.end} outside text"
                    )
        for where, span in self.iter_spans():
            if not 0 <= span.start <= span.end <= n:
                raise ValueError(f"{where} has offsets {span.start}:{span.end} outside the text")
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"{where} says {span.text!r} but the text at "
                    f"{span.start}:{span.end} is {self.text[span.start : span.end]!r}"
                )
