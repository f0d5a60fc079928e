"""``rasd export events`` and ``rasd evaluate events``, registered on the main typer app."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from rasd.document import Document
from rasd.errors import InputError
from rasd.events import export
from rasd.events.evaluate import ARGUMENTS, evaluate
from rasd.gold import DEFAULT_NEWS, read_gold
from rasd.inputs import read_file
from rasd.pipeline import Pipeline
from rasd.stages.events import EventCoder


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"


def _documents(files: list[Path], published: str | None) -> Iterator[Document | InputError]:
    """Documents of rasd's JSON/JSONL output as they are; text articles analyzed here."""
    nlp: Pipeline | None = None
    for path in files:
        if path.suffix in (".json", ".jsonl"):
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as err:
                yield InputError(f"cannot be read: {err}", str(path))
                continue
            blob = "\n".join(lines)
            records = [blob] if path.suffix == ".json" else [x for x in lines if x.strip()]
            for n, raw in enumerate(records, 1):
                where = str(path) if path.suffix == ".json" else f"{path}:{n}"
                try:
                    yield Document.from_dict(json.loads(raw))
                except json.JSONDecodeError as err:
                    yield InputError(f"is not JSON ({err.msg})", where)
                except (InputError, TypeError, KeyError) as err:
                    yield InputError(f"is not a rasd document: {err}", where)
            continue
        try:
            article = read_file(path, published)
        except InputError as err:
            yield err
            continue
        nlp = nlp or Pipeline()
        yield nlp(article.text, article.published, id=article.id or path.stem)


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    export_app = typer.Typer(no_args_is_help=True, help="Write rasd's layers as tables.")
    app.add_typer(export_app, name="export")

    @export_app.command("events")
    def export_events(
        files: Annotated[
            list[Path],
            typer.Argument(help="Articles (UTF-8 text) or rasd documents (.json, .jsonl)."),
        ],
        format: Annotated[ExportFormat, typer.Option("--format", help="Output format.")] = (
            ExportFormat.csv
        ),
        published: Annotated[
            str | None, typer.Option(help="Publication date of text articles (YYYY-MM-DD).")
        ] = None,
    ) -> None:
        """One row per event: date, type, actor, target, place, sentence, offsets."""
        docs: list[Document] = []
        failed = False
        for item in _documents(files, published):
            if isinstance(item, InputError):
                typer.echo(f"rasd: error: {item}", err=True)
                failed = True
            else:
                docs.append(item)
        rows = list(export.rows(docs))
        writer = {
            ExportFormat.csv: export.to_csv,
            ExportFormat.jsonl: export.to_jsonl,
            ExportFormat.geojson: export.to_geojson,
        }[format]
        sys.stdout.write(writer(rows))
        if format is ExportFormat.geojson:
            sys.stdout.write("\n")
        if failed:
            raise typer.Exit(1)

    @evaluate_app.command("events")
    def evaluate_events(
        gold: Annotated[Path, typer.Argument(help="Gold JSONL of event annotations.")],
        news: Annotated[Path, typer.Option(help="SaudiNewsNet corpus directory.")] = DEFAULT_NEWS,
        as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
        cameo: Annotated[bool, typer.Option(help="Add the CAMEO verb patterns.")] = False,
        cameo_defaults: Annotated[
            bool, typer.Option(help="Let CAMEO lemmas code events without a pattern.")
        ] = False,
        hand: Annotated[bool, typer.Option(help="Use the hand-written triggers.")] = True,
        show_errors: Annotated[
            bool, typer.Option("--errors", help="List every missed, spurious or wrong event.")
        ] = False,
    ) -> None:
        """Event type P/R/F1 on matched triggers; actor, target and place accuracy."""
        nlp = Pipeline(disable=["events"])
        coder = EventCoder(cameo or cameo_defaults, cameo_defaults, hand)

        def analyze(text: str, published: str | None) -> Document:
            return coder(nlp(text, published))

        try:
            errors: list[str] | None = [] if show_errors else None
            scores = evaluate(read_gold(gold, news, "events"), analyze, errors)
        except InputError as err:
            typer.echo(f"rasd: error: {err}", err=True)
            raise typer.Exit(2) from None
        for line in errors or []:
            typer.echo(line)
        if as_json:
            typer.echo(json.dumps(scores.to_dict(), indent=2))
            return
        typer.echo(f"{scores.articles} articles, {scores.trigger.gold} gold events")
        for name, s in (("trigger", scores.trigger), ("type", scores.typed)):
            typer.echo(
                f"{name:8} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
                f"(gold {s.gold}, predicted {s.predicted}, right {s.true_positives})"
            )
        for kind, s in sorted(scores.per_type.items()):
            typer.echo(
                f"  {kind:10} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  gold {s.gold}"
            )
        for name in ARGUMENTS:
            typer.echo(
                f"{name:8} accuracy {scores.accuracy(name):.3f} "
                f"({scores.argument_right[name]}/{scores.argument_gold[name]} matched events "
                f"with a gold {name}; both null in {scores.argument_null_agree[name]})"
            )
