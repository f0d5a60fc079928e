"""Place names that are also ordinary words, read by the words around them: what follows the
name, a verb after بعد أن, towns abroad that spell an Arabic word, and a person after a title."""

from __future__ import annotations

import pytest

from rasd.stages.places import PlaceFinder
from tests.stages.helpers import run
from tests.stages.test_places import _tagger, by_text, places


def test_a_word_after_the_name_makes_it_a_noun() -> None:
    assert "مسقط" not in by_text(places("عاد اللاعب إلى مسقط رأسه بعد الموسم."))
    assert "الرباط" not in by_text(places("أصيب اللاعب بقطع في الرباط الصليبي."))
    assert "مسقط" in by_text(places("وصل الوفد إلى مسقط أمس."))


def test_a_mostly_word_name_before_a_definite_word_is_a_noun_unless_a_place_noun_names_it() -> None:
    assert "الميادين" not in by_text(places("وخرج الآلاف مجددا إلى الميادين الرئيسية."))
    assert "الميادين" in by_text(places("فر المقاتلون إلى الميادين في محافظة دير الزور."))
    assert "القائم" in by_text(places("سيطر التنظيم على معبر القائم الحدودي."))


def test_a_verb_after_baada_an_is_no_town() -> None:
    assert "سرت" not in by_text(places("وذلك بعد أن سرت شائعات داخل الوسط الرياضي."))
    assert "سرت" in by_text(places("وصل الوفد إلى سرت بعد أن غادر طرابلس."))


def test_a_town_abroad_that_spells_a_word_needs_its_country_or_context() -> None:
    assert "جنان" not in by_text(places("نسأل الله أن يدخله جنان الخلد."))
    assert "حصار" not in by_text(places("كافحت المدينة لتنجو من حصار فرض عليها طوال الحرب."))
    assert "جنان" in by_text(places("وصل الوفد إلى جنان عاصمة مقاطعة شاندونغ في الصين."))


def test_a_name_after_a_title_a_nisba_and_a_given_name_is_a_persons() -> None:
    text = "وسط حضور دولي يتقدمه الرئيس الفرنسي فرانسوا هولاند، افتتحت مصر القناة."
    found = by_text(places(text))
    assert "هولاند" not in found and "مصر" in found


def test_a_town_inside_an_institutions_name_is_no_place() -> None:
    assert "الدمام" not in by_text(places("وكرمت إدارة برج الدمام الطبي الطاقم."))
    assert "جدة" not in by_text(places("وتشغل الجامعة مستشفى شرق جدة منذ عام."))
    assert "جدة" not in by_text(places("وقال رئيس غرفة تجارة وصناعة جدة إن العمل مستمر."))


def test_towns_the_lists_lacked_are_found() -> None:
    found = by_text(places("نقل محافظ الخرمة التعازي. وتدور السفن حول رأس الرجاء الصالح."))
    assert "الخرمة" in found and "رأس الرجاء الصالح" in found
    cape = found["رأس الرجاء الصالح"][0]
    assert getattr(cape, "country", None) == "ZA"


def test_a_frequent_name_that_news_writes_as_a_place_reads_after_a_clitic() -> None:
    assert "القطيف" in by_text(places("تستعد جماعة الفن التشكيلي بالقطيف لتقديم معرض فني."))


def test_a_mostly_word_name_in_a_construct_is_a_noun() -> None:
    found = by_text(places("ورسموا على المبنى الطيور بالإضافة إلى صور الأسد الشهير."))
    assert "صور" not in found
    assert "صور" in by_text(places("وصل الوفد إلى صور في جنوب لبنان."))


def test_a_skyscraper_and_a_punishment_are_no_towns() -> None:
    assert "سحاب" not in by_text(places("وأقيم العرض على ناطحة سحاب شهيرة."))
    assert "بعقوبة" not in by_text(places("وطالب بالحكم عليهم بعقوبة تعزيرية رادعة."))
    assert "بعقوبة" in by_text(places("انفجرت سيارة مفخخة في بعقوبة شمال بغداد."))


def test_the_place_an_office_serves_is_a_toponym() -> None:
    found = by_text(
        places("سيطرت أحداث مسجد طوارئ عسير على الملتقى. وقال الناطق باسم صحة الشرقية إن.")
    )
    assert "عسير" in found and "الشرقية" in found


