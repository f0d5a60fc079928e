"""What each stage adds to the pipeline's time per article, over repeated runs.

    python benchmarks/stage_shares.py [--limit 300] [--repeats 5] [--news ../shared/data/news]

Runs every stage of the full pipeline over the same news articles, stage by stage, several
times (after one warm-up pass), and prints for each stage the median seconds, its share of the
pipeline's time, and what it adds: its time over the time of all the other stages (the bars of
issues 4 and 5 are stated that way: "adds ≤ 10%" to the pipeline's time per article).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

import rasd
from throughput import ROOT, load_news, stage_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    texts = load_news(args.news, args.limit)
    nlp = rasd.Pipeline()
    stage_seconds(nlp, texts)  # warm-up: models, word caches, the gazetteer
    runs = [stage_seconds(nlp, texts) for _ in range(args.repeats)]
    median = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
    total = sum(median.values())
    print(f"{len(texts)} articles, {args.repeats} runs, median pipeline time {total:.2f} s")
    print(f"{'stage':12} {'seconds':>8} {'share':>7} {'adds':>7}")
    for name, seconds in median.items():
        print(
            f"{name:12} {seconds:8.3f} {100 * seconds / total:6.1f}% "
            f"{100 * seconds / (total - seconds):6.1f}%"
        )


if __name__ == "__main__":
    main()
