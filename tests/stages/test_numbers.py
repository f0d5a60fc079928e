"""Number parsing: digits, words, scales, ranges, hedges, percentages, and a round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.numbers import parse_amount, parse_digits, to_words
from rasd.text.normalize import normalize_word


def words(text: str) -> list[str]:
    return [normalize_word(w) for w in text.split()]


def first_amount(text: str):  # type: ignore[no-untyped-def]
    ws = words(text)
    for i in range(len(ws)):
        amount = parse_amount(ws, i)
        if amount is not None:
            return amount
    raise AssertionError(f"no amount in {text!r}")


@pytest.mark.parametrize(
    ("norm", "value"),
    [("300", 300), ("1,000", 1000), ("2.5", 2.5), ("1,250,000", 1250000), ("2,5", 2.5)],
)
def test_digits(norm: str, value: float) -> None:
    assert parse_digits(norm) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("٣٠٠", 300),
        ("٢٫٥ مليون", 2_500_000),
        ("واحد", 1),
        ("عشرة", 10),
        ("ثلاث", 3),
        ("ثلاثين", 30),
        ("ثلاثون", 30),
        ("خمسة وعشرون", 25),
        ("ثلاثمائة", 300),
        ("ثلاث مئة", 300),
        ("مئتين", 200),
        ("مائتى", 200),
        ("ألفين", 2000),
        ("ثلاثة آلاف", 3000),
        ("3 آلاف", 3000),
        ("3 الأف", 3000),
        ("3 الاف", 3000),
        ("300 الف", 300_000),
        ("2.5 مليون", 2_500_000),
        ("خمسة ملايين", 5_000_000),
        ("مليار", 1_000_000_000),
        ("أحد عشر", 11),
        ("ألف وخمسمائة وأحد عشر", 1511),
    ],
)
def test_values(text: str, value: float) -> None:
    amount = first_amount(text)
    assert amount.value == value
    assert amount.end == len(words(text))
    assert not amount.approximate


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("250-300", 250, 300),
        ("بين 250 و300", 250, 300),
        ("ما بين 250 و 300", 250, 300),
        ("من 10 إلى 15", 10, 15),
        ("2 إلى 3 آلاف", 2000, 3000),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    amount = first_amount(text.replace("-", " - "))
    assert (amount.value, amount.value_max) == (low, high)
    assert amount.start == 0


def test_two_numbers_joined_by_wa_are_not_one() -> None:
    amount = first_amount("قتل 5 و7")
    assert amount.value == 5
    assert amount.value_max is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("عشرات", 20), ("مئات", 200), ("آلاف", 2000), ("بضعة", 3), ("عشرات الآلاف", 20_000)],
)
def test_vague(text: str, value: float) -> None:
    amount = first_amount(text)
    assert amount.value == value
    assert amount.approximate


@pytest.mark.parametrize(
    "hedge", ["نحو", "حوالى", "حوالي", "ما يقرب من", "قرابة", "أكثر من", "أقل من", "زهاء"]
)
def test_hedges(hedge: str) -> None:
    amount = first_amount(f"{hedge} 40")
    assert amount.value == 40
    assert amount.approximate
    assert amount.start == 0


@pytest.mark.parametrize("text", ["30 %", "30 في المئة", "30 بالمئة", "30 بالمائة"])
def test_percent(text: str) -> None:
    amount = first_amount(text)
    assert amount.value == 30
    assert amount.percent


@pytest.mark.parametrize(
    ("n", "text"), [(25, "خمسة وعشرون"), (3000, "ثلاثة آلاف"), (2000, "ألفان")]
)
def test_to_words(n: int, text: str) -> None:
    assert to_words(n) == text


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_words_parse_back(n: int) -> None:
    ws = words(to_words(n))
    amount = parse_amount(ws, 0)
    assert amount is not None
    assert amount.value == n
    assert amount.end == len(ws)
