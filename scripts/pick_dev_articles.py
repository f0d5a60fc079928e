"""Pick the news articles that the gold files annotate: the development list, and check lists
drawn apart from it.

    python scripts/pick_dev_articles.py ../shared/data/news > tests/data/gold/dev-articles.txt
    python scripts/pick_dev_articles.py ../shared/data/news --count 60 --seed 20261126 \
        --exclude tests/data/gold/dev-articles.txt > tests/data/gold/check-articles.txt

Deterministic: articles of news-heavy sources, 600 to 3,000 characters, sampled with a fixed
seed. One shared list per set, so quotes, places, quantities, dates and events are annotated
on the same articles and the events evaluation can read all layers together. A check list
is annotated after the rules it checks, and scored once before any change made for it.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from rasd.gold import iter_news

SOURCES = {"aawsat", "was", "alwatan", "alyaum", "okaz", "sabq", "3alyoum", "almadina"}


def pick(news_dir: Path, count: int, seed: int, exclude: set[str]) -> list[str]:
    pool = [
        a.id
        for a in iter_news(news_dir)
        if a.source in SOURCES and 600 <= len(a.text) <= 3000 and a.id not in exclude
    ]
    return sorted(random.Random(seed).sample(pool, count))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("news_dir", type=Path)
    parser.add_argument("--count", type=int, default=80)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    args = parser.parse_args()
    exclude = {i for path in args.exclude for i in path.read_text(encoding="utf-8").split()}
    for article_id in pick(args.news_dir, args.count, args.seed, exclude):
        print(article_id)


if __name__ == "__main__":
    main()
