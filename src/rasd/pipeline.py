"""The pipeline: builds the stage list once (models loaded once) and runs it over documents."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

from rasd.document import Document
from rasd.errors import InputError, PipelineError
from rasd.stages import PLANNED, REGISTRY, Stage

TextInput = str | Mapping[str, Any]
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_published(value: object, source: str | None = None) -> str | None:
    """The publication date as ``YYYY-MM-DD``, from a string, a date or a datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            pass
    raise InputError(f"published must be a date YYYY-MM-DD, not {value!r}", source)


def _resolve(only: Iterable[str] | None, disable: Iterable[str]) -> tuple[list[str], list[str]]:
    """The stage names to run, in registry order, and the planned ones asked for but absent."""
    disabled = set(disable)
    wanted = list(REGISTRY) if only is None else list(only)
    unknown = [n for n in (*wanted, *disabled) if n not in REGISTRY and n not in PLANNED]
    if unknown:
        known = ", ".join([*REGISTRY, *PLANNED])
        raise PipelineError(f"unknown stage {unknown[0]!r}; the stages are: {known}")
    absent = [n for n in wanted if n not in REGISTRY and n not in disabled]
    chosen = {n for n in wanted if n in REGISTRY and n not in disabled}
    providers = {layer: name for name, stage in REGISTRY.items() for layer in stage.provides}
    # pull in what the chosen stages need, transitively
    todo = list(chosen)
    while todo:
        stage = REGISTRY[todo.pop()]
        for layer in stage.needs:
            provider = providers.get(layer)
            if provider is None:
                raise PipelineError(f"stage {stage.name!r} needs {layer!r}, which no stage makes")
            if provider in disabled:
                raise PipelineError(
                    f"stage {stage.name!r} needs {layer!r} from stage {provider!r}, "
                    "which is switched off"
                )
            if provider not in chosen:
                chosen.add(provider)
                todo.append(provider)
    return [n for n in REGISTRY if n in chosen], absent


class Pipeline:
    """A reusable analyzer: ``Pipeline(only=["quotes"])`` runs quotes and what it needs.

    Stages are built once, here; ``__call__`` analyzes one text, ``pipe`` streams many.
    """

    def __init__(self, only: Iterable[str] | None = None, disable: Iterable[str] = ()) -> None:
        names, self.absent = _resolve(only, disable)
        self.stages: list[Stage] = [REGISTRY[name]() for name in names]
        made: set[str] = set()
        for stage in self.stages:
            missing = stage.needs - made
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} runs before what it needs: {', '.join(sorted(missing))}"
                )
            made |= stage.provides

    @property
    def stage_names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def make_doc(self, text: object, published: object = None, id: str | None = None) -> Document:
        """An empty document for ``text``, its inputs checked."""
        if not isinstance(text, str):
            raise InputError(f"text must be a string, not {type(text).__name__}", id)
        surrogate = _SURROGATE.search(text)
        if surrogate is not None:  # only a broken decoder makes these; C libraries choke on them
            raise InputError(
                f"text holds a lone surrogate {surrogate.group()!a} at {surrogate.start()}: "
                "it is not valid Unicode text",
                id,
            )
        return Document(text=text, id=id, published=parse_published(published, id))

    def __call__(self, text: str, published: object = None, id: str | None = None) -> Document:
        doc = self.make_doc(text, published, id)
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(
        self, texts: Iterable[TextInput], batch_size: int = 64, published: object = None
    ) -> Iterator[Document]:
        """Analyze many texts, in order. An item is a string or a mapping with ``text`` and
        optionally ``id`` and ``published`` (which overrides the ``published`` argument)."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        items = iter(texts)
        while batch := list(itertools.islice(items, batch_size)):
            docs: Iterable[Document] = (self._doc_of(item, published) for item in batch)
            for stage in self.stages:
                docs = stage.pipe(docs)
            yield from docs

    def _doc_of(self, item: TextInput, published: object) -> Document:
        if isinstance(item, str):
            return self.make_doc(item, published)
        if isinstance(item, Mapping):
            rid = item.get("id")
            return self.make_doc(
                item.get("text"),
                item.get("published", published),
                None if rid is None else str(rid),
            )
        raise InputError(f"an item to analyze is a string or a mapping, not {type(item).__name__}")


@cache
def default_pipeline() -> Pipeline:
    return Pipeline()


def analyze(text: str, published: object = None, id: str | None = None) -> Document:
    """Analyze one article with every stage that is built."""
    return default_pipeline()(text, published=published, id=id)
