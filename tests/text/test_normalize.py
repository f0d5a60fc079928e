from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalize import TABLE, normalize, normalize_word


def test_folds_letters_digits_quotes_and_dashes() -> None:
    assert normalize_word("أإآٱ") == "اااا"
    assert normalize_word("مستشفى") == "مستشفي"
    assert normalize_word("الرقة") == "الرقه"
    assert normalize_word("الرقة", keep_ta_marbuta=True) == "الرقة"
    assert normalize_word("٣٠٠ ۴۵") == "300 45"
    assert normalize_word("٣٫٥") == "3.5"
    assert normalize_word("«داعش» “x” ‘y’") == '"داعش" "x" \'y\''
    assert normalize_word("250–300 — 1") == "250-300 - 1"
    assert normalize_word("ISIS") == "isis"


def test_removes_diacritics_tatweel_and_invisible_marks() -> None:
    assert normalize_word("فرَّ") == "فر"
    assert normalize_word("وفقاً") == "وفقا"
    assert normalize_word("الحمـــد") == "الحمد"
    assert normalize_word("سو\u200cريا\u200f") == "سوريا"


def test_expands_presentation_forms() -> None:
    assert normalize_word("ﻻ") == "لا"
    assert normalize_word("ﷲ") == "الله"


def test_span_of_the_matching_form_maps_back_to_the_written_word() -> None:
    text = "فرَّ مقاتلو «داعش» من الرقـــةِ"
    n = normalize(text)
    i = n.text.index("الرقه")
    start, end = n.to_original(i, i + len("الرقه"))
    assert text[start:end] == "الرقـــةِ"
    i = n.text.index("فر")
    assert text[slice(*n.to_original(i, i + 2))] == "فرَّ"
    i = n.text.index("داعش")
    assert text[slice(*n.to_original(i - 1, i + 5))] == "«داعش»"


def test_expansion_maps_to_its_one_character() -> None:
    text = "ﻻ بد"
    n = normalize(text)
    assert n.text == "لا بد"
    assert n.to_original(0, 1) == (0, 1)
    assert n.to_original(0, 2) == (0, 1)
    assert n.to_original(3, 5) == (2, 4)
    assert n.normalized_index(2) == 3


@given(st.text())
def test_offset_map_agrees_with_the_translation(text: str) -> None:
    n = normalize(text)
    assert n.text == text.translate(TABLE)
    previous = 0
    for i in range(len(n.text) + 1):
        j = n.original_index(i)
        assert previous <= j <= len(text)
        previous = j
    for j, ch in enumerate(text):
        repl = TABLE.get(ord(ch), ch)
        i = n.normalized_index(j)
        if len(repl) >= 1:
            assert n.text[i : i + len(repl)] == repl
            assert n.original_index(i) == j
        start, end = n.to_original(i, i + len(repl))
        assert start <= j or not repl
        assert end <= len(text)


@given(st.text(alphabet=st.sampled_from("ابتةىأإ َُِّـ\u200c«»٣ﻻ ")), st.data())
def test_any_normalized_span_maps_to_a_valid_original_span(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    a = data.draw(st.integers(0, len(n.text)))
    b = data.draw(st.integers(a, len(n.text)))
    start, end = n.to_original(a, b)
    assert 0 <= start <= end <= len(text)
    assert normalize_word(text[start:end]).find(n.text[a:b]) >= 0
