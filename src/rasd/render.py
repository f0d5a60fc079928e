"""A readable right-to-left rendering of a document: sentences with spans marked, then lists.

Each line starts with a right-to-left mark (U+200F) so that terminals and editors that apply
the Unicode bidirectional algorithm lay the line out right to left. Marked spans read
``[الرقة|LOC]``; where spans overlap, the earliest and then longest is marked.
"""

from __future__ import annotations

import json
from typing import Any

from rasd.document import Document, Span

RLM = "\u200f"


def _marks(doc: Document) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    found += [(e.start, e.end, e.type) for e in doc.entities]
    found += [(p.start, p.end, p.kind or "place") for p in doc.places]
    found += [(q.start, q.end, "#") for q in doc.quantities]
    found += [(d.start, d.end, d.value or "date") for d in doc.dates]
    found += [(e.trigger.start, e.trigger.end, e.type) for e in doc.events]
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, label in found:
        if start >= last_end and end > start:
            chosen.append((start, end, label))
            last_end = end
    return chosen


def _marked(text: str, start: int, end: int, marks: list[tuple[int, int, str]]) -> str:
    out: list[str] = []
    pos = start
    for m_start, m_end, label in marks:
        if m_start < start or m_end > end:
            continue
        out.append(text[pos:m_start])
        out.append(f"[{text[m_start:m_end]}|{label}]")
        pos = m_end
    out.append(text[pos:end])
    return "".join(out)


def _span_text(span: Span | None) -> str:
    return span.text if span is not None else "؟"


def render_text(doc: Document) -> str:
    """The document as lines of text for a person to read."""
    lines: list[str] = []
    head = doc.id or "article"
    if doc.published:
        head += f" ({doc.published})"
    lines.append(f"{RLM}# {head}")
    marks = _marks(doc)
    paragraph = None
    for i, sentence in enumerate(doc.sentences):
        if paragraph is not None and sentence.paragraph != paragraph:
            lines.append("")
        paragraph = sentence.paragraph
        body = _marked(doc.text, sentence.start, sentence.end, marks)
        lines.append(f"{RLM}{i + 1}. {body}")
    if doc.quotes:
        lines += ["", f"{RLM}# quotes"]
        for q in doc.quotes:
            who = q.speaker_name or _span_text(q.speaker)
            lines.append(f"{RLM}- {who}: «{q.text}»{'' if q.direct else ' (reported)'}")
    if doc.events:
        lines += ["", f"{RLM}# events"]
        for e in doc.events:
            actor = _span_text(e.actor)
            target = _span_text(e.target)
            where = f" @ {e.place.text}" if e.place else ""
            lines.append(f"{RLM}- {e.type}: {actor} → {target}{where} ({e.date or '؟'})")
    counts = (
        (len(doc.sentences), "sentence", "sentences"),
        (len(doc.tokens), "token", "tokens"),
        (len(doc.entities), "entity", "entities"),
        (len(doc.quotes), "quote", "quotes"),
        (len(doc.places), "place", "places"),
        (len(doc.quantities), "quantity", "quantities"),
        (len(doc.dates), "date", "dates"),
        (len(doc.events), "event", "events"),
    )
    lines.append(
        f"{RLM}# " + ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in counts)
    )
    return "\n".join(lines) + "\n"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def render_json(doc: Document) -> str:
    """The contract object as JSON a person can scan: one key, or one list item, per line."""
    data = doc.to_dict()
    parts: list[str] = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {_dumps(item)}" for item in value)
            parts.append(f"  {_dumps(key)}: [\n{items}\n  ]")
        else:
            parts.append(f"  {_dumps(key)}: {_dumps(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"
