"""Build ``src/rasd/resources/wordfreq.tsv.gz``: counts of normalized Arabic words in news.

The clitic analyzer uses it to tell a clitic from a root letter (و in وقال, not in وزير).

    python scripts/build_wordfreq.py ../shared/data/news --out src/rasd/resources/wordfreq.tsv.gz

Deterministic: the same corpus gives the same file byte for byte (counts, then words, sorted;
gzip without a timestamp).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
from collections import Counter
from pathlib import Path

from rasd.text.tokenize import iter_tokens


def count_words(news_dir: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in sorted(news_dir.glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            for text in (article.get("title") or "", article.get("content") or ""):
                counts.update(
                    t.norm for t in iter_tokens(text) if t.kind == "word" and t.clitics is not None
                )
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("news_dir", type=Path)
    parser.add_argument("--out", type=Path, default=Path("src/rasd/resources/wordfreq.tsv.gz"))
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--max-words", type=int, default=80_000)
    args = parser.parse_args()
    counts = count_words(args.news_dir)
    kept = sorted(
        ((w, c) for w, c in counts.items() if c >= args.min_count), key=lambda wc: (-wc[1], wc[0])
    )[: args.max_words]
    body = "".join(f"{w}\t{c}\n" for w, c in kept).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(body)
    args.out.write_bytes(buf.getvalue())
    print(
        f"{len(kept)} words of {len(counts)} kept, {len(buf.getvalue()) / 1e6:.2f} MB -> {args.out}"
    )


if __name__ == "__main__":
    main()
