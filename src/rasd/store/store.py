"""The store: write analyzed articles with every layer, read them back, search them.

One ``Store`` wraps one database (SQLite file or PostgreSQL URL). Writes go through
``Store.session()`` so that the ingest can commit in batches; reads open their own session.
All SQL is built by SQLAlchemy with bound parameters.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import CompoundSelect, Select, bindparam, delete, func, insert, intersect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rasd.document import Document
from rasd.store import views
from rasd.store.db import DEFAULT_DB, StoreError, make_engine, upgrade
from rasd.store.layers import row_item, row_values
from rasd.store.models import (
    LAYER_TABLES,
    Article,
    Duplicate,
    EntityRow,
    EventRow,
    PlaceRow,
    Posting,
    QuoteRow,
    Term,
)
from rasd.store.terms import QueryWord, first_hit, hits, query_words, text_terms

_CHUNK = 500  # parameters per IN (...) list: well under every database's limit


def content_hash(text: str) -> str:
    """The SHA-1 of the text: the same article ingested twice has the same hash."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class ArticleInfo:
    """What is known of an article beside its text: where it came from."""

    key: str
    title: str | None = None
    author: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A stretch of text cut into pieces, each marked as a query hit or not."""

    pieces: tuple[tuple[str, bool], ...]
    leading: bool  # the text goes on before the snippet
    trailing: bool  # and after it


@dataclass(frozen=True, slots=True)
class ArticleHit:
    id: int
    key: str
    title: str | None
    published: str | None
    source: str | None
    snippet: Snippet


@dataclass(frozen=True, slots=True)
class QuoteHit:
    id: int
    article_id: int
    article_title: str | None
    published: str | None
    text: str
    direct: bool
    speaker_name: str | None
    snippet: Snippet


@dataclass(frozen=True, slots=True)
class Page:
    """One page of search results and how many there are in all."""

    query: str
    total: int
    hits: Sequence[ArticleHit | QuoteHit]


def snippet(text: str, words: list[QueryWord], width: int = 240) -> Snippet:
    """The part of ``text`` around its first query hit (its start when there is none)."""
    found = first_hit(text, words)
    first = found[0] if found else 0
    start = max(0, first - width // 3)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    pieces: list[tuple[str, bool]] = []
    pos = start
    for s, e in hits(text, words, start, end) if words else ():
        if s > pos:
            pieces.append((text[pos:s], False))
        pieces.append((text[s:e], True))
        pos = e
    if pos < end:
        pieces.append((text[pos:end], False))
    return Snippet(tuple(pieces), start > 0, end < len(text))


# The statements of an article search, built once (SQLAlchemy still binds every value).
_TERM_IDS = select(Term.term, Term.id).where(Term.term.in_(bindparam("forms", expanding=True)))
_PAGE_ROWS = select(
    Article.id, Article.key, Article.title, Article.published, Article.source, Article.text
).where(Article.id.in_(bindparam("ids", expanding=True)))


@lru_cache(maxsize=16)
def _article_search(n_words: int) -> tuple[Select[Any], Select[Any]]:
    """The page query (ids of one page, newest first, with the count of all) and the count
    query of a search for ``n_words`` words, whose term ids are bound as ``w0``, ``w1``…"""
    ids = select(Article.id)
    if n_words:
        selects = [
            select(Posting.article_id)
            .where(Posting.term_id.in_(bindparam(f"w{i}", expanding=True)), Posting.quote_id == 0)
            .distinct()
            for i in range(n_words)
        ]
        matching = selects[0] if n_words == 1 else intersect(*selects)
        ids = ids.where(Article.id.in_(matching))
        counted = matching.subquery()  # the postings alone: no article row is read
    else:
        counted = select(Article.id).subquery()
    order = (Article.published.desc().nulls_last(), Article.id.desc())
    page = (
        ids.add_columns(func.count().over())
        .order_by(*order)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
    )
    return page, select(func.count()).select_from(counted)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Store:
    """A database of analyzed articles: ``Store("rasd.db")`` or ``Store("postgresql://…")``.

    Opening migrates the schema to the newest revision (Alembic), so a store made by an older
    rasd is upgraded in place.
    """

    def __init__(self, db: str | Path = DEFAULT_DB, migrate: bool = True) -> None:
        self.engine = make_engine(db)
        self.url = self.engine.url.render_as_string(hide_password=True)
        if migrate:
            try:
                upgrade(self.engine)
            except OperationalError as err:
                self.engine.dispose()
                raise StoreError(f"cannot open database {self.url}: {err.orig}") from None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._term_ids: dict[str, int] = {}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed at the end of the block, rolled back on an error."""
        with self._sessions() as session, session.begin():
            yield session

    # ---- writing -------------------------------------------------------------------------

    def add_article(
        self,
        session: Session,
        doc: Document,
        info: ArticleInfo,
        minhash: bytes | None = None,
        analyzed: bool = True,
    ) -> Article:
        """Store ``doc`` (its text and every layer) as a new article; index its words."""
        article = Article(
            key=info.key,
            content_hash=content_hash(doc.text),
            text=doc.text,
            title=info.title,
            author=info.author,
            url=info.url,
            source=info.source,
            published=doc.published,
            language=doc.language,
            analyzed=analyzed,
            paragraphs=[p.to_dict() for p in doc.paragraphs],
            minhash=minhash,
            meta=info.meta,
        )
        session.add(article)
        session.flush()
        self._write_layers(session, article, doc)
        return article

    def replace_layers(self, session: Session, article: Article, doc: Document) -> None:
        """Replace the stored layers of ``article`` by those of ``doc`` (a new analysis)."""
        if doc.text != article.text:
            raise ValueError(f"article {article.id}: the document's text is not the stored text")
        session.execute(delete(Posting).where(Posting.article_id == article.id))
        for table in LAYER_TABLES.values():
            session.execute(delete(table).where(table.article_id == article.id))
        article.paragraphs = [p.to_dict() for p in doc.paragraphs]
        article.analyzed = True
        self._write_layers(session, article, doc)

    def _write_layers(self, session: Session, article: Article, doc: Document) -> None:
        data = doc.to_dict()
        quote_texts: list[tuple[int, str]] = []
        for name, table in LAYER_TABLES.items():
            rows = [row_values(table, item, article.id, i) for i, item in enumerate(data[name])]
            if not rows:
                continue
            if table is QuoteRow:
                made = session.execute(insert(QuoteRow).returning(QuoteRow.id, QuoteRow.idx), rows)
                by_idx = {idx: qid for qid, idx in made}
                quote_texts = [(by_idx[i], row["text"]) for i, row in enumerate(rows)]
            else:
                session.execute(insert(table), rows)
        postings = [(tid, 0) for tid in self._ids_of(session, text_terms(doc.text))]
        for quote_id, text in quote_texts:
            postings.extend((tid, quote_id) for tid in self._ids_of(session, text_terms(text)))
        if postings:
            session.execute(
                insert(Posting),
                [{"term_id": t, "quote_id": q, "article_id": article.id} for t, q in postings],
            )

    def _ids_of(self, session: Session, terms: Iterable[str]) -> list[int]:
        """The ids of ``terms`` in the terms table, adding those not there yet."""
        wanted = sorted(set(terms))
        missing = [t for t in wanted if t not in self._term_ids]
        for chunk in _chunks(missing):
            for tid, term in session.execute(
                select(Term.id, Term.term).where(Term.term.in_(chunk))
            ):
                self._term_ids[term] = tid
        new = [t for t in missing if t not in self._term_ids]
        for chunk in _chunks(new):
            made = session.execute(
                insert(Term).returning(Term.id, Term.term), [{"term": t} for t in chunk]
            )
            for tid, term in made:
                self._term_ids[term] = tid
        return [self._term_ids[t] for t in wanted]

    def forget_cache(self) -> None:
        """Drop the in-memory term ids (after a rolled-back batch, which may have made some)."""
        self._term_ids.clear()

    def add_duplicate(
        self,
        session: Session,
        article_id: int,
        info: ArticleInfo,
        text_hash: str,
        similarity: float,
    ) -> Duplicate:
        """Link a record whose text (nearly) repeats article ``article_id`` to it, without
        its text."""
        duplicate = Duplicate(
            article_id=article_id,
            key=info.key,
            content_hash=text_hash,
            similarity=similarity,
            title=info.title,
            url=info.url,
            source=info.source,
            published=info.meta.get("published"),
        )
        session.add(duplicate)
        session.flush()
        return duplicate

    # ---- looking up ----------------------------------------------------------------------

    def article_by_hash(self, session: Session, text_hash: str) -> Article | None:
        return session.scalars(select(Article).where(Article.content_hash == text_hash)).first()

    def is_known(self, session: Session, text_hash: str, key: str) -> bool:
        """Whether this very record (same text, same key) was ingested before."""
        article = self.article_by_hash(session, text_hash)
        if article is not None and article.key == key:
            return True
        found = session.scalars(
            select(Duplicate.id).where(Duplicate.content_hash == text_hash, Duplicate.key == key)
        ).first()
        return found is not None

    def minhashes(self) -> list[tuple[int, bytes]]:
        """Every stored article's id and MinHash signature, for the near-duplicate index."""
        with self._sessions() as session:
            rows = session.execute(
                select(Article.id, Article.minhash).where(Article.minhash.is_not(None))
            )
            return [(aid, signature) for aid, signature in rows if signature is not None]

    def article(self, article_id: int) -> Article | None:
        with self._sessions() as session:
            return session.get(Article, article_id)

    def document(self, article_id: int) -> Document | None:
        """The stored article as a contract document (tokens are not stored)."""
        with self._sessions() as session:
            article = session.get(Article, article_id)
            if article is None:
                return None
            data: dict[str, Any] = {
                "id": article.key,
                "text": article.text,
                "published": article.published,
                "language": article.language,
                "paragraphs": article.paragraphs,
            }
            for name, table in LAYER_TABLES.items():
                rows = session.scalars(
                    select(table).where(table.article_id == article_id).order_by(table.idx)
                )
                data[name] = [row_item(row) for row in rows]
            return Document.from_dict(data)

    def duplicates_of(self, article_id: int) -> list[Duplicate]:
        with self._sessions() as session:
            query = select(Duplicate).where(Duplicate.article_id == article_id)
            return list(session.scalars(query.order_by(Duplicate.id)))

    def counts(self) -> dict[str, int]:
        """How many rows each table holds: articles, duplicates and every layer."""
        with self._sessions() as session:
            out = {
                "articles": session.scalar(select(func.count()).select_from(Article)) or 0,
                "duplicates": session.scalar(select(func.count()).select_from(Duplicate)) or 0,
            }
            for name, table in LAYER_TABLES.items():
                out[name] = session.scalar(select(func.count()).select_from(table)) or 0
            out["terms"] = session.scalar(select(func.count()).select_from(Term)) or 0
            return out

    # ---- search --------------------------------------------------------------------------

    def _matching(
        self, session: Session, words: list[QueryWord], quotes: bool
    ) -> CompoundSelect[Any] | Select[Any] | None:
        """Ids of the articles (or quotes) that hold every query word; None when none can."""
        column = Posting.quote_id if quotes else Posting.article_id
        where_kind = Posting.quote_id > 0 if quotes else Posting.quote_id == 0
        forms = sorted({form for word in words for form in word.forms})
        found = dict(session.execute(select(Term.term, Term.id).where(Term.term.in_(forms))).all())
        selects: list[Select[Any]] = []
        for word in words:
            ids = [found[form] for form in word.forms if form in found]
            if not ids:
                return None
            selects.append(select(column).where(Posting.term_id.in_(ids), where_kind).distinct())
        return selects[0] if len(selects) == 1 else intersect(*selects)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> Page:
        """Articles that hold every word of ``query`` (in any clitic form), newest first;
        with no words in the query, the newest articles."""
        words = query_words(query)
        with self.engine.connect() as conn:  # Core: no ORM object is loaded here
            params: dict[str, Any] = {"limit": limit, "offset": offset}
            if words:
                forms = sorted({form for word in words for form in word.forms})
                found = dict(conn.execute(_TERM_IDS, {"forms": forms}).all())
                for i, word in enumerate(words):
                    params[f"w{i}"] = [found[form] for form in word.forms if form in found]
                    if not params[f"w{i}"]:
                        return Page(query, 0, [])
            page_query, count_query = _article_search(len(words))
            # order and cut the ids first, counting them all in the same query (a window);
            # the rows (with their long texts) are read for one page only
            page = conn.execute(page_query, params).all()
            page_ids = [aid for aid, _total in page]
            # past the last page the window gives no row: count them apart
            total = page[0][1] if page else conn.execute(count_query, params).scalar() or 0
            rows = {row[0]: row for row in conn.execute(_PAGE_ROWS, {"ids": page_ids})}
            found_hits = [
                ArticleHit(aid, key, title, published, source, snippet(text, words))
                for aid, key, title, published, source, text in (rows[i] for i in page_ids)
            ]
        return Page(query, total, found_hits)

    def search_quotes(
        self, query: str, limit: int = 20, offset: int = 0, speaker: str | None = None
    ) -> Page:
        """Quotes that hold every word of ``query``, newest first; all quotes of ``speaker``
        (a ``speaker_name``) when it is given."""
        words = query_words(query)
        with self._sessions() as session:
            base = select(
                QuoteRow.id,
                QuoteRow.article_id,
                Article.title,
                Article.published,
                QuoteRow.text,
                QuoteRow.direct,
                QuoteRow.speaker_name,
            ).join(Article, Article.id == QuoteRow.article_id)
            if words:
                matching = self._matching(session, words, quotes=True)
                if matching is None:
                    return Page(query, 0, [])
                base = base.where(QuoteRow.id.in_(matching))
            if speaker is not None:
                base = base.where(QuoteRow.speaker_name == speaker)
            total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
            order = (Article.published.desc().nulls_last(), QuoteRow.id.desc())
            rows = session.execute(base.order_by(*order).limit(limit).offset(offset))
            found = [
                QuoteHit(qid, aid, title, published, text, direct, name, snippet(text, words))
                for qid, aid, title, published, text, direct, name in rows
            ]
        return Page(query, total, found)

    def speakers(self, limit: int = 100) -> list[tuple[str, int]]:
        """Speakers by how many statements of theirs are stored, most first."""
        with self._sessions() as session:
            count = func.count(QuoteRow.id)
            query = (
                select(QuoteRow.speaker_name, count)
                .where(QuoteRow.speaker_name.is_not(None))
                .group_by(QuoteRow.speaker_name)
                .order_by(count.desc(), QuoteRow.speaker_name)
                .limit(limit)
            )
            return [(name, n) for name, n in session.execute(query) if name is not None]

    def entity_mentions(
        self, canonical: str, limit: int = 200
    ) -> list[tuple[int, str | None, str | None, str, str]]:
        """Mentions of the entity named ``canonical``: article id, title, date, text, type."""
        with self._sessions() as session:
            query = (
                select(
                    EntityRow.article_id,
                    Article.title,
                    Article.published,
                    EntityRow.text,
                    EntityRow.type,
                )
                .join(Article, Article.id == EntityRow.article_id)
                .where(EntityRow.canonical == canonical)
                .order_by(
                    Article.published.desc().nulls_last(), EntityRow.article_id, EntityRow.idx
                )
                .limit(limit)
            )
            return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]

    def place_points(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Places that have coordinates, with their article: the points of a map, newest first."""
        with self._sessions() as session:
            query = (
                select(PlaceRow, Article.title, Article.published)
                .join(Article, Article.id == PlaceRow.article_id)
                .where(PlaceRow.lat.is_not(None), PlaceRow.lon.is_not(None))
                .order_by(Article.published.desc().nulls_last(), PlaceRow.id)
                .limit(limit)
            )
            return [
                {"article_id": row.article_id, "title": title, "published": published}
                | row_item(row)
                for row, title, published in session.execute(query)
            ]

    def event_list(self, type: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Events with their article and date, oldest first: the rows of a timeline."""
        with self._sessions() as session:
            query = select(EventRow, Article.title, Article.published).join(
                Article, Article.id == EventRow.article_id
            )
            if type is not None:
                query = query.where(EventRow.type == type)
            query = query.order_by(Article.published.nulls_last(), EventRow.id).limit(limit)
            return [
                {"article_id": row.article_id, "title": title, "published": published}
                | row_item(row)
                for row, title, published in session.execute(query)
            ]

    # ---- map and timeline (rasd.store.views) ---------------------------------------------

    def map_points(self, type: str | None = None, limit: int = 2000) -> list[dict[str, Any]]:
        """Places with coordinates grouped into map points (see ``views.map_points``)."""
        with self._sessions() as session:
            return views.map_points(session, type, limit)

    def event_types(self) -> list[tuple[str, int]]:
        """The PLOVER types of the stored events with their counts, most first."""
        with self._sessions() as session:
            return views.event_types(session)

    def timeline(
        self,
        type: str | None = None,
        by: Literal["day", "month"] = "day",
        at: str | None = None,
        per_group: int = 20,
    ) -> list[views.TimelineGroup]:
        """Events grouped by day or month (see ``views.timeline``)."""
        with self._sessions() as session:
            return views.timeline(session, type, by, at, per_group)
