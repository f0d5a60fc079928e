"""Words that look like triggers and report no event (read in the dev articles' false events):
a prayer, a noun with a possessive ي, an intransitive verb with an object pronoun, a tag line,
what threatens security, a noun that names an event already told."""

from __future__ import annotations

import pytest

from rasd.document import Event
from rasd.pipeline import Pipeline

NLP = Pipeline()


def code(text: str) -> list[Event]:
    doc = NLP(text, "2015-08-09")
    doc.check_offsets()
    return doc.events


@pytest.mark.parametrize(
    "text",
    [
        "وقدم التعازي لأسر الشهداء، داعيا المولى عز وجل أن يتغمدهم برحمته.",
        "ودعا الله أن يحفظ البلاد من كل سوء.",
        "عندما ألح عليه في قبول منصب وزاري قال له كلمته.",
        "وتعرض الشركة المميزات التي تجذب طالبي العمل.",
        "تقدمت القوات بغطاء جوي كثيف وفرته طائرات التحالف.",
        "وبات العجز يهدد قدرتها على القيام بمهماتها.",
        "وقالت إن هذه الجريمة تستهدف الأمن والاستقرار.",
        "سمات اغلاق الغذاء والدواء محلات طبية مخالفة",
    ],
)
def test_no_event(text: str) -> None:
    assert code(text) == [], [(e.trigger.text, e.type) for e in code(text)]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("ودعا الوزير المجتمع الدولي إلى التحرك.", "دعا", "REQUEST"),
        ("زار الوزير القاعدة العسكرية.", "زار", "CONSULT"),
        ("فر المقاتلون من المدينة.", "فر", "RETREAT"),
        ("وهددت الجماعة الحكومة بالانتقام.", "هددت", "THREATEN"),
        ("واستهدفت الطائرات مواقع المسلحين.", "استهدفت", "ASSAULT"),
    ],
)
def test_still_an_event(text: str, trigger: str, type_: str) -> None:
    assert (trigger, type_) in [(e.trigger.text, e.type) for e in code(text)]


def test_a_noun_that_names_an_event_told_before_is_none() -> None:
    events = code("وقتل 14 متمردا نتيجة الغارات، كما دفعت شدة القصف عشرات المتمردين إلى الفرار.")
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["قتل"]


def test_a_campaign_of_shelling_is_the_verb_event() -> None:
    events = code("ولم تجد الميليشيات سوى شن حملة قصف عشوائي على الأحياء السكنية.")
    assert [(e.trigger.text, e.type) for e in events] == [("شن", "ASSAULT")]


def test_what_strikes_without_an_actor_is_no_attack() -> None:
    text = "وتعطلت الطرق بسبب الصواعق الرعدية التي ضربت أحد الأعمدة الكهربائية."
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_ila_after_a_verb_of_leading_to_is_no_reference() -> None:
    events = code("ودفعت شدة المعارك عشرات المتمردين إلى الاستسلام لعناصر المقاومة.")
    assert "RETREAT" in [e.type for e in events]
    assert not [e for e in code("وتستعد القوات إلى الاستسلام الكامل") if e.type == "RETREAT"]


def test_the_object_of_a_closure_is_its_target_behind_a_comma() -> None:
    (event,) = code("أغلق مفتشو الهيئة العامة للغذاء والدواء, 3 محلات مخالفة في الأحساء.")
    assert event.type == "COERCE"
    assert event.actor is not None and event.actor.text.startswith("مفتشو الهيئة")
    assert event.target is not None and event.target.text.startswith("3 محلات")


def test_a_match_report_codes_no_event() -> None:
    report = (
        "واتفق المدرب مع إدارة النادي على تجديد عقد اللاعب قبل مباراة الفريق في الدوري، "
        "وقال المهاجم إن المنتخب يستعد للبطولة."
    )
    assert code(report) == []
    assert code("واتفق وزير الخارجية مع نظيره على تجديد الاتفاق.") != []


@pytest.mark.parametrize(
    "text",
    [
        "وضرب اللاعب مثلا في الالتزام.",
        "وأوقفت الوزارة العمل بالنظام القديم.",
        "واستهدفت الدراسة 110 كليات صحية.",
        "وقال إن الحملة تستهدف الشباب.",
    ],
)
def test_an_idiom_or_a_peaceful_sense_is_no_event(text: str) -> None:
    assert code(text) == [], [(e.trigger.text, e.type) for e in code(text)]


def test_the_violent_sense_stays() -> None:
    assert [e.type for e in code("وأوقفت الشرطة خمسة أشخاص.")] == ["COERCE"]
    assert [e.type for e in code("واستهدفت الطائرات مواقع المسلحين.")] == ["ASSAULT"]
