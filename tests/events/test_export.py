"""rasd export events: one row per event in CSV, JSONL and GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from rasd.document import Document, Place
from rasd.events import export
from rasd.pipeline import Pipeline
from rasd.stages.events import EventCoder

runner = CliRunner()
TEXT = "قصفت الطائرات مدينة حلب أمس. وأعلنت الولايات المتحدة أنها ستقدم أسلحة للمقاتلين."


def _doc_with_place() -> Document:
    doc = Pipeline(disable=["events"])(TEXT, "2017-05-10", id="a1")
    start = TEXT.index("حلب")
    doc.places = [
        Place(
            start,
            start + 3,
            "حلب",
            name="Aleppo",
            admin1="Aleppo Governorate",
            country="SY",
            lat=36.2,
            lon=37.16,
        )
    ]
    return EventCoder()(doc)


def test_rows_carry_place_coordinates_and_offsets() -> None:
    doc = _doc_with_place()
    rows = list(export.rows([doc]))
    assert [r["event_type"] for r in rows] == ["ASSAULT", "AID"]
    shelled, aid = rows
    assert (shelled["place"], shelled["country"], shelled["lat"]) == ("Aleppo", "SY", 36.2)
    assert shelled["admin1"] == "Aleppo Governorate" and shelled["article_id"] == "a1"
    assert TEXT[aid["trigger_start"] : aid["trigger_end"]] == "ستقدم"
    assert aid["status"] == "future" and aid["actor_country"] == "USA"
    assert aid["source_sentence"].startswith("وأعلنت") and aid["lat"] is None


def test_csv_jsonl_and_geojson_hold_the_same_rows() -> None:
    rows = list(export.rows([_doc_with_place()]))
    table = list(csv.DictReader(io.StringIO(export.to_csv(rows))))
    assert list(table[0]) == list(export.COLUMNS) and len(table) == 2
    assert table[1]["actor"] == "الولايات المتحدة" and table[1]["lat"] == ""
    lines = [json.loads(x) for x in export.to_jsonl(rows).splitlines()]
    assert lines == rows
    geo = json.loads(export.to_geojson(rows))
    assert geo["type"] == "FeatureCollection"
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [37.16, 36.2]}
    assert geo["features"][1]["geometry"] is None


def test_cli_exports_text_articles_and_rasd_documents(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["export", "events", str(article), "--published", "2017-05-10"])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["event_type"] for r in table] == ["ASSAULT", "AID"]
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps(_doc_with_place().to_dict(), ensure_ascii=False) + "\n")
    result = runner.invoke(app, ["export", "events", str(docs), "--format", "geojson"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["features"][0]["properties"]["place"] == "Aleppo"


def test_cli_reports_a_bad_record_and_exports_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"text": "x"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["export", "events", str(good), str(bad), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "b.jsonl:2" in result.stderr and "not JSON" in result.stderr
    assert len(result.stdout.splitlines()) == 2
