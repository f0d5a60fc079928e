"""The places gold files are what scripts/make_places_gold.py makes of their annotations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.mark.parametrize(
    ("annotations", "gold"),
    [
        ("places-annotations.tsv", "places.jsonl"),
        ("places-check-annotations.tsv", "places-check.jsonl"),
        ("places-check2-annotations.tsv", "places-check2.jsonl"),
        ("places-fresh-annotations.tsv", "places-fresh.jsonl"),
        ("places-fresh3-annotations.tsv", "places-fresh3.jsonl"),
        ("places-fresh4-annotations.tsv", "places-fresh4.jsonl"),
        ("places-fresh5-annotations.tsv", "places-fresh5.jsonl"),
        ("places-fresh6-annotations.tsv", "places-fresh6.jsonl"),
        ("places-fresh7-annotations.tsv", "places-fresh7.jsonl"),
        ("places-fresh8-annotations.tsv", "places-fresh8.jsonl"),
        ("places-fresh9-annotations.tsv", "places-fresh9.jsonl"),
        ("places-fresh10-annotations.tsv", "places-fresh10.jsonl"),
        ("places-fresh11-annotations.tsv", "places-fresh11.jsonl"),
        ("places-fresh12-annotations.tsv", "places-fresh12.jsonl"),
        ("places-fresh13-annotations.tsv", "places-fresh13.jsonl"),
        ("places-fresh14-annotations.tsv", "places-fresh14.jsonl"),
        ("places-fresh15-annotations.tsv", "places-fresh15.jsonl"),
        ("places-fresh16-annotations.tsv", "places-fresh16.jsonl"),
        ("places-fresh17-annotations.tsv", "places-fresh17.jsonl"),
        ("places-fresh18-annotations.tsv", "places-fresh18.jsonl"),
        ("places-fresh19-annotations.tsv", "places-fresh19.jsonl"),
        ("places-fresh20-annotations.tsv", "places-fresh20.jsonl"),
        ("places-fresh21-annotations.tsv", "places-fresh21.jsonl"),
        ("places-fresh22-annotations.tsv", "places-fresh22.jsonl"),
        ("places-fresh23-annotations.tsv", "places-fresh23.jsonl"),
        ("places-fresh24-annotations.tsv", "places-fresh24.jsonl"),
        ("places-fresh25-annotations.tsv", "places-fresh25.jsonl"),
    ],
)
def test_the_gold_is_remade_from_its_annotations(
    annotations: str, gold: str, tmp_path: Path
) -> None:
    news = shared_path("data", "news")
    out = tmp_path / gold
    script = ROOT / "scripts" / "make_places_gold.py"
    args = [str(GOLD / annotations), "--news", str(news), "--out", str(out)]
    subprocess.run([sys.executable, str(script), *args], check=True, capture_output=True)
    assert out.read_bytes() == (GOLD / gold).read_bytes()


@pytest.mark.parametrize(
    ("gold", "articles", "first", "last", "empty"),
    [
        ("places-check.jsonl", "check-articles.txt", 0, 25, 5),
        ("places-check2.jsonl", "check-articles.txt", 25, 60, 8),
        ("places-fresh.jsonl", "places-fresh-articles.txt", 0, 30, 4),
        ("places-fresh3.jsonl", "fresh3-articles.txt", 0, 40, 7),
        ("places-fresh4.jsonl", "fresh4-articles.txt", 0, 40, 4),
        ("places-fresh5.jsonl", "fresh5-articles.txt", 0, 40, 5),
        ("places-fresh6.jsonl", "fresh6-articles.txt", 0, 40, 9),
        ("places-fresh7.jsonl", "fresh7-articles.txt", 0, 40, 9),
        ("places-fresh8.jsonl", "fresh8-articles.txt", 0, 40, 6),
        ("places-fresh9.jsonl", "fresh9-articles.txt", 0, 40, 3),
        ("places-fresh10.jsonl", "fresh10-articles.txt", 0, 40, 9),
        ("places-fresh11.jsonl", "fresh11-articles.txt", 0, 40, 6),
        ("places-fresh12.jsonl", "fresh12-articles.txt", 0, 40, 5),
        ("places-fresh13.jsonl", "fresh13-articles.txt", 0, 40, 3),
        ("places-fresh14.jsonl", "fresh14-articles.txt", 0, 40, 3),
        ("places-fresh15.jsonl", "fresh15-articles.txt", 0, 40, 6),
        ("places-fresh16.jsonl", "fresh16-articles.txt", 0, 40, 4),
        ("places-fresh17.jsonl", "fresh17-articles.txt", 0, 40, 7),
        ("places-fresh18.jsonl", "fresh18-articles.txt", 0, 40, 7),
        ("places-fresh19.jsonl", "fresh19-articles.txt", 0, 40, 5),
        ("places-fresh20.jsonl", "fresh20-articles.txt", 0, 40, 12),
        ("places-fresh21.jsonl", "fresh21-articles.txt", 0, 40, 6),
        ("places-fresh22.jsonl", "fresh22-articles.txt", 0, 40, 9),
        ("places-fresh23.jsonl", "fresh23-articles.txt", 0, 40, 7),
        ("places-fresh24.jsonl", "fresh24-articles.txt", 0, 40, 5),
        ("places-fresh25.jsonl", "fresh25-articles.txt", 0, 40, 7),
    ],
)
def test_an_article_read_with_no_place_has_an_empty_record(
    gold: str, articles: str, first: int, last: int, empty: int
) -> None:
    records = [json.loads(line) for line in (GOLD / gold).open(encoding="utf-8")]
    ids = (GOLD / articles).read_text(encoding="utf-8").split()[first:last]
    assert [r["id"] for r in records] == ids  # every article read, in list order
    assert sum(not r["places"] for r in records) == empty
