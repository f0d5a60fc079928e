"""Shards written for the batch tests, and task functions the engines run in worker processes
(module-level so a spawned worker can import them)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (ROOT / "examples" / "sample-article.txt").read_text(encoding="utf-8")
SHORT = [
    'وقال زيد: "وصلنا إلى الرقة." وأضاف أن الوضع هادئ.',
    "أعلنت وزارة الصحة في الرياض يوم الأحد 12 مايو 2017 عن 300 إصابة جديدة.",
    "فرَّ نحو 3 آلاف مقاتل من دير الزور قبل يومين.",
]


def write_jsonl(path: Path, records: list[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def good_records(prefix: str, count: int) -> list[dict[str, Any] | str]:
    texts = [SAMPLE, *SHORT]
    return [
        {"id": f"{prefix}-{i}", "text": texts[i % len(texts)], "published": "2017-05-10"}
        for i in range(count)
    ]


def flaky(task: dict[str, Any]) -> dict[str, Any]:
    """Fails on the first attempt of a task (a marker file remembers it), succeeds after."""
    marker = Path(task["dir"]) / f"{task['key']}.tried"
    if not marker.exists():
        marker.write_text("1")
        raise OSError(f"disk hiccup on {task['key']}")
    return {"key": task["key"]}


def always_fails(task: dict[str, Any]) -> dict[str, Any]:
    raise ValueError(f"cannot do {task['key']}")


def dies_on_bad(task: dict[str, Any]) -> dict[str, Any]:
    """The worker process itself dies on the task named 'bad' (as if killed for memory)."""
    if task["key"] == "bad":
        os._exit(9)
    return {"key": task["key"]}


def dies_on_bad_while_others_run(task: dict[str, Any]) -> dict[str, Any]:
    """Like ``dies_on_bad``, but the other tasks take long enough to be in flight with it."""
    if task["key"] == "bad":
        time.sleep(0.3)
        os._exit(9)
    time.sleep(1.0)
    return {"key": task["key"]}


def key_of(task: dict[str, Any]) -> str:
    return str(task["key"])
