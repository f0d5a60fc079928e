"""The quote scorer and the two commands, on a tiny corpus and gold file the test writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.gold import sha1
from rasd.quotes.evaluate import evaluate, name_key, same_speaker

runner = CliRunner()

TEXT = (
    'وقالت الوزيرة إن الخطة جاهزة. وقال المدير: "التنفيذ يبدأ غدا". '
    "وقيل إن الاجتماع تأجل.\nافتتحت البلدية حديقة جديدة."
)


def _span(text: str, part: str) -> dict[str, int]:
    start = text.index(part)
    return {"start": start, "end": start + len(part)}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    news = tmp_path / "news"
    news.mkdir()
    article = {"content": TEXT, "date_extracted": "2015-08-01 10:00:00", "title": "t"}
    (news / "saudinewsnet_2015-08-01.json").write_text(
        json.dumps([article], ensure_ascii=False), encoding="utf-8"
    )
    quotes = [
        {
            **_span(TEXT, "الخطة جاهزة"),
            "direct": False,
            "speaker": {**_span(TEXT, "الوزيرة"), "name": "الوزيرة"},
        },
        # the right span with the wrong speaker: matched, speaker counted wrong
        {
            **_span(TEXT, "التنفيذ يبدأ"),
            "direct": True,
            "speaker": {**_span(TEXT, "الوزيرة"), "name": "الوزيرة"},
        },
        # a statement the stage cannot find: missed
        {**_span(TEXT, "افتتحت البلدية حديقة جديدة"), "direct": False, "speaker": None},
    ]
    gold = tmp_path / "quotes.jsonl"
    record = {"id": "2015-08-01/0", "sha1": sha1(TEXT), "quotes": quotes}
    empty = {"id": "2015-08-01/0", "sha1": sha1(TEXT)}  # no quotes layer: not read
    gold.write_text(
        json.dumps(record, ensure_ascii=False) + "\n" + json.dumps(empty) + "\n", encoding="utf-8"
    )
    return gold, news


def test_scores_spans_by_half_overlap_and_speakers_on_matches(corpus: tuple[Path, Path]) -> None:
    gold, news = corpus
    result = evaluate(gold, news)
    # found: the two statements and the passive one (not in the gold: spurious)
    assert (result.quotes.true_positives, result.quotes.predicted, result.quotes.gold) == (2, 3, 3)
    assert result.quotes.f1 == pytest.approx(2 / 3)
    assert result.matched == 2 and result.speaker_tolerant == 1
    assert result.speaker_accuracy == pytest.approx(0.5)
    kinds = sorted(e["kind"] for e in result.errors)
    assert kinds == ["missed", "speaker", "spurious"]


def test_speaker_names_match_normalized_and_tolerate_titles() -> None:
    assert name_key("«باركليز أفريقيا»") == ("باركليز", "افريقيا")
    assert name_key("للنشرة الشهرية") == ("النشره", "الشهريه")
    assert same_speaker("نبيل العربي", "الدكتور نبيل العربي", tolerant=True)
    assert not same_speaker("نبيل العربي", "الدكتور نبيل العربي", tolerant=False)
    assert not same_speaker("نبيل العربي", "نبيل", tolerant=False)
    assert same_speaker(None, None, tolerant=False)
    assert not same_speaker("الوزير", None, tolerant=True)


def test_evaluate_command_prints_the_figures(corpus: tuple[Path, Path]) -> None:
    gold, news = corpus
    result = runner.invoke(app, ["evaluate", "quotes", str(gold), "--news", str(news), "--errors"])
    assert result.exit_code == 0, result.output
    assert "0.667" in result.stdout and "0.500" in result.stdout
    assert '"kind": "missed"' in result.stdout


def test_evaluate_command_names_a_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "quotes", str(bad), "--news", str(tmp_path)])
    assert result.exit_code == 2 and "bad.jsonl" in result.stderr


def test_quotes_command_groups_statements_by_speaker(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT + " وأضافت أن الميزانية كافية.", encoding="utf-8")
    text_view = runner.invoke(app, ["quotes", str(path)])
    assert text_view.exit_code == 0, text_view.output
    lines = text_view.stdout.splitlines()
    assert lines[0].startswith("\u200f") and "الوزيرة (2)" in lines[0]
    as_json = runner.invoke(app, ["quotes", str(path), "--format", "json"])
    entries = json.loads(as_json.stdout)
    assert [e["speaker"] for e in entries] == ["الوزيرة", "المدير", None]
    assert [s["text"] for s in entries[0]["statements"]] == ["الخطة جاهزة", "الميزانية كافية"]
    assert entries[1]["statements"][0]["direct"] is True


def test_quotes_command_reports_a_bad_file_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    result = runner.invoke(app, ["quotes", str(bad), str(good), "--format", "json"])
    assert result.exit_code == 1 and "b.txt" in result.stderr
    assert {e["speaker"] for e in json.loads(result.stdout)} == {"الوزيرة", "المدير", None}
