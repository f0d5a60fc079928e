"""Rules of the round written from quotes-fresh23's errors (docs/quotes.md, "Sessions 19 and
20"), on sentences written for these tests: women speaking together, a prayer that names its
speaker, another source after حيث, and an office named with and without a country."""

from __future__ import annotations

from tests.stages.test_quotes import only, quotes_of


def test_feminine_plural_verbs_and_participles_report() -> None:
    text = (
        "وأكدت ناخبات في الأحساء أن التسجيل صعب. "
        "وأكدن في اتصالات هاتفية أن كثيرا من الفتيات لا يملكن الهوية، "
        "مشددات على أن لديهن الرغبة في المشاركة، معربات عن أملهن في حل قريب."
    )
    quotes = quotes_of(text)
    starts = [q.text.split()[0] for q in quotes]
    assert starts == ["التسجيل", "كثيرا", "لديهن"], [q.text for q in quotes]
    # a clause participle in the feminine plural ends what they stress (معربا → معربات)
    assert quotes[2].text.endswith("المشاركة")


def test_a_prayer_states_nothing_but_names_who_goes_on() -> None:
    text = (
        "ودعا الدكتور التركي المولى جل وعلا أن يحفظ البلاد من كل سوء. "
        "وأفاد أن الرابطة تلقت اتصالات عديدة من المنظمات."
    )
    quote = only(text)
    assert quote.text.startswith("الرابطة") and quote.speaker_name == "الدكتور التركي"


def test_another_source_after_haythu_states_its_own_words() -> None:
    text = (
        "وقال الحراك في بيان إن الفياضي يتلقى العلاج في مستشفى صابر، "
        "حيث يقول الأطباء إن حالته الصحية حرجة للغاية."
    )
    quotes = quotes_of(text)
    assert [(q.speaker_name, q.text) for q in quotes] == [
        ("الحراك", "الفياضي يتلقى العلاج في مستشفى صابر"),
        ("الأطباء", "حالته الصحية حرجة للغاية"),
    ]


def test_an_office_named_whole_goes_to_the_holder_of_that_office_only() -> None:
    text = (
        "أجرى وزير الخارجية عادل الجبير مباحثات مع وزير الخارجية الإيطالي باولو جينتيلوني. "
        "وقال وزير الخارجية في تصريح إن المباحثات تناولت الأوضاع في المنطقة."
    )
    people = (("عادل الجبير", "PER", "e1"), ("باولو جينتيلوني", "PER", "e2"))
    (quote,) = quotes_of(text, people)
    assert quote.speaker_name == "عادل الجبير"


def test_a_pledge_with_a_content_clause_is_a_statement_of_its_own() -> None:
    text = (
        "وأكدت القوات أنه لم يعد للمسلحين في المحافظة إلا جيوب صغيرة "
        "وتعهدت وزارة الدفاع في بيان بأن القوات ستواصل القتال."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [
        "أنه لم يعد للمسلحين في المحافظة إلا جيوب صغيرة",
        "القوات ستواصل القتال",
    ]
    assert quotes[1].speaker_name == "وزارة الدفاع"


def test_a_reply_states_what_its_colon_sets_off_only() -> None:
    quote = only("رد عليه زعيم الطائفة المقابلة: عزام يريد عودة الكتائب.")
    assert quote.text.startswith("عزام") and quote.speaker_name == "زعيم الطائفة المقابلة"
    assert quotes_of("ورد الفريق على الهجوم بهدفين في الشوط الثاني.") == []


def test_a_relative_reporting_verb_reaches_its_complementizer_past_the_time() -> None:
    text = (
        "والتقى الوزير الرئيس الفرنسي فرانسوا أولوند الذي قال أمس الخميس "
        "إنه يتعين التوصل إلى اتفاق."
    )
    assert only(text).text == "إنه يتعين التوصل إلى اتفاق"


def test_how_a_thing_was_said_is_no_speaker() -> None:
    text = (
        "وقال وزير الصحة خالد الفالح إن الضغط كبير. "
        "وأوضح بجلاء أن المنشآت الصحية فوق طاقتها. "
        "وأجاب بشكل قاطع أنها مأكولات محلية الأصل."
    )
    quotes = quotes_of(text, (("خالد الفالح", "PER", "e1"),))
    assert [q.speaker_name for q in quotes] == ["خالد الفالح"] * 3


def test_the_speech_a_title_ends_is_its_object_not_part_of_the_speaker() -> None:
    text = "واختتم وكيل وزارة الحج تصريحه، مؤكدا أن إجراءات الحجاج تمت في وقت قياسي."
    assert only(text).speaker_name == "وكيل وزارة الحج"
