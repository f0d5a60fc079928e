"""Hit marking: the fast path (tokenize only where a query core occurs) marks exactly the
words that tokenizing the whole stretch and checking every token marks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.store.terms import _all_forms, hits, query_words, token_terms
from rasd.text.tokenize import iter_tokens

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-article.txt"
QUERIES = ("حلب", "الحلبي", "مدفعي", "المرصد", "العائلات", "أعزاز", "2.5", "في", "قال", "ال",
           "لم يتوقف", "امير", "بالمساعدات", "رفعت", "ريف حلب الشمالي", "مايو")  # fmt: skip


def _every_token(text: str, query: str, start: int, end: int | None) -> Iterator[tuple[int, int]]:
    forms = _all_forms(tuple(query_words(query)))
    for token in iter_tokens(text, start, end):
        if any(term in forms for term in token_terms(token)):
            yield token.start, token.end


@pytest.mark.parametrize("query", QUERIES)
def test_hits_mark_what_tokenizing_everything_marks(query: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8") + "\nوالحلبيون، لحلب؛ «حلب» حلبُ (حلب)."
    words = query_words(query)
    for start, end in ((0, None), (37, 301), (len(text) // 2, len(text) + 50), (5, 5)):
        expected = list(_every_token(text, query, start, end))
        assert list(hits(text, words, start, end)) == expected, (start, end)
    # every query but two is a word of the text (ال alone and امير are not)
    assert bool(list(hits(text, words, 0, None))) is (query not in ("ال", "امير"))


def test_latin_words_are_found_whatever_their_case() -> None:
    text = "قالت Reuters إن NATO و nato و Nato"
    assert list(hits(text, query_words("reuters"))) == [(5, 12)]
    assert [text[s:e] for s, e in hits(text, query_words("NATO"))] == ["NATO", "nato", "Nato"]
