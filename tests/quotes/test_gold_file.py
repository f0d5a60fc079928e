"""The gold files of quotes (dev and check): what they annotate and that they keep no
article text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.gold import read_gold
from tests.conftest import shared_path

GOLD = Path(__file__).parents[1] / "data" / "gold"
# gold file, the article list it annotates, the list line it starts at (0-based), the fewest
# articles it holds: the check list is annotated in two files, lines 1-25 and 26-60; the fresh
# list was drawn after the check2 round, apart from dev, check and 400 spot-checked articles;
# fresh2 was drawn apart from every article in the gold files before it
FILES = [
    ("quotes.jsonl", "dev-articles.txt", 0, 40),
    ("quotes-check.jsonl", "check-articles.txt", 0, 25),
    ("quotes-check2.jsonl", "check-articles.txt", 25, 35),
    ("quotes-fresh.jsonl", "quotes-fresh-articles.txt", 0, 30),
    ("quotes-fresh2.jsonl", "fresh2-articles.txt", 0, 40),
    ("quotes-fresh3.jsonl", "fresh3-articles.txt", 0, 40),
    ("quotes-fresh4.jsonl", "fresh4-articles.txt", 0, 40),
    ("quotes-fresh5.jsonl", "fresh5-articles.txt", 0, 40),
    ("quotes-fresh6.jsonl", "fresh6-articles.txt", 0, 40),
    ("quotes-fresh7.jsonl", "fresh7-articles.txt", 0, 40),
    ("quotes-fresh8.jsonl", "fresh8-articles.txt", 0, 40),
    ("quotes-fresh9.jsonl", "fresh9-articles.txt", 0, 40),
    ("quotes-fresh10.jsonl", "fresh10-articles.txt", 0, 40),
    ("quotes-fresh11.jsonl", "fresh11-articles.txt", 0, 40),
    ("quotes-fresh12.jsonl", "fresh12-articles.txt", 0, 40),
    ("quotes-fresh13.jsonl", "fresh13-articles.txt", 0, 40),
    ("quotes-fresh14.jsonl", "fresh14-articles.txt", 0, 40),
    ("quotes-fresh15.jsonl", "fresh15-articles.txt", 0, 40),
    ("quotes-fresh16.jsonl", "fresh16-articles.txt", 0, 40),
    ("quotes-fresh17.jsonl", "fresh17-articles.txt", 0, 40),
    ("quotes-fresh18.jsonl", "fresh18-articles.txt", 0, 40),
    ("quotes-fresh19.jsonl", "fresh19-articles.txt", 0, 40),
    ("quotes-fresh20.jsonl", "fresh20-articles.txt", 0, 40),
    ("quotes-fresh22.jsonl", "fresh22-articles.txt", 0, 40),
    ("quotes-fresh23.jsonl", "fresh23-articles.txt", 0, 40),
    ("quotes-fresh24.jsonl", "fresh24-articles.txt", 0, 40),
    ("quotes-fresh25.jsonl", "fresh25-articles.txt", 0, 40),
    ("quotes-fresh26.jsonl", "fresh26-articles.txt", 0, 40),
    ("quotes-fresh27.jsonl", "fresh27-articles.txt", 0, 40),
]


def _records(name: str = "quotes.jsonl") -> list[dict[str, object]]:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize(("name", "listed", "first", "fewest"), FILES)
def test_annotates_its_list_in_order_from_its_first_id(
    name: str, listed: str, first: int, fewest: int
) -> None:
    ids = (GOLD / listed).read_text(encoding="utf-8").split()
    records = _records(name)
    assert len(records) >= fewest
    assert [r["id"] for r in records] == ids[first : first + len(records)]
    assert any(r["quotes"] == [] for r in records)  # articles without quotes count too


@pytest.mark.parametrize("name", [f[0] for f in FILES])
def test_keeps_offsets_and_short_names_only(name: str) -> None:
    for record in _records(name):
        assert set(record) == {"id", "sha1", "published", "quotes"}
        for quote in record["quotes"]:  # type: ignore[attr-defined]
            assert set(quote) == {"start", "end", "direct", "speaker"}
            assert quote["start"] < quote["end"]
            speaker = quote["speaker"]
            if speaker is not None:
                assert set(speaker) == {"start", "end", "name"}
                assert 0 < len(speaker["name"]) <= 60  # a nominal speaker, never a passage


@pytest.mark.parametrize("name", [f[0] for f in FILES])
def test_offsets_fit_the_articles_they_name(name: str) -> None:
    news = shared_path("data", "news")
    records = list(read_gold(GOLD / name, news, "quotes"))
    assert len(records) == len(_records(name))
    for record in records:
        for quote in record.layers["quotes"]:
            text = record.text[quote["start"] : quote["end"]]
            assert text == text.strip() and text  # no marks or spaces at the edges
            if quote["speaker"]:
                s = quote["speaker"]
                assert record.text[s["start"] : s["end"]].strip()
