"""Gaps found on the second check set, each tested on sentences written for this file:
spellings of countries and capitals, the states of the United States, and names that are
part of something else (a boilerplate link, a tournament, a municipality)."""

from __future__ import annotations

import pytest

from rasd.places.resolve import distance_km
from tests.stages.test_places import by_text, places


def test_press_spellings_of_countries_are_the_countries() -> None:
    doc = places("استقدمت المكاتب عاملات من بنجلاديش وسيريلانكا وأرتريا، ولم تصل عاملة من المجر.")
    found = by_text(doc)
    expected = {"بنجلاديش": "BD", "سيريلانكا": "LK", "أرتريا": "ER", "المجر": "HU"}
    for name, country in expected.items():
        place = found[name][0]
        assert (place.kind, place.country) == ("country", country), name  # type: ignore[attr-defined]


def test_an_official_name_of_a_country_is_the_country() -> None:
    doc = places("تلقى الأمير اتصالا من رئيس الجمهورية الفرنسية تناول العلاقات الثنائية.")
    place = by_text(doc)["الجمهورية الفرنسية"][0]
    assert (place.kind, place.country) == ("country", "FR")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        ("انفجرت سيارة مفخخة قرب مبنى حكومي في كابول صباح أمس.", "كابول", 34.53, 69.17),
        ("وصل الوزير إلى واشنطن في زيارة رسمية تستغرق يومين.", "واشنطن", 38.9, -77.04),
        ("قضت محكمة في ولاية كولورادو بسجن المتهم مدى الحياة.", "كولورادو", 38.7, -105.6),
        ("افتتحت الشركة مصنعا جديدا في أوهايو العام الماضي.", "أوهايو", 40.2, -82.7),
    ],
)
def test_capitals_and_us_states_resolve_where_they_are(
    text: str, name: str, lat: float, lon: float
) -> None:
    place = by_text(places(text))[name][0]
    assert place.lat is not None and place.lon is not None  # type: ignore[attr-defined]
    assert distance_km(lat, lon, place.lat, place.lon) < 50  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("ارتفعت أسعار النفط في الأسواق العالمية أمس. رابط الخبر", "الخبر"),
        ("خسر المنتخب نهائي بطولة كوبا أمريكا أمام منافسه.", "أمريكا"),
        ("ضبطت أمانة العاصمة المقدسة أطنانا من الأغذية الفاسدة.", "أمانة العاصمة"),
    ],
)
def test_a_name_inside_a_fixed_phrase_is_no_place(text: str, not_a_place: str) -> None:
    found = by_text(places(text))
    assert not any(not_a_place in t for t in found), found


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("يعود تاريخ المبنى كمدينة إلى القرن التاسع عشر.", "إلى"),
        ("ستبني الشركة ثلاثة مصانع خلال السنوات الخمس المقبلة.", "الخمس"),
        ("يؤدي المصلون الصلوات الخمس في المسجد الجديد.", "الخمس"),
        ("نشرت القناة هذا الخبر صباح اليوم دون تعليق.", "الخبر"),
        ("ناقشت ندوة في مكتبة الإسكندرية رواية جديدة.", "الإسكندرية"),
        ("هبطت الطائرة في مطار أبها الإقليمي مساء أمس.", "أبها"),
        ("استقبل قائد قوة جازان الوفد في مقر القيادة.", "جازان"),
        ("نقلت وكالة أنباء الجمهورية الإسلامية الإيرانية عن مسؤول قوله.", "الإيرانية"),
        ("قال وكيل إمارة منطقة عسير إن العمل مستمر.", "عسير"),
        ("استشهد عدد من رجال الأمن والعاملين في مدينة التدريب.", "التدريب"),
        ("هاجم المسلحون مواقع في مديرية مقبنة، كمنوا لقافلة عسكرية.", "كمنوا"),
        ("احترق منزل في بلدة دوما، القريبة من نابلس، ليلة أمس.", "القريبة"),
    ],
)
def test_a_word_in_its_phrase_is_no_place(text: str, not_a_place: str) -> None:
    found = by_text(places(text))
    assert not any(not_a_place in t for t in found), found


def test_a_number_word_after_a_place_noun_is_the_town() -> None:
    place = by_text(places("وصل الوفد إلى مدينة الخمس الليبية صباح أمس."))["الخمس"][0]
    assert place.country == "LY"  # type: ignore[attr-defined]


