"""Tokenization into words, numbers and punctuation, with offsets into the unchanged text.

One compiled regular expression does the scan (no per-character Python loop). A number is
one token with its decimal and thousands marks (``3.5``, ``٣٠٠``, ``1,000``; a direction mark
beside the mark stays inside: ``6.\u200f15``), so a range
``250-300`` is three tokens and a date ``26/4/2017`` five; letters glued to digits part
(``2013م`` → ``2013`` ``م``). Zero-width and direction marks between words are skipped,
inside a word they stay part of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from rasd.document import Token
from rasd.text.clitics import Clitics, best
from rasd.text.normalize import normalize_word

_TOKEN = regex.compile(
    r"""
    (?P<url>(?:https?://|www\.)[^\s<>"«»]{0,2000}[^\s<>"«».,،؛:!?)\]])
  | (?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})
  | (?P<number>\d+(?:[\u200e\u200f\u061c]?[.,٫٬][\u200e\u200f\u061c]?\d+)*)
  | (?P<word>[\p{L}\p{M}\u0640][\p{L}\p{M}\u0640\u200c\u200d]*)
  | (?P<punct>\.{2,}|[!?؟]+|[^\s\p{Cf}\p{Cc}\p{Z}])
    """,
    regex.VERBOSE,
)
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")


@lru_cache(maxsize=200_000)
def word_features(text: str) -> tuple[str, Clitics | None]:
    """A word's matching form (ة folded) and, for an Arabic word, its best clitic split."""
    light = normalize_word(text, keep_ta_marbuta=True)
    if light and _ARABIC_LETTER.match(light):
        return light.replace("ة", "ه"), best(light)
    return normalize_word(text), None


@lru_cache(maxsize=4096)
def _punct_kind(text: str) -> str:
    return "punct" if regex.match(r"\p{P}", text) else "symbol"


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of ``text[start:end]``, with offsets into the whole ``text``."""
    stop = len(text) if end is None else end
    for m in _TOKEN.finditer(text, start, stop):
        kind = m.lastgroup or "punct"
        surface = m.group()
        if kind == "word":
            norm, clitics = word_features(surface)
            yield Token(m.start(), m.end(), surface, "word", norm, clitics)
        elif kind == "punct":
            yield Token(m.start(), m.end(), surface, _punct_kind(surface), normalize_word(surface))
        else:
            yield Token(m.start(), m.end(), surface, kind, normalize_word(surface))


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``."""
    return list(iter_tokens(text))
