"""Normalization for matching, with a map from normalized back to original offsets.

The matching form removes diacritics, tatweel and invisible marks, folds the alef family to
ا, ى to ي, ة to ه, Eastern-Arabic and Persian digits to ASCII, every quotation mark to " or '
and every dash to -, lower-cases ASCII and expands presentation forms (ﻻ → لا). The original
text is never changed: ``Normalized.to_original`` turns a span of the matching form back into
offsets of the input.

The bulk of the work is one ``str.translate`` (C speed). Only characters whose replacement is
not exactly one character (deletions, expansions) break the 1:1 alignment, so the offset map
is stored as breakpoints at those characters, not as an array as long as the text.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import regex

from rasd.lang import ar


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in (*ar.DIACRITICS, ar.TATWEEL, *ar.INVISIBLE):
        table[ord(ch)] = ""
    for folds in (ar.LETTER_FOLDS, ar.DIGIT_FOLDS, ar.PUNCT_FOLDS):
        for src, dst in folds.items():
            table[ord(src)] = dst
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    # Arabic presentation forms: compatibility-decompose, then fold what comes out.
    for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        ch = chr(c)
        if unicodedata.category(ch) == "Cn":
            continue
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            table[c] = "".join(table.get(ord(d), d) for d in decomposed)
    return table


TABLE: dict[int, str] = _build_table()
# The same without ة → ه: the clitic analyzer must see ة, which is never a pronoun suffix.
TABLE_KEEP_TA_MARBUTA: dict[int, str] = {c: r for c, r in TABLE.items() if c != ord("ة")}
_IRREGULAR = regex.compile(
    "[" + "".join(regex.escape(chr(c)) for c, r in sorted(TABLE.items()) if len(r) != 1) + "]"
)


def normalize_word(word: str, keep_ta_marbuta: bool = False) -> str:
    """The matching form of a short string, without an offset map."""
    return word.translate(TABLE_KEEP_TA_MARBUTA if keep_ta_marbuta else TABLE)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The matching form ``text`` of ``original``, with breakpoints for the offset map.

    ``_norm[i]``/``_orig[i]`` start a stretch of the map: from there, normalized positions
    advance with original ones when ``_linear[i]``, or all point at ``_orig[i]`` (an expansion)
    when not.
    """

    text: str
    original: str
    _norm: tuple[int, ...]
    _orig: tuple[int, ...]
    _linear: tuple[bool, ...]

    def original_index(self, i: int) -> int:
        """Original offset of the character at normalized offset ``i`` (``len`` maps to ``len``)."""
        if i >= len(self.text):
            return len(self.original)
        k = bisect_right(self._norm, i) - 1
        return self._orig[k] + (i - self._norm[k] if self._linear[k] else 0)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalized span ``[start, end)``.

        The span keeps the marks removed inside it and right after its last letter (a shadda,
        a tatweel), so that the original slice reads as the whole written word.
        """
        if start >= end:
            pos = self.original_index(start)
            return pos, pos
        last = self.original_index(end - 1)
        after = self.original_index(end)
        return self.original_index(start), after if after > last else last + 1

    def normalized_index(self, j: int) -> int:
        """Normalized offset of the original offset ``j``; a removed character maps forward."""
        if j >= len(self.original):
            return len(self.text)
        k = bisect_right(self._orig, j) - 1
        if not self._linear[k]:
            return self._norm[k]
        pos = self._norm[k] + (j - self._orig[k])
        limit = self._norm[k + 1] if k + 1 < len(self._norm) else len(self.text)
        return min(pos, limit)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching and keep the way back to its offsets."""
    out = text.translate(TABLE)
    norm: list[int] = [0]
    orig: list[int] = [0]
    linear: list[bool] = [True]
    q = 0  # normalized position of the next original character
    p_prev = 0
    for m in _IRREGULAR.finditer(text):
        p = m.start()
        q += p - p_prev
        repl = TABLE[ord(text[p])]
        if repl:
            norm.append(q)
            orig.append(p)
            linear.append(False)
            q += len(repl)
        norm.append(q)
        orig.append(p + 1)
        linear.append(True)
        p_prev = p + 1
    return Normalized(out, text, tuple(norm), tuple(orig), tuple(linear))
