"""``rasd evaluate quantities|dates``: span P/R/F1 and value accuracy on tiny gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.gold import sha1
from rasd.value_eval import evaluate_file

from ..conftest import shared_path

TEXT = "قتل 30 مقاتلا في 26 أبريل 2017 وفر نحو 5 آلاف شخص أمس، وقال إن العدد بلغ 12."
PUBLISHED = "2017-05-10"


def _at(text: str, span: str, n: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(n + 1):
        start = text.index(span, start + 1)
    return start, start + len(span)


def _write(tmp_path: Path, layer: str, items: list[dict[str, Any]]) -> tuple[Path, Path]:
    """A one-article news directory and a gold file annotating ``layer`` of it."""
    news = tmp_path / "news"
    news.mkdir()
    article = {"content": TEXT, "date_extracted": PUBLISHED, "title": "t"}
    (news / "saudinewsnet_2017-05-10.json").write_text(json.dumps([article]), encoding="utf-8")
    record = {"id": "2017-05-10/0", "sha1": sha1(TEXT), "published": PUBLISHED, layer: items}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, news


def _q(span: str, value: float, approx: bool = False, unit: str | None = None) -> dict[str, Any]:
    start, end = _at(TEXT, span)
    return {"start": start, "end": end, "value": value, "value_max": None,
            "approximate": approx, "unit": unit}  # fmt: skip


def test_quantities_spans_and_values_are_scored(tmp_path: Path) -> None:
    gold_items = [
        _q("30 مقاتلا", 30, unit="مقاتلا"),
        _q("نحو 5 آلاف شخص", 6000, approx=True, unit="شخص"),  # a wrong gold value, on purpose
        _q("العدد", 1),  # a span the stage cannot find: one miss
    ]
    gold, news = _write(tmp_path, "quantities", gold_items)
    result = evaluate_file(gold, news, "quantities")
    assert result.spans.gold == 3
    assert result.matched == 2
    assert result.value_right == 1  # 30 right, 5000 is not 6000
    assert result.spans.recall == pytest.approx(2 / 3)
    assert result.spans.precision == pytest.approx(2 / result.spans.predicted)
    kinds = sorted(m.kind for m in result.misses)
    assert "missed" in kinds and "value" in kinds


def test_dates_exact_and_overlap_matching_differ(tmp_path: Path) -> None:
    start, end = _at(TEXT, "في 26 أبريل 2017")  # the gold span keeps في; the stage leaves it out
    yesterday = _at(TEXT, "أمس")
    items = [
        {"start": start, "end": end, "value": "2017-04-26", "precision": "day", "relative": False},
        {"start": yesterday[0], "end": yesterday[1], "value": "2017-05-09", "precision": "day",
         "relative": True},
    ]  # fmt: skip
    gold, news = _write(tmp_path, "dates", items)
    result = evaluate_file(gold, news, "dates")
    assert result.matched == 2 and result.value_right == 2
    assert result.exact.true_positives == 1  # only أمس is the same span exactly
    strict = evaluate_file(gold, news, "dates", min_overlap=0.9)
    assert strict.matched == 1


def test_cli_prints_the_table_and_errors(tmp_path: Path) -> None:
    gold, news = _write(tmp_path, "quantities", [_q("30 مقاتلا", 31, unit="مقاتلا")])
    result = CliRunner().invoke(
        app, ["evaluate", "quantities", str(gold), "--news", str(news), "--errors", "5"]
    )
    assert result.exit_code == 0, result.output
    assert "F1 (overlap)" in result.output
    assert "0.000 (0/1)" in result.output  # the one matched value is wrong
    assert "\tvalue\t" in result.output


def test_cli_names_a_bad_gold_file(tmp_path: Path) -> None:
    gold, news = _write(tmp_path, "dates", [])
    gold.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "dates", str(gold), "--news", str(news)])
    assert result.exit_code == 2
    assert "gold.jsonl:1" in result.output


@pytest.mark.parametrize("layer", ["quantities", "dates"])
def test_dev_gold_files_read_against_the_corpus(layer: str) -> None:
    news = shared_path("data", "news")
    gold = Path(__file__).parents[1] / "data" / "gold" / f"{layer}.jsonl"
    result = evaluate_file(gold, news, layer)
    assert result.records >= 40
    assert result.spans.gold >= 80
