"""Run the text stage and one finder on a short text, checking offsets."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages.base import Stage
from rasd.stages.text import TextAnalyzer


def run(stage: Stage, text: str, published: str | None = None) -> Document:
    doc = stage(TextAnalyzer()(Document(text=text, published=published)))
    doc.check_offsets()
    return doc
