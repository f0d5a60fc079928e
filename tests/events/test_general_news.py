"""Triggers and rules for general news (issue 7: diplomacy, courts, calls on the public), on
sentences written for these tests: each family codes its event, and the word next to it that
makes another word or no event is read."""

from __future__ import annotations

import pytest

from rasd.document import Event
from tests.events import coding

PUBLISHED = "2015-08-10"


def code(text: str) -> list[Event]:
    return coding.code(text, PUBLISHED)


def one(text: str) -> Event:
    return coding.one(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("شكر وزير الخارجية نظيره الفرنسي على دعمه.", "شكر", "SUPPORT"),
        ("وفي ختام الحفل قدم الأمير الشكر للجهات الأمنية.", "الشكر", "SUPPORT"),
        ("وأشاد الرئيس بجهود الوسطاء.", "أشاد", "SUPPORT"),
        ("كرم محافظ المدينة الفرق الميدانية.", "كرم", "SUPPORT"),
        ("هنأ خادم الحرمين الشريفين رئيس الإكوادور بذكرى الاستقلال.", "هنأ", "SUPPORT"),
        ("وقدمت الحكومة مبادرة لحل الأزمة.", "قدمت", "AGREE"),
        ("وعارض عدد من النواب الاتفاق.", "عارض", "REJECT"),
        ("أجرى الوزير اتصالا هاتفيا مع نظيره.", "اتصالا", "CONSULT"),
        ("وصل ولي العهد إلى العاصمة الأردنية.", "وصل", "CONSULT"),
        ("وفي أثناء استقبال سموه للمسؤولين عرض خطة العمل.", "استقبال", "CONSULT"),
        ("والجانبان ناقشا العلاقات بين البلدين.", "ناقشا", "CONSULT"),
        ("حكمت محكمة الجنايات بالسجن خمس سنوات على الصحفي.", "حكمت", "COERCE"),
        ("دانت المحكمة المتهمين الثلاثة.", "دانت", "COERCE"),
        ("ووجد المحلفون المتهم مدانا بالتهم كلها.", "مدانا", "COERCE"),
        ("اخترق قراصنة شبكة الوزارة الشهر الماضي.", "اخترق", "CYBER"),
        ("وكان قد تم القبض عليه قبل عامين.", "القبض", "COERCE"),
        ("وألغت محكمة الاستئناف الحكم السابق.", "ألغت", "CONCEDE"),
        ("أطلق مسلحون النار على دورية للشرطة.", "أطلق", "ASSAULT"),
        ("وأودى التفجير بحياة ثلاثة جنود.", "أودى", "ASSAULT"),
        ("حث الرئيس الوزارات على خفض النفقات.", "حث", "REQUEST"),
        ("وأهاب الدفاع المدني بالمواطنين الابتعاد عن الأودية.", "أهاب", "REQUEST"),
        ("وطلبت الوزارة من المتقدمين مراجعة فروعها.", "طلبت", "REQUEST"),
        ("وأوضح السكان أن المشكلة قديمة، ملقين باللوم على البلدية.", "ملقين", "ACCUSE"),
    ],
)
def test_a_general_news_trigger_codes_its_event(text: str, trigger: str, type_: str) -> None:
    event = one(text)
    assert event.trigger.text == trigger
    if type_ == "CYBER":
        assert (event.type, event.mode) == ("COERCE", "cyber")
    else:
        assert event.type == type_


