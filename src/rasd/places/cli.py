"""The ``rasd places`` and ``rasd evaluate places`` commands (registered by ``rasd.cli``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from rasd.document import Document
from rasd.errors import RasdError
from rasd.gold import read_gold
from rasd.inputs import read_file
from rasd.pipeline import Pipeline
from rasd.places.evaluate import ACCURACY_KM, evaluate
from rasd.places.geojson import feature_collection

NEWS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "news"


def places(
    files: Annotated[list[Path], typer.Argument(help="Article files (UTF-8 text).")],
) -> None:
    """Print the places of the articles as one GeoJSON FeatureCollection with mention counts."""
    nlp = Pipeline(only=["places"])
    docs: list[Document] = []
    failed = 0
    for path in files:
        try:
            article = read_file(path, None)
            docs.append(nlp(article.text, id=article.id or str(path)))
        except RasdError as err:
            typer.echo(f"rasd: error: {err}", err=True)
            failed += 1
    sys.stdout.write(json.dumps(feature_collection(docs), ensure_ascii=False, indent=1) + "\n")
    if failed:
        raise typer.Exit(1)


def evaluate_places(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL with a 'places' layer.")],
    news: Annotated[Path, typer.Option(help="The SaudiNewsNet directory.")] = NEWS,
    overlap: Annotated[
        float, typer.Option(help="Match spans sharing this share of the longer (1 = exact).")
    ] = 1.0,
    errors: Annotated[bool, typer.Option(help="List every miss, spurious and far place.")] = False,
) -> None:
    """Score toponym spans (P/R/F1) and the resolution of the matched ones."""
    try:
        result = evaluate(read_gold(gold, news, "places"), min_overlap=overlap)
    except RasdError as err:
        typer.echo(f"rasd: error: {err}", err=True)
        raise typer.Exit(2) from None
    table = Table(title=f"{gold}: {result.articles} articles, toponym spans")
    for column in ("precision", "recall", "F1", "gold", "predicted"):
        table.add_column(column, justify="right")
    s = result.spans
    table.add_row(
        f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.gold), str(s.predicted)
    )
    Console(highlight=False).print(table)
    typer.echo(
        f"matched {result.matched}: gazetteer entry {result.entry_accuracy:.3f} "
        f"({result.same_id}/{result.with_id}), within {ACCURACY_KM:.0f} km "
        f"{result.within_161km:.3f} ({result.within}/{result.with_coords})"
    )
    typer.echo(f"toponym F1 {s.f1:.3f}")
    per_article = result.seconds / max(1, result.articles)
    typer.echo(f"seconds per article (whole pipeline): {per_article:.3f}")
    if errors:
        for line in result.errors:
            typer.echo(line)


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    app.command("places")(places)
    evaluate_app.command("places")(evaluate_places)
