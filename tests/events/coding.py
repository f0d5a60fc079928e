"""Code events on a sentence written for a test: the helpers the event tests share."""

from __future__ import annotations

from rasd.document import Event
from rasd.pipeline import Pipeline

NLP = Pipeline()


def code(text: str, published: str | None = "2017-05-10") -> list[Event]:
    """Every event of ``text`` (offsets checked), published on ``published``."""
    doc = NLP(text, published)
    doc.check_offsets()
    return doc.events


def one(text: str, published: str | None = "2017-05-10") -> Event:
    """The one event of ``text``; fails, naming what was coded, if there are more or none."""
    events = code(text, published)
    assert len(events) == 1, [(e.trigger.text, e.type) for e in events]
    return events[0]


def types(text: str, published: str | None = "2017-05-10") -> list[tuple[str, str]]:
    """Each event of ``text`` as its trigger's text and its type."""
    return [(e.trigger.text, e.type) for e in code(text, published)]