def test_a_big_city_written_bare_for_its_team_is_read_as_the_city() -> None:
    assert "برشلونة" in by_text(places("يخوض برشلونة هذه المباراة التي احتضنت النهائي."))


def test_a_plural_place_noun_lists_known_names_only() -> None:
    found = by_text(places("ورش عمل بمدينة تبوك ومحافظات تيماء وحقل وضباء والوجه وأملج."))
    assert {"تيماء", "الوجه", "أملج"} <= set(found)
    assert "نائية" not in by_text(places("يعملن في مناطق نائية بعيدة عن سكنهن."))


def test_a_country_is_named_without_the_noun_dawla() -> None:
    found = by_text(places("وصل الوفد إلى دولة الإمارات العربية المتحدة أمس."))
    assert "الإمارات العربية المتحدة" in found and "دولة الإمارات العربية المتحدة" not in found


def test_a_region_is_named_without_the_noun_iqlim() -> None:
    found = by_text(places("وصل الوفد إلى إقليم كردستان العراق أمس، ثم عاد من إقليم كردستان."))
    assert "كردستان العراق" in found and "كردستان" in found
    assert not any(name.startswith("إقليم") for name in found)


def test_a_town_written_with_its_region_is_one_name() -> None:
    found = by_text(places("وصل المعزون من محافظة محايل عسير إلى أبها."))
    assert "محايل عسير" in found and "عسير" not in found


def test_an_unlisted_verb_or_suffixed_word_is_no_name() -> None:
    from rasd.document import Document
    from rasd.places.recognize import _verb_or_suffixed
    from rasd.stages.text import TextAnalyzer

    doc = TextAnalyzer()(Document(text="يعتزل إعادتهم الحسكة"))
    verb, suffixed, town = doc.tokens
    assert _verb_or_suffixed(verb, verb.norm) and _verb_or_suffixed(suffixed, suffixed.norm)
    assert not _verb_or_suffixed(town, town.norm)


def test_a_word_with_nunation_is_an_indefinite_noun() -> None:
    assert "برداً" not in by_text(places("لم يكن ذلك برداً وسلاماً على الحزب."))
    assert "بردا" in by_text(places("وصل الفريق إلى بردا الهولندية أمس."))


def test_from_one_to_another_makes_the_name_a_noun() -> None:
    assert "زاوية" not in by_text(places("ينقل الزائر بصره من زاوية إلى أخرى في المهرجان."))
    assert "الزاوية" in by_text(places("وصل المقاتلون من الزاوية إلى طرابلس أمس."))


def test_a_frequent_word_the_tagger_alone_calls_a_place_is_none() -> None:
    text = "لكنه – كمصطلح في النقد الأدبي الحديث- يعني – ببساطة – توظيف مدلول المفردة توظيفا"
    assert "بساطة" not in by_text(places(text))


def test_a_camp_is_its_bare_name() -> None:
    assert by_text(places("سقطت قذائف على مخيم اليرموك جنوب دمشق.")).keys() >= {"اليرموك"}
    assert "مخيم اليرموك" not in by_text(places("سقطت قذائف على مخيم اليرموك جنوب دمشق."))


def test_a_bracketed_name_after_a_university_is_its_name() -> None:
    assert "بون" not in by_text(places("ترجمه الأستاذ المدرس بجامعة (بون) إلى الألمانية."))
    assert "آخن" in by_text(places("صدر الديوان عن مطابع بمدينة (آخن) الألمانية."))


def test_a_name_with_the_preposition_ba_inside_a_tagged_person_is_a_place() -> None:
    text = "تم تحويلها لمستشفى الملك عبدالله بجدة وطفلة إلى مستشفى آخر."
    assert "جدة" in by_text(places(text))


def test_a_name_after_bin_and_a_fathers_name_is_a_family_name() -> None:
    text = "وزار الدكتور عبدالله بن محمد السويد المصاب في جازان."
    assert "السويد" not in by_text(places(text)) and "جازان" in by_text(places(text))
    assert "إيران" in by_text(places("خطب الملك أميرة مصرية لابنه شاه إيران السابق."))


