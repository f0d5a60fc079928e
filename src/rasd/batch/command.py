"""``rasd batch``: the command over ``rasd.batch.run``; pyarrow and Dask load only when it runs.

Exit status: 0 when every record was analyzed, 1 when some records became error rows, 3 when
a shard failed after its retries (its tables are absent), 2 for a usage error.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from rasd.errors import RasdError
from rasd.pipeline import parse_published

EXIT_RECORD_ERRORS = 1
EXIT_SHARD_FAILED = 3

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _say(message: str) -> None:
    stderr.print(f"rasd: {message}", markup=False)


def _names(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(n.strip() for n in value.split(",") if n.strip())


def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Shards: .jsonl / .jsonl.gz / .parquet files, or folders of them."),
    ],
    out: Annotated[Path, typer.Option(help="Output folder: one sub-folder of Parquet per table.")],
    engine: Annotated[Engine, typer.Option(help="local: a process pool; dask: a cluster.")] = (
        Engine.local
    ),
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://host:8786); none starts a LocalCluster."),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: the CPU count).")
    ] = None,
    retries: Annotated[
        int, typer.Option(min=0, help="Times a failing shard is tried again before it is reported.")
    ] = 2,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for records without one.")
    ] = None,
    only: Annotated[
        str | None, typer.Option(help="Run only these stages (and what they need): a,b,c.")
    ] = None,
    disable: Annotated[str | None, typer.Option(help="Switch these stages off: a,b,c.")] = None,
) -> None:
    """Analyze JSONL/Parquet shards in parallel into Parquet tables, resuming finished shards."""
    try:
        from rasd.batch.run import BatchSettings, run_batch
    except ImportError as err:
        _say(f"error: rasd batch needs the scale extra (pip install 'rasd[scale]'): {err}")
        raise typer.Exit(2) from None
    if engine is Engine.local and scheduler is not None:
        _say("error: --scheduler is for --engine dask")
        raise typer.Exit(2)
    try:
        settings = BatchSettings(
            out=out,
            engine=engine.value,
            workers=workers or os.cpu_count() or 1,
            scheduler=scheduler,
            retries=retries,
            only=_names(only),
            disable=_names(disable) or (),
            published=parse_published(published, "--published"),
        )
        manifest = run_batch(inputs, settings, _say)
    except RasdError as err:
        _say(f"error: {err}")
        raise typer.Exit(2) from None
    data = manifest.data
    for shard in data["shards"]:
        if shard["status"] != "done":
            continue
        examples = shard["error_examples"]
        for example in examples:
            _say(f"error: {example}")
        if shard["errors"] > len(examples):
            _say(
                f"… {shard['errors']} error rows in all in shard {shard['key']}: "
                "see the errors table"
            )
    for shard in manifest.failed_shards:
        _say(
            f"error: shard {shard['key']} ({shard['input']}) FAILED after {shard['attempts']} "
            f"attempt(s): {shard['error']}"
        )
    _say(
        f"{data['documents']} document(s) and {data['errors']} error row(s) from "
        f"{len(data['shards'])} shard(s) in {data['seconds']:.1f} s; "
        f"manifest: {out / 'manifest.json'}"
    )
    if manifest.failed_shards:
        _say(f"error: {len(manifest.failed_shards)} shard(s) failed; run again to retry them")
        raise typer.Exit(EXIT_SHARD_FAILED)
    if manifest.error_rows:
        raise typer.Exit(EXIT_RECORD_ERRORS)
