"""Rules of the rounds tuned on events-fresh12, then fresh13/fresh14 and fresh15 (docs/events.md,
"Session 18"), each on sentences written for these tests: a disease kills by no attack, an
attack noun among the words of a game is a team's attack, forces that retake a town assault
it, the battle where victims fell or a toll to date is no new attack, and a feddan, a rush of
investors, news that dominates, workshops that target and a claim to sovereignty are no events."""

from __future__ import annotations

from functools import partial

from tests.events import coding

types = partial(coding.types, published="2015-08-04")


def test_a_disease_that_kills_is_no_attack() -> None:
    assert types("وتصيب الملاريا نحو 200 مليون شخص سنويا وقتلت 584 ألفا عام 2013.") == []
    assert ("قتلت", "ASSAULT") in types("وقتلت الميليشيات 40 مدنيا في تعز أمس.")


def test_an_attack_noun_among_the_words_of_a_game_is_no_attack() -> None:
    text = "وقدمت الإدارة للمدرب ملفات للاعبين في الهجوم وصناعة اللعب والدفاع."
    assert types(text) == []
    assert ("الهجوم", "ASSAULT") in types("وأسفر الهجوم على مقر الشرطة في عدن عن قتلى.")


def test_forces_that_retake_a_town_assault_it() -> None:
    text = "واستعادت القوات الموالية للحكومة أمس محافظة الضالع من المتمردين."
    assert ("استعادت", "ASSAULT") in types(text)
    assert types("واستعاد اللاعب ثقته بنفسه بعد الإصابة.") == []


def test_the_battle_where_victims_fell_and_a_toll_to_date_are_no_new_attack() -> None:
    text = "واستقبل الأردن المواطنين اليمنيين الذين جرحوا في معارك عدن للعلاج."
    assert [t for t in types(text) if t[1] == "ASSAULT"] == []
    assert types("وقال الصليب الأحمر إن نحو أربعة آلاف شخص نصفهم من المدنيين قتلوا.") == []
    assert ("قتل", "ASSAULT") in types("وقتل نحو 20 شخصا في هجوم على سوق في بغداد أمس.")


def test_a_feddan_an_investors_rush_news_and_workshops_are_no_events() -> None:
    assert types("إن الوزارة ستعرض مشروع المليون فدان على المستثمرين غدا.") == []
    assert types("في ظل الهجوم الاستثماري على الشواطئ حاليا.") == []
    assert types("وسيطر خبر وفاته على موقع التواصل الاجتماعي.") == []
    assert types("حيث تستهدف ورش العمل المديرين الطبيين.") == []
    assert ("دان", "ACCUSE") in types("ودان الوزير الهجوم على المسجد أمس.")


def test_a_claim_to_sovereignty_is_no_request() -> None:
    assert types("الجدير ذكره أن الصين تطالب بالسيادة على معظم مناطق بحر الصين الجنوبي.") == []
    assert ("طالب", "REQUEST") in types("وطالب الوزير الأمم المتحدة بالتدخل العاجل.")