def test_a_saudi_governorate_no_city_list_names_is_a_place() -> None:
    found = by_text(places("وصلت القافلة إلى محافظة القنفذة ثم إلى محافظة الليث."))
    assert [p.gazetteer_id for p in found["القنفذة"]] == ["rasd:qunfudhah"]  # type: ignore[attr-defined]
    assert [p.gazetteer_id for p in found["الليث"]] == ["rasd:lith"]  # type: ignore[attr-defined]
    assert "المهد" not in by_text(places("تعلمنا ذلك منذ الصغر في المهد الطفولي."))


def test_a_well_known_city_written_for_its_government_is_the_city() -> None:
    found = by_text(places("وأقحم نفسه في نقاش يتعلق بسياسات واشنطن الخارجية."))
    assert [p.gazetteer_id for p in found["واشنطن"]] == ["geonames:4140963"]  # type: ignore[attr-defined]


def test_imara_before_an_emirate_or_a_region_is_the_place() -> None:
    assert "أبوظبي" in by_text(places("ارتفع معدل التضخم السنوي لإمارة أبوظبي خلال الربع الأول."))
    assert "عسير" in by_text(places("ودعت إمارة عسير في ختام بيانها إلى الإبلاغ عن المخالفين."))


def test_a_palace_and_a_middle_income_are_words() -> None:
    text = "يفتح القصر أبوابه للزوار، ويمثل الشاطئ رئة لذوي الدخل المحدود والمتوسط."
    assert by_text(places(text)) == {}


def test_a_country_the_tagger_reads_as_an_organization_on_its_own_token_is_a_place() -> None:
    text = "كان الجيب جزءًا من الهند لكنه محاط بجيب تابع لبنجلاديش، وهو بدوره مطوق."
    assert "بنجلاديش" in by_text(places(text))


def test_a_word_seen_a_few_times_still_splits_into_a_more_frequent_name() -> None:
    text = "افتتح متحف حضارات الأمم المقام في قرية المفتاحة بأبها، ضمن فعاليات المهرجان."
    assert "أبها" in by_text(places(text))  # بأبها is written often, أبها more often


def test_a_name_that_has_the_article_read_without_it_is_a_word() -> None:
    assert "قاهرة" not in by_text(places("ويعيش الشاب تحت ظروف مادية قاهرة منذ سنوات."))
    assert "القاهرة" in by_text(places("وصل الوفد إلى القاهرة أمس."))


def test_a_city_of_millions_after_a_given_name_is_no_surname() -> None:
    text = "بعد توقيع اتفاقات سلام مينسك 2، لا تزال الهدنة تشهد خروقات."
    assert "مينسك" in by_text(places(text))


def test_a_town_of_a_foreign_country_the_article_named_is_read_after_a_preposition() -> None:
    text = "عبر المهاجر من فرنسا إلى بريطانيا. وأرسلت الحكومة حراسا إلى المحطة بكاليه."
    assert "كاليه" in by_text(places(text))
    # without the country, only the tagger's LOC makes the one-word foreign town a place
    alone = "وأرسلت الحكومة حراسا إلى المحطة بكاليه."
    untagged = run(_tagger(), alone)
    untagged.entities = []
    assert "كاليه" not in by_text(PlaceFinder()(untagged))
    assert "كاليه" in by_text(places(alone))  # the tagger, trained on news too, tags بكاليه


def test_saudi_after_a_definite_noun_behind_a_proclitic_is_an_adjective() -> None:
    doc = places("ارتفعت أرباح للبنوك السعودية هذا العام، وعدد المقاولين في السعودية كبير.")
    kinds = [p.kind for p in doc.places if p.text == "السعودية"]
    assert kinds == ["demonym", "country"]  # the adjective is no longer the country


def test_the_sunset_prayer_is_not_morocco() -> None:
    assert "المغرب" not in by_text(places("ويستمر البيع حتى بعد أذان المغرب في السوق."))
    assert "المغرب" in by_text(places("وزار الوزير المغرب الأسبوع الماضي."))


def test_a_municipality_an_airport_and_a_literary_club_are_organizations() -> None:
    assert "أبوظبي" not in by_text(places("وأكدت بلدية مدينة أبوظبي أن العمل مستمر."))
    assert "الجوف" not in by_text(places("استقبل مطار منطقة الجوف أمس أول رحلة دولية."))
    assert "جدة" not in by_text(places("وتأتي الورشة التي يصفها أدبي جدة بالنوعية."))
    # the head of a municipality is an office: its place is coded
    assert "أبو عريش" in by_text(places("اعتمد رئيس بلدية محافظة أبو عريش ترقية الموظفين."))


