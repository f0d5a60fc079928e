from __future__ import annotations

from rasd.text.tokenize import tokenize


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_words_and_arabic_punctuation() -> None:
    assert _texts("قال زيد، ثم غادر؛ هل عاد؟") == [
        "قال",
        "زيد",
        "،",
        "ثم",
        "غادر",
        "؛",
        "هل",
        "عاد",
        "؟",
    ]


def test_numbers_keep_their_decimal_and_thousands_marks() -> None:
    assert _texts("بين 250-300 و3.5 و٣٠٠ و1,000 و٢٫٥") == [
        "بين",
        "250",
        "-",
        "300",
        "و",
        "3.5",
        "و",
        "٣٠٠",
        "و",
        "1,000",
        "و",
        "٢٫٥",
    ]
    kinds = [t.kind for t in tokenize("250-300")]
    assert kinds == ["number", "punct", "number"]


def test_letters_glued_to_digits_part() -> None:
    assert _texts("عام 2013م.") == ["عام", "2013", "م", "."]
    assert _texts("26/4/2017") == ["26", "/", "4", "/", "2017"]


def test_quotes_and_brackets_are_tokens() -> None:
    assert _texts('«داعش» "صوت وصورة" (د ب أ)') == [
        "«",
        "داعش",
        "»",
        '"',
        "صوت",
        "وصورة",
        '"',
        "(",
        "د",
        "ب",
        "أ",
        ")",
    ]


def test_diacritics_tatweel_and_zero_width_joiners_stay_inside_words() -> None:
    tokens = tokenize("فرَّ الحمـــد سو\u200cريا")
    assert [t.text for t in tokens] == ["فرَّ", "الحمـــد", "سو\u200cريا"]
    assert [t.norm for t in tokens] == ["فر", "الحمد", "سوريا"]


def test_direction_marks_between_words_are_skipped() -> None:
    assert _texts("\u200fقال\u200e \ufeffزيد") == ["قال", "زيد"]


def test_urls_emails_and_ellipses() -> None:
    tokens = tokenize("راجع https://example.org/a?b=1. أو اكتب a.b@example.com ... ثم!!")
    assert [(t.text, t.kind) for t in tokens] == [
        ("راجع", "word"),
        ("https://example.org/a?b=1", "url"),
        (".", "punct"),
        ("أو", "word"),
        ("اكتب", "word"),
        ("a.b@example.com", "email"),
        ("...", "punct"),
        ("ثم", "word"),
        ("!!", "punct"),
    ]


def test_offsets_point_into_the_text() -> None:
    text = "وللولايات المتحدة  ٣٠٠ مقاتل…"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_clitics_are_features_of_arabic_words_only() -> None:
    w, number, latin = tokenize("وللولايات 300 ISIS")
    assert w.clitics is not None and w.clitics.base == "الولايات"
    assert "الولايات" in w.match_forms
    assert number.clitics is None and latin.clitics is None
    assert latin.norm == "isis"


def test_a_direction_mark_beside_the_decimal_point_stays_inside_the_number() -> None:
    # 6.<RLM>15 مليون, as a Saudi paper printed it: one number, not a sentence end
    assert _texts("بمبلغ 6.\u200f15 مليون") == ["بمبلغ", "6.\u200f15", "مليون"]
    assert _texts("عام 2015.\u200f") == ["عام", "2015", "."]
