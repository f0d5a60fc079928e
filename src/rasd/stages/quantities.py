"""The quantities stage: amounts with the noun they count (``ما يقرب من 3 الأف مقاتل``)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from rasd.document import Document, Quantity, Token
from rasd.lang import ar_numbers as L
from rasd.numbers import Amount, parse_amount
from rasd.stages.base import Stage

_MONTH_WORDS = frozenset(w for name in (*L.MONTHS, *L.HIJRI_MONTHS) for w in name[:1])
_NOT_UNITS = (
    _MONTH_WORDS
    | L.HIJRI_MARKS
    | L.CE_MARKS
    | L.FUNCTION_WORDS
    | L.TIMES_OF_DAY
    | L.ORDINAL_WORDS
    | L.PAST
    | L.NEXT
    | L.CURRENT
    | frozenset(L.PERIODS)
)
_ARABIC = regex.compile(r"\p{Arabic}")
# Number words that may stand after a definite noun and count it: الرجال الخمسة, النساء العشر.
_DEFINITE_COUNTS = {w: v for w, v in L.UNITS.items() if 3 <= v <= 10}
_ONE = frozenset({"واحد", "واحده"})
_AFTER_NOUN = _ONE | {"عده"}


_NUMBER_WORDS = frozenset(
    w for table in (L.UNITS, L.TENS, L.HUNDREDS, L.SCALES, L.DUAL_SCALES, L.VAGUE) for w in table
)


# Words a number can start with (besides digits): parse_amount is tried only at these.
_STARTS = _NUMBER_WORDS | frozenset(L.ONE_IN_COMPOUND) | frozenset(L.SCALE_FRACTIONS)


def _may_start(tok: Token) -> bool:
    """Whether a number may start at ``tok``: the set lookup that skips most words."""
    if tok.kind != "word" or tok.norm in _STARTS:
        return True
    return tok.clitics is not None and tok.clitics.stem in _NUMBER_WORDS


def _is_number_word(word: str) -> bool:
    return word in _NUMBER_WORDS


def _conjoined(tok: Token) -> bool:
    """A word under و, ل or ب with a stem of three letters or more (وإصابة, لكأس)."""
    c = tok.clitics
    return c is not None and c.prefix in ("و", "ل", "ب") and len(c.stem) >= 3


def _noun(tok: Token) -> bool:
    """Whether ``tok`` may be (part of) a counted noun: a word with no prefix letter (وإصابة,
    لكأس, بنتيجة start something else), not a function, time or number word."""
    return (
        tok.kind == "word"
        and not _conjoined(tok)
        and not (
            tok.clitics is not None and tok.clitics.prefix == "و" and tok.clitics.stem in _NOT_UNITS
        )
        and tok.norm not in _NOT_UNITS
        and not _is_number_word(tok.norm)
        and _ARABIC.search(tok.norm) is not None
    )


def _stem_number(tok: Token) -> str | None:
    """The number word under a prefix or the article: وتسع, لتسعة, للخمسين, الستة → its stem."""
    c = tok.clitics
    if c is None or not (c.prefix or c.article) or c.suffix or not _is_number_word(c.stem):
        return None
    if c.article and (c.stem in L.VAGUE or L.UNITS.get(c.stem) in (0, 2)):
        return None  # الاثنين is Monday or "both", الصفر "the start"
    return c.stem


def _noun_then_count(toks: Sequence[Token], i: int) -> tuple[int, float, bool] | None:
    """A noun and the number word after it: الأشهر الستة, مبارياته الثلاث, سيارة واحدة,
    مناسبات عدة → (tokens, value, approximate)."""
    if i + 1 >= len(toks):
        return None
    noun, nxt = toks[i], toks[i + 1]
    c = nxt.clitics
    if c is None or (c.stem not in _DEFINITE_COUNTS and nxt.norm not in _AFTER_NOUN):
        return None  # the cheap test first: most words are not followed by a number word
    if not _noun(noun) or noun.norm in L.NOT_COUNTED_AFTER:
        return None
    definite = noun.clitics is not None and (noun.clitics.article or bool(noun.clitics.suffix))
    if definite and c.article and not c.prefix and not c.suffix:
        value = _DEFINITE_COUNTS.get(c.stem)
        return (2, value, False) if value else None
    if not definite and nxt.norm in _ONE and noun.norm not in L.NOT_COUNTED_BY_ONE:
        then = toks[i + 2].norm if i + 2 < len(toks) else ""
        if then.startswith("و") and _is_number_word(then[1:]):
            return None  # واحد وعشرون: a compound number, not a noun's "one"
        return 2, 1, False
    if not definite and nxt.norm == "عده":
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is None or after.kind != "word" or after.norm in L.FUNCTION_WORDS:
            return 2, 3, True  # مناسبات عدة: several (not سافر عدة آلاف, where عدة leads)
    return None


def _unit(toks: Sequence[Token], amount: Amount) -> tuple[int, int] | None:
    """Token indices ``[start, end)`` of the noun counted by ``amount``, if one follows."""
    k = amount.end
    if amount.percent or k >= len(toks):
        return None
    if toks[k].norm == "من" and k + 1 < len(toks):
        following = toks[k + 1].clitics
        after = toks[k + 2].clitics if k + 2 < len(toks) else None
        construct = after is not None and after.article  # 33 من رجال الأمن
        definite = following is not None and following.article and not following.prefix
        if amount.has_words or definite or construct:
            k += 1  # عشرات من المقاتلين, 239 من الركاب
    if not _noun(toks[k]):
        return None
    end = k + 1
    if end < len(toks):
        nxt = toks[end]
        prefix = nxt.clitics.prefix if nxt.clitics else ""
        if _noun(nxt) and not prefix and len(nxt.norm) >= 4 and nxt.norm.endswith(L.NISBA_ENDINGS):
            end += 1
    return k, end


def _excluded(toks: Sequence[Token], amount: Amount, first: int) -> bool:
    """Years, dates, labels (page, article, hour) and phone-like numbers are not amounts."""
    tok = toks[first]
    before = toks[first - 1] if first > 0 else None
    if before is not None and before.norm == "ال" and first > 1:
        before = toks[first - 2]  # دور الـ32
    after = toks[amount.end] if amount.end < len(toks) else None
    if before is not None and (before.norm in L.LABEL_WORDS or before.norm in "/+#:"):
        return tok.norm not in L.SCALES  # رقم 5 is a label; رقم مليون رحلة is not
    if tok.kind != "number" or amount.has_words:
        return False
    digits = tok.norm
    if digits.isdigit() and len(digits) >= 7:
        return True  # phone-like
    if after is not None and (after.norm in "/:" or after.norm in _MONTH_WORDS):
        return True  # 26/4/2017, 10:30, 26 نيسان
    if before is not None and before.norm in _MONTH_WORDS:
        return True  # نيسان 2017
    k = amount.end
    if k + 2 < len(toks) and toks[k + 1].norm == "/" and toks[k + 2].norm in _MONTH_WORDS:
        return True  # 26 بريل /نيسان: a misspelt month paired with a known one
    # نحو 2000 شخص, بين 2000 إلى 2400 ريال: amounts, not years
    amount_like = amount.start < first or (amount.value_max is not None and _unit(toks, amount))
    return digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100 and not amount_like


def _number(value: float | None) -> float | None:
    return int(value) if value is not None and value == int(value) else value


class QuantityFinder(Stage):
    name = "quantities"
    needs = frozenset({"tokens", "sentences"})
    provides = frozenset({"quantities"})

    def __call__(self, doc: Document) -> Document:
        found: list[Quantity] = []
        for sentence in doc.sentences:
            toks = doc.sentence_tokens(sentence)
            words = [t.norm for t in toks]
            i = 0
            while i < len(toks):
                if toks[i].kind not in ("number", "word"):
                    i += 1
                    continue
                counted = _noun_then_count(toks, i)
                if counted is not None:
                    length, value, approx = counted
                    start, end = toks[i].start, toks[i + length - 1].end
                    found.append(
                        Quantity(
                            start=start,
                            end=end,
                            text=doc.text[start:end],
                            value=_number(value),
                            value_max=None,
                            approximate=approx,
                            unit=toks[i].text,
                        )
                    )
                    i += length
                    continue
                if not _may_start(toks[i]):
                    i += 1
                    continue
                amount = parse_amount(words, i)
                if amount is None and (stem := _stem_number(toks[i])) is not None:
                    amount = parse_amount([*words[:i], stem, *words[i + 1 :]], i)
                if amount is not None and words[i] == "صفر" and amount.end == i + 1:
                    amount = None  # 1-صفر: a score; صفر is also a Hijri month
                if amount is not None and words[i] in _ONE and amount.end == i + 1:
                    amount = None  # واحدة alone follows its noun (handled above), never leads
                if amount is None or _excluded(toks, amount, i):
                    i += 1
                    continue
                unit = _unit(toks, amount)
                bare = amount.percent or words[i] in L.BARE_VAGUE
                if unit is None and not bare:
                    i = amount.end
                    continue
                start = toks[amount.start].start
                last = unit[1] if unit else amount.end
                approximate = amount.approximate
                if last < len(toks) and words[last] == "تقريبا":
                    approximate, last = True, last + 1  # أربعة أشهر تقريبا
                end = toks[last - 1].end
                unit_text: str | None = None
                if unit is not None:
                    unit_text = doc.text[toks[unit[0]].start : toks[unit[1] - 1].end]
                elif amount.percent:
                    unit_text = "%"
                found.append(
                    Quantity(
                        start=start,
                        end=end,
                        text=doc.text[start:end],
                        value=_number(amount.value),
                        value_max=_number(amount.value_max),
                        approximate=approximate,
                        unit=unit_text,
                    )
                )
                i = max(last, i + 1)
        doc.quantities = found
        return doc
