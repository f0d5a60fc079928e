"""Event coding on sentences written for the tests: triggers, negation, status, arguments."""

from __future__ import annotations

import pytest

from rasd.document import Document, Place
from rasd.pipeline import Pipeline
from rasd.stages.events import EventCoder
from tests.events import coding

NLP = coding.NLP
code, one = coding.code, coding.one


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("فرّ المسلحون من البلدة.", "فرّ", "RETREAT"),
        ("وفرّوا من المدينة ليلا.", "فرّوا", "RETREAT"),
        ("انسحبت القوات الحكومية من المعسكر.", "انسحبت", "RETREAT"),
        ("وينسحب الجنود تدريجيا من الحدود.", "ينسحب", "RETREAT"),
        ("استولت قوات المعارضة على المطار.", "استولت", "ASSAULT"),
        ("واستولوا على دبابة.", "استولوا", "ASSAULT"),
        ("سيطر المقاتلون على القرية.", "سيطر", "ASSAULT"),
        ("قصفت الطائرات الحربية الحي الشرقي.", "قصفت", "ASSAULT"),
        ("اندلعت اشتباكات عنيفة في المدينة.", "اشتباكات", "ASSAULT"),
        ("أعلنت الشرطة اعتقال ثلاثة أشخاص.", "اعتقال", "COERCE"),
        ("اعتقلت الشرطة ثلاثة مشتبه بهم.", "اعتقلت", "COERCE"),
        ("انشق ضابط كبير عن الجيش.", "انشق", "REJECT"),
        ("واستسلم المقاتلون للسلطات.", "استسلم", "RETREAT"),
        ("هددت الحكومة المتظاهرين.", "هددت", "THREATEN"),
        ("أدانت المملكة الهجوم الإرهابي.", "أدانت", "ACCUSE"),
        ("وتدين الحكومة هذه الجريمة.", "تدين", "ACCUSE"),
        ("تظاهر آلاف الطلاب أمام البرلمان.", "تظاهر", "PROTEST"),
        ("اتفق الطرفان على وقف إطلاق النار.", "اتفق", "AGREE"),
        ("فرض الاتحاد الأوروبي عقوبات على الشركة.", "فرض", "SANCTION"),
        ("ودعت المنظمة المجتمع الدولي إلى التحرك.", "دعت", "REQUEST"),
    ],
)
def test_trigger_in_its_forms(text: str, trigger: str, type_: str) -> None:
    found = [(e.trigger.text, e.type) for e in code(text)]
    assert (trigger, type_) in found


def test_a_conjunction_is_not_part_of_the_trigger() -> None:
    event = one("وانشق أحد الضباط عن الجيش.")
    assert event.trigger.text == "انشق"


@pytest.mark.parametrize(
    "text",
    [
        "لم ينسحب الجيش من المدينة.",
        "ولم تنسحب القوات من المعسكر.",
        "لن ينسحب المقاتلون من البلدة.",
        "طالبت الحكومة بعدم انسحاب القوات.",
    ],
)
def test_negated_triggers_make_no_event(text: str) -> None:
    assert not [e for e in code(text) if e.type == "RETREAT"]


def test_supply_of_weapons_is_aid_and_future_is_marked() -> None:
    event = one("وأعلنت الولايات المتحدة أنها ستقدم أسلحة للمقاتلين الأكراد.")
    assert (event.type, event.status, event.trigger.text) == ("AID", "future", "ستقدم")
    assert event.actor is not None and event.actor.text == "الولايات المتحدة"
    assert event.actor_country == "USA"
    assert event.target is not None and event.target.text.startswith("للمقاتلين")


def test_give_without_an_aid_object_is_no_aid() -> None:
    # no AID without an aid object; the minister's thanks are SUPPORT (docs/events.md, issue 7)
    assert [e.type for e in code("قدم الوزير شكره للحضور.")] == ["SUPPORT"]
    assert not code("قدم المعرض أعمالا فنية للزوار.")


def test_sawfa_and_qad_set_the_status() -> None:
    assert one("سوف تنسحب القوات من المدينة.").status == "future"
    assert one("قد تنسحب القوات من المدينة.").status == "possible"
    assert one("انسحبت القوات من المدينة.").status is None


def test_actor_after_the_verb_is_a_nominal_group() -> None:
    event = one('فرَّ مقاتلو تنظيم "داعش" والمقاتلون الغربيون من الرقة.')
    assert event.actor is not None and event.actor.text == 'مقاتلو تنظيم "داعش"'
    assert event.actor_role == "insurgent"
    assert event.target is None  # the second group is a co-actor, not a target


