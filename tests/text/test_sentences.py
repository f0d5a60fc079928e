from __future__ import annotations

import rasd
from rasd.text.sentences import segment
from rasd.text.tokenize import tokenize


def _sentences(text: str) -> list[str]:
    _, sentences = segment(text, tokenize(text))
    return [text[s.start : s.end] for s in sentences]


def test_arabic_question_and_exclamation_marks_end_sentences() -> None:
    assert _sentences("هل عاد؟ نعم عاد! ثم غادر.") == ["هل عاد؟", "نعم عاد!", "ثم غادر."]


def test_comma_and_semicolon_do_not() -> None:
    assert _sentences("قال زيد، ثم غادر؛ وعاد لاحقا.") == ["قال زيد، ثم غادر؛ وعاد لاحقا."]


def test_numbers_and_ranges_stay_inside_a_sentence() -> None:
    text = "يقاتل ما بين 250-300 مقاتل. ونما الاقتصاد 3.5 بالمئة في 26/4/2017."
    assert _sentences(text) == [
        "يقاتل ما بين 250-300 مقاتل.",
        "ونما الاقتصاد 3.5 بالمئة في 26/4/2017.",
    ]


def test_closing_quote_after_the_full_stop_belongs_to_the_sentence() -> None:
    text = 'وقال زيد: "وصلنا إلى المدينة." وأضاف "لا يوجد أحد".'
    assert _sentences(text) == ['وقال زيد: "وصلنا إلى المدينة."', 'وأضاف "لا يوجد أحد".']


def test_quote_without_closing_mark_ends_at_the_full_stop() -> None:
    text = 'وقال زيد: " إنهم غادروا الرقة إلى الميادين. وأضاف "نعرف ذلك".'
    assert _sentences(text) == [
        'وقال زيد: " إنهم غادروا الرقة إلى الميادين.',
        'وأضاف "نعرف ذلك".',
    ]


def test_month_pair_with_slash_before_full_stop() -> None:
    text = "توجهوا إلى دير الزور في 26 بريل /نيسان. المدينة محمية."
    assert _sentences(text) == ["توجهوا إلى دير الزور في 26 بريل /نيسان.", "المدينة محمية."]


def test_titles_and_initials_do_not_end_sentences() -> None:
    text = "التقى د. محمد علي بالوزير م. خالد. ثم غادر."
    assert _sentences(text) == ["التقى د. محمد علي بالوزير م. خالد.", "ثم غادر."]


def test_era_mark_after_a_year_ends_the_sentence() -> None:
    assert _sentences("تأسست عام 1932م. ثم توسعت.") == ["تأسست عام 1932م.", "ثم توسعت."]


def test_missing_space_after_full_stop_still_splits() -> None:
    assert _sentences("انتهى الاجتماع.وقال الوزير إنه راض.") == [
        "انتهى الاجتماع.",
        "وقال الوزير إنه راض.",
    ]


def test_line_breaks_end_paragraphs_and_sentences() -> None:
    text = "عنوان بلا نقطة\n\nالفقرة الأولى. جملة ثانية\nسطر آخر"
    doc = rasd.analyze(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "عنوان بلا نقطة",
        "الفقرة الأولى.",
        "جملة ثانية",
        "سطر آخر",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    assert [text[p.start : p.end] for p in doc.paragraphs] == [
        "عنوان بلا نقطة",
        "الفقرة الأولى. جملة ثانية",
        "سطر آخر",
    ]


def test_ellipsis_and_repeated_marks() -> None:
    assert _sentences("انتظرنا... ولم يأت أحد؟! غريب") == ["انتظرنا...", "ولم يأت أحد؟!", "غريب"]


def test_every_token_is_in_exactly_one_sentence() -> None:
    doc = rasd.analyze("أ. ب. ج.\n\n«نعم.» لا! ")
    covered = [i for s in doc.sentences for i in range(s.token_start, s.token_end)]
    assert covered == list(range(len(doc.tokens)))


def test_example_article_splits_where_a_reader_would(raqqa_text: str) -> None:
    doc = rasd.analyze(raqqa_text)
    sentences = [raqqa_text[s.start : s.end] for s in doc.sentences]
    assert len(doc.paragraphs) == 12
    # the quote whose closing mark is missing ends with its sentence
    unclosed = next(i for i, s in enumerate(sentences) if '" إنهم رصدوا' in s)
    assert sentences[unclosed].endswith("إلى دير الزور.")
    assert sentences[unclosed + 1].startswith("وأضاف")
    # the month pair ends a sentence inside a quote that is never closed
    april = next(i for i, s in enumerate(sentences) if "26 بريل /نيسان" in s)
    assert sentences[april].endswith("26 بريل /نيسان.")
    assert sentences[april + 1].startswith("المدينة محمية")
    # ranges and closing quotes
    assert any("ما بين 250-300 جهادي" in s and s.endswith("في سوريا والعراق.") for s in sentences)
    assert any(s.endswith('منذ 2013".') for s in sentences)
    assert 'وأضاف "لا يوجد غربيون".' in sentences
    assert len(sentences) == 30


def test_a_web_address_does_not_end_a_sentence_but_a_missing_space_does() -> None:
    text = "ادخل إلى الموقع WWW.EXAMPLE.GOV.SA واختر الخدمة. ثم انتظر النهاية.وقال"
    assert _sentences(text) == [
        "ادخل إلى الموقع WWW.EXAMPLE.GOV.SA واختر الخدمة.",
        "ثم انتظر النهاية.",
        "وقال",
    ]


def test_an_abbreviation_spelled_with_stops_and_spaces_ends_no_sentence() -> None:
    text = "وقال الباحث لشبكة سي. إن. إن. الأمريكية إن الأسد حي. ثم عاد."
    assert _sentences(text) == ["وقال الباحث لشبكة سي. إن. إن. الأمريكية إن الأسد حي.", "ثم عاد."]
    assert _sentences("وصل د. أحمد. ثم غادر.") == ["وصل د. أحمد.", "ثم غادر."]


def test_an_opening_mark_glued_after_a_full_stop_opens_the_next_sentence() -> None:
    text = "وتعهد بتقديم العلاج لهم.«المدينة» حاولت زيارتهم."
    assert _sentences(text) == ["وتعهد بتقديم العلاج لهم.", "«المدينة» حاولت زيارتهم."]
    text = 'قال إنه سعيد."المدينة" حاولت زيارتهم.'
    assert _sentences(text) == ["قال إنه سعيد.", '"المدينة" حاولت زيارتهم.']
    text = "قال «إنه سعيد.»وأضاف أنه عائد."  # a closing mark stays with its sentence
    assert _sentences(text) == ["قال «إنه سعيد.»", "وأضاف أنه عائد."]
