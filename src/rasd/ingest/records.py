"""Reading articles to ingest from files of every kind: each record with where it came from.

``read_path`` picks the reader by the file's name: plain text, JSONL, a JSON array (as the
SaudiNewsNet days), CSV/TSV, HTML (main text, title, date and author by trafilatura), RSS/Atom
(feedparser) and WARC (warcio); a folder is read file by file. Corpora name their fields
differently, so a ``FieldMap`` says which field holds the text, the date, the title…; the
default recognises the common names. A bad record is yielded as an ``InputError`` naming it,
and reading goes on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.inputs import decode_text
from rasd.pipeline import parse_published
from rasd.store.store import ArticleInfo

# Each field of an article and the names corpora give it, tried in order.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext"),
    "id": ("id", "guid", "uuid"),
    "published": ("published", "date", "date_publish", "date_extracted", "published_at"),
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
    "source": ("source", "sitename", "site", "outlet"),
}


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which column holds each field: ``FieldMap.parse("text=content,published=date")``."""

    fields: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: DEFAULT_FIELDS)

    @classmethod
    def parse(cls, spec: str | None) -> FieldMap:
        if not spec:
            return cls()
        fields = dict(DEFAULT_FIELDS)
        for part in spec.split(","):
            name, sep, column = part.partition("=")
            name, column = name.strip(), column.strip()
            if not sep or not column or name not in DEFAULT_FIELDS:
                known = ", ".join(DEFAULT_FIELDS)
                raise InputError(f"--map wants FIELD=COLUMN pairs, FIELD one of {known}: {part!r}")
            fields[name] = (column,)
        return cls(fields)

    def get(self, record: Mapping[str, Any], name: str) -> Any:
        for column in self.fields[name]:
            value = record.get(column)
            if value not in (None, ""):
                return value
        return None


@dataclass(slots=True)
class Record:
    """One article to ingest: its text, its date and what is known of where it came from."""

    text: str
    info: ArticleInfo
    published: str | None = None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):  # authors as a list
        return ", ".join(str(v) for v in value if v) or None
    text = str(value).strip()
    return text or None


def _date(value: Any, where: str) -> str | None:
    try:
        return parse_published(value, where)
    except InputError:
        return None  # a date that cannot be read is unknown, not a reason to drop the article


def from_mapping(obj: Any, where: str, fields: FieldMap) -> Record:
    """The record of one JSON object or CSV row, or an ``InputError`` naming it."""
    if not isinstance(obj, Mapping):
        raise InputError("is not an object with named fields", where)
    rid = _str(fields.get(obj, "id"))
    if rid is not None:
        where = f"{where} id={rid}"
    text = fields.get(obj, "text")
    if text is None and any(isinstance(obj.get(c), str) for c in fields.fields["text"]):
        raise InputError("has an empty text", where)
    if not isinstance(text, str):
        names = "/".join(fields.fields["text"])
        raise InputError(f"has no text field ({names}); name it with --map text=COLUMN", where)
    if not text.strip():
        raise InputError("has an empty text", where)
    url = _str(fields.get(obj, "url"))
    published = _date(fields.get(obj, "published"), where)
    info = ArticleInfo(
        key=rid or url or where,
        title=_str(fields.get(obj, "title")),
        author=_str(fields.get(obj, "author")),
        url=url,
        source=_str(fields.get(obj, "source")),
        meta={"published": published} if published else {},
    )
    return Record(text, info, published)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", str(path)) from None
    except OSError as err:
        raise InputError(f"cannot be read: {err.strerror or err}", str(path)) from None


def read_text(path: Path) -> Iterator[Record | InputError]:
    source = str(path)
    try:
        text = decode_text(_read_bytes(path), source)
    except InputError as err:
        yield err
        return
    # a short first line set off by a blank line is the headline (as in the shipped example)
    head, blank, _rest = text.strip().partition("\n\n")
    title = head.strip() if blank and "\n" not in head.strip() and len(head) <= 200 else None
    yield Record(text, ArticleInfo(key=source, title=title))


