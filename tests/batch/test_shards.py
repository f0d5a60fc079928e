from __future__ import annotations

import gzip
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from rasd.batch.shards import Shard, find_shards, fingerprint, iter_records
from rasd.errors import InputError
from rasd.inputs import Article
from tests.batch.helpers import SHORT, write_jsonl


def test_a_folder_stands_for_its_shards_and_keys_are_unique(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = write_jsonl(tmp_path / "a" / "day 1.jsonl", [{"text": "x"}])
    two = write_jsonl(tmp_path / "b" / "day 1.jsonl", [{"text": "x"}])
    (tmp_path / "a" / "notes.txt").write_text("not a shard")
    shards = find_shards([tmp_path / "a", two, one])  # one named twice counts once
    assert [s.path for s in shards] == [str(one.resolve()), str(two.resolve())]
    keys = [s.key for s in shards]
    assert len(set(keys)) == 2 and all(k.startswith("day_1-") for k in keys)
    assert find_shards([tmp_path / "a", two]) == shards  # the same key on every run


def test_missing_and_unknown_inputs_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        find_shards([tmp_path / "absent.jsonl"])
    (tmp_path / "x.csv").write_text("id,text")
    with pytest.raises(InputError, match=r"x\.csv.*not a shard"):
        find_shards([tmp_path / "x.csv"])


def test_fingerprint_changes_with_the_bytes(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "s.jsonl", [{"text": "a"}])
    before = fingerprint(str(path))
    write_jsonl(path, [{"text": "b"}])
    assert fingerprint(str(path)) != before


def _records(path: Path) -> list[tuple[str, str | None, Article | InputError]]:
    shard = Shard("k", str(path))
    return [(r.source, r.id, r.article) for r in iter_records(shard, "2020-01-02")]


def test_every_jsonl_line_is_a_record_or_an_error_with_its_id(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    lines = [
        b'{"id": 7, "text": "' + SHORT[0].replace('"', '\\"').encode() + b'"}',
        b"",  # blank lines hold no record
        b'{"id": "no-text"}',
        b'{"id": "bad-date", "text": "x", "published": "yesterday"}',
        b"[1, 2]",
        b'{"id": "latin1", "text": "\xe9"}',
        b'{"id": "cut", "text": "abc',
        b'{"text": "' + SHORT[1].encode() + b'", "published": "2017-05-14"}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    records = _records(path)
    assert [source for source, _, _ in records] == [f"k:{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    first, no_text, bad_date, array, latin1, cut, last = records
    assert isinstance(first[2], Article) and first[1] == "7" and first[2].published == "2020-01-02"
    assert no_text[1] == "no-text" and "text" in str(no_text[2])
    assert bad_date[1] == "bad-date" and "published" in str(bad_date[2])
    assert isinstance(array[2], InputError) and "object" in str(array[2])
    assert isinstance(latin1[2], InputError) and "UTF-8" in str(latin1[2])
    assert isinstance(cut[2], InputError) and "JSON" in str(cut[2])
    assert isinstance(last[2], Article) and last[1] is None and last[2].published == "2017-05-14"


def test_a_truncated_gzip_shard_keeps_what_came_before_and_says_where_it_broke(
    tmp_path: Path,
) -> None:
    body = "".join(f'{{"id": "{i}", "text": "{SHORT[2]}"}}\n' for i in range(2000)).encode()
    data = gzip.compress(body)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    records = _records(path)
    *good, broken = records
    assert good and all(isinstance(article, Article) for _, _, article in good)
    assert isinstance(broken[2], InputError)
    assert f"after line {len(good)}" in str(broken[2])


def test_parquet_shards_read_by_column(tmp_path: Path) -> None:
    table = pa.table(
        {"id": [1, 2, 3], "text": [SHORT[0], None, "  "], "published": ["2017-05-10", None, None]}
    )
    path = tmp_path / "p.parquet"
    pq.write_table(table, path)
    (one, two, three) = _records(path)
    assert isinstance(one[2], Article) and one[1] == "1" and one[2].published == "2017-05-10"
    assert two[1] == "2" and isinstance(two[2], InputError) and "text" in str(two[2])
    assert three[1] == "3" and isinstance(three[2], InputError) and "empty" in str(three[2])
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "q.parquet")
    with pytest.raises(InputError, match="no column 'text'"):
        _records(tmp_path / "q.parquet")
