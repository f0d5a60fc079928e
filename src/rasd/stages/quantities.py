"""The quantities stage: amounts with the noun they count (``ما يقرب من 3 الأف مقاتل``)."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.document import Document, Quantity, Token
from rasd.lang import ar_numbers as L
from rasd.numbers import Amount, parse_amount
from rasd.stages.base import Stage

_MONTH_WORDS = frozenset(w for name in (*L.MONTHS, *L.HIJRI_MONTHS) for w in name[:1])
_NOT_UNITS = _MONTH_WORDS | L.HIJRI_MARKS | L.CE_MARKS | L.FUNCTION_WORDS


def _is_number_word(word: str) -> bool:
    return any(
        word in table for table in (L.UNITS, L.TENS, L.HUNDREDS, L.SCALES, L.DUAL_SCALES, L.VAGUE)
    )


def _noun(tok: Token) -> bool:
    """Whether ``tok`` may be (part of) a counted noun."""
    return tok.kind == "word" and tok.norm not in _NOT_UNITS and not _is_number_word(tok.norm)


def _unit(toks: Sequence[Token], amount: Amount) -> tuple[int, int] | None:
    """Token indices ``[start, end)`` of the noun counted by ``amount``, if one follows."""
    k = amount.end
    if amount.percent or k >= len(toks):
        return None
    if toks[k].norm == "من" and amount.has_words and k + 1 < len(toks):
        k += 1  # عشرات من المقاتلين
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
    after = toks[amount.end] if amount.end < len(toks) else None
    if before is not None and (before.norm in L.LABEL_WORDS or before.norm in "/+#"):
        return True
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
    return digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100


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
                amount = parse_amount(words, i)
                if amount is None or _excluded(toks, amount, i):
                    i += 1
                    continue
                unit = _unit(toks, amount)
                if unit is None and not (amount.percent or amount.has_words):
                    i = amount.end
                    continue
                start = toks[amount.start].start
                end = toks[unit[1] - 1].end if unit else toks[amount.end - 1].end
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
                        approximate=amount.approximate,
                        unit=unit_text,
                    )
                )
                i = max(amount.end, unit[1] if unit else 0, i + 1)
        doc.quantities = found
        return doc
