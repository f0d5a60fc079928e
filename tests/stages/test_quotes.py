"""The quotes stage on sentences written for the test, and on the example article."""

from __future__ import annotations

import pytest

from rasd.document import Document, Entity, Quote
from rasd.quotes.lexicon import FEMININE, MASCULINE, PLURAL, cue_forms
from rasd.stages import PLANNED, REGISTRY
from rasd.stages.quotes import QuoteFinder
from rasd.stages.text import TextAnalyzer
from rasd.text.normalize import normalize_word
from tests.conftest import shared_path


def quotes_of(text: str, entities: tuple[tuple[str, str, str], ...] = ()) -> list[Quote]:
    """Run the text layer, add the given ``(name, type, id)`` entities, then the quotes stage."""
    doc = TextAnalyzer()(Document(text=text))
    for name, kind, entity_id in entities:
        start = text.index(name)
        doc.entities.append(
            Entity(start, start + len(name), name, type=kind, canonical=name, entity_id=entity_id)
        )
    doc = QuoteFinder()(doc)
    doc.check_offsets()
    return doc.quotes


def only(text: str) -> Quote:
    found = quotes_of(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def test_registered_after_entities_and_no_longer_planned() -> None:
    names = list(REGISTRY)
    assert names.index("quotes") == names.index("entities") + 1
    assert "quotes" not in PLANNED
    assert QuoteFinder.needs >= {"tokens", "sentences", "paragraphs", "entities"}


def test_reporting_verbs_are_inflected_for_gender_number_and_clitics() -> None:
    forms = cue_forms()
    assert forms["قال"].gender == MASCULINE and forms["قالت"].gender == FEMININE
    assert forms["قالوا"].gender == PLURAL and forms["يقولون"].gender == PLURAL
    assert forms["قائلا"].kind == "participle" and forms["مضيفه"].gender == FEMININE
    assert forms["نفت"].lemma == forms[normalize_word("نفى")].lemma
    quote = only("وأضافت الوزارة أن العمل مستمر.")
    assert quote.cue is not None and quote.cue.text == "وأضافت"
    aside = "ويذكر أن المشروع بدأ العام الماضي. يذكر الكاتب سالم في كتابه أن المشروع قديم."
    (quote,) = quotes_of(aside)  # يذكر أن alone is the writer's aside, not a source
    assert quote.speaker_name == "الكاتب سالم" and quote.text == "المشروع قديم"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("«", "»"), ("“", "”"), ("”", "“"), ("„", "“"), ("'", "'"), ("‘", "’")],
)
def test_direct_quote_in_every_mark_style(opening: str, closing: str) -> None:
    quote = only(f"وقال الوزير: {opening}الوضع مستقر في المدينة{closing}.")
    assert quote.text == "الوضع مستقر في المدينة"
    assert quote.direct
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_speaker_is_kept_apart_from_its_apposition() -> None:
    quote = only('وقال سعيد ناصر، الناشط في مجموعة "صوت الحي" المحلية: "عاد الماء إلى البيوت".')
    assert quote.text == "عاد الماء إلى البيوت"
    assert quote.speaker is not None and quote.speaker.text == "سعيد ناصر"
    assert quote.speaker_name == "سعيد ناصر"


def test_quote_over_several_sentences() -> None:
    quote = only('وقال المدرب: "نحن جاهزون. الفريق استعد جيدا للمباراة".')
    assert quote.text == "نحن جاهزون. الفريق استعد جيدا للمباراة"


def test_quote_over_two_paragraphs() -> None:
    text = 'وقال المدرب: "نحن جاهزون للموسم الجديد.\nوالفريق استعد جيدا للمباراة".'
    quote = only(text)
    assert quote.text == "نحن جاهزون للموسم الجديد.\nوالفريق استعد جيدا للمباراة"


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = 'وقال المدرب: " نحن جاهزون للموسم الجديد.\nوافتتحت البلدية حديقة في الحي.'
    quote = only(text)
    assert quote.text == "نحن جاهزون للموسم الجديد"


def test_unclosed_quote_ends_where_the_narration_resumes() -> None:
    text = 'وقال المدرب: " نحن جاهزون للموسم. وأضاف "الفريق استعد جيدا".'
    first, second = quotes_of(text)
    assert first.text == "نحن جاهزون للموسم"
    assert second.text == "الفريق استعد جيدا"
    assert second.speaker_name == "المدرب"


