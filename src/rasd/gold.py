"""Annotated development data: which news article a gold record is about, and reading it back.

Gold files keep annotations only (offsets, ids, normalized values), never the article text:
each JSONL record names an article of the shared SaudiNewsNet corpus by ``id``
(``"2015-08-03/117"``: the day of its file and its index there) and carries the SHA-1 of its
``content``, so a changed corpus is an error, not a silently wrong score. The text is read from
the corpus directory (``../shared/data/news``) at evaluation time.

    {"id": "2015-08-03/117", "sha1": "…", "published": "2015-08-03",
     "quotes": [{"start": 10, "end": 52, …}, …]}
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasd.errors import InputError

NEWS_PREFIX = "saudinewsnet_"
DEFAULT_NEWS = Path("../shared/data/news")  # where the shared corpus sits beside a checkout


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class NewsArticle:
    id: str
    text: str
    published: str
    title: str = ""
    source: str = ""


@lru_cache(maxsize=16)
def _day(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        articles: list[dict[str, Any]] = json.load(f)
    return articles


def news_article(news_dir: Path, article_id: str) -> NewsArticle:
    """The article ``id`` (``"2015-08-03/117"``) of the SaudiNewsNet corpus in ``news_dir``."""
    day, _, index = article_id.partition("/")
    path = news_dir / f"{NEWS_PREFIX}{day}.json"
    if not index.isdigit():
        raise InputError(f"not a news article id (DAY/INDEX): {article_id!r}", str(path))
    if not path.is_file():
        raise InputError(f"no news file for article {article_id}", str(path))
    articles = _day(path)
    if int(index) >= len(articles):
        raise InputError(f"article {article_id}: the file has {len(articles)} articles", str(path))
    raw = articles[int(index)]
    return NewsArticle(
        id=article_id,
        text=raw.get("content") or "",
        published=str(raw.get("date_extracted") or day)[:10],
        title=raw.get("title") or "",
        source=raw.get("source") or "",
    )


def iter_news(news_dir: Path) -> Iterator[NewsArticle]:
    """Every non-empty article of the corpus, in file and index order."""
    for path in sorted(news_dir.glob(f"{NEWS_PREFIX}*.json")):
        day = path.stem.removeprefix(NEWS_PREFIX)
        for i, raw in enumerate(_day(path)):
            if raw.get("content"):
                yield news_article(news_dir, f"{day}/{i}")


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One annotated article: its text, publication date and the annotated layers."""

    article: NewsArticle
    layers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text


def read_gold(path: Path, news_dir: Path, layer: str) -> Iterator[GoldRecord]:
    """The records of a gold JSONL file that annotate ``layer``, with their article text.

    Raises :class:`InputError` naming the file, line and id of any record that cannot be used:
    bad JSON, an unknown article, a text that no longer matches its ``sha1``, or a span whose
    offsets fall outside the text.
    """
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc.msg}", where) from None
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                raise InputError("a gold record is an object with a string 'id'", where)
            items = raw.get(layer)
            if items is None:
                continue
            article = news_article(news_dir, raw["id"])
            if raw.get("sha1") and raw["sha1"] != sha1(article.text):
                raise InputError(f"id={raw['id']}: the article text changed (sha1)", where)
            for item in items:
                if not 0 <= item.get("start", -1) <= item.get("end", -1) <= len(article.text):
                    raise InputError(f"id={raw['id']}: a span is outside the text: {item}", where)
            published = raw.get("published") or article.published
            article = replace(article, published=published)
            yield GoldRecord(article, {layer: list(items)})
