"""Input shards of a batch: which files, their stable keys, fingerprints and records.

A shard is a JSONL file (``.jsonl``, ``.jsonl.gz``; one ``{"id", "text", "published"?}``
object per line) or a Parquet file with a string column ``text`` and optional ``id`` and
``published`` columns. A directory stands for the shards inside it. Each record comes out as
an ``Article`` or as the ``InputError`` that says why it cannot be one; a shard cut short (a
truncated gzip stream) ends with one such error, after the records read before the break.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from rasd.errors import InputError
from rasd.inputs import Article
from rasd.inputs import _record as parse_record
from rasd.pipeline import parse_published

JSONL_SUFFIXES = (".jsonl.gz", ".jsonl", ".ndjson", ".json.gz", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
PARQUET_BATCH = 256


@dataclass(frozen=True, slots=True)
class Shard:
    """One input file and the key its output files are named by."""

    key: str
    path: str


@dataclass(frozen=True, slots=True)
class Record:
    """One record of a shard: where it is (``KEY:LINE``), its id if known, and the article or
    the error that stands in its place."""

    source: str
    id: str | None
    article: Article | InputError


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return None


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*JSONL_SUFFIXES, *PARQUET_SUFFIXES):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return _UNSAFE.sub("_", name).strip("._") or "shard"


def find_shards(inputs: list[Path]) -> list[Shard]:
    """The shards named by ``inputs`` (files, or directories of shard files), each with a key
    that is unique in the batch and the same on every run over the same inputs."""
    paths: list[Path] = []
    for given in inputs:
        if given.is_dir():
            inside = sorted(p for p in given.iterdir() if p.is_file() and _kind(p))
            if not inside:
                raise InputError(
                    "is a directory with no .jsonl or .parquet shard in it", str(given)
                )
            paths.extend(inside)
        elif given.is_file():
            if _kind(given) is None:
                raise InputError(
                    "is not a shard: give .jsonl, .jsonl.gz or .parquet files", str(given)
                )
            paths.append(given)
        else:
            raise InputError("no such file or directory", str(given))
    resolved: list[Path] = []
    for path in paths:
        absolute = path.resolve()
        if absolute not in resolved:
            resolved.append(absolute)
    stems = [_stem(p) for p in resolved]
    shards = []
    for path, stem in zip(resolved, stems, strict=True):
        key = stem
        if stems.count(stem) > 1:  # two files of one name in different folders
            key = f"{stem}-{hashlib.sha1(str(path).encode()).hexdigest()[:8]}"
        shards.append(Shard(key, str(path)))
    return shards


def fingerprint(path: str) -> str:
    """The SHA-1 of the shard's bytes: a finished shard is reused only while it is unchanged."""
    digest = hashlib.sha1()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def iter_records(shard: Shard, published: str | None = None) -> Iterator[Record]:
    """Every record of ``shard``, in file order; bad ones as ``InputError``, none dropped."""
    if _kind(Path(shard.path)) == "parquet":
        yield from _parquet_records(shard, published)
    else:
        yield from _jsonl_records(shard, published)


def _open(path: str) -> BinaryIO | gzip.GzipFile:
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _jsonl_records(shard: Shard, published: str | None) -> Iterator[Record]:
    number = 0
    with _open(shard.path) as handle:
        lines = iter(handle)
        while True:
            try:
                raw = next(lines)
            except StopIteration:
                return
            except (EOFError, OSError, zlib.error) as err:
                where = f"{shard.key}:{number + 1}"
                reason = f"the shard breaks off after line {number} ({type(err).__name__}: {err})"
                yield Record(where, None, InputError(reason, where))
                return
            number += 1
            record = _jsonl_record(raw, f"{shard.key}:{number}", published)
            if record is not None:
                yield record


def _jsonl_record(raw: bytes, where: str, published: str | None) -> Record | None:
    """The record on one line; ``None`` for a blank line, which holds no record."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        reason = (
            f"is not UTF-8 text (byte {err.start} cannot be decoded); convert the shard first, "
            "e.g. iconv -f WINDOWS-1256 -t UTF-8"
        )
        return Record(where, _loose_id(raw.decode("utf-8", "replace")), InputError(reason, where))
    if not line.strip():
        return None
    try:
        article = parse_record(line, where, published)
    except InputError as err:
        return Record(where, _loose_id(line), err)
    return Record(where, article.id, article)


def _loose_id(line: str) -> str | None:
    """The id of a record that failed, when its line is at least a JSON object with one."""
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    rid = obj.get("id") if isinstance(obj, dict) else None
    return None if rid is None else str(rid)


def _parquet_records(shard: Shard, published: str | None) -> Iterator[Record]:
    import pyarrow.parquet as pq

    with pq.ParquetFile(shard.path) as parquet:
        names = set(parquet.schema_arrow.names)
        if "text" not in names:
            raise InputError("has no column 'text'", shard.path)
        columns = [c for c in ("id", "text", "published") if c in names]
        number = 0
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield _parquet_record(row, f"{shard.key}:{number}", published)


def _parquet_record(row: dict[str, Any], where: str, published: str | None) -> Record:
    rid = row.get("id")
    rid = None if rid is None else str(rid)
    text = row.get("text")
    try:
        if not isinstance(text, str):
            raise InputError("has no string 'text'", where)
        if not text.strip():
            raise InputError("has an empty 'text'", where)
        day = parse_published(row.get("published"), where) or published
    except InputError as err:
        return Record(where, rid, err)
    return Record(where, rid, Article(text, id=rid, published=day))
