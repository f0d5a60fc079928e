from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from tests.batch.helpers import good_records, write_jsonl

runner = CliRunner()


def test_a_clean_batch_exits_zero_and_says_what_it_wrote(tmp_path: Path) -> None:
    shard = write_jsonl(tmp_path / "s.jsonl", good_records("s", 3))
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(shard), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "3 document(s) and 0 error row(s) from 1 shard(s)" in result.stderr
    assert (out / "manifest.json").is_file() and (out / "events" / "s.parquet").is_file()


def test_bad_records_are_named_on_stderr_and_exit_one(tmp_path: Path) -> None:
    shard = write_jsonl(tmp_path / "s.jsonl", [*good_records("s", 2), '{"id": "x9", "text": ""}'])
    result = runner.invoke(
        app, ["batch", str(shard), "--out", str(tmp_path / "o"), "--workers", "1"]
    )
    assert result.exit_code == 1
    assert "s:3 id=x9: has an empty 'text'" in result.stderr


def test_a_failed_shard_is_named_on_stderr_and_exits_three(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", good_records("g", 1))
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"not parquet at all")
    args = ["batch", str(good), str(bad), "--out", str(tmp_path / "o"), "--retries", "0"]
    result = runner.invoke(app, args)
    assert result.exit_code == 3
    assert "shard bad" in result.stderr and "FAILED after 1 attempt(s)" in result.stderr
    assert "1 document(s)" in result.stderr


def test_usage_errors_exit_two(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["batch", str(tmp_path / "none.jsonl"), "--out", str(tmp_path)])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    shard = write_jsonl(tmp_path / "s.jsonl", good_records("s", 1))
    stray = runner.invoke(app, ["batch", str(shard), "--out", str(tmp_path), "--scheduler", "x:1"])
    assert stray.exit_code == 2 and "--engine dask" in stray.stderr
    unknown = runner.invoke(app, ["batch", str(shard), "--out", str(tmp_path), "--only", "nope"])
    assert unknown.exit_code == 2 and "unknown stage" in unknown.stderr
