"""Throughput of the rasd pipeline on the shared news corpus, against a whitespace split.

    python benchmarks/throughput.py [--limit 2000] [--news ../shared/data/news]

Prints articles/s, tokens/s and MB/s (UTF-8) of the full pipeline and of the text layer
alone, the same figures for ``str.split`` over the same texts (the baseline, run in the same
process), their ratio, the share of the pipeline's time each stage takes, the peak RSS, and
the cold start of ``rasd analyze`` on one article.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import rasd
from rasd.text.sentences import segment
from rasd.text.tokenize import tokenize

ROOT = Path(__file__).resolve().parents[1]


def load_news(news_dir: Path, limit: int) -> list[str]:
    if not news_dir.is_dir():
        sys.exit(f"{news_dir} is absent: the shared news corpus is needed for this benchmark")
    texts: list[str] = []
    for path in sorted(news_dir.glob("*.json")):
        for article in json.loads(path.read_text(encoding="utf-8")):
            content = (article.get("content") or "").strip()
            if content:
                texts.append(content)
                if len(texts) >= limit:
                    return texts
    return texts


def timed(run: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count


def cold_start(article: Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "rasd", "analyze", str(article)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def stage_seconds(nlp: rasd.Pipeline, texts: list[str]) -> dict[str, float]:
    """Seconds each stage of ``nlp`` spends over ``texts``, run stage by stage over all docs."""
    docs = [nlp.make_doc(t, "2015-08-01") for t in texts]
    seconds: dict[str, float] = {}
    for stage in nlp.stages:
        start = time.perf_counter()
        docs = [stage(doc) for doc in docs]
        seconds[stage.name] = time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--article", type=Path, default=ROOT / "examples" / "sample-article.txt")
    parser.add_argument(
        "--example",
        type=Path,
        default=ROOT.parent / "shared" / "examples" / "raqqa-fighters.txt",
        help="an article of the size the speed bar is stated for, analyzed --repeat times",
    )
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    texts = load_news(args.news, args.limit)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def baseline() -> int:
        return sum(len(t.split()) for t in texts)

    def text_layer() -> int:
        count = 0
        for t in texts:
            tokens = tokenize(t)
            segment(t, tokens)
            count += len(tokens)
        return count

    nlp = rasd.Pipeline()

    def pipeline() -> int:
        return sum(len(doc.tokens) for doc in nlp.pipe(texts, batch_size=64))

    text_layer()  # warm the word caches as a long-running process would have them
    rows = []
    for name, run in (
        ("whitespace split", baseline),
        ("text layer", text_layer),
        ("full pipeline", pipeline),
    ):
        seconds, tokens = timed(run)
        rows.append((name, seconds, tokens))
    # peak RSS of streaming the corpus through the pipeline, before the stage timing below
    # holds every document of the corpus in memory at once
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    per_stage = stage_seconds(nlp, texts)

    print(f"{len(texts)} articles, {megabytes:.1f} MB of UTF-8 text, stages: {nlp.stage_names}")
    print(f"{'':18} {'articles/s':>11} {'tokens/s':>11} {'MB/s':>7} {'x baseline time':>16}")
    base_s = rows[0][1]
    for name, seconds, tokens in rows:
        print(
            f"{name:18} {len(texts) / seconds:11.0f} {tokens / seconds:11.0f} "
            f"{megabytes / seconds:7.2f} {seconds / base_s:16.1f}"
        )
    total = sum(per_stage.values())
    shares = ", ".join(f"{name} {100 * sec / total:.1f}%" for name, sec in per_stage.items())
    print(f"share of pipeline time by stage: {shares}")
    if args.example.is_file():
        example = args.example.read_text(encoding="utf-8")
        seconds, _ = timed(lambda: sum(len(nlp(example).tokens) for _ in range(args.repeat)))
        words = len(example.split())
        print(
            f"full pipeline on {args.example.name} ({words} words) x {args.repeat}: "
            f"{args.repeat / seconds:.1f} articles/s"
        )
    print(f"peak RSS while streaming the corpus through the pipeline: {peak_mb:.0f} MB")
    print(f"cold start of rasd analyze on {args.article.name}: {cold_start(args.article):.2f} s")


if __name__ == "__main__":
    main()
