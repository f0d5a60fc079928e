"""Parse Arabic amounts (digits, number words, scales, ranges, hedges) from matching forms.

Everything here reads a sequence of token matching forms (``Token.norm``: alef folded, ة → ه,
Eastern-Arabic digits as ASCII) and returns token indices, so that callers map results back to
offsets themselves. ``to_words`` writes an integer in Arabic words (for tests and round trips).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from rasd.lang import ar_numbers as L

_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})+")
_DOT_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_PLAIN = regex.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True, slots=True)
class Amount:
    """Tokens ``[start, end)`` read as a number: ``value`` (to ``value_max`` for a range)."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    approximate: bool = False
    percent: bool = False
    has_words: bool = False  # a number word, scale or vague word took part


def parse_digits(norm: str) -> float | None:
    """The value of one number token: ``1,000``, ``2.5``, ``2,5``, ``1.000.000``.

    The tokenizer's ``\\d`` follows the Unicode version of the ``regex`` module, which can be
    newer than Python's own: a digit that Python does not know (Garay ``U+10D40`` under
    Python 3.11) is no number here rather than a crash in ``float``."""
    if _THOUSANDS.fullmatch(norm) and len(norm.split(",")[-1]) == 3:
        return _float(norm.replace(",", ""))
    if _DOT_THOUSANDS.fullmatch(norm):
        return _float(norm.replace(".", ""))
    if _PLAIN.fullmatch(norm):
        return _float(norm.replace(",", "."))
    return None


def _float(digits: str) -> float | None:
    try:
        return float(digits)
    except ValueError:
        return None


def _strip_wa(word: str) -> str | None:
    """``وعشرون`` → ``عشرون``: the و that joins the parts of a compound number."""
    return word[1:] if word.startswith("و") and len(word) > 2 else None


def _word_value(word: str) -> tuple[str, int] | None:
    """The kind (unit, ten, hundred, scale, dual) and value of a number word."""
    for kind, table in (
        ("unit", L.UNITS),
        ("ten", L.TENS),
        ("hundred", L.HUNDREDS),
        ("scale", L.SCALES),
        ("dual", L.DUAL_SCALES),
    ):
        if word in table:
            return kind, table[word]
    return None


def _magnitude(value: float) -> int:
    """The place of the last part of a number: 1 for units, 10 for tens, 100, 1000..."""
    mag = 1
    while value >= mag * 10:
        mag *= 10
    return mag


def parse_number(words: Sequence[str], i: int) -> Amount | None:
    """The number that starts at ``words[i]``, without hedges or ranges, or ``None``."""
    n = len(words)
    if i >= n:
        return None
    total = 0.0  # finished scale groups
    current = 0.0  # the group below the next scale
    last = 0  # magnitude of the last part read, to know whether و continues the number
    has_words = False
    approximate = False
    j = i
    first = words[i]
    digits = parse_digits(first)
    if digits is not None:
        current, j, last = digits, i + 1, 1
    elif first in L.VAGUE and not (
        first in L.VAGUE_NEEDS_SCALE
        and not (i + 1 < n and (words[i + 1] in L.SCALES or words[i + 1] == "الالاف"))
    ):
        current, j, last, has_words, approximate = float(L.VAGUE[first]), i + 1, 1, True, True
        if first in L.VAGUE_NEEDS_SCALE:
            current = 3.0
    elif first in L.ONE_IN_COMPOUND and i + 1 < n and words[i + 1] in L.TEEN_TENS:
        current, j, last, has_words = 11.0, i + 2, 10, True
    elif first in L.SCALE_FRACTIONS and i + 1 < n and words[i + 1] in L.SCALES:
        value = L.SCALE_FRACTIONS[first] * L.SCALES[words[i + 1]]
        return Amount(i, i + 2, value, has_words=True)  # نصف مليون
    elif first in L.PLURAL_SCALES:
        return Amount(i, i + 1, 2.0 * L.SCALES[first], approximate=True, has_words=True)
    while j < n:
        word = words[j]
        joined = False
        found = _word_value(word) if (digits is None or j > i) else None
        bare = _strip_wa(word) if j > i else None
        if bare is not None:  # وأحد is و + أحد here, not واحد
            if bare.startswith("ال") and _word_value(bare) is None and _word_value(bare[2:]):
                bare = bare[2:]  # الواحد والعشرين: the article on each part of a compound
            if bare in L.ONE_IN_COMPOUND and j + 1 < n and words[j + 1] in L.TEEN_TENS:
                found, joined = ("unit", 1), True
            elif (joined_found := _word_value(bare)) is not None:
                found, joined = joined_found, True
        if found is None and word == "الالاف" and current:
            found = ("scale", 1000)
        if found is None and word in L.FRACTIONS and j > i and (current or total):
            if current:
                current += L.FRACTIONS[word]  # 2 ونصف
            else:
                total += L.FRACTIONS[word] * last  # مليون ونصف
            j += 1
            break
        if found is None:
            break
        kind, value = found
        ten_after_unit = kind == "ten" and last == 1 and current % 100 < 10
        if joined and value >= last and not ten_after_unit:
            break  # 250 و300 is a range or a list, not one number
        if kind in ("scale", "dual"):
            if j > i and not current and not total and kind == "scale":
                break
            multiplier = current or (2.0 if kind == "dual" else 1.0)
            if kind == "dual" and current:
                break
            total += multiplier * value
            current, last = 0.0, value
        elif kind == "unit" and value == 10 and last == 1 and 1 <= current % 100 <= 9:
            current += 10  # ثلاثة عشر
            last = 10
        elif kind == "hundred" and value == 100 and j > i and 3 <= current <= 9:
            current *= 100  # ثلاث مئة
            last = 100
        else:
            if j > i and not joined:
                break  # two numbers side by side
            current += value
            last = _magnitude(value)
        has_words = True
        j += 1
    if j == i:
        return None
    return Amount(i, j, total + current, approximate=approximate, has_words=has_words)