def test_an_emirate_after_imara_is_a_place() -> None:
    place = by_text(places("أعلنت حكومة إمارة دبي خطة جديدة للسياحة."))["دبي"][0]
    assert (place.kind, place.country) == ("admin1", "AE")  # type: ignore[attr-defined]


def test_a_place_written_near_another_is_resolved_near_it() -> None:
    found = by_text(places("احترق منزل في بلدة دوما، القريبة من نابلس، ليلة أمس."))
    duma = found["دوما"][0]
    assert distance_km(32.06, 35.37, duma.lat, duma.lon) < 20  # type: ignore[attr-defined]
    assert "نابلس" in found


def test_and_jeddah_is_not_oujda() -> None:
    found = by_text(places("أقيم ملتقيان للطلاب في الرياض وجدة هذا العام."))
    assert "وجدة" not in found
    jeddah = found["جدة"][0]
    assert jeddah.country == "SA"  # type: ignore[attr-defined]


def test_a_name_opened_by_al_or_ahad_after_a_naming_noun_is_one_name() -> None:
    found = by_text(places("اشتكى سكان حي آل شريم في محافظة أحد رفيدة من تراكم النفايات."))
    assert {"آل شريم", "أحد رفيدة"} <= set(found)


def test_the_eastern_province_with_a_preposition_is_the_division() -> None:
    place = by_text(places("يعمل مكتب الاستقدام بالشرقية منذ سنوات."))["الشرقية"][0]
    assert place.gazetteer_id == "dr5hn:state:2856"  # type: ignore[attr-defined]
    assert "الشرقية" not in by_text(places("زار الوفد الواجهة الشرقية للمبنى."))


def test_mesopotamia_is_a_region() -> None:
    place = by_text(places("يدرس الباحثون تاريخ بلاد الرافدين القديم."))["بلاد الرافدين"][0]
    assert place.kind == "region"  # type: ignore[attr-defined]


def test_the_place_of_a_dateline_is_read_whatever_the_tagger_says() -> None:
    text = " سعيد المالكي – عسير\n قال المتحدث إن فرق الإنقاذ انتشلت جثتي الغريقين."
    place = by_text(places(text))["عسير"][0]
    assert place.kind == "admin1"  # type: ignore[attr-defined]


def test_a_name_in_brackets_or_quotes_after_a_naming_noun_is_read() -> None:
    found = by_text(places("أحرق مستوطنون منزلا في قرية (دوما) جنوب نابلس."))
    assert "دوما" in found and found["دوما"][0].country == "PS"  # type: ignore[attr-defined]
    found = by_text(places('جرت السيول في وادي "المسيل" أمس.'))
    assert "المسيل" in found


def test_his_country_is_no_town() -> None:
    found = by_text(places("تحدث اللاعب عن بنات بلده المصريات في المقابلة."))
    assert "المصريات" not in found


def test_a_town_before_the_nisba_of_its_country_is_that_town() -> None:
    found = by_text(places("سجل المهاجم هدفين لبرشلونة الإسباني ثم خسر أمام مرسيليا الفرنسي."))
    assert found["برشلونة"][0].country == "ES"  # type: ignore[attr-defined]
    assert found["مرسيليا"][0].country == "FR"  # type: ignore[attr-defined]
    assert "وإن" not in by_text(places("قال المسؤول إن العملية مسألة وقت وإن الأتراك بدأوا."))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("استقبل الرئيس فرانسوا هولاند ضيفه في قصر الإليزيه.", "هولاند"),
        ("ذكر الكتاب أن تاجرا يدعى جاسبارو بالبي زار المدينة.", "البي"),
    ],
)
def test_a_name_after_a_title_is_a_person(text: str, person: str) -> None:
    assert not any(person in t for t in by_text(places(text)))


def test_provinces_after_iqlim_and_a_strait_and_a_channel_named_after_a_country() -> None:
    doc = places("واتجه الإعصار إلى إقليمي تشجيانغ وجيانغشي بعد أن عبر مضيق تايوان.")
    found = {p.text for p in doc.places}
    assert {"تشجيانغ", "جيانغشي", "مضيق تايوان"} <= found
    television = places("وذكر تلفزيون الصين المركزي أن الإعصار اشتد.")
    assert "الصين" not in {p.text for p in television.places}
