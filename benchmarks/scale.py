"""Scale-out of ``rasd batch``: the local engine on 1 and 2 workers and Dask on 2, same shards.

    python benchmarks/scale.py [--articles 400] [--shards 8] [--repeat 1] [--news DIR]

Writes the first ``--articles`` non-empty articles of the shared news corpus into ``--shards``
JSONL shards in a temporary folder, then times ``rasd.batch.run_batch`` (the code behind
``rasd batch``) over them: one in-process pass of ``Pipeline.pipe`` (the single-process
baseline, no batch machinery), the local engine with 1 and 2 worker processes, and Dask on a
``LocalCluster`` of 2 single-threaded workers. Wall times include starting the local
workers and loading every worker's pipeline; the Dask cluster is started before its run (as a
deployment's is) and its start time printed apart. Prints articles/s, the speed-up over the
1-worker run and over the in-process pass, and whether the Parquet files of every run are
byte-identical.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import rasd
from rasd.batch.run import BatchSettings, run_batch
from rasd.batch.tables import table_names

ROOT = Path(__file__).resolve().parents[1]


def load_news(news_dir: Path, limit: int) -> list[dict[str, str]]:
    records: list[dict[str, str]] = []
    for path in sorted(news_dir.glob("*.json")):
        for i, article in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            content = (article.get("content") or "").strip()
            if content:
                published = (article.get("date_extracted") or "")[:10] or None
                records.append({"id": f"{path.stem}/{i}", "text": content, "published": published})
                if len(records) >= limit:
                    return records
    return records


def write_shards(records: list[dict[str, str]], folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"news-{n:03d}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in records[n::count]:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def output_bytes(out: Path) -> dict[str, bytes]:
    return {
        f"{table}/{p.name}": p.read_bytes()
        for table in table_names()
        for p in sorted((out / table).glob("*.parquet"))
    }


def start_cluster(workers: int) -> Any:
    """A running LocalCluster, as a deployment has one before work arrives; its start is
    timed and printed apart, the run on it includes loading the workers' pipelines."""
    import logging

    from dask.distributed import LocalCluster

    started = time.perf_counter()
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    print(
        f"dask LocalCluster of {workers} workers started in {time.perf_counter() - started:.1f} s"
    )
    return cluster


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best counts")
    args = parser.parse_args()
    if not args.news.is_dir():
        print(f"skipped: {args.news} is absent (the shared news corpus is needed)")
        return
    records = load_news(args.news, args.articles)
    load = os.getloadavg()
    print(
        f"{len(records)} articles in {args.shards} shards; {os.cpu_count()} CPUs, "
        f"load average {load[0]:.1f} at the start; rasd stages {rasd.Pipeline().stage_names}"
    )
    runs = [("local", 1), ("local", 2), ("dask", 2)]
    with tempfile.TemporaryDirectory(prefix="rasd-scale-") as tmp:
        folder = Path(tmp)
        shards = write_shards(records, folder, args.shards)
        nlp = rasd.Pipeline()
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            started = time.perf_counter()
            for _doc in nlp.pipe(records, batch_size=64):
                pass
            seconds = time.perf_counter() - started
            best["in-process"] = min(best.get("in-process", seconds), seconds)
        outputs = {}
        for engine, workers in runs:
            name = f"{engine}, {workers} worker{'s' if workers > 1 else ''}"
            for attempt in range(args.repeat):
                out = folder / f"out-{engine}-{workers}-{attempt}"
                cluster = start_cluster(workers) if engine == "dask" else None
                address = None if cluster is None else cluster.scheduler_address
                settings = BatchSettings(
                    out=out, engine=engine, workers=workers, retries=0, scheduler=address
                )
                started = time.perf_counter()
                manifest = run_batch(shards, settings, lambda _: None)
                seconds = time.perf_counter() - started
                if cluster is not None:
                    cluster.close()
                if manifest.failed_shards or manifest.data["documents"] != len(records):
                    sys.exit(f"{name}: the run failed: {manifest.data}")
                best[name] = min(best.get(name, seconds), seconds)
                outputs[name] = output_bytes(out)
        one = best["local, 1 worker"]
        print(
            f"{'run':22} {'seconds':>8} {'articles/s':>11} {'vs 1 worker':>12} "
            f"{'vs in-process':>14}"
        )
        for name, seconds in best.items():
            print(
                f"{name:22} {seconds:8.2f} {len(records) / seconds:11.1f} "
                f"{one / seconds:11.2f}x {best['in-process'] / seconds:13.2f}x"
            )
        reference = outputs["local, 1 worker"]
        same = all(files == reference for files in outputs.values())
        print(f"Parquet output of all engines byte-identical: {same} ({len(reference)} files)")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