def _match_seq(words: Sequence[str], i: int, seqs: Sequence[tuple[str, ...]]) -> int:
    """The length of the first sequence of ``seqs`` found at ``words[i]``, or 0."""
    for seq in seqs:
        if tuple(words[i : i + len(seq)]) == seq:
            return len(seq)
    return 0


def _hedge_before(words: Sequence[str], i: int) -> int:
    """The index where a hedge ending right before ``words[i]`` starts, or ``i``."""
    for seq in L.HEDGES:
        k = i - len(seq)
        if k >= 0 and tuple(words[k:i]) == seq:
            return k
    return i


def parse_amount(words: Sequence[str], i: int) -> Amount | None:
    """A number at ``words[i]`` with its range, percent sign and the hedge before it."""
    num = parse_number(words, i)
    if num is None:
        return None
    start, end = i, num.end
    value_max: float | None = None
    approximate = num.approximate
    first_value = num.value
    if end + 1 < len(words) and words[end] in L.RANGE_JOINERS:
        second = parse_number(words, end + 1)
        joiner = words[end]
        opener = _match_seq(words, max(0, i - 2), L.RANGE_OPENERS[:1]) == 2 and i >= 2
        opened = opener or (i >= 1 and words[i - 1] in ("بين", "من"))
        needs_opener = joiner == "و"
        if second is not None and second.value > num.value and (opened or not needs_opener):
            value_max, end = second.value, second.end
            scale = L.SCALES.get(words[end - 1], 0)
            if scale and num.value * scale <= second.value and words[i + 1] not in L.SCALES:
                first_value = num.value * scale  # 2 إلى 3 آلاف: the scale is shared
            if opened:
                start = i - 2 if opener else i - 1
    elif end < len(words) and words[end].startswith("و") and i >= 1 and words[i - 1] == "بين":
        second = parse_number([words[end][1:]], 0)
        if second is not None and second.value > num.value:
            value_max, end, start = second.value, end + 1, i - 1
    percent = False
    plen = _match_seq(words, end, L.PERCENT_WORDS)
    if plen:
        percent, end = True, end + plen
    hedge = _hedge_before(words, start)
    if hedge < start:
        approximate, start = True, hedge
    if not math.isfinite(first_value) or (value_max is not None and not math.isfinite(value_max)):
        return None  # hundreds of digits times a scale: no count a text can mean
    return Amount(
        start,
        end,
        first_value,
        value_max=value_max,
        approximate=approximate,
        percent=percent,
        has_words=num.has_words,
    )


_UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_TENS_M = ["", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_HUNDREDS_M = [
    "",
    "مئة",
    "مئتان",
    "ثلاثمئة",
    "أربعمائة",
    "خمسمئة",
    "ستمائة",
    "سبعمئة",
    "ثمانمئة",
    "تسعمائة",
]
_SCALE_NAMES = ((1_000_000, "مليون", "مليونان", "ملايين"), (1_000, "ألف", "ألفان", "آلاف"))


def _below_thousand(n: int) -> list[str]:
    parts: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(_HUNDREDS_M[hundreds])
    if rest:
        tens, units = divmod(rest, 10)
        if rest < 10:
            parts.append(_UNITS_M[rest])
        elif rest == 10:
            parts.append("عشرة")
        elif rest == 11:
            parts.append("أحد عشر")
        elif rest == 12:
            parts.append("اثنا عشر")
        elif rest < 20:
            parts.append(_UNITS_M[units] + " عشر")
        elif units:
            parts.append(_UNITS_M[units] + " و" + _TENS_M[tens])
        else:
            parts.append(_TENS_M[tens])
    return parts


def to_words(n: int) -> str:
    """``n`` (0 to 999,999,999) in Arabic words, masculine nominative: 25 → خمسة وعشرون."""
    if not 0 <= n < 1_000_000_000:
        raise ValueError(f"{n} is outside 0..999,999,999")
    if n == 0:
        return "صفر"
    parts: list[str] = []
    rest = n
    for scale, one, two, plural in _SCALE_NAMES:
        count, rest = divmod(rest, scale)
        if count == 1:
            parts.append(one)
        elif count == 2:
            parts.append(two)
        elif 3 <= count <= 10:
            parts.append(" ".join(_below_thousand(count)) + " " + plural)
        elif count:
            parts.append(" و".join(_below_thousand(count)) + " " + one)
    parts.extend(_below_thousand(rest))
    return " و".join(parts)
