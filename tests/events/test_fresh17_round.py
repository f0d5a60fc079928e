"""Rules of the round tuned on events-fresh17 (docs/events.md, "Session 19"), on sentences
written for these tests: an authority that suspends a licence coerces, and a participle or a
joined verb that opens its sentence goes on from the speaker of the statement before it."""

from __future__ import annotations

from tests.events import coding


def test_an_authority_that_suspends_a_firms_licence_coerces_it() -> None:
    text = "وعلقت وزارة العمل نشاط إحدى كبرى شركات الاستقدام في الرياض."
    assert ("علقت", "COERCE") in coding.types(text)
    assert coding.types("وعلقت الأم صورة ابنها على الجدار.") == []


def test_a_participle_opening_its_sentence_goes_on_from_the_speaker_before() -> None:
    text = (
        "وقال الأمين العام لنقابة الصحفيين فلان الفلاني إن الانتهاكات بلغت حدا لا يطاق. "
        "متهما الميليشيات الحوثية باختطاف 12 صحفيا."
    )
    event = coding.one(text)
    assert event.type == "ACCUSE"
    assert event.actor is not None and event.actor.text != "الميليشيات الحوثية"
    assert event.target is not None and event.target.text == "الميليشيات الحوثية"


def test_a_joined_verb_with_no_subject_goes_on_from_the_speaker_before() -> None:
    text = (
        "وأوضح المتحدث الرسمي لوزارة العمل تيسير المفرج أن المكتب سيخضع لسلطة الوزارة.\n"
        "ودعا جميع المستفيدين إلى الإبلاغ عن أية مخالفات."
    )
    event = coding.one(text)
    assert event.type == "REQUEST"
    assert event.actor is not None and "المفرج" in event.actor.text