def test_nested_quote_stays_inside_the_outer_one() -> None:
    quote = only("وقال المعلم: «قلت لهم 'اذهبوا إلى الصف' ثم غادرت القاعة».")
    assert quote.text == "قلت لهم 'اذهبوا إلى الصف' ثم غادرت القاعة"
    nested = only('وقال المعلم: «قلت لهم "اذهبوا إلى الصف" ثم غادرت القاعة».')
    assert nested.text == 'قلت لهم "اذهبوا إلى الصف" ثم غادرت القاعة'


def test_names_in_quotation_marks_are_not_speech() -> None:
    text = 'سيطر تنظيم "داعش" على المدينة. وانسحبت مجموعة "صوت الحي" من المنطقة.'
    assert quotes_of(text) == []
    titled = only('وقال الصندوق في ورقة بعنوان "النفط وأسعاره في العالم الجديد" إن الأسعار ستنخفض.')
    assert titled.text == "الأسعار ستنخفض" and not titled.direct


def test_scare_quote_inside_reported_speech_is_part_of_it() -> None:
    quote = only('وكشف الباحث أن "داعش" نقل أمواله إلى الميادين.')
    assert quote.text == '"داعش" نقل أمواله إلى الميادين'
    assert not quote.direct


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأكدت الوزارة أن المشروع سينتهي قريبا.", "المشروع سينتهي قريبا"),
        ("وأوضحت الوزارة بأن المشروع سينتهي قريبا.", "المشروع سينتهي قريبا"),
        ("وقالت الوزارة إنها ستنهي المشروع قريبا.", "إنها ستنهي المشروع قريبا"),
        ("وقالت الوزارة: المشروع سينتهي قريبا.", "المشروع سينتهي قريبا"),
    ],
)
def test_reported_speech(text: str, content: str) -> None:
    quote = only(text)
    assert quote.text == content
    assert not quote.direct
    assert quote.speaker is not None and quote.speaker.text == "الوزارة"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال مصدر عسكري إن القوات تقدمت نحو المدينة.", "مصدر عسكري"),
        ("وذكرت مصادر محلية أن القصف استمر طوال الليل.", "مصادر محلية"),
        ("وقال ناشطون إن القصف استمر طوال الليل.", "ناشطون"),
        ("وقال المتحدث باسم الجيش إن القوات تقدمت.", "المتحدث باسم الجيش"),
    ],
)
def test_nominal_and_vague_speakers(text: str, speaker: str) -> None:
    quote = only(text)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_attribution_after_the_claim() -> None:
    quote = only("غادر المقاتلون المدينة، وفقا لما أفاد به ناشطون محليون.")
    assert quote.text == "غادر المقاتلون المدينة"
    assert quote.speaker_name == "ناشطون محليون"
    source_first = only("وبحسب مصادر أمنية فإن القوات انسحبت من الحي.")
    assert source_first.text == "القوات انسحبت من الحي"
    assert source_first.speaker_name == "مصادر أمنية"


def test_passive_speaker_is_null_never_a_guess() -> None:
    first, passive = quotes_of(
        "وقال الوزير إن العمل مستمر. وقيل إن الاجتماع تأجل إلى الأسبوع المقبل."
    )
    assert first.speaker_name == "الوزير"
    assert passive.text == "الاجتماع تأجل إلى الأسبوع المقبل"
    assert passive.speaker is None and passive.speaker_name is None


def test_continuations_resolve_by_gender_and_number() -> None:
    text = (
        "وقالت الوزيرة إن الخطة جاهزة. وقال المدير إن التنفيذ يبدأ غدا. "
        "وأضافت أن الميزانية كافية. وأضاف أن العمال جاهزون. "
        "وقال ناشطون إن الأهالي غاضبون. وأضافوا أن الاحتجاج مستمر."
    )
    names = [q.speaker_name for q in quotes_of(text)]
    assert names == ["الوزيرة", "المدير", "الوزيرة", "المدير", "ناشطون", "ناشطون"]


def test_continuation_with_no_earlier_speaker_of_its_gender_is_null() -> None:
    first, second = quotes_of("وقال المدير إن التنفيذ يبدأ غدا. وأضافت أن الميزانية كافية.")
    assert first.speaker_name == "المدير"
    assert second.speaker is None and second.speaker_name is None


def test_participle_takes_the_subject_of_its_clause() -> None:
    quote = only("ورحبت الحكومة بالقرار، مؤكدة أنه سيحسن الأوضاع.")
    assert quote.speaker_name == "الحكومة"
    assert quote.cue is not None and quote.cue.text == "مؤكدة"


