"""The text stage: paragraphs, sentences and tokens (with clitics) that every later stage reads."""

from __future__ import annotations

from rasd.document import Document
from rasd.stages.base import Stage
from rasd.text.sentences import segment
from rasd.text.tokenize import tokenize


class TextAnalyzer(Stage):
    name = "text"
    provides = frozenset({"paragraphs", "sentences", "tokens"})

    def __call__(self, doc: Document) -> Document:
        doc.tokens = tokenize(doc.text)
        doc.paragraphs, doc.sentences = segment(doc.text, doc.tokens)
        return doc
