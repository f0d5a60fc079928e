"""Between the items of a contract document and the rows of the layer tables.

A row keeps the item's fields that are columns of its table; any other field (one the
contract gained after the table was made) goes to ``extra``, so reading a row back gives the
item as it was written.
"""

from __future__ import annotations

from typing import Any

from rasd.store.models import LayerRow, QuantityRow

# Columns that say where a row sits, not what the item is.
_BOOKKEEPING = frozenset({"id", "article_id", "idx", "extra"})


def item_columns(table: type[LayerRow]) -> tuple[str, ...]:
    """The item fields that ``table`` keeps as columns."""
    columns = table.__table__.columns.keys()  # type: ignore[attr-defined]
    return tuple(c for c in columns if c not in _BOOKKEEPING)


def row_values(
    table: type[LayerRow], item: dict[str, Any], article_id: int, idx: int
) -> dict[str, Any]:
    """The column values of one row of ``table`` for the contract item ``item``."""
    columns = item_columns(table)
    values: dict[str, Any] = {"article_id": article_id, "idx": idx}
    for name in columns:
        if name in item:
            values[name] = item[name]
    extra = {k: v for k, v in item.items() if k not in columns}
    values["extra"] = extra or None
    return values


def _whole(value: Any) -> Any:
    # a count stored as a float reads back as the integer it was (3000, not 3000.0)
    return int(value) if isinstance(value, float) and value.is_integer() else value


def row_item(row: LayerRow) -> dict[str, Any]:
    """The contract item a stored row holds."""
    table = type(row)
    item = {name: getattr(row, name) for name in item_columns(table)}
    if table is QuantityRow:
        item["value"] = _whole(item["value"])
        item["value_max"] = _whole(item["value_max"])
    if row.extra:
        item.update(row.extra)
    return item
