"""Reading articles: files, standard input and JSONL batches, with one clear error per bad record.

Every reader raises or yields ``InputError`` naming the file or record; nothing is dropped
silently.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rasd.errors import InputError
from rasd.pipeline import parse_published

# Control characters other than tab, line feed, carriage return, form feed: a file full of
# them is binary, not text.
_BINARY_BYTES = bytes(range(0, 9)) + bytes([11]) + bytes(range(14, 32))


@dataclass(frozen=True, slots=True)
class Article:
    """One article to analyze, with where it came from."""

    text: str
    id: str | None = None
    published: str | None = None


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text of ``data`` (a byte-order mark dropped), or an ``InputError`` saying why not."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("is UTF-16 text; convert it to UTF-8 first", source)
    if b"\x00" in data[:8192] or (
        data and sum(data[:4096].count(b) for b in _BINARY_BYTES) > len(data[:4096]) // 10
    ):
        raise InputError("looks like a binary file (or UTF-16), not UTF-8 text", source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"is not UTF-8 text (byte {err.start} cannot be decoded); convert it first, "
            "e.g. iconv -f WINDOWS-1256 -t UTF-8",
            source,
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError("is empty: there is no text to analyze", source)
    return text


def read_file(path: Path, published: str | None = None) -> Article:
    """The article in the file ``path``."""
    source = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source) from None
    except OSError as err:
        raise InputError(f"cannot be read: {err.strerror or err}", source) from None
    return Article(decode_text(data, source), id=source, published=published)


def read_stream(stream: BinaryIO, published: str | None = None) -> Article:
    """The article on a byte stream such as standard input."""
    return Article(decode_text(stream.read(), "<stdin>"), id=None, published=published)


def _record(line: str, where: str, published: str | None) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"is not valid JSON ({err.msg} at column {err.colno})", where) from None
    if not isinstance(obj, dict):
        raise InputError("is not a JSON object", where)
    rid = obj.get("id")
    if rid is not None:
        where = f"{where} id={rid}"
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("has no string field 'text'", where)
    if not text.strip():
        raise InputError("has an empty 'text'", where)
    return Article(
        text,
        id=None if rid is None else str(rid),
        published=parse_published(obj.get("published"), where) or published,
    )


def iter_jsonl(path: Path, published: str | None = None) -> Iterator[Article | InputError]:
    """The articles of a JSONL file, one ``{"id", "text", "published"?}`` object per line.

    A bad line is yielded as an ``InputError`` naming the line and id, and reading goes on.
    Blank lines are skipped.
    """
    source = "<stdin>" if str(path) == "-" else str(path)
    try:
        handle = (
            open(0, "rb", closefd=False) if source == "<stdin>" else path.open("rb")  # noqa: SIM115
        )
    except FileNotFoundError:
        raise InputError("no such file", source) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source) from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{source}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield InputError("is not UTF-8 text", where)
                continue
            if not line.strip():
                continue
            try:
                yield _record(line, where, published)
            except InputError as err:
                yield err


def read_articles(
    files: list[Path], jsonl: Path | None = None, published: str | None = None
) -> Iterator[Article | InputError]:
    """The articles of a command line, in order: the records of ``jsonl`` first, then each
    file (``-`` is standard input); a file or record that cannot be read is its error."""
    if jsonl is not None:
        yield from iter_jsonl(jsonl, published)
    for path in files:
        try:
            if str(path) == "-":
                yield read_stream(sys.stdin.buffer, published)
            else:
                yield read_file(path, published)
        except InputError as err:
            yield err
