"""The gold-data reader and span matching that every ``rasd evaluate`` command shares."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.gold import news_article, read_gold, sha1
from rasd.scoring import Score, match_spans

from .conftest import shared_path

GOLD = Path(__file__).parent / "data" / "gold"


def test_score_measures_and_sum() -> None:
    s = Score(3, 4, 6) + Score(1, 1, 2)
    assert (s.true_positives, s.predicted, s.gold) == (4, 5, 8)
    assert s.precision == pytest.approx(0.8)
    assert s.recall == pytest.approx(0.5)
    assert s.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)
    assert Score(0, 0, 0).f1 == 0.0


def test_exact_matching_uses_each_span_once() -> None:
    assert match_spans([(0, 4), (5, 9)], [(5, 9), (0, 3), (5, 9)]) == [(1, 0)]


def test_overlap_matching_takes_the_largest_overlap_first() -> None:
    gold = [(0, 10), (10, 20)]
    predicted = [(2, 12), (0, 9)]
    # (0, 9) shares 9 with gold 0; (2, 12) shares 8 with gold 0 and only 2 with gold 1.
    assert match_spans(gold, predicted, min_overlap=0.5) == [(0, 1)]
    assert match_spans(gold, [(12, 20)], min_overlap=0.5) == [(1, 0)]
    assert match_spans(gold, [(16, 30)], min_overlap=0.5) == []


def test_dev_article_list_names_real_articles() -> None:
    news = shared_path("data", "news")
    ids = (GOLD / "dev-articles.txt").read_text(encoding="utf-8").split()
    assert len(ids) >= 40 and len(set(ids)) == len(ids)
    for article_id in ids[:5]:
        assert news_article(news, article_id).text


def test_read_gold_checks_ids_hashes_and_offsets(tmp_path: Path) -> None:
    news = shared_path("data", "news")
    first = (GOLD / "dev-articles.txt").read_text(encoding="utf-8").split()[0]
    text = news_article(news, first).text
    good = {"id": first, "sha1": sha1(text), "quotes": [{"start": 0, "end": 5}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps({"id": first}) + "\n", "utf-8")
    records = list(read_gold(path, news, "quotes"))
    assert len(records) == 1 and records[0].text == text
    assert records[0].layers["quotes"][0]["end"] == 5
    for bad, message in [
        ({**good, "sha1": "0" * 40}, "changed"),
        ({**good, "quotes": [{"start": 0, "end": len(text) + 1}]}, "outside"),
        ({**good, "id": "2015-08-01/999999"}, "articles"),
        ({**good, "id": "nonsense"}, "DAY/INDEX"),
    ]:
        path.write_text(json.dumps(bad) + "\n", "utf-8")
        with pytest.raises(InputError, match=message):
            list(read_gold(path, news, "quotes"))


def test_the_check_list_is_drawn_apart_from_the_dev_list() -> None:
    news = shared_path("data", "news")
    pick = runpy.run_path(str(Path(__file__).parents[1] / "scripts" / "pick_dev_articles.py"))
    dev = (GOLD / "dev-articles.txt").read_text(encoding="utf-8").split()
    check = (GOLD / "check-articles.txt").read_text(encoding="utf-8").split()
    assert not set(dev) & set(check)
    assert pick["pick"](news, 80, 20261125, set()) == dev
    assert pick["pick"](news, 60, 20261126, set(dev)) == check
