"""Pick the news articles of the development set that every layer's gold file annotates.

    python scripts/pick_dev_articles.py ../shared/data/news > tests/data/gold/dev-articles.txt

Deterministic: articles of news-heavy sources, 600 to 3,000 characters, sampled with a fixed
seed. One shared list, so quotes, places, quantities, dates and events are annotated on the
same articles and the events evaluation can read all layers together.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from rasd.gold import iter_news

SOURCES = {"aawsat", "was", "alwatan", "alyaum", "okaz", "sabq", "3alyoum", "almadina"}


def main(news_dir: str, count: int = 80, seed: int = 20261125) -> None:
    pool = [
        a.id
        for a in iter_news(Path(news_dir))
        if a.source in SOURCES and 600 <= len(a.text) <= 3000
    ]
    for article_id in sorted(random.Random(seed).sample(pool, count)):
        print(article_id)


if __name__ == "__main__":
    main(*sys.argv[1:2])