def test_actor_from_the_dictionary_has_role_and_country() -> None:
    event = one("واستولت قوات الدفاع الذاتي على البلدة.")
    assert event.actor is not None and event.actor.text == "قوات الدفاع الذاتي"
    assert (event.actor_country, event.actor_role) == ("SYR", "rebel")


def test_relative_clause_gives_the_actor_and_the_object_the_target() -> None:
    events = code("وأغضب القرار تركيا التي اتهمت حلف الناتو بالانحياز.")
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert accuse.actor is not None and accuse.actor.text == "تركيا"
    assert accuse.target is not None and accuse.target.text == "حلف الناتو"
    assert accuse.target_role == "international organization"


def test_coordinated_verb_takes_the_previous_actor() -> None:
    events = code("وانشق أحد الأعضاء وعبر إلى تركيا واستسلم للسلطات.")
    defect, surrender = events[0], events[-1]
    assert (defect.type, surrender.type) == ("REJECT", "RETREAT")
    assert defect.actor is not None and surrender.actor is not None
    assert surrender.actor.text == defect.actor.text == "أحد الأعضاء"


def test_passive_agent_after_min_qibal() -> None:
    event = one("واعتقل الصحفي من قبل قوات الأمن.")
    assert event.actor is not None and event.actor.text.startswith("قوات الأمن")


def test_date_of_the_sentence_else_the_publication_date() -> None:
    dated = one("انسحبت القوات من المدينة يوم الثلاثاء.")
    assert (dated.date, dated.date_precision) == ("2017-05-09", "day")
    undated = one("انسحبت القوات من المدينة.")
    assert (undated.date, undated.date_precision) == ("2017-05-10", "day")
    assert code("انسحبت القوات من المدينة.", published=None)[0].date is None


def test_place_comes_from_the_places_layer_when_it_is_filled() -> None:
    text = "قصفت الطائرات مدينة حلب أمس. انسحب الجيش."
    doc = Pipeline(disable=["places", "events"])(text, "2017-05-10")
    assert all(e.place is None for e in EventCoder()(doc).events)  # no places layer: null
    start = text.index("حلب")
    doc.places = [Place(start, start + 3, "حلب", name="Aleppo", country="SY", lat=36.2, lon=37.16)]
    events = EventCoder()(doc).events
    doc.check_offsets()
    shelled = next(e for e in events if e.type == "ASSAULT")
    assert shelled.place is not None and shelled.place.text == "حلب"
    withdrew = next(e for e in events if e.type == "RETREAT")
    assert withdrew.place is None  # the place of another sentence is not carried over


def test_a_demonym_is_never_the_place_of_an_event() -> None:
    text = "قصفت الطائرات التركية مدينة حلب أمس."
    doc = Pipeline(disable=["places", "events"])(text, "2017-05-10")
    turkish, aleppo = text.index("التركية"), text.index("حلب")
    doc.places = [
        Place(turkish, turkish + 7, "التركية", kind="demonym", country="TR"),
        Place(aleppo, aleppo + 3, "حلب", kind="city", country="SY", lat=36.2, lon=37.16),
    ]
    (shelled,) = [e for e in EventCoder()(doc).events if e.type == "ASSAULT"]
    assert shelled.place is not None and shelled.place.text == "حلب"


def test_events_round_trip_through_the_contract_json() -> None:
    doc = NLP("وأعلنت الولايات المتحدة أنها ستقدم أسلحة للمقاتلين.", "2017-05-10")
    again = Document.from_dict(doc.to_dict())
    assert again.events == doc.events and again.events[0].status == "future"


def test_a_sentence_opening_with_wa_and_a_verb_continues_the_previous_actor() -> None:
    first, second = code("شنت طائرات التحالف غارات على المدينة. واستهدفت مواقع المسلحين.")
    assert first.actor is not None and first.actor.text == "طائرات التحالف"
    assert second.sentence == 1 and second.actor == first.actor
    assert second.target is not None and second.target.text.startswith("مواقع المسلحين")


def test_a_new_sentence_without_wa_does_not_inherit_an_actor() -> None:
    events = code("شنت طائرات التحالف غارات على المدينة. استهدفت مواقع المسلحين.")
    assert events[-1].actor is None


def test_plans_and_conditions_set_the_status() -> None:
    assert one("تعتزم الحكومة فرض عقوبات على الشركة.").status == "planned"
    assert one("إذا انسحبت القوات من المدينة عاد السكان.").status == "conditional"


@pytest.mark.parametrize("text", ["وتحدث عن الهرب الكبير في الرواية.", "وقال إن بالضرب يتعلم."])
def test_a_word_with_an_article_or_b_is_no_verb_trigger(text: str) -> None:
    assert not any(e.trigger.text in ("الهرب", "بالضرب") for e in code(text))
