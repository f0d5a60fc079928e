"""Ingest: records in, each analyzed and stored once; repeats linked, failures reported.

For each record, in order: the same text under the same key was ingested before → ``seen``
(nothing changes); the same text, or a near-copy, is stored already → ``duplicate`` (linked
to that article, its text not stored again); otherwise it is analyzed by the pipeline and
stored → ``new``. A record that cannot be read, analyzed or stored → ``failed`` with its
reason, and the others go on: each record is written in a savepoint of its own and the
batch is committed every ``commit_every`` records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from rasd.document import Document
from rasd.errors import InputError, RasdError
from rasd.ingest.dedup import DEFAULT_THRESHOLD, NearDuplicates, from_bytes, signature, to_bytes
from rasd.ingest.records import Record
from rasd.pipeline import Pipeline
from rasd.store.store import Store, content_hash

OUTCOMES = ("new", "duplicate", "seen", "failed")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one record: ``status`` is one of ``OUTCOMES``."""

    status: str
    source: str
    article_id: int | None = None
    reason: str | None = None
    similarity: float | None = None


class Ingester:
    """Stores records into ``store``, analyzing new ones with ``pipeline`` (None: text only)."""

    def __init__(
        self,
        store: Store,
        pipeline: Pipeline | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        commit_every: int = 100,
    ) -> None:
        self.store = store
        self.pipeline = pipeline
        self.commit_every = commit_every
        self.index = NearDuplicates(threshold)
        for article_id, data in store.minhashes():
            self.index.add(article_id, from_bytes(data))
        self.counts: Counter[str] = Counter()

    def ingest(self, records: Iterable[Record | InputError]) -> Iterator[Outcome]:
        """Ingest ``records``, yielding the outcome of each as soon as it is known."""
        items = iter(records)
        while True:
            batch: list[Outcome] = []
            with self.store.session() as session:
                for item in items:
                    outcome = self._one(session, item)
                    self.counts[outcome.status] += 1
                    batch.append(outcome)
                    if len(batch) >= self.commit_every:
                        break
            yield from batch
            if len(batch) < self.commit_every:
                return

    def _one(self, session: Session, item: Record | InputError) -> Outcome:
        if isinstance(item, InputError):
            return Outcome("failed", item.source or "?", reason=item.message)
        key = item.info.key
        text_hash = content_hash(item.text)
        if self.store.is_known(session, text_hash, key):
            return Outcome("seen", key)
        stored = self.store.article_by_hash(session, text_hash)
        minhash = signature(item.text)
        if stored is not None:
            return self._link(session, item, stored.id, text_hash, 1.0)
        match = self.index.best(minhash)
        if match is not None:
            return self._link(session, item, match.article_id, text_hash, match.similarity)
        try:
            doc = self._analyze(item)
        except RasdError as err:
            return Outcome("failed", key, reason=str(err))
        except Exception as err:  # a bug in one stage must not lose the rest of the corpus
            return Outcome("failed", key, reason=f"internal error {type(err).__name__}: {err}")
        try:
            with session.begin_nested():
                article = self.store.add_article(
                    session, doc, item.info, to_bytes(minhash), analyzed=self.pipeline is not None
                )
        except SQLAlchemyError as err:
            self.store.forget_cache()
            return Outcome("failed", key, reason=f"not stored: {type(err).__name__}: {err}")
        self.index.add(article.id, minhash)
        return Outcome("new", key, article.id)

    def _analyze(self, item: Record) -> Document:
        if self.pipeline is None:
            return Document(text=item.text, id=item.info.key, published=item.published)
        return self.pipeline(item.text, published=item.published, id=item.info.key)

    def _link(
        self, session: Session, item: Record, article_id: int, text_hash: str, similarity: float
    ) -> Outcome:
        if item.published:
            item.info.meta.setdefault("published", item.published)
        try:
            with session.begin_nested():
                self.store.add_duplicate(session, article_id, item.info, text_hash, similarity)
        except SQLAlchemyError as err:
            return Outcome(
                "failed", item.info.key, reason=f"not stored: {type(err).__name__}: {err}"
            )
        return Outcome("duplicate", item.info.key, article_id, similarity=similarity)
