"""The ``rasd ingest`` and ``rasd search`` commands: thin shells over the ingest and the store.

They import the store only when run, so ``rasd`` works without the ``store`` extra and says
how to install it when one of them is asked for.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from rasd.errors import InputError, RasdError

if TYPE_CHECKING:
    from rasd.store import Store

stderr = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str, typer.Option("--db", help="SQLite file, or a database URL (postgresql://user@host/db).")
]


def _error(message: str) -> None:
    stderr.print(f"rasd: error: {message}", markup=False)


def open_store(db: str) -> Store:
    """The store at ``db``, or a clear exit when the extra is missing or the database fails."""
    try:
        from rasd.store import Store
    except ImportError as err:
        _error(
            f"the store needs the store extra ({err.name} is missing): pip install 'rasd[store]'"
        )
        raise typer.Exit(2) from None
    try:
        return Store(db)
    except RasdError as err:
        _error(str(err))
        raise typer.Exit(2) from None


def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders (text, JSONL, JSON, CSV, HTML, RSS/Atom, WARC), or URLs of "
            "pages and feeds (fetched)."
        ),
    ],
    db: DbOption = "rasd.db",
    fields: Annotated[
        str | None,
        typer.Option("--map", help="Which column holds each field: text=content,published=date."),
    ] = None,
    analyze: Annotated[
        bool, typer.Option(help="Run the pipeline on new articles (off: store the text only).")
    ] = True,
    threshold: Annotated[
        float, typer.Option(help="Jaccard similarity from which an article is a near-copy.")
    ] = 0.8,
    limit: Annotated[int | None, typer.Option(help="Stop after this many records.")] = None,
) -> None:
    """Analyze articles and keep them in a database; near-copies are linked, not stored twice."""
    from itertools import chain, islice

    from rasd.ingest.fetch import Fetcher, is_url
    from rasd.ingest.ingest import OUTCOMES, Ingester
    from rasd.ingest.records import FieldMap, Record, read_path
    from rasd.pipeline import Pipeline

    try:
        field_map = FieldMap.parse(fields)
        pipeline = Pipeline() if analyze else None
    except RasdError as err:
        _error(str(err))
        raise typer.Exit(2) from None
    store = open_store(db)
    fetcher = Fetcher() if any(is_url(p) for p in paths) else None

    def read(path: str) -> Iterator[Record | InputError]:
        if fetcher is not None and is_url(path):
            return fetcher.records(path)
        return read_path(Path(path), field_map)

    records: Iterator[Record | InputError] = chain.from_iterable(read(p) for p in paths)
    if limit is not None:
        records = islice(records, limit)
    ingester = Ingester(store, pipeline, threshold=threshold)

    def summary() -> str:
        return " · ".join(f"{name} {ingester.counts[name]}" for name in OUTCOMES)

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=stderr, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task(summary())
        for outcome in ingester.ingest(records):
            if outcome.status == "failed":
                progress.console.print(
                    f"rasd: failed: {outcome.source}: {outcome.reason}", markup=False
                )
            progress.update(task, description=summary())
    store.close()
    typer.echo(f"{summary()}  ({store.url})")
    if ingester.counts["failed"]:
        raise typer.Exit(1)


def search(
    query: Annotated[str, typer.Argument(help="Words to find, typed as readers type them.")],
    db: DbOption = "rasd.db",
    quotes: Annotated[bool, typer.Option(help="Search the quotes, not the articles.")] = False,
    limit: Annotated[int, typer.Option(help="Show this many results.")] = 10,
) -> None:
    """Search the stored articles (or quotes): الرقة finds بالرقة and والرقة."""
    store = open_store(db)
    page = store.search_quotes(query, limit) if quotes else store.search(query, limit)
    typer.echo(f"{page.total} found")
    for hit in page.hits:
        text = "".join(f"[{piece}]" if marked else piece for piece, marked in hit.snippet.pieces)
        title = getattr(hit, "title", None) or getattr(hit, "speaker_name", None) or ""
        typer.echo(f"{hit.id}\t{hit.published or '-'}\t{title}\n\t{' '.join(text.split())}")
    store.close()


def register(app: typer.Typer) -> None:
    """Add the store's commands to the ``rasd`` command."""
    app.command()(ingest)
    app.command()(search)
