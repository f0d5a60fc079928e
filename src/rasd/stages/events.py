"""Events stage: PLOVER-coded events with actor, target, place and date (issue 7).

See ``rasd.events.coder`` for how triggers and arguments are found and ``docs/events.md`` for
what it reaches. The places and quantities layers are used when an earlier stage filled them;
without places every event's place is null.
"""

from __future__ import annotations

from typing import ClassVar

from rasd.document import Document
from rasd.events.coder import Coder
from rasd.events.triggers import table
from rasd.stages.base import Stage


class EventCoder(Stage):
    name: ClassVar[str] = "events"
    needs: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities", "dates"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __init__(
        self, use_cameo: bool = False, cameo_defaults: bool = False, hand: bool = True
    ) -> None:
        # CAMEO verb rules off by default: measured net harmful on the dev gold (docs/events.md)
        self.coder = Coder(table(use_cameo, cameo_defaults, hand))

    def __call__(self, doc: Document) -> Document:
        doc.events = self.coder(doc)
        return doc