def test_reported_content_stops_at_the_next_statement() -> None:
    first, second = quotes_of("وقال الوزير إن الخطة جاهزة، مضيفا أن التنفيذ يبدأ غدا.")
    assert first.text == "الخطة جاهزة"
    assert second.text == "التنفيذ يبدأ غدا" and second.speaker_name == "الوزير"


def test_not_statements() -> None:
    assert quotes_of("ويذكر أن المشروع بدأ العام الماضي.") == []
    assert quotes_of("وأكد الوزير على أهمية المشروع.") == []  # no content introduced
    assert quotes_of("وليس مؤكدا أن المشروع سينتهي.") == []
    assert quotes_of("وواقع الأمور يشير إلى أن المشروع تأخر.") == []


def test_speaker_links_to_its_entity() -> None:
    text = "وقال وزير الخارجية سامي الكبير إن المحادثات مستمرة. وأضاف أن الوفد سيعود."
    first, second = quotes_of(text, (("سامي الكبير", "PER", "e7"),))
    assert first.speaker is not None and first.speaker.text == "سامي الكبير"
    assert first.speaker.entity_id == "e7"
    assert second.speaker is not None and second.speaker.entity_id == "e7"
    assert second.speaker_name == "سامي الكبير"


# -- the example article ------------------------------------------------------------------


@pytest.fixture(scope="module")
def raqqa() -> tuple[str, list[Quote]]:
    text = shared_path("examples", "raqqa-fighters.txt").read_text(encoding="utf-8")
    from rasd.pipeline import Pipeline

    return text, Pipeline(only=["quotes"])(text).quotes


def test_example_article_every_quote_with_its_speaker(raqqa: tuple[str, list[Quote]]) -> None:
    _, quotes = raqqa
    found = [(q.cue.text if q.cue else None, q.speaker_name, q.direct) for q in quotes]
    assert found == [
        ("وفقاً", "ناشطون", False),
        ("وكشف", "ناشطون", False),  # هؤلاء: the sources just named
        ("وقال", "تيم رمضان", True),
        ("وأضاف", "تيم رمضان", True),
        ("وقال", "أغياد الخضر", True),
        ("وأضاف", "أغياد الخضر", True),
        ("وأضاف", "أغياد الخضر", True),  # وأضاف أن "داعش، … (unclosed, to the paragraph end)
        ("وكشف", "أسعد المحمد", False),
        ("وأضاف", "أسعد المحمد", True),
        ("وأضاف", "أسعد المحمد", True),
        ("وقال", "شرفان درويش", True),
        ("وأضاف", "شرفان درويش", True),
        ("وأشار", "شرفان درويش", True),
        ("وقيل", None, False),
        ("وأعلنت", "الولايات المتحدة", False),
        ("قائلة", "وحدات حماية الشعب", False),
        ("وترى", "الولايات المتحدة", False),
        ("وتقول", "الولايات المتحدة", False),
    ]


def test_example_article_unclosed_quote_and_scare_quotes(raqqa: tuple[str, list[Quote]]) -> None:
    text, quotes = raqqa
    darwish = next(q for q in quotes if q.speaker_name == "شرفان درويش")
    # the opening mark after the colon is never closed: the quote stops before وأضاف
    assert darwish.text.startswith("إنهم رصدوا")
    assert text[darwish.end : darwish.end + 8].lstrip(". ").startswith("وأضاف")
    assert not any(q.text in ("داعش", "صوت وصورة", "تلغراف", "إرهابيين") for q in quotes)
    ramadan = next(q for q in quotes if q.speaker_name == "تيم رمضان")
    assert ramadan.speaker is not None and ramadan.speaker.text == "تيم رمضان"
    assert ramadan.speaker.entity_id is not None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وأوضحت المنظمة أنها أرسلت 12 شاحنة محملة بالمساعدات إلى المدينة.",
            "أنها أرسلت 12 شاحنة محملة بالمساعدات إلى المدينة",
        ),
        (
            "وأكد الوزير أن الحريق اندلع داخل المستودع مرجعا الأمر إلى خلل فني.",
            "الحريق اندلع داخل المستودع",
        ),
    ],
)
def test_a_participle_without_a_comma_ends_the_content_only_in_the_accusative(
    text: str, content: str
) -> None:
    assert only(text).text == content
