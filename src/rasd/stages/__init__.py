"""The registry of pipeline stages, in the order the pipeline runs them.

A stage of the contract that is not built yet is listed in ``PLANNED`` and simply absent:
its layer stays empty in the output.
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.stages.base import Stage
from rasd.stages.text import TextAnalyzer

# name -> factory, in run order. Later stages register here as they are built.
REGISTRY: dict[str, Callable[[], Stage]] = {
    TextAnalyzer.name: TextAnalyzer,
}

# Stages of the contract still to be built: naming one is not an error, it is skipped.
PLANNED = ("entities", "quotes", "places", "quantities", "dates", "events")

__all__ = ["PLANNED", "REGISTRY", "Stage"]
