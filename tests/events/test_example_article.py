"""The README's example article (examples/sample-article.txt) and the rules it shows: who is
the subject of ``أن تكون X قد فعل``, a denied event, a place that is no actor, a phone call
that is an interview, and a noun that is the subject of the verb after it."""

from __future__ import annotations

from pathlib import Path

from rasd.document import Event
from rasd.pipeline import Pipeline

NLP = Pipeline()
SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-article.txt"


def code(text: str) -> list[Event]:
    doc = NLP(text, "2024-05-12")
    doc.check_offsets()
    return doc.events


def test_the_subject_stands_between_takun_and_qad() -> None:
    (event,) = code("ويرجح مصدر عسكري أن تكون قواته قد استهدفت المدنيين خطأ.")
    assert event.type == "ASSAULT" and event.status == "possible"
    assert event.actor is not None and event.actor.text == "قواته"
    assert event.target is not None and event.target.text == "المدنيين"


def test_the_subject_of_a_pluperfect_stands_between_kan_and_qad() -> None:
    (event,) = code("وكانت قوات التحالف قد قصفت مواقع المسلحين.")
    assert event.actor is not None and event.actor.text == "قوات التحالف"
    assert event.target is not None and event.target.text.startswith("مواقع")


def test_a_denied_event_is_no_event() -> None:
    assert code("نفى مصدر عسكري أن تكون قواته قد استهدفت المدنيين.") == []
    assert code("وتنفي الحكومة أنها اعتقلت الصحفيين.") == []


def test_a_place_before_an_event_noun_is_not_its_actor() -> None:
    (event,) = code("نزوح مئات العائلات من ريف حلب الشمالي بعد قصف مدفعي")
    assert event.type == "ASSAULT"
    assert event.actor is None or "حلب" not in event.actor.text


def test_a_phone_interview_is_no_meeting() -> None:
    interview = code("وقال مدير المرصد في اتصال هاتفي: إن القصف مستمر.")
    assert not [e for e in interview if e.type == "CONSULT"]
    call = code("وقال الوزير في اتصال هاتفي مع نظيره الأردني إن الوضع صعب.")
    assert [e.trigger.text for e in call if e.type == "CONSULT"] == ["اتصال"]


def test_the_sample_article() -> None:
    events = code(SAMPLE.read_text(encoding="utf-8"))
    kinds = [(e.trigger.text, e.type) for e in events]
    assert ("استهدف", "ASSAULT") in kinds
    assert ("استهدفت", "ASSAULT") not in kinds  # denied by the military source
    assert all(e.type != "CONSULT" for e in events)  # في اتصال هاتفي: an interview
    shelling = [e for e in events if e.trigger.text == "استهدف"]
    assert shelling[0].target is not None and shelling[0].target.text == "الأحياء السكنية"
    # قصف مدفعي استهدف …: the noun is the verb's subject, one event
    assert not [e for e in events if e.sentence == shelling[0].sentence and e.trigger.text == "قصف"]
    assert all(e.actor is None or "حلب" not in e.actor.text for e in events)


def test_a_title_and_the_titled_name_after_it_are_one_actor() -> None:
    (event,) = code(
        "يجتمع الرئيس العام لرعاية الشباب، رئيس اللجنة الأولمبية السعودية الأمير عبدالله بن "
        "مساعد اليوم برئيس الاتحاد السعودي لكرة القدم."
    )
    assert event.actor is not None and event.actor.text.startswith("الرئيس العام")
    assert event.actor.text.endswith("مساعد")


def test_a_genitive_with_li_and_a_place_phrase_before_the_addressee() -> None:
    (event,) = code(
        "ودعت المديرية العامة للدفاع المدني بمنطقة المدينة المنورة جميع المواطنين والمقيمين "
        "لأخذ الحيطة والحذر."
    )
    assert event.actor is not None and event.actor.text == "المديرية العامة للدفاع المدني"
    assert event.target is not None and event.target.text.startswith("جميع المواطنين")


def test_an_adjective_of_the_object_is_no_target_and_a_noun_behind_ala_is() -> None:
    (event,) = code("شنت الطائرات غارات مكثفة صباح أمس على مواقع التمرد.")
    assert event.actor is not None and event.actor.text == "الطائرات"
    assert event.target is not None and event.target.text.startswith("مواقع")


def test_an_adjective_of_an_event_noun_is_no_actor() -> None:
    (event,) = code("أعلن المسؤول عن هجومين كبيرين شنهما متشددون إسلاميون.")
    assert event.actor is None or event.actor.text != "كبيرين"


def test_a_participle_takes_the_subject_of_its_sentence() -> None:
    events = code("وقال إن الجزائر تدين هذا العمل الإجرامي، داعية إلى تنسيق الجهود الدولية.")
    request = [e for e in events if e.type == "REQUEST"]
    assert request and request[0].actor is not None and request[0].actor.text == "الجزائر"


def test_a_plural_in_un_after_the_verb_is_its_subject() -> None:
    (event,) = code("وقال إن الوكالة لم تتلق سوى القليل مما تعهد المانحون بتقديمه.")
    assert event.type == "AGREE"
    assert event.actor is not None and event.actor.text == "المانحون"


def test_whom_one_stands_with_is_the_target() -> None:
    events = code("وأعربت الجزائر عن تضامنها المطلق مع المملكة العربية السعودية.")
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and support[0].target is not None
    assert support[0].target.text == "المملكة العربية السعودية"
