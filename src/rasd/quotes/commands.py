"""``rasd quotes`` (every statement, grouped by speaker) and ``rasd evaluate quotes``,
registered on the main typer app by ``rasd.cli``."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasd.document import Document
from rasd.errors import InputError, RasdError
from rasd.gold import DEFAULT_NEWS
from rasd.inputs import read_articles
from rasd.pipeline import Pipeline
from rasd.quotes.evaluate import evaluate as evaluate_quote_file
from rasd.quotes.index import render_index, render_index_json, speaker_index

_stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def _error(message: str) -> None:
    _stderr.print(f"rasd: error: {message}", markup=False)


class IndexFormat(StrEnum):
    text = "text"
    json = "json"


def quotes(
    files: Annotated[
        list[Path], typer.Argument(help="Article files (UTF-8 text), or - for stdin.")
    ],
    fmt: Annotated[
        IndexFormat, typer.Option("--format", help="text (for reading) or json.")
    ] = IndexFormat.text,
) -> None:
    """List every statement of the articles, grouped by speaker."""
    nlp = Pipeline(only=["quotes"])
    docs: list[Document] = []
    failed = 0
    for item in read_articles(files):
        if isinstance(item, InputError):
            _error(str(item))
            failed += 1
            continue
        docs.append(nlp(item.text, published=item.published, id=item.id))
    entries = speaker_index(docs)
    if fmt is IndexFormat.json:
        sys.stdout.write(render_index_json(entries))
    else:
        Console(highlight=False, soft_wrap=True).print(
            render_index(entries, several=len(docs) > 1), markup=False
        )
    if failed:
        raise typer.Exit(1)


def evaluate_quotes(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: article ids and quote offsets.")],
    news: Annotated[
        Path, typer.Option(help="SaudiNewsNet directory the gold ids point into.")
    ] = DEFAULT_NEWS,
    errors: Annotated[
        bool, typer.Option(help="Also list missed, spurious and wrong ones.")
    ] = False,
) -> None:
    """Score the quotes stage: P/R/F1 of quote spans (>= 50% overlap), speaker accuracy."""
    try:
        result = evaluate_quote_file(gold, news)
    except (OSError, RasdError) as err:
        _error(f"{gold}: {err}")
        raise typer.Exit(2) from None
    q = result.quotes
    table = Table(title=f"{gold}: {result.articles} articles")
    for column in ("measure", "value", "count"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    table.add_row("quote precision", f"{q.precision:.3f}", f"{q.true_positives}/{q.predicted}")
    table.add_row("quote recall", f"{q.recall:.3f}", f"{q.true_positives}/{q.gold}")
    table.add_row("quote F1", f"{q.f1:.3f}", "")
    table.add_row(
        "speaker accuracy",
        f"{result.speaker_accuracy:.3f}",
        f"{result.speaker_tolerant}/{result.matched}",
    )
    table.add_row(
        "speaker accuracy (exact name)",
        f"{result.speaker_exact_accuracy:.3f}",
        f"{result.speaker_exact}/{result.matched}",
    )
    Console(highlight=False).print(table)
    if errors:
        for e in result.errors:
            typer.echo(json.dumps(e, ensure_ascii=False))


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    app.command("quotes")(quotes)
    evaluate_app.command("quotes")(evaluate_quotes)
