"""A batch run: plan the shards, skip those already finished, run the rest, write the manifest.

The manifest (``DIR/manifest.json``) lists every shard of the run with its status — ``done``
(analyzed now), ``resumed`` (finished by an earlier run over the same bytes and settings) or
``failed`` (with the error of its last attempt) — and the counts of records, documents and
error rows. The per-shard markers in ``DIR/_shards/`` are what a restart trusts.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd import __version__
from rasd.batch.engines import Outcome, run_dask, run_local
from rasd.batch.shards import Shard, find_shards, fingerprint
from rasd.batch.tables import table_names
from rasd.batch.work import (
    TEMP,
    ShardTask,
    analyze_shard,
    marker_path,
    table_path,
    write_json_atomic,
)
from rasd.errors import InputError
from rasd.pipeline import _resolve

ENGINES = ("local", "dask")


@dataclass(frozen=True, slots=True)
class BatchSettings:
    out: Path
    engine: str = "local"
    workers: int = 2
    scheduler: str | None = None
    retries: int = 2
    only: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    published: str | None = None
    rows_per_group: int = 500


@dataclass(slots=True)
class Manifest:
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def failed_shards(self) -> list[dict[str, Any]]:
        return [s for s in self.data["shards"] if s["status"] == "failed"]

    @property
    def error_rows(self) -> int:
        return int(self.data["errors"])


def _config(settings: BatchSettings, stages: list[str]) -> str:
    """What a shard's output depends on besides its bytes; a change re-analyzes the shard."""
    return json.dumps(
        {
            "rasd": __version__,
            "stages": stages,
            "published": settings.published,
            "rows_per_group": settings.rows_per_group,
            "tables": table_names(),
        },
        sort_keys=True,
    )


def _finished(out: Path, key: str, sha1: str, config: str) -> dict[str, Any] | None:
    marker = marker_path(out, key)
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("sha1") != sha1 or data.get("config") != config:
        return None
    if not all(table_path(out, table, key).is_file() for table in table_names()):
        return None
    return data


def _forget(out: Path, key: str) -> None:
    """Remove what an earlier run left of shard ``key``, so no stale table outlives a failure."""
    marker_path(out, key).unlink(missing_ok=True)
    for table in table_names():
        table_path(out, table, key).unlink(missing_ok=True)


@contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """Hold ``out`` for this run: a second run into the same folder would undo this one's
    temporary files."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / ".lock").open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError("another rasd batch is writing to this folder", str(out)) from None
        yield


def run_batch(
    inputs: list[Path], settings: BatchSettings, notify: Callable[[str], None]
) -> Manifest:
    """Analyze the shards of ``inputs`` into ``settings.out``; see the module docstring."""
    if settings.engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {settings.engine!r}")
    stages, _absent = _resolve(settings.only, settings.disable)
    shards = find_shards(inputs)
    with _exclusive(settings.out):
        return _run(shards, stages, settings, notify)


def _run(
    shards: list[Shard], stages: list[str], settings: BatchSettings, notify: Callable[[str], None]
) -> Manifest:
    started = time.perf_counter()
    out = settings.out
    for table in table_names():
        (out / table).mkdir(parents=True, exist_ok=True)
    shutil.rmtree(out / TEMP, ignore_errors=True)  # what a killed run was writing
    config = _config(settings, stages)
    entries: dict[str, dict[str, Any]] = {}
    tasks: list[ShardTask] = []
    for shard in shards:
        sha1 = fingerprint(shard.path)
        earlier = _finished(out, shard.key, sha1, config)
        if earlier is not None:
            entries[shard.key] = _entry(earlier, "resumed", 0)
            continue
        _forget(out, shard.key)
        entries[shard.key] = {"key": shard.key, "input": shard.path, "sha1": sha1}
        tasks.append(
            ShardTask(
                shard=shard,
                out=str(out),
                fingerprint=sha1,
                config=config,
                only=settings.only,
                disable=settings.disable,
                published=settings.published,
                rows_per_group=settings.rows_per_group,
            )
        )
    if len(tasks) < len(shards):
        notify(f"resuming: {len(shards) - len(tasks)} of {len(shards)} shard(s) already done")

    def on_result(outcome: Outcome) -> None:
        if outcome.result is not None:
            result = outcome.result
            notify(
                f"shard {outcome.key}: {result['documents']} document(s), "
                f"{result['errors']} error row(s)"
            )

    if tasks:
        engine = run_local if settings.engine == "local" else run_dask
        extra = {"scheduler": settings.scheduler} if settings.engine == "dask" else {}
        outcomes = engine(
            tasks,
            analyze_shard,
            _task_key,
            workers=settings.workers,
            retries=settings.retries,
            notify=notify,
            on_result=on_result,
            **extra,
        )
        for outcome in outcomes:
            if outcome.result is not None:
                entries[outcome.key] = _entry(outcome.result, "done", outcome.attempts)
            else:
                entry = entries[outcome.key]
                entry.update(status="failed", attempts=outcome.attempts, error=outcome.error)
    shutil.rmtree(out / TEMP, ignore_errors=True)
    listed = [entries[shard.key] for shard in shards]
    done = [e for e in listed if e["status"] != "failed"]
    manifest = {
        "rasd": __version__,
        "stages": stages,
        "engine": settings.engine,
        "workers": settings.workers,
        "scheduler": settings.scheduler,
        "tables": table_names(),
        "shards": listed,
        "failed_shards": len(listed) - len(done),
        "records": sum(e["records"] for e in done),
        "documents": sum(e["documents"] for e in done),
        "errors": sum(e["errors"] for e in done),
        "seconds": round(time.perf_counter() - started, 3),
    }
    write_json_atomic(out / "manifest.json", manifest)
    return Manifest(manifest)


def _task_key(task: ShardTask) -> str:
    return task.shard.key


def _entry(result: dict[str, Any], status: str, attempts: int) -> dict[str, Any]:
    entry = {k: v for k, v in result.items() if k not in ("config", "error_examples")}
    entry["status"] = status
    entry["attempts"] = attempts
    if status == "done":
        entry["error_examples"] = result.get("error_examples", [])
    return entry
