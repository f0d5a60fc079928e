"""The shipped resources load, and the scripts that build them still run."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from rasd.text.clitics import _frequencies

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_word_counts_load() -> None:
    counts = _frequencies()
    assert len(counts) > 10_000
    assert counts["قال"] > 100 * counts.get("زير", 1)


def test_build_wordfreq_is_deterministic(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    articles = [{"title": "قال الوزير", "content": "قال الوزير إن الوزير قال. وقال"}] * 3
    (news / "day.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    outputs = []
    for name in ("a.tsv.gz", "b.tsv.gz"):
        out = tmp_path / name
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "build_wordfreq.py"),
                str(news),
                "--out",
                str(out),
                "--min-count",
                "2",
            ],
            check=True,
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    rows = gzip.decompress(outputs[0]).decode("utf-8").splitlines()
    assert rows[:2] == ["الوزير\t9", "قال\t9"]  # by count, then by word
    assert "الوزير\t9" in rows and "وقال\t3" in rows
