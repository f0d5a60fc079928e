"""The Parquet tables of a batch: their columns, derived from the contract dataclasses.

One table per contract layer (``sentences``, ``entities``, ``quotes`` …, every list field of
``rasd.document.LAYERS`` except the internal ``paragraphs`` and ``tokens``), plus ``documents``
(one row per analyzed article) and ``errors`` (one row per record that could not be analyzed).
A layer row starts with ``article_id`` and ``position`` (its index in the document's list);
nested spans are flattened into prefixed columns (``speaker_start``, ``speaker_text`` …);
a field of any other type (a list, a mapping) is stored as JSON text. The columns come from
the dataclass fields, so a layer no stage fills still gets its full, empty table, and a field
a stage adds later becomes a column without touching this module.
"""

from __future__ import annotations

import dataclasses
import json
import types
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pyarrow as pa

from rasd.document import LAYERS, Document, Record

# Layers of the document that are working material of the stages, not output tables.
INTERNAL_LAYERS = ("paragraphs", "tokens")
KEY_COLUMNS = ("article_id", "position")

_ARROW: dict[type, tuple[pa.DataType, tuple[type, ...]]] = {
    bool: (pa.bool_(), (bool,)),
    int: (pa.int64(), (int,)),
    float: (pa.float64(), (int, float)),
    str: (pa.string(), (str,)),
}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a layer table: its name, Arrow type and how to read it off a record."""

    name: str
    type: pa.DataType
    get: Callable[[object], object]
    accepts: tuple[type, ...] = ()  # the Python types a value may have (None always may)

    def values(self, items: list[Any]) -> list[Any]:
        out = [self.get(item) for item in items]
        if self.accepts:
            for value in out:
                if not _fits(value, self.accepts):
                    raise TypeError(f"column {self.name!r} got {type(value).__name__} {value!r}")
        return out


def _fits(value: object, accepts: tuple[type, ...]) -> bool:
    if value is None:
        return True
    if isinstance(value, bool):  # a bool is an int to Python, not to Arrow
        return bool in accepts
    return isinstance(value, accepts)


def layer_names() -> list[str]:
    """The layers written as tables, in contract order."""
    return [name for name in LAYERS if name not in INTERNAL_LAYERS]


def table_names() -> list[str]:
    return ["documents", *layer_names(), "errors"]


def _strip_optional(hint: object) -> object:
    if get_origin(hint) in (Union, types.UnionType):
        rest = [arg for arg in get_args(hint) if arg is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return hint


def _json(value: object) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value: object) -> object:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(value, key=repr) if isinstance(value, (set, frozenset)) else list(value)
    raise TypeError(f"{type(value).__name__} cannot be written as JSON")


def _attribute(getter: Callable[[object], object], name: str) -> Callable[[object], object]:
    def get(item: object) -> object:
        outer = getter(item)
        return None if outer is None else getattr(outer, name, None)

    return get


def _identity(item: object) -> object:
    return item


def _scalar(hint: object) -> type | None:
    """The one Python scalar type a hint allows: ``str`` for a ``Literal`` of strings,
    ``float`` for ``int | float``; ``None`` when it is no scalar."""
    if isinstance(hint, type) and hint in _ARROW:
        return hint
    args = get_args(hint)
    if get_origin(hint) is Literal and args:
        kinds = {type(arg) for arg in args}
        return kinds.pop() if len(kinds) == 1 and next(iter(kinds)) in _ARROW else None
    if get_origin(hint) in (Union, types.UnionType) and set(args) - {type(None)} == {int, float}:
        return float
    return None


def _columns(
    cls: type, prefix: str, getter: Callable[[object], object], inside: tuple[type, ...] = ()
) -> list[Column]:
    hints = get_type_hints(cls)
    out: list[Column] = []
    for f in dataclasses.fields(cls):
        hint = _strip_optional(hints[f.name])
        get = _attribute(getter, f.name)
        name = prefix + f.name
        scalar = _scalar(hint)
        if (
            isinstance(hint, type)
            and issubclass(hint, Record)
            and dataclasses.is_dataclass(hint)
            and hint not in (cls, *inside)  # a record inside itself stays JSON
        ):
            out.extend(_columns(hint, f"{name}_", get, (*inside, cls)))
        elif scalar is not None:
            arrow, accepts = _ARROW[scalar]
            out.append(Column(name, arrow, get, accepts))
        else:
            out.append(Column(name, pa.string(), _as_json(get)))
    return out


def _as_json(get: Callable[[object], object]) -> Callable[[object], object]:
    return lambda item: _json(get(item))


@cache
def layer_columns(layer: str) -> tuple[Column, ...]:
    """The columns of ``layer``'s table after the key columns, from its dataclass."""
    columns = _columns(LAYERS[layer], "", _identity)
    names = [c.name for c in columns]
    clash = set(names) & set(KEY_COLUMNS) or {n for n in names if names.count(n) > 1}
    if clash:
        raise ValueError(f"layer {layer!r} has a column named twice: {sorted(clash)}")
    return tuple(columns)


