"""The speaker index: every statement of some articles, grouped by who made it.

Speakers are grouped by entity (``entity_id``) where the tagger linked one, else by the
normalized name; unattributed statements (passives, unresolved continuations) form one group
at the end. Lines of the text view start with a right-to-left mark (U+200F) so that terminals
that apply the bidirectional algorithm lay them out right to left.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.document import Document, Quote
from rasd.text.normalize import normalize_word

RLM = "\u200f"
UNATTRIBUTED = "بلا مصدر مسمى"  # "no named source"


@dataclass(slots=True)
class Statement:
    article: str
    quote: Quote


@dataclass(slots=True)
class SpeakerEntry:
    name: str | None
    statements: list[Statement] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.name,
            "statements": [
                {
                    "article": s.article,
                    "start": s.quote.start,
                    "end": s.quote.end,
                    "text": s.quote.text,
                    "direct": s.quote.direct,
                    "cue": s.quote.cue.text if s.quote.cue else None,
                }
                for s in self.statements
            ],
        }


def _key(quote: Quote) -> str | None:
    # entity ids are per document, so names are what is shared across articles
    return " ".join(normalize_word(quote.speaker_name).split()) if quote.speaker_name else None


def speaker_index(docs: Iterable[Document]) -> list[SpeakerEntry]:
    """Speakers with their statements, the most quoted first; the unattributed last."""
    groups: dict[str | None, SpeakerEntry] = {}
    for n, doc in enumerate(docs):
        article = doc.id or f"#{n + 1}"
        for quote in doc.quotes:
            key = _key(quote)
            entry = groups.setdefault(key, SpeakerEntry(quote.speaker_name))
            entry.statements.append(Statement(article, quote))
    named = sorted(
        (e for k, e in groups.items() if k is not None),
        key=lambda e: (-len(e.statements), e.name or ""),
    )
    return named + ([groups[None]] if None in groups else [])


def render_index(entries: list[SpeakerEntry], several: bool) -> str:
    lines: list[str] = []
    for entry in entries:
        lines.append(f"{RLM}■ {entry.name or UNATTRIBUTED} ({len(entry.statements)})")
        for s in entry.statements:
            mark = "«»" if s.quote.direct else "…"
            where = f" [{s.article}]" if several else ""
            cue = f"{s.quote.cue.text}: " if s.quote.cue else ""
            text = " ".join(s.quote.text.split())
            lines.append(f"{RLM}  {mark} {cue}{text}{where}")
        lines.append("")
    return "\n".join(lines)


def render_index_json(entries: list[SpeakerEntry]) -> str:
    return json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=2) + "\n"