@pytest.mark.parametrize(
    "text",
    [
        "وأشاد الحضور بالعرض المسرحي.",  # praise of a play by an audience
        "وللجميع الشكر والتقدير.",  # thanks given by no one
        "وفي السنة الماضية زار المدينة مليون سائح.",  # tourists
        "ووصلت الطائرة إلى المطار مساء أمس.",  # a plane, not an official
        "واستعدادا لاستقبال الحجاج جهزت الفرق مواقعها.",
        "ورفض متحدث باسم الشركة التعليق على الخبر.",  # no comment is no rejection
        "وكان المتهم طالب الدراسات العليا في الجامعة.",  # a student
        "ونظم المركز دورة لـ 15 طالبا.",
        "وتجمع حشد من الناس أمام المسرح.",  # a crowd
        "ويقول أستاذ علم الاجتماع مع زملائه إن الظاهرة قديمة.",
        "وتلقى مركز القيادة والسيطرة بلاغا.",
        "ومن الضروري ضبط النفقات العامة.",  # control a budget
        "ولا تستسلم أمام الصعاب.",  # ولا negates
        "ولا يجب أيضا رفض المبادرة كلها.",  # a negated modal
        "وهذا ما دعاها إلى ترك المنزل.",  # a cause, not a request
        "هاجم تمساح امرأة في القرية.",  # an animal
        "وأودى حادث مروري بحياة ثلاثة أشخاص.",  # a road accident
        "وقضت المرأة حكما بالسجن في قضية سابقة.",  # served a sentence
        "وأعلن التنظيم مسؤوليته عن هجوم أمس.",  # the claim names the attack
        "ويعمل العمال الذين يشعرون بالإحباط ببطء.",  # frustration
        "وحث على الإسراع في وقف إطلاق النار.",  # a ceasefire: no attack (the call stays)
    ],
)
def test_a_word_next_to_the_trigger_makes_it_no_event(text: str) -> None:
    events = code(text)
    if "وقف إطلاق النار" in text:
        assert [e.type for e in events] == ["REQUEST"]
    else:
        assert not events, [(e.trigger.text, e.type) for e in events]


def test_a_phone_call_goes_from_the_caller_to_the_receiver() -> None:
    event = one("تلقى الملك سلمان ـ حفظه الله ـ اتصالا هاتفيا اليوم من الرئيس الفرنسي.")
    assert event.type == "CONSULT" and event.mode == "phone"
    assert event.actor is not None and event.actor.text.startswith("الرئيس الفرنسي")
    assert event.target is not None and "سلمان" in event.target.text


def test_a_sentence_falls_on_whom_it_names_after_ala() -> None:
    event = one("حكمت محكمة الجنايات بالسجن خمس سنوات على الصحفي الكندي.")
    assert event.target is not None and event.target.text.startswith("الصحفي")


def test_we_in_a_quote_is_the_speaker() -> None:
    event = one("وقال وزير الخارجية: نحمل الحكومة المسؤولية الكاملة عن الجريمة.")
    assert event.type == "ACCUSE"
    assert event.actor is not None and event.actor.text.startswith("وزير الخارجية")


def test_an_age_is_no_actor() -> None:
    event = one("وكان الرجل (30 عاما) قتل ثلاثة أشخاص في المتجر.")
    assert event.actor is None or "عاما" not in event.actor.text


