"""Shared fixtures: the shared corpora are read from ../shared and skipped where absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora are not beside this checkout")
    return path


@pytest.fixture(scope="session")
def raqqa_text() -> str:
    return shared_path("examples", "raqqa-fighters.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def news_articles() -> list[dict[str, str]]:
    """The first 300 non-empty articles of the first day of the shared news corpus."""
    day = sorted(shared_path("data", "news").glob("*.json"))[0]
    articles = json.loads(day.read_text(encoding="utf-8"))
    return [a for a in articles if (a.get("content") or "").strip()][:300]
