"""The registry of pipeline stages, in the order the pipeline runs them.

A stage of the contract that is not built yet is listed in ``PLANNED`` and simply absent:
its layer stays empty in the output.
"""

from __future__ import annotations

from rasd.stages.base import Stage
from rasd.stages.dates import DateFinder
from rasd.stages.entities import EntityTagger
from rasd.stages.events import EventCoder
from rasd.stages.places import PlaceFinder
from rasd.stages.quantities import QuantityFinder
from rasd.stages.quotes import QuoteFinder
from rasd.stages.text import TextAnalyzer

# name -> stage class, in run order. Later stages register here as they are built. The
# classes declare ``needs`` and ``provides``, so the pipeline checks its order without
# building (and loading the models of) stages it will not run.
REGISTRY: dict[str, type[Stage]] = {
    TextAnalyzer.name: TextAnalyzer,
    EntityTagger.name: EntityTagger,
    QuoteFinder.name: QuoteFinder,
    PlaceFinder.name: PlaceFinder,
    QuantityFinder.name: QuantityFinder,
    DateFinder.name: DateFinder,
    EventCoder.name: EventCoder,
}

# Stages of the contract still to be built: naming one is not an error, it is skipped.
PLANNED: tuple[str, ...] = ()

__all__ = ["PLANNED", "REGISTRY", "Stage"]
