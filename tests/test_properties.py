"""Property tests: arbitrary Unicode through the whole pipeline keeps every offset valid."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd
from rasd.document import Document

ARABIC_PIECES = [
    "قال",
    "وللولايات",
    "الرقة",
    "فرَّ",
    "ـ",
    "،",
    "؛",
    "؟",
    ".",
    "…",
    "...",
    '"',
    "«",
    "»",
    "“",
    "”",
    "'",
    "-",
    "–",
    "/",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "٣٠٠",
    "250",
    "3.5",
    "2013م",
    "د.",
    "ﻻ",
    "\u200c",
    "\u200f",
    "\ufeff",
    "ّ",
    "ً",
    "!",
    "(",
    ")",
    "https://a.b/c",
    "x@y.io",
    "إ",
    "ى",
    "ة",
]
arabic_heavy = st.lists(st.sampled_from(ARABIC_PIECES), max_size=60).map("".join)
any_text = st.text(max_size=300)
mixed = st.lists(st.one_of(st.sampled_from(ARABIC_PIECES), st.text(max_size=5)), max_size=40).map(
    "".join
)
_SKIPPED = regex.compile(r"[\s\p{Cf}\p{Cc}\p{Z}]")


def _check(text: str) -> Document:
    doc = rasd.analyze(text)
    doc.check_offsets()
    assert doc.text == text
    # tokens are in order, do not overlap, and cover every visible character
    covered = [False] * len(text)
    last = 0
    for token in doc.tokens:
        assert last <= token.start < token.end
        last = token.end
        for i in range(token.start, token.end):
            covered[i] = True
    for i, ch in enumerate(text):
        assert covered[i] or _SKIPPED.match(ch), (i, ch)
    # sentences partition the tokens, in order, and stay inside their paragraph
    expected = 0
    for sentence in doc.sentences:
        assert sentence.token_start == expected < sentence.token_end
        expected = sentence.token_end
        paragraph = doc.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert "\n" not in text[sentence.start : sentence.end]
    assert expected == len(doc.tokens)
    assert Document.from_dict(doc.to_dict()) == doc
    return doc


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=300)
@given(arabic_heavy)
def test_arabic_heavy_text(text: str) -> None:
    _check(text)


@settings(max_examples=200)
@given(mixed)
def test_mixed_text(text: str) -> None:
    _check(text)


def test_long_single_line_is_linear() -> None:
    text = "a." * 50_000 + "وقال" * 10_000
    doc = _check(text)
    assert len(doc.tokens) > 50_000
