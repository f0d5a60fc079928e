"""News articles annotated with entities, as more training sentences for the tagger.

The annotations keep offsets, never the article text (it stays in ``../shared/data/news``):
a TSV in which a one-field row names an annotated article (every sentence of it is training
data, also those without a name) and a five-field row is one entity of it::

    2015-08-01/1012
    2015-08-01/1012<TAB>52<TAB>56<TAB>LOC<TAB>تبوك

The article is split into rasd's own tokens and sentences (the tagger reads those in the
pipeline); the tokens an entity covers get ``B-``/``I-`` labels, the rest ``O``. The rules the
annotators followed (ANERcorp's) are in docs/ner-annotation.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rasd.document import Document
from rasd.errors import InputError
from rasd.gold import news_article
from rasd.ner.conll import ENTITY_TYPES, TaggedSentence
from rasd.spans import index_of
from rasd.stages.text import TextAnalyzer


@dataclass(frozen=True, slots=True)
class NewsEntity:
    start: int
    end: int
    type: str
    text: str


def parse_annotations(lines: Iterable[str], source: str) -> dict[str, list[NewsEntity]]:
    """The annotated articles in file order, each with its entities (rows named by line)."""
    articles: dict[str, list[NewsEntity]] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        where = f"{source}:{number}"
        if len(fields) == 1:
            articles.setdefault(fields[0].strip(), [])
            continue
        if len(fields) != 5:
            raise InputError(f"expected 1 or 5 tab-separated fields, got {len(fields)}", where)
        article_id, start, end, kind, text = fields
        if article_id not in articles:
            raise InputError(f"entity of article {article_id} before its article row", where)
        if not (start.isdigit() and end.isdigit()) or int(start) >= int(end):
            raise InputError(f"bad offsets {start!r}–{end!r}", where)
        if kind not in ENTITY_TYPES:
            raise InputError(f"unknown type {kind!r} (one of {', '.join(ENTITY_TYPES)})", where)
        articles[article_id].append(NewsEntity(int(start), int(end), kind, text))
    return articles


def read_annotations(path: Path) -> dict[str, list[NewsEntity]]:
    with path.open(encoding="utf-8") as lines:
        return parse_annotations(lines, str(path))


def labelled_sentences(text: str, entities: list[NewsEntity], source: str) -> list[TaggedSentence]:
    """The sentences of ``text`` with the IOB2 labels of ``entities`` on their tokens."""
    doc = TextAnalyzer()(Document(text=text))
    labels = ["O"] * len(doc.tokens)
    position = {t.start: i for i, t in enumerate(doc.tokens)}
    by_place = index_of(doc.tokens)
    for entity in entities:
        if text[entity.start : entity.end] != entity.text:
            raise InputError(
                f"offsets {entity.start}–{entity.end} hold {text[entity.start : entity.end]!r}, "
                f"not {entity.text!r}",
                source,
            )
        covered = [position[t.start] for t in by_place.overlapping(entity.start, entity.end)]
        if not covered or any(labels[i] != "O" for i in covered):
            raise InputError(f"entity {entity.text!r} overlaps another or covers no token", source)
        labels[covered[0]] = f"B-{entity.type}"
        for i in covered[1:]:
            labels[i] = f"I-{entity.type}"
    out = []
    for sentence in doc.sentences:
        span = range(sentence.token_start, sentence.token_end)
        if len(span):
            tokens = tuple(doc.tokens[i].text for i in span)
            out.append(TaggedSentence(tokens, tuple(labels[i] for i in span)))
    return out


def news_split(
    path: Path, news_dir: Path, fraction: float = 0.0
) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """The labelled sentences of the articles in ``path``, in two parts: the held-out part is
    every ``1/fraction``-th article, whole (0.1: the 10th, 20th, …; 0 holds out none), so that
    articles added at the end of the file leave the earlier split as it was."""
    every = round(1 / fraction) if fraction > 0 else 0
    parts: tuple[list[TaggedSentence], list[TaggedSentence]] = ([], [])
    for n, (article_id, entities) in enumerate(read_annotations(path).items(), 1):
        article = news_article(news_dir, article_id)
        source = f"{path} id={article_id}"
        parts[bool(every) and n % every == 0].extend(
            labelled_sentences(article.text, entities, source)
        )
    return parts
