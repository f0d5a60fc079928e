"""Hostile input for the fuzz tests, ``scripts/fuzz.py`` and ``scripts/fuzz_atheris.py``:
pieces to mix, worst cases, and the checks that any bytes must pass.

Run as ``python -m tests.hostile NAME...`` it analyzes the named worst cases in this process,
checks every offset, and prints one JSON line per case (seconds, tokens, peak RSS, error), so a
test can run it under a time limit and a memory limit and see a hang as a timeout.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SAMPLE = (Path(__file__).resolve().parents[1] / "examples" / "sample-article.txt").read_text(
    encoding="utf-8"
)
RTL_AND_FORMAT = ["\u200f", "\u200e", "\u202b", "\u202e", "\u202c", "\u2067", "\u2069", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
QUOTES = ['"', "'", "«", "»", "“", "”", "„", "‹", "›", "‘", "’", "「", "」", "``", "''"]
HTML = [
    "<script>alert('«x»')</script>",
    '<a href="https://x.y/?q=«">',
    "</p>",
    "&nbsp;",
    "&#1602;",
    "<!--",
    "-->",
    "<style>p{content:'\"'}</style>",
]
PIECES = [
    *RTL_AND_FORMAT,
    *ZERO_WIDTH,
    *QUOTES,
    *HTML,
    "قال",
    "وأضاف",
    "الرقة",
    "دير الزور",
    "3 آلاف مقاتل",
    "ثلاثة آلاف",
    "12 مايو 2017",
    "1438 هـ",
    "٣٠٠",
    "۴۵",
    "१२",
    "²",
    "½",
    "99999999999999999999999",
    "ـ",
    "ّ",
    "ً",
    "،",
    "؛",
    "؟",
    ".",
    "...",
    "\n",
    "\r\n",
    "\t",
    " ",
    "\u00a0",
    "\u3000",
    "абв",
    "אבג",
    "中文",
    "😀",
    "\U0001f1f8\U0001f1e6",
    "e\u0301",
    "ﷺ",
    "ﻻ",
    "https://a.b/c?d=e",
    "x@y.io",
    "\x00",
    "\x07",
    "\u2028",
    "\u2029",
]


def _nested_quotes(depth: int) -> str:
    return "وقال زيد " + "«قال عمرو " * depth + "نعم" + "»" * depth + "."


WORST: dict[str, Callable[[], str]] = {
    "arabic words, one 100,000-char line": lambda: ("وقال المتحدث إن القوات وصلت " * 4000)[
        :100_000
    ],
    "100,000 quotation marks": lambda: '"' * 100_000,
    "50,000 unclosed guillemets": lambda: "«" * 50_000 + "قال",
    "quotes nested 5,000 deep": lambda: _nested_quotes(5000),
    "100,000 digits": lambda: "1" * 100_000,
    "100,000 Arabic-Indic digits": lambda: "٣" * 100_000,
    "numbers separated by spaces": lambda: "1 " * 50_000,
    "number words repeated": lambda: "ثلاثة آلاف و" * 8000,
    "dates repeated": lambda: "12 مايو 2017 " * 8000,
    "RTL mark between letters": lambda: "\u200f".join("قال زيد إن ") * 10_000,
    "zero-width space between letters": lambda: "\u200b".join("وقال المتحدث ") * 8000,
    "HTML with scripts": lambda: "<script>" + "var a='\"«';" * 8000 + "</script>" + SAMPLE,
    "URL 100,000 chars": lambda: "https://a.b/" + "c/" * 50_000,
    "one letter and 100,000 diacritics": lambda: "ب" + "ً" * 100_000,
    "mixed scripts": lambda: "abc ابج абв אבג 中文 ۴۵ " * 4000,
    "article 0.5 MB": lambda: big_article(500_000),
    "article 5 MB": lambda: big_article(5_000_000),
}


def big_article(size: int) -> str:
    """An article of about ``size`` UTF-8 bytes: the sample article, paragraph after paragraph."""
    copies = size // len(SAMPLE.encode("utf-8")) + 1
    return "\n\n".join([SAMPLE] * copies)


# every suffix the ingesters read
SUFFIXES = (".txt", ".jsonl", ".json", ".csv", ".html", ".rss", ".warc", ".warc.gz")


def check_decode(data: bytes) -> None:
    """Bytes as a file would give them decode to text or fail with one error naming the file."""
    from rasd.errors import InputError
    from rasd.inputs import decode_text

    try:
        text = decode_text(data, "f.txt")
    except InputError as err:
        assert str(err).startswith("f.txt: "), str(err)
    else:
        assert text.strip() and isinstance(text, str)


def check_ingest(path: Path) -> list[Any]:
    """What the ingesters read from ``path``: records or errors that name the file, nothing
    else (no exception)."""
    from rasd.errors import InputError
    from rasd.ingest.records import Record, read_path

    items = list(read_path(path))
    for item in items:
        assert isinstance(item, (Record, InputError)), type(item)
        if isinstance(item, InputError):
            assert str(path) in str(item), f"an error that names no file: {item}"
    return items


def run(names: list[str]) -> None:
    import rasd

    nlp = rasd.Pipeline()
    for name in names:
        text = WORST[name]()
        started = time.perf_counter()
        result: dict[str, object] = {"name": name, "chars": len(text)}
        try:
            doc = nlp(text, id=name)
            doc.check_offsets()
            result["tokens"] = len(doc.tokens)
        except Exception as err:
            result["error"] = f"{type(err).__name__}: {err}"[:300]
        result["seconds"] = round(time.perf_counter() - started, 3)
        result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    run(sys.argv[1:] or list(WORST))