def read_jsonl(path: Path, fields: FieldMap) -> Iterator[Record | InputError]:
    source = str(path)
    try:
        data = _read_bytes(path)
    except InputError as err:
        yield err
        return
    for number, raw in enumerate(data.splitlines(), start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            yield from_mapping(json.loads(raw.decode("utf-8")), where, fields)
        except UnicodeDecodeError:
            yield InputError("is not UTF-8 text", where)
        except json.JSONDecodeError as err:
            yield InputError(f"is not valid JSON ({err.msg} at column {err.colno})", where)
        except InputError as err:
            yield err


def read_json(path: Path, fields: FieldMap) -> Iterator[Record | InputError]:
    """A JSON array of article objects (or one object)."""
    source = str(path)
    try:
        data = json.loads(decode_text(_read_bytes(path), source))
    except InputError as err:
        yield err
        return
    except json.JSONDecodeError as err:
        yield InputError(f"is not valid JSON ({err.msg} at line {err.lineno})", source)
        return
    items = data if isinstance(data, list) else [data]
    for number, obj in enumerate(items):
        try:
            yield from_mapping(obj, f"{source}[{number}]", fields)
        except InputError as err:
            yield err


def read_csv(path: Path, fields: FieldMap) -> Iterator[Record | InputError]:
    source = str(path)
    try:
        text = decode_text(_read_bytes(path), source)
    except InputError as err:
        yield err
        return
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    csv.field_size_limit(1 << 26)
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    try:
        for row in reader:
            where = f"{source}:{reader.line_num}"
            try:
                yield from_mapping(row, where, fields)
            except InputError as err:
                yield err
    except csv.Error as err:
        yield InputError(f"is not valid CSV ({err})", f"{source}:{reader.line_num}")


def html_record(html: str | bytes, where: str, url: str | None = None) -> Record:
    """The main text, title, date and author of an HTML page (trafilatura)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        raise InputError("has no main text that trafilatura could find", where)
    published = _date(getattr(found, "date", None), where)
    info = ArticleInfo(
        key=url or where,
        title=_str(getattr(found, "title", None)),
        author=_str(getattr(found, "author", None)),
        url=url or _str(getattr(found, "url", None)),
        source=_str(getattr(found, "sitename", None)),
        meta={"published": published} if published else {},
    )
    return Record(text, info, published)


def read_html(path: Path) -> Iterator[Record | InputError]:
    source = str(path)
    try:
        yield html_record(decode_text(_read_bytes(path), source), source)
    except InputError as err:
        yield err


def _feed_date(entry: Mapping[str, Any]) -> str | None:
    for name in ("published_parsed", "updated_parsed"):
        value = entry.get(name)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def read_feed(path: Path) -> Iterator[Record | InputError]:
    """The items of an RSS or Atom file, each with the text the feed carries for it."""
    try:
        data = _read_bytes(path)
    except InputError as err:
        yield err
        return
    yield from feed_records(data, str(path))


def feed_records(
    data: bytes, source: str, fetch: Callable[[str], bytes] | None = None
) -> Iterator[Record | InputError]:
    """The items of the RSS or Atom feed ``data``. With ``fetch``, each item's page is
    fetched and its main text read (the feed's own text when the page gives none)."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield InputError(f"is not an RSS or Atom feed ({parsed.bozo_exception})", source)
        return
    site = _str(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries):
        where = f"{source}[{number}]"
        link = _str(entry.get("link"))
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        text = _fragment_text(body or entry.get("summary", ""))
        published = _feed_date(entry)
        info = ArticleInfo(
            key=_str(entry.get("id")) or link or where,
            title=_str(entry.get("title")),
            author=_str(entry.get("author")),
            url=link,
            source=site,
            meta={"published": published} if published else {},
        )
        problem = "carries no text and has no link to fetch"
        if fetch is not None and link:
            try:
                page = html_record(fetch(link), link, link)
                text = page.text
                published = published or page.published
                info.author = info.author or page.info.author
            except InputError as err:
                problem = str(err)
        elif not text.strip() and link:
            problem = "carries no text; give the feed's URL to fetch its items' pages"
        if not text.strip():
            yield InputError(problem, where)
            continue
        yield Record(text, info, published)


def _fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed item's summary), paragraphs on their own lines."""
    import lxml.html

    if "<" not in html:
        return html.strip()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    tags = ("p", "div", "li", "h1", "h2", "h3", "blockquote")
    # the innermost blocks only, so that no text is read twice
    blocks = [
        b for b in root.iter(*tags) if b is not root and not any(c is not b for c in b.iter(*tags))
    ]
    text = "\n".join(t for t in (b.text_content().strip() for b in blocks) if t)
    return text or root.text_content().strip()


def read_warc(path: Path) -> Iterator[Record | InputError]:
    """The HTML pages of a WARC file's responses (other records are skipped)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield InputError(f"cannot be read: {err.strerror or err}", source)
        return
    with handle:
        end = 0  # where the last whole record ends: anything but line breaks after it is broken
        try:
            archive = ArchiveIterator(handle)
            for number, record in enumerate(archive):
                page: bytes | None = None
                headers = record.http_headers
                ctype = (headers.get_header("Content-Type") or "") if headers is not None else ""
                if record.rec_type == "response" and "html" in ctype:
                    page = record.content_stream().read()
                archive.read_to_end()
                end = archive.get_record_offset() + archive.get_record_length()
                if page is None:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                where = f"{source}#{number} {url}"
                try:
                    found = html_record(page, where, url)
                except InputError as err:
                    yield err
                    continue
                if found.published is None:
                    found.published = _date(record.rec_headers.get_header("WARC-Date"), where)
                yield found
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as err:
            yield InputError(f"is not a readable WARC file ({err})", source)
            return
        handle.seek(end)
        if handle.read(4096).strip(b"\r\n"):
            yield InputError(
                f"breaks off after byte {end}: the record there is truncated or not WARC",
                source,
            )


TEXT_SUFFIXES = {".txt", ".text", ""}
READERS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".gz": "warc",  # .warc.gz; other .gz files are refused below
}


def kind_of(path: Path) -> str | None:
    """The reader for ``path`` by its name, or None for a file rasd does not read."""
    name = path.name.lower()
    if name.endswith(".gz") and not name.endswith(".warc.gz"):
        return None
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    return READERS.get(suffix)


def read_path(path: Path, fields: FieldMap | None = None) -> Iterator[Record | InputError]:
    """Every record of the file or folder ``path``, in order; folders recursively, by name."""
    fields = fields or FieldMap()
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if kind_of(child) is not None and not child.name.startswith("."):
                yield from read_path(child, fields)
        return
    kind = kind_of(path)
    if kind is None:
        yield InputError(
            "is not a kind of file rasd ingests (text, JSONL, JSON, CSV, HTML, RSS/Atom, WARC)",
            str(path),
        )
    elif kind == "text":
        yield from read_text(path)
    elif kind == "jsonl":
        yield from read_jsonl(path, fields)
    elif kind == "json":
        yield from read_json(path, fields)
    elif kind == "csv":
        yield from read_csv(path, fields)
    elif kind == "html":
        yield from read_html(path)
    elif kind == "feed":
        yield from read_feed(path)
    else:
        yield from read_warc(path)
