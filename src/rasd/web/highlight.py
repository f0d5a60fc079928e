"""An article's text cut into pieces at the edges of its spans, each piece with the layers
that cover it, so that overlapping spans (a place inside a quote) are highlighted together."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from rasd.document import Document

# The layer of each highlighted span and the CSS class the page gives it.
LAYER_CLASSES = {
    "entities": "ent",
    "quotes": "quote",
    "places": "place",
    "quantities": "qty",
    "dates": "date",
    "events": "event",
}


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the text and what covers it: CSS classes, labels, and the index of the
    quote it belongs to (for the link to its speaker)."""

    text: str
    classes: tuple[str, ...]
    labels: tuple[str, ...]
    quote: int | None


def _spans(doc: Document) -> list[tuple[int, int, str, str, int | None]]:
    out: list[tuple[int, int, str, str, int | None]] = []
    for e in doc.entities:
        out.append((e.start, e.end, f"ent ent-{e.type}", e.type, None))
    for i, q in enumerate(doc.quotes):
        label = f"قول: {q.speaker_name}" if q.speaker_name else "قول"
        out.append((q.start, q.end, "quote", label, i))
    for p in doc.places:
        out.append((p.start, p.end, "place", p.name or p.name_ar or "مكان", None))
    for n in doc.quantities:
        out.append((n.start, n.end, "qty", f"{n.value} {n.unit or ''}".strip(), None))
    for d in doc.dates:
        out.append((d.start, d.end, "date", d.value or "تاريخ", None))
    for ev in doc.events:
        label = ev.type + (f"/{ev.mode}" if ev.mode else "")
        out.append((ev.trigger.start, ev.trigger.end, "event", label, None))
    return [s for s in out if 0 <= s[0] < s[1] <= len(doc.text)]


def pieces(doc: Document) -> list[Piece]:
    """The text of ``doc`` in pieces; joined, they give the text back unchanged."""
    spans = _spans(doc)
    cuts = sorted({0, len(doc.text), *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        covering = [s for s in spans if s[0] <= start and end <= s[1]]
        classes = tuple(dict.fromkeys(c for s in covering for c in s[2].split()))
        labels = tuple(dict.fromkeys(s[3] for s in covering))
        quote = next((s[4] for s in covering if s[4] is not None), None)
        out.append(Piece(doc.text[start:end], classes, labels, quote))
    return out
