"""The places stage: recognition with clitics and context, phrase relations, resolution."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.places.resolve import distance_km
from rasd.stages.entities import EntityTagger
from rasd.stages.places import PlaceFinder
from tests.stages.helpers import run

_TAGGER: list[EntityTagger] = []


def _tagger() -> EntityTagger:
    if not _TAGGER:
        _TAGGER.append(EntityTagger())
    return _TAGGER[0]


def places(text: str) -> Document:
    doc = run(_tagger(), text)
    doc = PlaceFinder()(doc)
    doc.check_offsets()
    return doc


def by_text(doc: Document) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for p in doc.places:
        out.setdefault(p.text, []).append(p)
    return out


def test_clitics_and_articles_are_read_and_left_out_of_the_span() -> None:
    doc = places("وصل الوفد بالرقة ثم توجه وحلب ثم عاد لسوريا.")
    found = by_text(doc)
    assert set(found) >= {"الرقة", "حلب", "سوريا"}
    raqqa = found["الرقة"][0]
    assert raqqa.gazetteer_id == "geonames:172955"  # type: ignore[attr-defined]
    assert found["سوريا"][0].kind == "country"  # type: ignore[attr-defined]


def test_phrase_relations_are_fields() -> None:
    doc = places("قصفت الطائرات ريف دير الزور الشرقي وبلدات جنوب شرقي الرقة.")
    found = by_text(doc)
    deir = found["دير الزور"][0]
    assert deir.relation == "rural" and deir.direction == "E"  # type: ignore[attr-defined]
    assert deir.phrase.text == "ريف دير الزور الشرقي"  # type: ignore[attr-defined]
    raqqa = found["الرقة"][0]
    assert raqqa.direction == "SE"  # type: ignore[attr-defined]


def test_a_place_noun_chooses_the_division_and_distance_is_read() -> None:
    doc = places("نقل التنظيم عاصمته إلى محافظة الرقة التي تقع على بعد 85 ميلا من الحدود.")
    raqqa = by_text(doc)["الرقة"][0]
    assert raqqa.kind == "admin1"  # type: ignore[attr-defined]
    assert raqqa.distance_km == pytest.approx(85 * 1.609, rel=0.01)  # type: ignore[attr-defined]


def test_an_organization_is_not_a_place() -> None:
    doc = places("وقال حلف شمال الأطلسي إن قواته في تركيا.")
    texts = [p.text for p in doc.places]
    assert "تركيا" in texts
    assert not any("الأطلسي" in t or t == "شمال" for t in texts)


def test_a_frequent_word_needs_context() -> None:
    assert not places("فتح الباب أمام الجميع.").places
    doc = places("سيطرت القوات على مدينة الباب شمال حلب.")
    bab = by_text(doc)["الباب"][0]
    assert bab.country == "SY"  # type: ignore[attr-defined]


def test_hierarchy_in_the_text_and_demonyms() -> None:
    doc = places("انتقل المقاتلون السوريون إلى الميادين في محافظة دير الزور.")
    found = by_text(doc)
    mayadin = found["الميادين"][0]
    assert distance_km(mayadin.lat, mayadin.lon, 35.0198, 40.4515) < 5  # type: ignore[attr-defined]
    syrians = found["السوريون"][0]
    assert syrians.kind == "demonym" and syrians.country == "SY"  # type: ignore[attr-defined]
    assert syrians.lat is None  # type: ignore[attr-defined]


def test_an_unknown_tagged_place_keeps_null_coordinates() -> None:
    doc = places("وصل الرئيس إلى مدينة زرقوبلان الساحلية.")
    for place in doc.places:
        if place.gazetteer_id is None:
            assert place.lat is None and place.lon is None


def test_a_country_named_by_a_nisba_after_a_noun_is_an_adjective() -> None:
    # (not الهيئة السعودية: the tagger, trained on news too, reads that as a body's name)
    adjective = by_text(places("قالت السلطات السعودية إن العمل مستمر."))["السعودية"][0]
    assert adjective.kind == "demonym" and adjective.country == "SA"  # type: ignore[attr-defined]
    noun = by_text(places("وصل الوزير إلى السعودية أمس."))["السعودية"][0]
    assert noun.kind == "country" and noun.lat is not None  # type: ignore[attr-defined]


def test_a_quoted_name_is_a_title_not_a_place() -> None:
    doc = places("وقال لـ«الشرق الأوسط» إن الوضع في الشرق الأوسط خطير.")
    regions = [p for p in doc.places if p.gazetteer_id == "rasd:middle-east"]
    assert len(regions) == 1 and doc.text[regions[0].start - 1] != "«"


def test_syria_and_iraq() -> None:
    doc = places(
        "سيطر التنظيم على مدينة الموصل شمال العراق، ودارت معارك في الفلوجة والرمادي "
        "بمحافظة الأنبار، بينما تقدمت القوات نحو سد الطبقة ومدينة الطبقة غرب الرقة."
    )
    found = by_text(doc)
    expected = {
        "الموصل": (36.335, 43.119),
        "الفلوجة": (33.355, 43.786),
        "الرمادي": (33.426, 43.299),
        "سد الطبقة": (35.87, 38.57),
        "الطبقة": (35.836, 38.548),
        "الرقة": (35.953, 39.008),
    }
    for name, (lat, lon) in expected.items():
        assert name in found, name
        place = found[name][0]
        assert distance_km(lat, lon, place.lat, place.lon) < 10, name  # type: ignore[attr-defined]
    assert found["الأنبار"][0].kind == "admin1"  # type: ignore[attr-defined]
    assert found["الرقة"][0].direction == "W"  # type: ignore[attr-defined]
    assert found["شمال العراق"][0].kind == "region"  # type: ignore[attr-defined]


def test_distance_and_relation_before_the_name() -> None:
    found = by_text(places("سقطت قذيفة على بعد 30 كم شمال حلب، وقرب دمشق، وفي ضواحي حمص."))
    aleppo = found["حلب"][0]
    assert aleppo.distance_km == 30 and aleppo.direction == "N"  # type: ignore[attr-defined]
    assert aleppo.phrase.text == "على بعد 30 كم شمال حلب"  # type: ignore[attr-defined]
    damascus = found["دمشق"][0]
    assert damascus.relation == "near"  # type: ignore[attr-defined]
    assert damascus.phrase.text == "قرب دمشق"  # type: ignore[attr-defined]
    assert found["حمص"][0].relation == "outskirts"  # type: ignore[attr-defined]


def test_a_name_after_a_naming_noun_is_a_place_even_unlisted() -> None:
    found = by_text(places("وصلت السيول إلى قرية القراصة ثم إلى حي الصراة."))
    assert "القراصة" in found and "الصراة" in found
    assert all(p.lat is None for p in found["القراصة"])  # type: ignore[attr-defined]


def test_a_frequent_word_after_a_naming_noun_is_no_name() -> None:
    assert "صغيرة" not in by_text(places("يعيش في قرية صغيرة قرب الجبل."))


def test_a_function_word_named_like_a_town_is_no_place() -> None:
    doc = places("وقال إن التنظيم يتوقع الهجوم على الرقة، وأنه يتعرض إلى ضغوط.")
    assert "أنه" not in by_text(doc) and "الرقة" in by_text(doc)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("قال المسؤول السوري إن الوضع هادئ.", "السوري", "SY"),
        ("وصل الوفد العراقي أمس.", "العراقي", "IQ"),
        ("اتهمت الحكومة العراقية الأتراك بالتدخل.", "العراقية", "IQ"),
        ("اتهمت الحكومة العراقية الأتراك بالتدخل.", "الأتراك", "TR"),
        ("تمرد الحزب على الأراضي التركية.", "التركية", "TR"),
    ],
)
def test_a_frequent_demonym_points_at_its_country(text: str, word: str, country: str) -> None:
    # السوري is a frequent word because it is an adjective: it needs no context to be read
    (demonym,) = by_text(places(text))[word]
    assert demonym.kind == "demonym" and demonym.country == country  # type: ignore[attr-defined]
    assert demonym.lat is None and demonym.lon is None  # type: ignore[attr-defined]


def test_the_names_listed_after_a_naming_noun_are_places() -> None:
    # a coder reads every name of the list as a place of the noun's kind, listed or not
    found = by_text(
        places("قصفت الطائرات أحياء الأشرفية، والهلك، والسكري، والفردوس، وأصيب عشرة مدنيين.")
    )
    assert {"الأشرفية", "الهلك", "السكري", "الفردوس"} <= set(found)
    assert "أصيب" not in found and "وأصيب" not in found
    found = by_text(places("اجتاحت السيول قرى البغيلية وحطلة والجنينة شمال دير الزور."))
    assert {"البغيلية", "حطلة", "الجنينة"} <= set(found)
    assert "شمال" not in found


def test_a_list_after_a_naming_noun_stops_at_a_noun_phrase() -> None:
    found = by_text(places("انقطعت الكهرباء عن قرية حطلة والمناطق المجاورة لها."))
    assert "حطلة" in found and "المناطق" not in found


def test_a_listed_name_is_read_after_its_conjunction_only() -> None:
    found = by_text(places("تقدمت القوات في مدينتي عدن ولحج، وفي أحياء الضباب، وجبل صبر."))
    assert {"عدن", "لحج", "جبل صبر"} <= set(found)
    assert "حج" not in found and "جبل" not in found
    found = by_text(places("تشهد مدينة المكلا حاضرة محافظة حضرموت، جنوب شرقي اليمن، هدوءا."))
    assert "جنوب" not in found and "اليمن" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("أعلنت شركة الطائف للاستثمار أرباحها.", "الطائف"),
        ("سيواجه فريق الكويت منافسه غدا.", "الكويت"),
        ("ارتفع المؤشر في بورصة الدار البيضاء أمس.", "الدار البيضاء"),
        ("افتتح الأمير معرض جدة الدولي للكتاب.", "جدة"),
    ],
)
def test_a_name_right_after_an_organization_noun_is_part_of_its_name(text: str, name: str) -> None:
    assert name not in by_text(places(text))


def test_an_organization_noun_with_a_preposition_between_leaves_the_place() -> None:
    assert "الرياض" in by_text(places("افتتحت الشركة فرعا بالرياض أمس."))


def test_a_surname_after_a_given_name_is_no_place_anywhere_in_the_article() -> None:
    doc = places("التقى ديفيد كاميرون الرئيس أمس. وقالت سامنثا كاميرون إنها سعيدة.")
    assert "كاميرون" not in by_text(doc)
    doc = places("تحدث جورج واشنطن عن الحرية، ثم زار الرئيس مدينة واشنطن.")
    found = by_text(doc)
    assert len(found.get("واشنطن", [])) == 1  # the city after مدينة only
    assert "عسير" in by_text(places("وصل أمير منطقة عسير فيصل بن خالد."))


def test_a_list_after_a_country_does_not_make_a_word_a_town() -> None:
    doc = places("نقلت الصحيفة عن رئيس الشركة في الهند، قوله إن الأموال ستستخدم للتوسع.")
    assert "قوله" not in by_text(doc) and "الهند" in by_text(doc)


def test_wasat_alone_is_no_context_for_a_word() -> None:
    doc = places("يستعد الفريق للمباراة وسط آمال وتطلعات محبيه.")
    assert "آمال" not in by_text(doc)


def test_a_name_inside_a_short_quoted_title_is_no_place() -> None:
    doc = places("قالت مجموعة «باركليز أفريقيا» إنها تجري مباحثات في نيروبي.")
    found = by_text(doc)
    assert "أفريقيا" not in found and "نيروبي" in found


def test_a_tagged_surname_after_a_given_name_is_no_place() -> None:
    text = "وأكد عضو مجلس الغرف فهد الحمادي أن الطلب كبير. وقال الحمادي إن الصخور صلبة."
    assert "الحمادي" not in by_text(places(text))


def test_a_nisba_after_a_definite_noun_is_no_small_town() -> None:
    found = by_text(places("إذا ألقيت نظرة على السينما الغانية ستعرف السبب."))
    assert "الغانية" not in found


def test_a_place_after_an_organization_name_keeps_its_preposition() -> None:
    found = by_text(places("اجتمع بمقره بمجمع الأمير فيصل بن فهد الأولمبي بالرياض أمس."))
    assert "الرياض" in found


def test_a_dam_names_a_place() -> None:
    found = by_text(places("امتلأت بحيرة سد أبها بمياه الأمطار."))
    assert "سد أبها" in found
    assert not places("تعمل الحكومة على سد العجز في الميزانية.").places


def test_a_short_quoted_list_of_places_is_no_title() -> None:
    found = by_text(places("قالت إن النفط المستخرج من «الشرق الأوسط وروسيا» هو الأرخص."))
    assert "روسيا" in found and "الشرق الأوسط" in found


def test_a_preposition_reads_a_town_of_a_country_the_article_is_about() -> None:
    found = by_text(places("سيطر المقاتلون على الرقة ثم تقدموا نحو الطبقة."))
    assert "الطبقة" in found
    assert distance_km(35.84, 38.55, found["الطبقة"][0].lat, found["الطبقة"][0].lon) < 10  # type: ignore[attr-defined]
    assert "الطبقة" not in by_text(places("انتقل الحديث في باريس إلى الطبقة الوسطى."))


def test_an_organization_name_hides_the_tagger_place_inside_it() -> None:
    found = by_text(places("أفاد ناشطون بأن قوات سوريا الديمقراطية تقدمت في ريف الحسكة."))
    assert "سوريا" not in found and "الحسكة" in found


def test_a_place_noun_outweighs_a_tagged_person() -> None:
    found = by_text(places("تقدمت القوات نحو بيجي وسامراء في محافظة صلاح الدين."))
    assert found["صلاح الدين"][0].kind == "admin1"  # type: ignore[attr-defined]


def test_a_country_the_tagger_calls_a_person_stays_a_country() -> None:
    from rasd.document import Entity

    text = "رغم مرور زيمبابوي بأزمات اقتصادية، تبقى بلدا جميلا."
    doc = run(_tagger(), text)
    start = text.index("زيمبابوي")
    doc.entities = [Entity(start=start, end=start + 8, text="زيمبابوي", type="PER")]
    found = by_text(PlaceFinder()(doc))
    assert found["زيمبابوي"][0].kind == "country"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("هنأ الأمير الرئيس زرقوبلان دلجادو بذكرى الاستقلال.", "زرقوبلان", False),
        ("وصل الوفد إلى زرقوبلان أمس.", "زرقوبلان", True),
        ("وقعت اشتباكات جنوب زرقوبلان أمس.", "زرقوبلان", True),
    ],
)
def test_a_tagged_name_no_gazetteer_holds_needs_context(text: str, name: str, kept: bool) -> None:
    from rasd.document import Entity

    doc = run(_tagger(), text)
    start = text.index(name)
    doc.entities = [Entity(start=start, end=start + len(name), text=name, type="LOC")]
    assert (name in by_text(PlaceFinder()(doc))) is kept
