"""Speakers written in forms the news uses around titles: forms of address, a bare title
before the name, a topic before the verb, a verb's object that is no speaker, and a list of
names joined by و."""

from __future__ import annotations

from tests.stages.test_quotes import only, quotes_of


def test_form_of_address_before_a_title_leaves_the_title_the_speaker() -> None:
    quote = only("وأضاف معالي أمين المنطقة أن المشروع سيكتمل قريبا.")
    assert quote.speaker_name == "أمين المنطقة"
    assert quote.text == "المشروع سيكتمل قريبا"


def test_verb_object_is_no_speaker_the_last_speaker_goes_on() -> None:
    text = (
        "قال الوزير خالد المنصور إن المشروع يسير كما خطط له. "
        "وأوضح أهمية الشراكة مع القطاع الخاص، مشيرا إلى أن التمويل متوفر."
    )
    found = quotes_of(text, (("خالد المنصور", "PER", "p1"),))
    assert [q.speaker_name for q in found] == ["خالد المنصور", "خالد المنصور"]
    assert found[1].text == "التمويل متوفر"


def test_name_that_begins_with_waw_after_a_comma_is_no_new_clause() -> None:
    text = "وقال مدير الفرع، وليد بن سالم الحربي، إن العمل مستمر في المشروع."
    found = quotes_of(text, (("وليد بن سالم الحربي", "PER", "p1"),))
    assert [q.speaker_name for q in found] == ["وليد بن سالم الحربي"]
    assert found[0].text == "العمل مستمر في المشروع"


def test_topic_before_an_imperfect_verb_whose_subject_is_a_person() -> None:
    text = "وعن حديقة الحي يقول سالم الغامدي: إن الحديقة تحتاج إلى صيانة عاجلة."
    quote = quotes_of(text, (("سالم الغامدي", "PER", "p1"),))
    assert [q.speaker_name for q in quote] == ["سالم الغامدي"]
    assert quote[0].text.endswith("تحتاج إلى صيانة عاجلة")


def test_bare_title_before_the_name_gives_the_name() -> None:
    for text in (
        "وقال قاضي الاستئناف بمحكمة الرياض الشيخ سامي العتيبي إن القضية في مراحلها الأخيرة.",
        "وقال استشاري الأنف والأذن والحنجرة الدكتور سامي العتيبي إن الحالات في تراجع.",
    ):
        found = quotes_of(text, (("سامي العتيبي", "PER", "p1"),))
        assert [q.speaker_name for q in found] == ["سامي العتيبي"], text