DOCUMENT_FIELDS = pa.schema(
    [
        ("article_id", pa.string()),
        ("source", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("text", pa.string()),
        ("chars", pa.int64()),
        ("paragraphs", pa.int64()),
        ("sentences", pa.int64()),
        ("tokens", pa.int64()),
    ]
)
ERROR_FIELDS = pa.schema(
    [("article_id", pa.string()), ("source", pa.string()), ("reason", pa.string())]
)


@cache
def schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table`` (one of ``table_names()``)."""
    if table == "documents":
        return DOCUMENT_FIELDS
    if table == "errors":
        return ERROR_FIELDS
    keys = [pa.field("article_id", pa.string()), pa.field("position", pa.int64())]
    return pa.schema(keys + [pa.field(c.name, c.type) for c in layer_columns(table)])


def writable(text: str) -> str:
    """``text`` as Arrow can store it: a lone surrogate (not UTF-8) becomes its escape."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


class Rows:
    """Rows of every table gathered column by column, to become Arrow tables in one go."""

    def __init__(self) -> None:
        self.columns: dict[str, dict[str, list[Any]]] = {
            table: {name: [] for name in schema(table).names} for table in table_names()
        }

    def add_document(self, doc: Document, article_id: str, source: str) -> None:
        """Add ``doc``'s rows to every table; nothing is added if one of its values fails."""
        found: list[tuple[str, str, list[Any]]] = []  # computed before any list grows
        for layer in layer_names():
            items = getattr(doc, layer)
            if not items:
                continue
            found.append((layer, "article_id", [article_id] * len(items)))
            found.append((layer, "position", list(range(len(items)))))
            for column in layer_columns(layer):
                found.append((layer, column.name, column.values(items)))
        document = {
            "article_id": article_id,
            "source": source,
            "published": doc.published,
            "language": doc.language,
            "text": doc.text,
            "chars": len(doc.text),
            "paragraphs": len(doc.paragraphs),
            "sentences": len(doc.sentences),
            "tokens": len(doc.tokens),
        }
        for name, value in document.items():
            self.columns["documents"][name].append(value)
        for layer, name, values in found:
            self.columns[layer][name].extend(values)

    def add_error(self, article_id: str | None, source: str, reason: str) -> None:
        errors = self.columns["errors"]
        errors["article_id"].append(None if article_id is None else writable(article_id))
        errors["source"].append(writable(source))
        errors["reason"].append(writable(reason))

    def __len__(self) -> int:
        return len(self.columns["documents"]["article_id"]) + len(self.columns["errors"]["source"])

    def take(self, table: str) -> pa.Table:
        """The rows of ``table`` gathered so far, as an Arrow table; the buffer is emptied."""
        columns = self.columns[table]
        out = pa.table(columns, schema=schema(table))
        for values in columns.values():
            values.clear()
        return out
