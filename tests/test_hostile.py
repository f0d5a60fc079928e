"""Hostile input: fuzzed text through the analyzer, worst cases under a time and memory limit,
broken encodings through rasd.inputs and batch shards. Nothing hangs, crashes or loses a record."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd.batch.shards import Shard, iter_records
from rasd.errors import InputError
from rasd.inputs import Article, read_file
from tests.hostile import HTML, PIECES, QUOTES, SAMPLE, WORST, check_decode
from tests.test_properties import _check

ROOT = Path(__file__).resolve().parents[1]
hostile = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=80).map(
    "".join
)
quotes = st.lists(st.sampled_from([*QUOTES, "قال", "زيد", " ", "، ", ":", "."]), max_size=120).map(
    "".join
)
html = st.lists(st.sampled_from([*HTML, SAMPLE[:200], "\n"]), max_size=20).map("".join)
any_codepoint = st.text(st.characters(codec="utf-8"), max_size=200)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile)
def test_hostile_mixtures_keep_every_offset(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(quotes)
def test_unbalanced_and_nested_quotes_keep_every_offset(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(html)
def test_html_with_scripts_keeps_every_offset(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(any_codepoint)
def test_any_code_point_keeps_every_offset(text: str) -> None:
    _check(text)


@given(st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3), st.text(max_size=20))
def test_a_lone_surrogate_is_a_clear_input_error(surrogates: str, text: str) -> None:
    with pytest.raises(InputError, match=r"^r7: text holds a lone surrogate"):
        rasd.analyze(text + surrogates, id="r7")


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def _run_worst(names: list[str], timeout: float) -> dict[str, dict[str, object]]:
    """Run worst cases in a child with a time and a memory limit; a hang fails as a timeout."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.hostile", *names],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired as err:
        finished = (err.stdout or b"").decode() if isinstance(err.stdout, bytes) else err.stdout
        pytest.fail(f"hostile input hung past {timeout} s; finished before it: {finished}")
    assert done.returncode == 0, done.stderr[-2000:]
    results = {r["name"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert list(results) == names
    return results


def test_worst_cases_finish_in_bounded_time_and_memory() -> None:
    names = [name for name in WORST if not name.startswith("article")]
    for name, result in _run_worst(names, timeout=300).items():
        assert "error" not in result, (name, result["error"])
        # generous: each takes ~3 s at most on a loaded 2-core machine; backtracking takes hours
        assert float(result["seconds"]) < 30, (name, result)  # type: ignore[arg-type]
        assert int(result["rss_mb"]) < 1000, (name, result)  # type: ignore[call-overload]


def test_a_5_mb_article_takes_linear_time() -> None:
    results = _run_worst(["article 0.5 MB", "article 5 MB"], timeout=300)
    small, big = results["article 0.5 MB"], results["article 5 MB"]
    assert "error" not in small and "error" not in big, (small, big)
    # ten times the text: linear is 10x the time, quadratic 100x; allow for a noisy machine
    assert float(big["seconds"]) < 30 * float(small["seconds"]), (small, big)  # type: ignore[arg-type]
    assert int(big["rss_mb"]) < 1500, big  # type: ignore[call-overload]


ARABIC = "قال المتحدث إن القوات وصلت إلى الرقة."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ARABIC.encode("windows-1256"), "not UTF-8.*WINDOWS-1256"),
        (ARABIC.encode("utf-16-le"), "binary file \\(or UTF-16\\)"),
        (ARABIC.encode("utf-16-be"), "binary file \\(or UTF-16\\)"),
        (("x" + ARABIC).encode("utf-16-le"), "binary file \\(or UTF-16\\)"),
        (ARABIC.encode("utf-16"), "UTF-16"),
        (ARABIC.encode("utf-8")[:-2] + b"\xd9", "not UTF-8"),
    ],
)
def test_broken_encodings_are_named_errors(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as caught:
        read_file(path)
    assert str(caught.value).startswith(str(path))


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_fail_clearly(data: bytes) -> None:
    check_decode(data)


def _blank(line: bytes) -> bool:
    try:
        return not line.decode("utf-8").strip()
    except UnicodeDecodeError:
        return False


@settings(max_examples=100, deadline=None)
@given(st.lists(st.binary(max_size=80).map(lambda b: b.replace(b"\n", b"")), max_size=8))
def test_any_jsonl_lines_become_records_or_errors_none_lost(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes]
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "s.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    records = list(iter_records(Shard("s", str(path))))
    expected = [f"s:{n}" for n, line in enumerate(lines, 1) if not _blank(line)]
    assert [r.source for r in records] == expected
    for record in records:
        assert isinstance(record.article, (Article, InputError))
        if isinstance(record.article, InputError):
            assert str(record.article).startswith(record.source)


def test_a_5000_digit_number_is_no_date_and_no_crash() -> None:
    doc = rasd.analyze("في " + "2" * 5000 + " مايو قتل 3 أشخاص.")
    doc.check_offsets()
    assert doc.dates == [] or all(d.value is None or len(d.value) <= 10 for d in doc.dates)


@pytest.mark.parametrize("scale", ["آلاف", "مليار", ""])
def test_a_number_too_large_for_a_float_is_no_quantity_and_no_crash(scale: str) -> None:
    # found by `scripts/fuzz.py --seed 1` (input 20468): 645 nines before آلاف overflowed
    doc = rasd.analyze("وصل " + "9" * 400 + f" {scale} مقاتل و3 أشخاص.".replace("  ", " "))
    doc.check_offsets()
    assert all("9" not in q.text for q in doc.quantities)  # the scale alone may still count
    assert [q.value for q in doc.quantities][-1] == 3


def test_a_shard_of_hostile_records_loses_none_and_names_each_bad_one(tmp_path: Path) -> None:
    from rasd.batch.run import BatchSettings, run_batch

    lines = [
        json.dumps({"id": "surrogate", "text": "قال \ud800"}).encode(),
        json.dumps({"id": "\udc80bad-id", "text": "قال"}).encode(),
        b'{"id": "cp1256", "text": "' + ARABIC.encode("windows-1256") + b'"}',
        json.dumps({"id": "digits", "text": "9" * 100_000}).encode(),
        json.dumps({"id": "html", "text": HTML[0] * 50 + SAMPLE}, ensure_ascii=False).encode(),
        json.dumps({"id": "rtl", "text": "\u202e" + SAMPLE}, ensure_ascii=False).encode(),
        b'{"id": "cut", "text": "',
    ]
    shard = tmp_path / "hostile.jsonl"
    shard.write_bytes(b"\n".join(lines) + b"\n")
    data = run_batch([shard], BatchSettings(out=tmp_path / "out", workers=1), lambda _: None).data
    (entry,) = data["shards"]
    assert entry["status"] == "done" and entry["records"] == len(lines)
    assert (entry["documents"], entry["errors"]) == (3, 4)
    examples = "\n".join(entry["error_examples"])
    for name, reason in [
        ("surrogate", "lone surrogate"),
        ("\\udc80bad-id", "lone surrogate"),
        ("cp1256", "not UTF-8"),
        (None, "not valid JSON"),
    ]:
        assert any(
            (name is None or f"id={name}:" in line) and reason in line
            for line in examples.splitlines()
        ), (name, examples)
