"""The ``rasd`` command: a thin shell over the library that reads, calls and prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from rasd import __version__, value_eval
from rasd.batch.command import batch as batch_command
from rasd.document import Document
from rasd.errors import InputError, RasdError
from rasd.events.commands import register as register_events
from rasd.gold import DEFAULT_NEWS
from rasd.ingest.commands import register as register_store_commands
from rasd.inputs import Article, read_articles
from rasd.ner import hf as ner_backend
from rasd.ner import model as ner_model
from rasd.ner.conll import TaggedSentence, read_conll, split_dev
from rasd.ner.evaluate import Evaluation
from rasd.ner.evaluate import evaluate as evaluate_tagger
from rasd.ner.features import FeatureSet
from rasd.ner.model import TrainSettings
from rasd.ner.news_gold import news_split
from rasd.ner.tagger import SentenceTagger
from rasd.pipeline import Pipeline, parse_published
from rasd.places import cli as places_cli
from rasd.places.geojson import feature_collection
from rasd.quotes.commands import register as register_quotes
from rasd.render import render_json, render_text
from rasd.stages import PLANNED, REGISTRY
from rasd.web.commands import register as register_web_commands

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="rasd (رصد): Arabic news to structured, sourced data.",
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class NerDesign(StrEnum):
    crf = "crf"
    bilstm = "bilstm"


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    geojson = "geojson"


def _error(message: str) -> None:
    stderr.print(f"rasd: error: {message}", markup=False)


def _names(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [n.strip() for n in value.split(",") if n.strip()]


def _render(doc: Document, fmt: Format) -> str:
    if fmt is Format.text:
        return render_text(doc)
    if fmt is Format.json:
        return render_json(doc)
    return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"


def _progress(items: Iterable[Article | InputError], show: bool) -> Iterator[Article | InputError]:
    if not show:
        yield from items
        return
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task("analyzing", total=None)
        for item in items:
            yield item
            progress.advance(task)


@app.command()
def analyze(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Article files (UTF-8 text), or - for stdin.")
    ] = None,
    jsonl: Annotated[
        Path | None,
        typer.Option(help='Batch input: one {"id", "text", "published"?} object per line.'),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, for relative dates.")
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="json (one file), jsonl (batches), text (for reading) or geojson (places).",
        ),
    ] = None,
    only: Annotated[
        str | None, typer.Option(help="Run only these stages (and what they need): a,b,c.")
    ] = None,
    disable: Annotated[str | None, typer.Option(help="Switch these stages off: a,b,c.")] = None,
    ner: Annotated[
        str,
        typer.Option(
            help="Entity tagger: crf (default), bilstm-crf (more accurate, slower; both "
            "shipped) or hf:PATH_OR_NAME (the hf extra)."
        ),
    ] = "crf",
) -> None:
    """Analyze articles and print one document object each."""
    files = files or []
    if not files and jsonl is None:
        _error("give an article file, - for standard input, or --jsonl FILE")
        raise typer.Exit(2)
    try:
        day = parse_published(published, "--published")
        nlp = Pipeline(only=_names(only), disable=_names(disable) or ())
        ner_backend.install(nlp.stages, ner)
    except RasdError as err:
        _error(str(err))
        raise typer.Exit(2) from None
    for name in nlp.absent:
        stderr.print(f"rasd: note: stage {name!r} is not built yet; its layer stays empty")
    batch = jsonl is not None or len(files) > 1
    chosen = fmt or (Format.jsonl if batch else Format.json)
    failed = 0
    out = sys.stdout
    mapped: list[Document] = []  # --format geojson: one collection for all the articles
    for item in _progress(read_articles(files, jsonl, day), batch and sys.stderr.isatty()):
        if isinstance(item, InputError):
            _error(str(item))
            failed += 1
            continue
        try:
            doc = nlp(item.text, published=item.published, id=item.id)
        except RasdError as err:
            _error(str(err))
            failed += 1
            continue
        except Exception as err:  # a bug must not lose the rest of a batch
            _error(f"{item.id or '<stdin>'}: internal error {type(err).__name__}: {err}")
            failed += 1
            continue
        if chosen is Format.geojson:
            mapped.append(doc)
            continue
        out.write(_render(doc, chosen))
        out.flush()
    if chosen is Format.geojson:
        out.write(json.dumps(feature_collection(mapped), ensure_ascii=False, indent=1) + "\n")
    if failed:
        if batch:
            _error(f"{failed} record(s) failed; the others were analyzed")
        raise typer.Exit(1)


@app.command()
def stages() -> None:
    """List the pipeline stages, built and planned."""
    for name, stage in REGISTRY.items():
        provides = ", ".join(sorted(stage.provides))
        needs = ", ".join(sorted(stage.needs)) or "-"
        typer.echo(f"{name}\tbuilt\tprovides: {provides}\tneeds: {needs}")
    for name in PLANNED:
        typer.echo(f"{name}\tplanned")


train_app = typer.Typer(no_args_is_help=True, help="Train the models rasd ships.")
evaluate_app = typer.Typer(no_args_is_help=True, help="Score rasd against annotated data.")
app.add_typer(train_app, name="train")
app.add_typer(evaluate_app, name="evaluate")
places_cli.register(app, evaluate_app)
app.command("batch")(batch_command)  # rasd.batch: shards to Parquet, local or on Dask


def _print_evaluation(evaluation: Evaluation, title: str) -> None:
    table = Table(title=title)
    for column in ("type", "precision", "recall", "F1", "gold"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for name, p, r, f, gold in evaluation.rows():
        table.add_row(name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(gold))
    Console(highlight=False).print(table)
    typer.echo(f"tokens/s: {evaluation.tokens_per_second:.0f} ({evaluation.tokens} tokens)")


@train_app.command("ner")
def train_ner(
    train: Annotated[Path, typer.Option(help="CoNLL TOKEN LABEL file to train on.")],
    out: Annotated[Path, typer.Option(help="Directory for ner.crfsuite and ner.json.")],
    seed: Annotated[int, typer.Option(help="Seed for the order of training sentences.")] = 0,
    dev_fraction: Annotated[
        float, typer.Option(help="Hold out this last part of the sentences and score on it.")
    ] = 0.1,
    c1: Annotated[float, typer.Option(help="L1 regularisation.")] = 0.05,
    c2: Annotated[float, typer.Option(help="L2 regularisation.")] = 0.01,
    minfreq: Annotated[int, typer.Option(help="Drop features seen fewer times.")] = 1,
    iterations: Annotated[int, typer.Option(help="L-BFGS iterations at most.")] = 200,
    clitics: Annotated[bool, typer.Option(help="Use clitic-analysis features.")] = True,
    gazetteer: Annotated[bool, typer.Option(help="Use name-list features.")] = True,
    design: Annotated[
        NerDesign, typer.Option(help="crf (python-crfsuite) or bilstm (needs rasd[train]).")
    ] = NerDesign.crf,
    news: Annotated[
        Path | None, typer.Option(help="bilstm: folder of news JSON files for word2vec.")
    ] = None,
    news_limit: Annotated[
        int | None, typer.Option(help="bilstm: read at most this many news articles.")
    ] = None,
    epochs: Annotated[int, typer.Option(help="bilstm: passes over the training data.")] = 0,
    hidden: Annotated[int, typer.Option(help="bilstm: LSTM units per direction.")] = 0,
    extra: Annotated[
        Path | None,
        typer.Option(
            help="Annotated news (offsets TSV, docs/ner-annotation.md) added to the training "
            "part; the articles are read from --news (default ../shared/data/news)."
        ),
    ] = None,
) -> None:
    """Train the entity tagger on FILE, holding out its last sentences for scoring."""
    sentences = read_conll(train)
    train_part, dev_part = split_dev(sentences, dev_fraction)
    dev_parts = {f"development split: last {len(dev_part)} sentences": dev_part}
    if extra is not None:
        try:
            added, held = news_split(extra, news or DEFAULT_NEWS, dev_fraction)
        except InputError as err:
            _error(str(err))
            raise typer.Exit(2) from None
        kept = f", {len(held)} held out (every {round(1 / dev_fraction)}th article)" if held else ""
        typer.echo(f"{extra}: {len(added)} news sentences added to the training part{kept}")
        train_part += added
        dev_parts[f"held-out news: {len(held)} sentences"] = held
    if design is NerDesign.bilstm:
        _train_bilstm(train_part, dev_parts, out, news, news_limit, seed, epochs, hidden)
        return
    settings = TrainSettings(
        c1=c1,
        c2=c2,
        minfreq=minfreq,
        max_iterations=iterations,
        seed=seed,
        features=FeatureSet(clitics=clitics, gazetteer=gazetteer),
    )
    meta = ner_model.train(train_part, out, settings)
    _report_training(meta, out / ner_model.MODEL_NAME, ner_model.Tagger(out), dev_parts)


def _report_training(
    meta: dict[str, Any],
    path: Path,
    tagger: SentenceTagger,
    dev_parts: dict[str, list[TaggedSentence]],
) -> None:
    typer.echo(
        f"trained on {meta['sentences']} sentences ({meta['tokens']} tokens) in "
        f"{meta['train_seconds']} s: {path} ({meta['bytes']} bytes)"
    )
    for title, part in dev_parts.items():
        if part:
            _print_evaluation(evaluate_tagger(tagger, part), title)


def _train_bilstm(
    train_part: list[TaggedSentence],
    dev_parts: dict[str, list[TaggedSentence]],
    out: Path,
    news: Path | None,
    news_limit: int | None,
    seed: int,
    epochs: int,
    hidden: int,
) -> None:
    try:
        from rasd.ner import bilstm, bilstm_train
    except ImportError as err:
        _error(f"the bilstm design needs torch and gensim: pip install torch 'rasd[train]' ({err})")
        raise typer.Exit(2) from None
    if news is not None and not news.is_dir():
        _error(f"{news}: not a folder of news files")
        raise typer.Exit(2)
    defaults = bilstm_train.NetSettings()
    settings = bilstm_train.NetSettings(
        epochs=epochs or defaults.epochs, hidden=hidden or defaults.hidden, seed=seed
    )
    meta = bilstm_train.train_with_news(train_part, news, news_limit, out, settings, typer.echo)
    _report_training(meta, out / bilstm.WEIGHTS_NAME, ner_model.load(out), dev_parts)


_NEWS_OPT = typer.Option("--news", help="Directory of the SaudiNewsNet JSON files.")


@evaluate_app.command("ner")
def evaluate_ner(
    file: Annotated[
        Path,
        typer.Argument(
            help="CoNLL TOKEN LABEL file with gold labels, or annotated news (.tsv, read with "
            "--news)."
        ),
    ],
    model_dir: Annotated[
        Path | None,
        typer.Option(
            "--model",
            help="Directory of ner.crfsuite, ner-bilstm.npz, or both (joined); not --ner.",
        ),
    ] = None,
    last: Annotated[
        float | None, typer.Option(help="Score only this last part of the sentences (0.1).")
    ] = None,
    ner: Annotated[
        str, typer.Option(help="Shipped tagger to score: crf, bilstm-crf or hf:PATH_OR_NAME.")
    ] = "crf",
    news: Annotated[Path, _NEWS_OPT] = DEFAULT_NEWS,
) -> None:
    """Score the entity tagger on FILE: precision, recall, F1 per type and micro; speed.

    A .tsv FILE is news annotated by offsets (docs/ner-annotation.md); ``--last 0.1`` then
    keeps every 10th of its articles, the part ``rasd train ner --extra`` holds out."""
    try:
        if file.suffix == ".tsv":
            sentences = news_split(file, news, last or 0.0)[1 if last else 0]
        else:
            sentences = read_conll(file)
            if last is not None:
                sentences = split_dev(sentences, last)[1]
    except (OSError, UnicodeDecodeError) as err:
        _error(f"{file}: {err}")
        raise typer.Exit(2) from None
    except InputError as err:
        _error(str(err))
        raise typer.Exit(2) from None
    if model_dir is not None:
        tagger: SentenceTagger = ner_model.load(model_dir)
    else:
        try:
            tagger = ner_backend.backend(ner) or ner_model.shipped()
        except RasdError as err:
            _error(str(err))
            raise typer.Exit(2) from None
    _print_evaluation(evaluate_tagger(tagger, sentences), f"{file}: {len(sentences)} sentences")


def _evaluate_values(layer: str, gold: Path, news: Path, overlap: float, errors: int) -> None:
    try:
        result = value_eval.evaluate_file(gold, news, layer, min_overlap=overlap)
    except (OSError, UnicodeDecodeError) as err:
        _error(f"{gold}: {err}")
        raise typer.Exit(2) from None
    except InputError as err:
        _error(str(err))
        raise typer.Exit(2) from None
    match = "any overlap" if overlap <= value_eval.ANY_OVERLAP else f"overlap >= {overlap}"
    table = Table(title=f"{layer}: {gold} ({result.records} articles, spans matched by {match})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in result.rows():
        table.add_row(name, value)
    Console(highlight=False).print(table)
    for miss in result.misses[:errors]:
        typer.echo(f"{miss.id}\t{miss.kind}\t{miss.text}\tgold: {miss.gold}\tgot: {miss.predicted}")


_GOLD_ARG = typer.Argument(help="Gold JSONL file (rasd.gold records).")
_OVERLAP_OPT = typer.Option(help="Share of the longer span two spans must share (0: any).")
_ERRORS_OPT = typer.Option(help="Print up to this many errors (missed, spurious, value).")


@evaluate_app.command("quantities")
def evaluate_quantities(
    gold: Annotated[Path, _GOLD_ARG],
    news: Annotated[Path, _NEWS_OPT] = DEFAULT_NEWS,
    overlap: Annotated[float, _OVERLAP_OPT] = 0.0,
    errors: Annotated[int, _ERRORS_OPT] = 0,
) -> None:
    """Score the quantities stage: span P/R/F1 and the share of matched values right."""
    _evaluate_values("quantities", gold, news, max(overlap, value_eval.ANY_OVERLAP), errors)


@evaluate_app.command("dates")
def evaluate_dates(
    gold: Annotated[Path, _GOLD_ARG],
    news: Annotated[Path, _NEWS_OPT] = DEFAULT_NEWS,
    overlap: Annotated[float, _OVERLAP_OPT] = 0.0,
    errors: Annotated[int, _ERRORS_OPT] = 0,
) -> None:
    """Score the dates stage: span P/R/F1 and the share of matched normalized values right."""
    _evaluate_values("dates", gold, news, max(overlap, value_eval.ANY_OVERLAP), errors)


# Quotes (issue 4): rasd quotes (the speaker index), rasd evaluate quotes.
register_quotes(app, evaluate_app)
# Events (issue 7): rasd export events, rasd evaluate events.
register_events(app, evaluate_app)
# The corpus commands (issue 8): ingest, search, serve; their bodies import the store lazily.
register_store_commands(app)
register_web_commands(app)


@app.command()
def version() -> None:
    """Print the version of rasd."""
    typer.echo(__version__)


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")
    app()


if __name__ == "__main__":
    main()
