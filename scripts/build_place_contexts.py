"""Build ``src/rasd/resources/place_contexts.tsv.gz``: how often each town's name stands in a
place's context in news (see ``rasd.places.placeness``).

    python scripts/build_place_contexts.py ../shared/data/news

Deterministic: the same corpus and gazetteer give the same file byte for byte.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.gold import iter_news
from rasd.places import placeness
from rasd.places.gazetteer import shipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("news_dir", type=Path)
    default = Path("src/rasd/resources") / placeness.RESOURCE
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    names = placeness.town_names(shipped())
    counts = placeness.count_contexts((a.text for a in iter_news(args.news_dir)), names)
    data = placeness.to_resource(counts)
    args.out.write_bytes(data)
    kept = sum(1 for b, c in counts.values() if b + c >= placeness.MIN_OCCURRENCES)
    print(f"{kept} names of {len(counts)} seen, {len(data) / 1e3:.1f} kB -> {args.out}")


if __name__ == "__main__":
    main()
