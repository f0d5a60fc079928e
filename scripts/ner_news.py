"""Annotate news for the entity tagger: write the reading files, turn the answers into offsets.

    # the articles (drawn apart from every gold list)
    python scripts/pick_dev_articles.py ../shared/data/news --count 320 --seed 20261204 \
        --exclude tests/data/gold/<each *articles*.txt> > tests/data/gold/ner-news-articles.txt
    # reading files for the annotators: 40 articles each, one numbered sentence a line
    python scripts/ner_news.py batches tests/data/gold/ner-news-articles.txt /tmp/ner/batches
    # their answers (A<n> TAB S<k> TAB name TAB TYPE) into the offsets file the trainer reads
    python scripts/ner_news.py convert tests/data/gold/ner-news-articles.txt /tmp/ner/out \
        --out tests/data/gold/ner-news.tsv

An answer names its sentence and the name as written; the name is looked up in that sentence
(after the previous one found there, else anywhere in it, quotation marks and tatweel
ignored) and widened to whole tokens, as ANERcorp tags them. Answers that cannot be placed
are counted and listed on stderr, never guessed. The rules: docs/ner-annotation.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasd.document import Document
from rasd.gold import news_article
from rasd.ner.conll import ENTITY_TYPES
from rasd.spans import index_of
from rasd.stages.text import TextAnalyzer

NEWS = Path("../shared/data/news")
PER_BATCH = 40
_IGNORED = str.maketrans("", "", "\"'«»“”ـ")


Bounds = list[tuple[int, int] | None]


def _documents(articles: Path) -> list[tuple[str, str, Document, Bounds]]:
    """Each listed article: its id, text, rasd's tokens and sentences, and the character
    bounds of each sentence (numbered from 1 in the reading files; None when empty)."""
    stage = TextAnalyzer()
    out = []
    for article_id in articles.read_text(encoding="utf-8").split():
        text = news_article(NEWS, article_id).text
        doc = stage(Document(text=text))
        bounds: Bounds = []
        for s in doc.sentences:
            tokens = doc.sentence_tokens(s)
            bounds.append((tokens[0].start, tokens[-1].end) if tokens else None)
        out.append((article_id, text, doc, bounds))
    return out


def write_batches(articles: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = _documents(articles)
    for b in range(0, len(docs), PER_BATCH):
        lines = []
        for n, (article_id, text, _, bounds) in enumerate(docs[b : b + PER_BATCH], 1):
            lines.append(f"=== A{n} {article_id}")
            for k, bound in enumerate(bounds, 1):
                if bound is not None:
                    lines.append(f"[A{n} S{k}] " + text[bound[0] : bound[1]].replace("\n", " "))
            lines.append("")
        (out_dir / f"batch{b // PER_BATCH + 1}.txt").write_text("\n".join(lines), encoding="utf-8")


def _find(text: str, name: str, lo: int, hi: int, after: int) -> tuple[int, int] | None:
    """Where ``name`` stands in ``text[lo:hi]``: first after ``after``, else first at all."""
    # للعيادات: a name given with its article after ل has lost the article's alif
    for form in (name, name[1:]) if name.startswith("ال") else (name,):
        for begin in (after, lo):
            at = text.find(form, begin, hi)
            if at >= 0:
                return at, at + len(form)
    # quotation marks and tatweel ignored: compare on a stripped copy, map back
    kept = [i for i in range(lo, hi) if text[i].translate(_IGNORED)]
    stripped = "".join(text[i] for i in kept)
    wanted = name.translate(_IGNORED)
    at = stripped.find(wanted) if wanted else -1
    if at < 0:
        return None
    return kept[at], kept[at + len(wanted) - 1] + 1


def convert(articles: Path, answers_dir: Path, out: Path) -> None:
    docs = _documents(articles)
    rows: list[str] = []
    placed = failed = 0
    for b in range(0, len(docs), PER_BATCH):
        answers = answers_dir / f"batch{b // PER_BATCH + 1}.tsv"
        if not answers.exists():
            print(f"{answers}: missing, its {PER_BATCH} articles left out", file=sys.stderr)
            continue
        found: dict[int, list[tuple[int, int, str]]] = {}
        cursor: dict[tuple[int, int], int] = {}
        for number, line in enumerate(answers.read_text(encoding="utf-8").splitlines(), 1):
            fields = [f.strip() for f in line.split("\t")]
            if len(fields) != 4 or not fields[0][1:].isdigit() or not fields[1][1:].isdigit():
                if line.strip():
                    print(f"{answers}:{number}: not A<n> S<k> name TYPE: {line!r}", file=sys.stderr)
                    failed += 1
                continue
            n, k, name, kind = int(fields[0][1:]), int(fields[1][1:]), fields[2], fields[3]
            if not 1 <= n <= min(PER_BATCH, len(docs) - b) or kind not in ENTITY_TYPES:
                print(f"{answers}:{number}: no article A{n} or bad type: {line!r}", file=sys.stderr)
                failed += 1
                continue
            _, text, doc, bounds = docs[b + n - 1]
            bound = bounds[k - 1] if 1 <= k <= len(bounds) else None
            hit = (
                _find(text, name, bound[0], bound[1], cursor.get((n, k), bound[0]))
                if bound and name
                else None
            )
            if hit is None:
                print(f"{answers}:{number}: {name!r} not in A{n} S{k}", file=sys.stderr)
                failed += 1
                continue
            cursor[(n, k)] = hit[1]
            tokens = index_of(doc.tokens).overlapping(*hit)
            start, end = tokens[0].start, tokens[-1].end
            if "\t" in text[start:end] or "\n" in text[start:end]:
                print(f"{answers}:{number}: {name!r} runs over a line break", file=sys.stderr)
                failed += 1
                continue
            taken = found.setdefault(n, [])
            if any(s < end and start < e for s, e, _ in taken):
                print(f"{answers}:{number}: {name!r} overlaps a name before it", file=sys.stderr)
                failed += 1
                continue
            taken.append((start, end, kind))
            placed += 1
        for n in range(1, min(PER_BATCH, len(docs) - b) + 1):
            article_id, text, _, _ = docs[b + n - 1]
            rows.append(article_id)
            for start, end, kind in sorted(found.get(n, [])):
                rows.append(f"{article_id}\t{start}\t{end}\t{kind}\t{text[start:end]}")
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{placed} names placed, {failed} answers not placed", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    batches = sub.add_parser("batches")
    batches.add_argument("articles", type=Path)
    batches.add_argument("out_dir", type=Path)
    conv = sub.add_parser("convert")
    conv.add_argument("articles", type=Path)
    conv.add_argument("answers_dir", type=Path)
    conv.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "batches":
        write_batches(args.articles, args.out_dir)
    else:
        convert(args.articles, args.answers_dir, args.out)


if __name__ == "__main__":
    main()
