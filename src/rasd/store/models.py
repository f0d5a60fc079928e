"""The database tables: articles, their analysis layers, near-duplicate links and the word index.

Every layer of the contract document has a table with one row per item: the fields readers
query are columns (offsets, text, type, names), nested spans (a quote's cue and speaker, an
event's trigger and roles) are JSON columns, and fields added to the contract later land in
``extra`` so that a stored document reads back whole. Offsets are code points into
``Article.text``, as in the contract.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """The declarative base of rasd's tables."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Article(Base):
    """One stored article: its text exactly as ingested and where it came from."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(1000), index=True)
    content_hash: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    language: Mapped[str] = mapped_column(String(8), default="ar")
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    analyzed: Mapped[bool] = mapped_column(Boolean, default=False)
    paragraphs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # last: a database reads the short columns of a row without stepping over the text
    text: Mapped[str] = mapped_column(Text)

    duplicates: Mapped[list[Duplicate]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class Duplicate(Base):
    """A record whose text is (nearly) the same as a stored article: linked, not stored twice."""

    __tablename__ = "duplicates"
    __table_args__ = (UniqueConstraint("content_hash", "key", name="uq_duplicates_hash_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(1000))
    content_hash: Mapped[str] = mapped_column(String(40), index=True)
    similarity: Mapped[float] = mapped_column(Float)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[str | None] = mapped_column(String(10))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    article: Mapped[Article] = relationship(back_populates="duplicates")


class LayerRow:
    """Columns every layer row shares: its own number (the word index and the web pages
    point at quotes by it), its article and its place ``idx`` in the document's list."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    idx: Mapped[int] = mapped_column(Integer)
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SentenceRow(LayerRow, Base):
    __tablename__ = "sentences"

    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    token_start: Mapped[int] = mapped_column(Integer, default=0)
    token_end: Mapped[int] = mapped_column(Integer, default=0)
    paragraph: Mapped[int] = mapped_column(Integer, default=0)


class EntityRow(LayerRow, Base):
    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_canonical", "canonical"),)

    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    canonical: Mapped[str | None] = mapped_column(String(500))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float | None] = mapped_column(Float)


class QuoteRow(LayerRow, Base):
    __tablename__ = "quotes"
    __table_args__ = (Index("ix_quotes_speaker_name", "speaker_name"),)

    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    direct: Mapped[bool] = mapped_column(Boolean)
    cue: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    speaker: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    speaker_name: Mapped[str | None] = mapped_column(String(500))


class PlaceRow(LayerRow, Base):
    __tablename__ = "places"
    __table_args__ = (Index("ix_places_gazetteer_id", "gazetteer_id"),)

    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(String(500))
    name_ar: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(8))
    admin1: Mapped[str | None] = mapped_column(String(500))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    gazetteer_id: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float | None] = mapped_column(Float)


class QuantityRow(LayerRow, Base):
    __tablename__ = "quantities"

    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    approximate: Mapped[bool] = mapped_column(Boolean, default=False)
    unit: Mapped[str | None] = mapped_column(String(200))


class DateRow(LayerRow, Base):
    __tablename__ = "dates"
    __table_args__ = (Index("ix_dates_value", "value"),)

    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(String(32))
    precision: Mapped[str | None] = mapped_column(String(16))
    relative: Mapped[bool] = mapped_column(Boolean, default=False)


class EventRow(LayerRow, Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_type", "type"),)

    trigger: Mapped[dict[str, Any]] = mapped_column(JSON)
    type: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str | None] = mapped_column(String(64))
    actor: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    target: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    place: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    date: Mapped[str | None] = mapped_column(String(32))
    sentence: Mapped[int | None] = mapped_column(Integer)


class Term(Base):
    """A word form of the index, in the matching form (see ``rasd.store.search``)."""

    __tablename__ = "terms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(String(200), unique=True)


class Posting(Base):
    """Term ``term_id`` occurs in article ``article_id``: in its body (``quote_id`` 0) or in
    its quote ``quote_id``."""

    __tablename__ = "postings"
    __table_args__ = (
        Index("ix_postings_article", "article_id"),
        {"sqlite_with_rowid": False},
    )

    term_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )


# The layer tables by the name of the document list they hold, in contract order.
LAYER_TABLES: dict[str, type[LayerRow]] = {
    "sentences": SentenceRow,
    "entities": EntityRow,
    "quotes": QuoteRow,
    "places": PlaceRow,
    "quantities": QuantityRow,
    "dates": DateRow,
    "events": EventRow,
}
