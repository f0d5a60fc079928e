"""The dates stage: absolute, Hijri and relative dates, the example article, arbitrary text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import DateMention
from rasd.stages.dates import DateFinder, edit_distance, hijri_date, hijri_to_gregorian
from tests.stages.helpers import run

PUB = "2017-05-10"  # a Wednesday


def dates(text: str, published: str | None = PUB) -> list[DateMention]:
    return run(DateFinder(), text, published).dates


def only(text: str, published: str | None = PUB) -> DateMention:
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("وصل في 3 كانون الثاني 2016 إلى دمشق", "2016-01-03", "day"),
        ("وقع في 15 تشرين الأول 2015 هجوم", "2015-10-15", "day"),
        ("عقد الاجتماع في 26 أبريل/نيسان 2014", "2014-04-26", "day"),
        ("عقد الاجتماع في 7 يونيو الماضي", "2016-06-07", "day"),  # June after May: last year
        ("وقعت الاشتباكات في 4 جويلية 2012", "2012-07-04", "day"),
        ("انطلقت المسيرة في 1 أوت 2012", "2012-08-01", "day"),
        ("وصل في 26/4/2017 إلى الحدود", "2017-04-26", "day"),
        ("بدأت الأزمة في آذار 2011 بمظاهرات", "2011-03", "month"),
        ("بدأت الحرب عام 2011 في البلاد", "2011", "year"),
        ("يسيطر التنظيم على المدينة منذ 2014", "2014", "year"),
        ("يصادف 15 رمضان 1438 هـ يوم السبت القادم", "2017-06-10", "day"),
    ],
)
def test_absolute(text: str, value: str, precision: str) -> None:
    found = dates(text)
    assert found, text
    assert (found[0].value, found[0].precision) == (value, precision)


def test_misspelt_month_next_to_paired_month() -> None:
    d = only("غادروا في 26 بريل /نيسان إلى الشرق")
    assert (d.value, d.text) == ("2017-04-26", "26 بريل /نيسان")


def test_misspelling_alone_is_not_a_month() -> None:
    assert dates("غادروا 26 بريل إلى الشرق") == []


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("وصل الوفد أمس إلى أنقرة", "2017-05-09", "day"),
        ("يبدأ الاجتماع اليوم في جنيف", "2017-05-10", "day"),
        ("يصل الوفد غدا", "2017-05-11", "day"),
        ("وصل الوفد أول أمس", "2017-05-08", "day"),
        ("أعلنت الوزارة يوم الثلاثاء عن خطة", "2017-05-09", "day"),
        ("أعلنت الوزارة يوم الجمعة عن خطة", "2017-05-05", "day"),
        ("سيعلن الوزير يوم الجمعة خطته", "2017-05-12", "day"),
        ("انشق الشهر الماضي", "2017-04", "month"),
        ("غادروا في أواخر الشهر الماضي", "2017-04", "month"),
        ("يصل في مطلع الشهر المقبل", "2017-06", "month"),
        ("تراجع العام الماضي", "2016", "year"),
        ("وصل الأسبوع الماضي", "2017-05-01", "week"),
    ],
)
def test_relative(text: str, value: str, precision: str) -> None:
    d = only(text)
    assert (d.value, d.precision, d.relative) == (value, precision, True)


def test_relative_without_publication_date() -> None:
    d = only("وصل الوفد أمس", published=None)
    assert (d.value, d.relative) == (None, True)


def test_day_month_takes_publication_year() -> None:
    assert only("عقد في 3 شباط اجتماع").value == "2017-02-03"


@pytest.mark.parametrize("text", ["قال أب الضحية", "مارس الضغط على الحكومة", "قتل 300 شخص"])
def test_not_dates(text: str) -> None:
    assert dates(text) == []


def test_hijri_epoch() -> None:
    assert hijri_to_gregorian(1, 1, 1) == dt.date(622, 7, 19)
    assert hijri_to_gregorian(1438, 9, 1) == dt.date(2017, 5, 27)


def test_edit_distance() -> None:
    assert edit_distance("بريل", "ابريل") == 1
    assert edit_distance("نيسان", "نيسان") == 0


def test_example_article(raqqa_text: str) -> None:
    doc = run(DateFinder(), raqqa_text, published=PUB)
    pairs = {(d.value, d.precision) for d in doc.dates}
    assert ("2017-04-26", "day") in pairs
    assert ("2017-05-09", "day") in pairs
    assert ("2017-04", "month") in pairs
    assert ("2013", "year") in pairs
    april = next(d for d in doc.dates if d.value == "2017-04-26")
    assert april.text == "26 بريل /نيسان"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "26",
                "/",
                "نيسان",
                "بريل",
                "2017",
                "عام",
                "يوم",
                "الثلاثاء",
                "الشهر",
                "الماضي",
                "رمضان",
                "1438",
                "هـ",
                "أمس",
                "كانون",
                "الثاني",
                "31",
                "2",
                "-",
                " ",
                "\n",
            ]
        )
        | st.text(max_size=5),
        max_size=25,
    ),
    st.sampled_from([None, "2017-05-10", "2016-02-29", "bad"]),
)
def test_never_raises_and_keeps_offsets(parts: list[str], published: str | None) -> None:
    run(DateFinder(), " ".join(parts), published)


@pytest.mark.parametrize(
    ("text", "value", "precision", "span"),
    [
        ("فاز الفريق للمرة الأولى منذ ستة أعوام", "2011", "year", "منذ ستة أعوام"),
        ("انطلقت المسابقة قبل 20 عاما خارج أراضيها", "1997", "year", "قبل 20 عاما"),
        ("بدأت منذ ما يقارب 4 سنوات", "2013", "year", "منذ ما يقارب 4 سنوات"),
        ("يحاصرون القاعدة منذ أكثر من عشرة أيام", "2017-04-30", "day", None),
        ("لا يعرف الصيانة منذ أربعة أشهر تقريبا", "2017-01", "month", None),
        ("لم نر شيئا منذ سنة", "2016", "year", "منذ سنة"),
        ("وصلوا قبل يومين", "2017-05-08", "day", "قبل يومين"),
        ("أعلنت الشركة مساء أمس أول", "2017-05-08", "day", "أمس أول"),
        ("غادرت في وقت متأخر ليل أول من أمس", "2017-05-08", "day", "أول من أمس"),
        ("تراجع الإنتاج هذا العام", "2017", "year", "هذا العام"),
        ("أعلنت الجمارك اليوم (الثلاثاء) ضبط لوحة", "2017-05-09", "day", "اليوم (الثلاثاء)"),
        ("انطلقت البطولة اليوم الأربعاء في المدينة", "2017-05-10", "day", "اليوم الأربعاء"),
        ("أقيم مساء امس الاثنين حفل", "2017-05-08", "day", "امس الاثنين"),
        ("يبدأ مشواره الاحد المقبل على أرضه", "2017-05-14", "day", "الاحد المقبل"),
    ],
)
def test_durations_and_relative_forms(
    text: str, value: str, precision: str, span: str | None
) -> None:
    d = only(text)
    assert (d.value, d.precision, d.relative) == (value, precision, True)
    if span is not None:
        assert d.text == span


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("الربع السنوي من أبريل (نيسان) حتى", "2017-04", "month"),
        ("وفي مايو أيار اختفت الطائرة", "2017-05", "month"),
        ("ومنذ 2009، اعتاد الفرنسيون", "2009", "year"),
        ("خسائر بنهاية النصف الأول 2015، قياسا", "2015", "year"),
        ("القوائم المالية للربع الأول من 2015م ونشرتها", "2015", "year"),
        ("شاركت سنة 1857 في تأسيس المصرف", "1857", "year"),
        ("ابتداء من يوم الاثنين 3 أغسطس 2015.", "2015-08-03", "day"),
        ("الاجتماع في 27 أغسطس المقبل", "2017-08-27", "day"),
        ("يناير المقبل موعد الانتخابات", "2018-01", "month"),
    ],
)
def test_dev_set_forms(text: str, value: str, precision: str) -> None:
    d = only(text)
    assert (d.value, d.precision) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "عين اليوم – الرياض",
        "وفي اليوم التالي دخل عناصر الجمارك",
        "تسارع من الصفر إلى 100 كلم",
        "بلغ عدد المهاجرين نحو 2000 شخص",
    ],
)
def test_dev_set_non_dates(text: str) -> None:
    assert dates(text) == []


def test_hijri_dates_follow_umm_al_qura() -> None:
    assert hijri_date(1436, 10, 1) == dt.date(2015, 7, 17)  # Eid al-Fitr 1436 in Saudi Arabia
    assert hijri_date(1438, 9, 15) == dt.date(2017, 6, 10)
    assert hijri_date(1200, 1, 1) == hijri_to_gregorian(1200, 1, 1)  # outside Umm al-Qura


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("ما نفذ من خطط خلال شهر رمضان المبارك", "2015-08-10", "2015-07", "month"),
        ("يبدأ الموسم في شهر رمضان المقبل", PUB, "2017-06", "month"),
        ("صدر القرار في رمضان 1436 هـ", PUB, "2015-07", "month"),
        ("تأسست الجمعية عام 1436 هـ", PUB, "2015", "year"),
        ("التقى الوفد في الـ11 من شهر أكتوبر القادم", "2015-08-09", "2015-10-11", "day"),
    ],
)
def test_hijri_months_years_and_month_words(
    text: str, published: str, value: str, precision: str
) -> None:
    d = only(text, published)
    assert (d.value, d.precision) == (value, precision)


@pytest.mark.parametrize("text", ["قال رجب إن الوفد وصل", "وفقا لـ المصري اليوم"])
def test_names_are_not_dates(text: str) -> None:
    assert dates(text) == []


def test_today_weekday_and_date_are_one_span() -> None:
    d = only("اعتبارا من اليوم الاثنين 10 أغسطس (آب) 2015.", "2015-08-10")
    assert (d.text, d.value) == ("اليوم الاثنين 10 أغسطس (آب) 2015", "2015-08-10")


def test_years_of_a_span_and_at_a_sentence_end() -> None:
    found = dates("إبان مفاوضات السلام (2002 إلى 2005)، ثم تخرج من الجامعة 2004. بدأ")
    assert [d.value for d in found] == ["2002", "2005", "2004"]