def test_an_attack_done_by_a_group_named_after_it() -> None:
    events = code("حصد تفجير سيارة ملغومة نفذه متشددون قرب المطار أرواح خمسة أشخاص.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].actor is not None and events[0].actor.text.startswith("متشددون")


def test_the_condemned_attack_is_told_elsewhere() -> None:
    events = code("ودانت الحكومة بشدة أمس التفجير الإرهابي.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_an_arrest_after_bil_idafa_ila_is_an_event() -> None:
    events = code("وشملت الحملة غارات على المسلحين بالإضافة إلى اعتقال عشرات المشتبه بهم.")
    assert "COERCE" in [e.type for e in events]


def test_an_attack_named_again_is_no_new_event() -> None:
    events = code("قصفت الطائرات مواقع المسلحين شمال المدينة. وبعد القصف أغلقت الشرطة الطرق.")
    assert [e.type for e in events] == ["ASSAULT", "COERCE"]


def test_the_toll_of_an_attack_is_no_second_attack() -> None:
    events = code("قصف المسلحون موقعا للجيش، ما أدى إلى مقتل تسعة جنود.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_relative_after_a_name_and_an_age_takes_the_name() -> None:
    events = code("حكمت المحكمة بالسجن على الرجل المتهم (40 عاما) الذي قتل ثلاثة أشخاص.")
    killing = [e for e in events if e.trigger.text == "قتل"]
    assert killing and killing[0].actor is not None
    assert killing[0].actor.text.startswith("الرجل")


def test_frustration_is_no_foiling() -> None:
    assert not code("وتراكم الإحباط لدى المهندسين منذ سنوات.")
    assert [e.type for e in code("وتمكنت الجمارك من إحباط محاولة تهريب.")] == ["COERCE"]


def test_a_count_of_people_killed_is_the_victim() -> None:
    event = one("وذكر المسؤول أن 19 شخصا قتلوا في انفجار الألغام.")
    assert event.actor is None
    assert event.target is not None and event.target.text.startswith("19")


def test_a_call_to_stop_the_fighting_is_no_attack() -> None:
    assert "ASSAULT" not in [e.type for e in code("ودعت الأطراف إلى وقف المعارك في المدينة.")]


def test_we_without_a_speaker_has_no_actor() -> None:
    event = one("وندين بشدة إرهاب هذا التنظيم.")
    assert event.type == "ACCUSE" and event.actor is None


def test_qutil_with_an_indefinite_noun_after_it_is_passive() -> None:
    event = one("وفي المدينة قتل شخص وأصيب ثمانية آخرون بانفجار.")
    assert event.actor is None
    assert event.target is not None and event.target.text.startswith("شخص")
    killers = one("وقتل مسلحون جنديا عند الحاجز.")
    assert killers.actor is not None and killers.actor.text.startswith("مسلحون")


def test_the_genitive_of_an_event_noun_is_not_the_next_verbs_subject() -> None:
    events = code("ولتحرير المدن من سيطرة مسلحي التنظيم اقتحمت القوات الأمنية المنطقة.")
    storm = [e for e in events if e.trigger.text == "اقتحمت"]
    assert storm and storm[0].actor is not None
    assert storm[0].actor.text.startswith("القوات")


def test_organizing_names_no_one() -> None:
    events = code("وشكل الناشطون لجنة تتولى تنظيم التظاهرات في العاصمة.")
    assert all(e.actor is None or e.actor.text != "تنظيم" for e in events)


def test_being_surprised_is_no_attack() -> None:
    assert not code("وقد يفاجأون بوميض الكاميرات عند الإشارة.")


def test_a_definite_noun_after_a_verb_of_saying_is_its_subject() -> None:
    event = one("ودان الوزراء بشدة الهجمات على دور العبادة.")
    assert event.type == "ACCUSE"
    assert event.actor is not None and event.actor.text == "الوزراء"
    call = one("كما ناشد الوزراء جميع الأطراف العمل معا.")
    assert call.actor is not None and call.actor.text == "الوزراء"


def test_control_of_a_disease_or_a_market_is_no_seizure() -> None:
    assert not code("ويجب أن تكون السيطرة على الأمراض من الأولويات.")
    assert not code("وكانت الشركة تسيطر على حصة كبيرة من السوق.")


def test_here_is_no_congratulation_and_advice_is_no_visit() -> None:
    assert not code("ولم يكن هناك فرق بين النتائج.")
    assert not code("فربما عليك أن تزور المدينة في الربيع.")
    assert one("وزار الوزير مقر البعثة أمس.").type == "CONSULT"


def test_protests_named_again_are_no_new_protests() -> None:
    events = code(
        "وتظاهر آلاف العراقيين في بغداد أمس. ويخشى كثيرون تسييس المظاهرات في الأيام المقبلة."
    )
    assert [e.type for e in events] == ["PROTEST"]


def test_a_ministers_attack_is_in_words() -> None:
    event = one("وهاجم وزير الخارجية وسائل الإعلام الأجنبية.")
    assert event.type == "ACCUSE"
    assert one("وهاجم مسلحون نقطة تفتيش للجيش.").type == "ASSAULT"


def test_surprised_me_is_no_attack_and_websites_are_not_visited() -> None:
    assert not code("فاجأني القبول الذي يحظى به التنظيم.")
    assert not code("ويعرض المتصفح المواقع التي يزورها المستخدم.")
