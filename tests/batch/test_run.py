"""rasd batch end to end: tables, nothing lost, the same output on both engines, resume."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasd.batch.run import BatchSettings, run_batch
from rasd.batch.tables import layer_names, schema, table_names
from tests.batch.helpers import good_records, write_jsonl


@pytest.fixture
def shards(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    a = write_jsonl(folder / "a.jsonl", [*good_records("a", 5), '{"id": "a-bad", "text": 1}'])
    b = write_jsonl(folder / "b.jsonl", ["{oops", *good_records("b", 4)])
    c = write_jsonl(folder / "c.jsonl", good_records("c", 3))
    return [a, b, c]


def _run(shards: list[Path], out: Path, **settings: object) -> dict[str, object]:
    notes: list[str] = []
    manifest = run_batch(shards, BatchSettings(out=out, **settings), notes.append)  # type: ignore[arg-type]
    return manifest.data


def _tables(out: Path) -> dict[str, list[dict[str, object]]]:
    return {table: pq.read_table(out / table).to_pylist() for table in table_names()}


def test_every_record_ends_as_a_document_or_an_error_row(
    shards: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    data = _run(shards, out, workers=2)
    assert [s["status"] for s in data["shards"]] == ["done", "done", "done"]  # type: ignore[index]
    assert (data["records"], data["documents"], data["errors"]) == (14, 12, 2)
    tables = _tables(out)
    ids = {row["article_id"] for row in tables["documents"]}
    assert ids == {f"{p}-{i}" for p, n in (("a", 5), ("b", 4), ("c", 3)) for i in range(n)}
    errors = sorted((row["source"], row["article_id"]) for row in tables["errors"])
    assert errors == [("a:6", "a-bad"), ("b:1", None)]
    assert all(row["reason"] for row in tables["errors"])
    texts = {row["article_id"]: row["text"] for row in tables["documents"]}
    for layer in layer_names():
        assert pq.read_schema(out / layer / "a.parquet") == schema(layer)
        for row in tables[layer]:
            if "text" in row and row["text"] is not None:
                assert texts[row["article_id"]][row["start"] : row["end"]] == row["text"]
    assert tables["sentences"] and tables["entities"]


def test_dask_on_two_local_workers_writes_the_same_bytes_as_the_local_engine(
    shards: list[Path], tmp_path: Path
) -> None:
    broken = shards[0].with_name("broken.parquet")
    broken.write_bytes(b"PAR1 this is not parquet")
    runs = {}
    for engine in ("local", "dask"):
        runs[engine] = _run(
            [*shards, broken], tmp_path / engine, engine=engine, workers=2, retries=1
        )
    for data in runs.values():
        assert [(s["key"], s["status"]) for s in data["shards"]] == [  # type: ignore[attr-defined]
            ("a", "done"),
            ("b", "done"),
            ("c", "done"),
            ("broken", "failed"),
        ]
        assert data["shards"][3]["attempts"] == 2  # type: ignore[index]
    for table in table_names():
        for shard in ("a", "b", "c"):
            local = (tmp_path / "local" / table / f"{shard}.parquet").read_bytes()
            assert (tmp_path / "dask" / table / f"{shard}.parquet").read_bytes() == local


def test_a_restart_skips_finished_shards_and_redoes_changed_ones(
    shards: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _run(shards, out, workers=1)
    (out / ".tmp" / "a.half-written").mkdir(parents=True)  # what a killed run leaves
    stamp = {p: p.stat().st_mtime_ns for p in out.glob("*/*.parquet")}
    os.utime(shards[0])  # the same bytes: still finished
    write_jsonl(shards[1], good_records("b", 2))  # new bytes: analyzed again
    data = _run(shards, out, workers=1)
    status = {s["key"]: s["status"] for s in data["shards"]}  # type: ignore[attr-defined]
    assert status == {"a": "resumed", "b": "done", "c": "resumed"}
    assert data["documents"] == 5 + 2 + 3
    assert not (out / ".tmp").exists()
    for path, mtime in stamp.items():
        assert (path.stat().st_mtime_ns == mtime) == (path.stem != "b"), path
    b_ids = {r["article_id"] for r in pq.read_table(out / "documents" / "b.parquet").to_pylist()}
    assert b_ids == {"b-0", "b-1"}


def test_a_failing_shard_is_retried_then_reported_and_leaves_no_stale_tables(
    shards: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    broken = shards[2].with_name("broken.parquet")
    broken.write_bytes(b"PAR1 this is not parquet")
    _run([shards[0]], out, workers=1)
    data = _run([shards[0], broken], out, workers=2, retries=1)
    (resumed, failed) = data["shards"]  # type: ignore[misc]
    assert resumed["status"] == "resumed"
    assert failed["status"] == "failed" and failed["attempts"] == 2 and failed["error"]
    assert data["failed_shards"] == 1
    assert not list(out.glob("*/broken.parquet")) and not (out / "_shards" / "broken.json").exists()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["shards"][1]["key"] == "broken" and manifest["shards"][1]["status"] == "failed"


def test_a_parquet_shard_gives_the_same_rows_as_its_jsonl(tmp_path: Path) -> None:
    import pyarrow as pa

    records = good_records("p", 4)
    jsonl = write_jsonl(tmp_path / "p.jsonl", records)
    parquet = tmp_path / "parquet" / "p.parquet"
    parquet.parent.mkdir()
    pq.write_table(pa.Table.from_pylist(records), parquet)  # type: ignore[arg-type]
    _run([jsonl], tmp_path / "from-jsonl", workers=1)
    _run([parquet], tmp_path / "from-parquet", workers=1)
    for table in table_names():
        assert _tables(tmp_path / "from-parquet")[table] == _tables(tmp_path / "from-jsonl")[table]


def test_a_second_run_into_the_same_folder_is_refused(shards: list[Path], tmp_path: Path) -> None:
    import fcntl

    from rasd.errors import InputError

    out = tmp_path / "out"
    out.mkdir()
    with (out / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(InputError, match="another rasd batch"):
            _run(shards, out, workers=1)
    assert _run(shards, out, workers=1)["documents"] == 12