def test_a_state_after_wilaya_and_a_territory_before_its_adjective_are_the_name_alone() -> None:
    doc = places(
        "قال الحاكم السابق لولاية فلوريدا إن المستوطنين هاجموا منزلا في الضفة الغربية المحتلة."
    )
    assert {"فلوريدا", "الضفة الغربية"} <= set(by_text(doc))
    assert "ولاية فلوريدا" not in by_text(doc) and "الضفة الغربية المحتلة" not in by_text(doc)


def test_iranian_kurdistan_is_its_own_region() -> None:
    (found,) = by_text(places("بدأت الأوضاع في كردستان إيران تلتهب من جديد."))["كردستان إيران"]
    assert found.country == "IR"  # type: ignore[attr-defined]


def test_a_small_town_right_after_a_verb_of_saying_is_the_speaker() -> None:
    assert "بور" not in by_text(places("وأضاف بور بأن النظام بدأ بخرق الهدنة."))


def test_roads_bridges_and_tents_named_by_towns_are_no_toponyms() -> None:
    text = "وقع حادث تصادم على طريق حائل القصيم السريع بالقرب من كبري بقعاء."
    assert not {"حائل", "بقعاء"} & set(by_text(places(text)))
    assert "أبها" not in by_text(places("أقيم بخيمة أبها السياحية سباق للأطفال."))
    assert "حائل" in by_text(places("وصل الوفد إلى حائل أمس."))


def test_mali_is_the_country_after_a_preposition_and_financial_after_a_noun() -> None:
    assert "مالي" in by_text(places("وقال مسؤولون عسكريون من مالي إن الرهائن بخير."))
    assert "مالي" in by_text(places("وقال ملحق بسفارة موسكو لدى مالي إن الوضع هادئ."))
    assert "مالي" not in by_text(places("وتعاني الجمعية من عجز مالي كبير."))


def test_a_republic_kingdom_or_sultanate_is_coded_with_its_name() -> None:
    doc = places("وشارك وفد من جمهورية تونس وآخر من مملكة الأردن الهاشمية.")
    assert {"جمهورية تونس", "مملكة الأردن"} <= set(by_text(doc))
    # دولة stays a place noun: the gold sets code دولة الكويت both ways
    assert "الكويت" in by_text(places("وأكد وزير الداخلية بدولة الكويت ذلك."))


def test_the_holy_sites_of_the_hajj_are_places() -> None:
    found = by_text(
        places("يبيت الحجاج في مشعر منى ثم ينتقلون إلى مزدلفة بعد الوقوف على صعيد عرفات.")
    )
    assert {"منى", "مزدلفة", "عرفات"} <= set(found)
    assert found["عرفات"][0].country == "SA"  # type: ignore[attr-defined]
    assert "منى" not in by_text(places("وقالت الفنانة منى زكي إنها سعيدة بالدور."))


def test_a_place_noun_before_a_countrys_nisba_names_the_capital_after_it() -> None:
    assert "مسقط" in by_text(places("أقيمت البطولة في العاصمة العمانية مسقط بمشاركة عربية."))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وكان لوقع الاختيار على مشهد النصر من أوبرا عايدة أثر كبير.", "مشهد"),
        ("وزار الوفد المصاب وشدوا من أزره، وتمنوا له الشفاء.", "أزره"),
        ("جلس على هذا الكرسي من قبلي أساتذة كبار.", "قبلي"),
        ("وتبقى الصحيفة في تاج المشهد الإعلامي.", "تاج"),
        ("فينفق الناس أموالا طائلة ركضا وراء سراب.", "سراب"),
        ("العامل المرجح والرديف للضبط الأمني هو التوعية.", "الرديف"),
        ("وعلى كل إعلامي أن يلتزم بألا يشغله السبق عن الدقة.", "ألا"),
        ("الإرهاب لن يفرق بين منطقة وأخرى، لأنه ينبع من بئر الكراهية.", "ينبع"),
    ],
)
def test_words_that_some_town_is_called_are_words(text: str, word: str) -> None:
    assert word not in by_text(places(text))


def test_yanbu_is_still_yanbu() -> None:
    assert "ينبع" in by_text(places("وصل الوفد إلى ينبع من جدة صباح أمس."))
