"""rasd places, rasd analyze --format geojson and rasd evaluate places."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]


def test_places_prints_a_feature_collection_with_counts(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("وصل الوفد إلى الرقة. ثم غادر الرقة إلى تركيا.", encoding="utf-8")
    for args in (["places", str(article)], ["analyze", "--format", "geojson", str(article)]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        collection = json.loads(result.stdout)
        assert collection["type"] == "FeatureCollection"
        counts = {
            f["properties"]["name"]: f["properties"]["mentions"] for f in collection["features"]
        }
        assert counts["Ar Raqqah"] == 2 and counts["Turkey"] == 1
        raqqa = next(f for f in collection["features"] if f["properties"]["name"] == "Ar Raqqah")
        assert raqqa["geometry"]["coordinates"] == [39.00788, 35.95283]


def test_evaluate_places_scores_the_dev_gold() -> None:
    news = shared_path("data", "news")
    gold = ROOT / "tests" / "data" / "gold" / "places.jsonl"
    result = CliRunner().invoke(app, ["evaluate", "places", str(gold), "--news", str(news)])
    assert result.exit_code == 0, result.output
    assert "within 161 km" in result.stdout
    f1 = float(result.stdout.split("toponym F1 ")[1].split()[0])
    assert 0.5 < f1 <= 1.0
