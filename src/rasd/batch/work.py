"""One shard's work, the same on every engine: analyze its records and write its tables.

``analyze_shard`` runs inside a worker process (a local pool's or a Dask worker's). The
pipeline is built once per process and kept. The tables are written under a temporary folder
and renamed into place, and the shard's marker (``DIR/_shards/KEY.json``) is written last,
so a shard is either finished — every table and its marker there — or done again on restart.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from rasd.batch.shards import Shard, iter_records
from rasd.batch.tables import Rows, schema, table_names, writable
from rasd.errors import InputError, RasdError
from rasd.inputs import Article
from rasd.pipeline import Pipeline

MARKERS = "_shards"
TEMP = ".tmp"
# Error reasons a shard's result carries back for the command to print; the rest are in the
# errors table.
ERRORS_SHOWN = 20

_pipelines: dict[tuple[tuple[str, ...] | None, tuple[str, ...]], Pipeline] = {}


@dataclass(frozen=True, slots=True)
class ShardTask:
    """Everything a worker needs to do one shard, small enough to send to another machine."""

    shard: Shard
    out: str
    fingerprint: str
    config: str  # what else the output depends on: rasd version, stages, settings
    only: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()
    published: str | None = None
    rows_per_group: int = 500


def pipeline_for(only: tuple[str, ...] | None, disable: tuple[str, ...]) -> Pipeline:
    """The pipeline of this process for these stage choices, built on first use."""
    key = (only, disable)
    if key not in _pipelines:
        _pipelines[key] = Pipeline(only=only, disable=disable)
    return _pipelines[key]


def marker_path(out: Path, key: str) -> Path:
    return out / MARKERS / f"{key}.json"


def table_path(out: Path, table: str, key: str) -> Path:
    return out / table / f"{key}.parquet"


def analyze_shard(task: ShardTask) -> dict[str, Any]:
    """Analyze one shard and write its tables; returns its counts (the marker's content).

    A record that cannot be analyzed becomes a row of the ``errors`` table and the shard goes
    on; an exception out of here (the shard cannot be read or written) fails the shard.
    """
    started = time.perf_counter()
    nlp = pipeline_for(task.only, task.disable)
    out = Path(task.out)
    temp = out / TEMP / f"{task.shard.key}.{uuid.uuid4().hex}"
    temp.mkdir(parents=True)
    try:
        writers = {
            table: pq.ParquetWriter(temp / f"{table}.parquet", schema(table), compression="zstd")
            for table in table_names()
        }
        rows = Rows()
        records = documents = errors = 0
        shown: list[str] = []
        try:
            for record in iter_records(task.shard, task.published):
                records += 1
                reason = _analyze_into(rows, nlp, record.article, record.source)
                if reason is None:
                    documents += 1
                else:
                    errors += 1
                    rows.add_error(record.id, record.source, reason)
                    if len(shown) < ERRORS_SHOWN:
                        named = f" id={record.id}" if record.id is not None else ""
                        shown.append(writable(f"{record.source}{named}: {reason}"))
                if len(rows) >= task.rows_per_group:
                    _flush(rows, writers)
            _flush(rows, writers)
        finally:
            for writer in writers.values():
                writer.close()
        for table in table_names():
            os.replace(temp / f"{table}.parquet", table_path(out, table, task.shard.key))
        result = {
            "key": task.shard.key,
            "input": task.shard.path,
            "sha1": task.fingerprint,
            "config": task.config,
            "records": records,
            "documents": documents,
            "errors": errors,
            "error_examples": shown,
            "seconds": round(time.perf_counter() - started, 3),
        }
        write_json_atomic(marker_path(out, task.shard.key), result)
        return result
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _analyze_into(
    rows: Rows, nlp: Pipeline, article: Article | InputError, source: str
) -> str | None:
    """Add the document of ``article`` to ``rows``; the reason it failed, or ``None``."""
    if isinstance(article, InputError):
        return article.message
    article_id = article.id if article.id is not None else source
    if writable(article_id) != article_id:
        return "the id holds a lone surrogate: it is not valid Unicode text"
    try:
        doc = nlp(article.text, published=article.published, id=article_id)
        rows.add_document(doc, article_id, source)
    except RasdError as err:
        return err.message if isinstance(err, InputError) else str(err)
    except RecursionError:
        return "internal error: the text nests too deeply to analyze"
    except MemoryError:
        return "internal error: out of memory analyzing this record"
    except Exception as err:  # a bug in one stage must not lose the rest of the shard
        return f"internal error {type(err).__name__}: {err}"
    return None


def _flush(rows: Rows, writers: dict[str, Any]) -> None:
    for table, writer in writers.items():
        data = rows.take(table)
        if data.num_rows:
            writer.write_table(data)


def write_json_atomic(path: Path, data: object) -> None:
    """Write ``data`` as JSON to ``path`` through a temporary name, so no reader sees half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    temp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(temp, path)
