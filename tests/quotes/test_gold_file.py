"""The dev gold file of quotes: what it annotates and that it keeps no article text."""

from __future__ import annotations

import json
from pathlib import Path

from rasd.gold import read_gold
from tests.conftest import shared_path

GOLD = Path(__file__).parents[1] / "data" / "gold"


def _records() -> list[dict[str, object]]:
    lines = (GOLD / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_annotates_the_dev_list_in_order_from_its_first_id() -> None:
    ids = (GOLD / "dev-articles.txt").read_text(encoding="utf-8").split()
    records = _records()
    assert len(records) >= 40
    assert [r["id"] for r in records] == ids[: len(records)]
    assert any(r["quotes"] == [] for r in records)  # articles without quotes count too


def test_keeps_offsets_and_short_names_only() -> None:
    for record in _records():
        assert set(record) == {"id", "sha1", "published", "quotes"}
        for quote in record["quotes"]:  # type: ignore[attr-defined]
            assert set(quote) == {"start", "end", "direct", "speaker"}
            assert quote["start"] < quote["end"]
            speaker = quote["speaker"]
            if speaker is not None:
                assert set(speaker) == {"start", "end", "name"}
                assert 0 < len(speaker["name"]) <= 60  # a nominal speaker, never a passage


def test_offsets_fit_the_articles_they_name() -> None:
    news = shared_path("data", "news")
    records = list(read_gold(GOLD / "quotes.jsonl", news, "quotes"))
    assert len(records) == len(_records())
    for record in records:
        for quote in record.layers["quotes"]:
            text = record.text[quote["start"] : quote["end"]]
            assert text == text.strip() and text  # no marks or spaces at the edges
            if quote["speaker"]:
                s = quote["speaker"]
                assert record.text[s["start"] : s["end"]].strip()
