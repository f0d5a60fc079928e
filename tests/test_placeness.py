"""How often a town's name stands in a place's context: the counts, the shipped resource, the
build script, and the recognizer asking a mostly-word name for context."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from rasd.places import placeness
from rasd.places.recognize import MIN_PLACE_SHARE
from tests.stages.test_places import by_text, places

ROOT = Path(__file__).resolve().parents[1]
NAMES = frozenset(["الخبر", "الرياض"])


def test_counts_tell_a_context_from_a_bare_word() -> None:
    texts = ["نشر الخبر اليوم. وصل الوفد إلى الرياض ثم بالرياض.", "وأكد الخبر أن الرياض جميلة."]
    counts = placeness.count_contexts(texts, NAMES)
    assert counts == {"الخبر": (2, 0), "الرياض": (1, 2)}


def test_the_resource_keeps_names_seen_often_enough_and_is_byte_stable() -> None:
    counts = {"الخبر": (9, 1), "الرياض": (4, 5), "صور": (3, 2)}
    data = placeness.to_resource(counts)
    assert data == placeness.to_resource(dict(reversed(list(counts.items()))))
    rows = gzip.decompress(data).decode("utf-8").splitlines()
    assert rows == ["الخبر\t9\t1"]  # 10 occurrences; the other two fewer


def test_shipped_shares_put_words_below_the_bar_and_towns_above() -> None:
    for word in ("الخبر", "القصير"):  # the news; short
        share = placeness.place_share(word)
        assert share is not None and share < MIN_PLACE_SHARE
    for town in ("الرياض", "جده", "الطائف"):
        share = placeness.place_share(town)
        assert share is not None and share > MIN_PLACE_SHARE
    assert placeness.place_share("كلمةلاتوجد") is None


def test_a_mostly_word_name_needs_context_to_be_a_place() -> None:
    assert "الخبر" not in by_text(places("ومع بث الخبر انتقلت الحمى إلى ذهني."))
    assert "الخبر" in by_text(places("وصل الوفد إلى محافظة الخبر أمس."))


def test_build_script_is_deterministic(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    articles = [{"content": "وصل الوفد إلى الرياض. نشر الخبر في الرياض."}] * 6
    (news / "saudinewsnet_2015-01-01.json").write_text(
        json.dumps(articles, ensure_ascii=False), encoding="utf-8"
    )
    outputs = []
    for name in ("a.tsv.gz", "b.tsv.gz"):
        out = tmp_path / name
        script = ROOT / "scripts" / "build_place_contexts.py"
        subprocess.run(
            [sys.executable, str(script), str(news), "--out", str(out)],
            check=True,
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    rows = gzip.decompress(outputs[0]).decode("utf-8").splitlines()
    assert "الرياض\t0\t12" in rows
