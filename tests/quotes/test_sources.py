"""Rules written from the errors of the second check set (quotes-check2.jsonl): who the
speaker is when the subject comes first, is named after يدعى, hides behind an honorific or a
speech noun, or stands behind a report; which words are no statement; where a claim
interrupted by its source ends. Every sentence here is made up."""

from __future__ import annotations

from tests.stages.test_quotes import only, quotes_of


def test_second_between_is_no_verb_and_leaves_the_speaker_alone() -> None:
    text = 'ويؤكد المدرب وجود علاقة بين اللياقة وبين نتائج الفريق. وقال: "سنعمل بجد".'
    name = only(text).speaker_name  # the subject runs on into the object: the names are tolerant
    assert name is not None and name.startswith("المدرب") and "نتائج" not in name


def test_between_after_a_comma_is_the_verb_again() -> None:
    text = "وقال الخبير إن هناك صلة بين الغذاء والصحة، وبين أن الدراسة جديدة."
    assert [q.text for q in quotes_of(text)] == ["هناك صلة بين الغذاء والصحة", "الدراسة جديدة"]


def test_abbreviation_with_in_is_the_speaker_not_a_complementizer() -> None:
    quote = only("وقالت إن.بي.سي إن المفاوضات مستمرة.")
    assert quote.speaker_name == "إن.بي.سي"
    assert quote.text == "المفاوضات مستمرة"


def test_speech_noun_clause_takes_the_subject_of_the_sentence() -> None:
    quote = only("وألقى مدير الجمعية محمد الدوسري كلمة قال فيها: إن العمل التطوعي يجمعنا.")
    assert quote.speaker_name is not None and "الدوسري" in quote.speaker_name


def test_subject_before_its_verb_after_anna() -> None:
    text = "غير أن المعلمة قالت: إن الطلاب تفوقوا. وأضافت أن النتائج ستعلن غدا."
    first, second = quotes_of(text)
    assert first.speaker_name == "المعلمة" and second.speaker_name == "المعلمة"


def test_name_after_yudaa_is_the_speaker() -> None:
    quote = only("وقال شاهد يدعى محمد الحربي إن الحريق بدأ ليلا.")
    assert quote.speaker_name == "محمد الحربي"
    assert quote.text == "الحريق بدأ ليلا"


def test_god_word_inside_a_name_is_no_prayer() -> None:
    assert only("وقال حزب الله في بيان إن مقاتليه انسحبوا.").text == "مقاتليه انسحبوا"
    assert quotes_of("وختم كلمته داعيا الله أن يحفظ البلاد.") == []


def test_verb_that_disagrees_with_the_relative_has_a_subject_of_its_own() -> None:
    quote = only("زار الوفد المدينة التي يقول كثيرون إنها الأجمل.")
    assert quote.speaker_name == "كثيرون" and quote.text == "إنها الأجمل"
    assert quotes_of("وصل الرجال الذين توضح لهجاتهم أنهم من الجنوب.") == []


def test_qaila_without_a_comma_is_a_statement() -> None:
    quote = only("وأعلنت الجمعية افتتاح الفرع اليوم قائلة إنه سيخدم الأحياء الشرقية.")
    assert quote.text == "إنه سيخدم الأحياء الشرقية"
    assert quote.speaker_name is not None and quote.speaker_name.startswith("الجمعية")


def test_haithu_qala_takes_the_subject_of_its_sentence() -> None:
    text = (
        "وقال المفسرون إن الآية واضحة. "
        "وقد شرح الفكرة الكاتب محمد الدوسري، حيث قال: الرحمة أعمق من الحب."
    )
    *_, last = quotes_of(text)
    assert last.speaker_name is not None and "الدوسري" in last.speaker_name


def test_title_stands_for_the_person_it_named_in_a_sentence_with_no_content() -> None:
    text = "طالب الوزير محمد العتيبي الشركات بالالتزام. وأضاف الوزير أن الرقابة ستشتد."
    name = only(text).speaker_name
    assert name is not None and name.startswith("محمد العتيبي")


def test_an_after_a_noun_object_is_the_nouns() -> None:
    assert quotes_of("وشدد المدير على ضرورة أن يلتزم الموظفون بالمواعيد.") == []
    assert quotes_of("وأكد الأمير أهمية الأنشطة على أن تكون هادفة.") == []
    quote = only("ونبه المدير إلى أهمية التدريب وأن الخبرة تأتي بالممارسة.")
    assert quote.text == "الخبرة تأتي بالممارسة"


def test_honorific_with_no_speaker_before_is_the_dignitary_named_before() -> None:
    text = "استقبل صاحب السمو الأمير خالد بن سعود، أمس، الوفد. وقال سموه: إن الزيارة مهمة."
    assert only(text).speaker_name == "خالد بن سعود"


def test_claim_interrupted_by_its_source_is_the_whole_sentence() -> None:
    text = "أطلقت الوزارة، وبحسب وكالة الأنباء الرسمية، برنامجا جديدا لدعم المزارعين في الجنوب."
    quote = only(text)
    assert quote.text.startswith("أطلقت الوزارة") and quote.text.endswith("في الجنوب")
    assert quote.speaker_name == "وكالة الأنباء الرسمية"


def test_source_followed_by_a_clause_of_its_own_ends_the_claim() -> None:
    text = "أجلت المحكمة الجلسة إلى الشهر المقبل، حسب ما أفادت به الوكالة، موضحة أن المتهم طلب ذلك."
    first, second = quotes_of(text)
    assert first.text == "أجلت المحكمة الجلسة إلى الشهر المقبل"
    assert second.text == "المتهم طلب ذلك"


def test_the_source_behind_a_report_or_a_statement() -> None:
    text = "وقد ترتفع الأسعار في الخريف، وفقا لتقرير صادر عن البنك المركزي."
    assert only(text).speaker_name == "البنك المركزي"
    assert only("ستنخفض المبيعات هذا العام، وفقا لتصريح من الشركة.").speaker_name == "الشركة"


def test_the_writers_wish_and_words_are_no_statement() -> None:
    assert quotes_of("وصافحته وتمنيت أن ينجح في عمله الجديد.") == []
    text = "ونادرا ما يرى الناس هذا الثوب وسألني عن بلدي فقلت له: من الشرق."
    assert quotes_of(text) == []


def test_recommendation_is_a_statement() -> None:
    assert only("وأوصت اللجنة بأن تنشر النتائج كل شهر.").text == "تنشر النتائج كل شهر"


def test_blaming_participle_ends_the_content() -> None:
    quote = only("وأوضح السكان أن الشارع مغلق منذ شهور، ملقين باللوم على البلدية.")
    assert quote.text == "الشارع مغلق منذ شهور"


def test_word_with_a_preposition_after_the_verb_is_no_subject() -> None:
    text = "وقال محمد الحربي إن الرحلة بدأت. وتحدث بنبرة هادئة عن رحلته قائلا: إن الطريق كان طويلا."
    *_, last = quotes_of(text)
    assert last.speaker_name == "محمد الحربي"


def test_plural_participle_goes_on_from_the_group_that_opened_the_sentence() -> None:
    text = (
        "استنكر عدد من المسؤولين المحليين الهجوم على المستشفى في المدينة، "
        "مؤكدين أن المستشفى سيعود إلى العمل."
    )
    speaker = only(text).speaker_name
    assert speaker is not None and speaker.startswith("عدد من المسؤولين المحليين")


def test_participle_that_opens_a_sentence_goes_on_from_the_statement_before() -> None:
    text = "وأضافت المصادر أن الوزراء اجتمعوا أمس. متوقعا أن يعلن القرار قريبا."
    assert [q.speaker_name for q in quotes_of(text)] == ["المصادر", "المصادر"]


def test_saying_with_a_day_before_its_introducer_and_a_name_read_as_a_preposition() -> None:
    text = "نقلت الوكالة عن علي حسن الخبير في الشؤون المالية قوله اليوم الأحد إن السوق مستقرة."
    quote = only(text)
    assert quote.text == "السوق مستقرة" and quote.speaker_name == "علي حسن"


def test_bayyana_after_from_his_side_is_he_showed() -> None:
    quote = only("من جانبه بين المدير سالم العتيبي, أن المشروع اكتمل.")
    assert quote.text == "المشروع اكتمل"


def test_statement_issued_yesterday_by_a_body_is_that_body_s() -> None:
    text = "ووفقا لبيان صادر أمس عن الهيئة العامة للرياضة فإن الانتخابات ستجرى الشهر المقبل."
    speaker = only(text).speaker_name
    assert speaker is not None and speaker.startswith("الهيئة العامة")  # not بيان صادر


def test_saying_far_from_its_colon_and_marks() -> None:
    text = "ونقلت الوكالة عن الرئيس قوله للصحافيين الذين رافقوه في الطائرة: «سننتظر النتائج»."
    quote = only(text)
    assert quote.text == "سننتظر النتائج" and quote.direct


def test_relative_verb_with_the_occasion_of_its_statement_before_the_an() -> None:
    text = "وعاد المدافع فابيان الذي أكد في حديث قصير قبل التدريب أمس أن الفريق جاهز."
    assert only(text).text == "الفريق جاهز"


def test_the_speaker_after_li_is_the_colleague() -> None:
    text = "يقول لي زميلي بالجامعة بخليط من المزح والجد: أفضل ما في النقاش أنه يوقظ الوعي."
    assert only(text).speaker_name == "زميلي"


def test_a_long_title_after_the_first_verb_leads_to_the_speaker_who_goes_on() -> None:
    text = (
        "استنكر القنصل العام للمملكة في المدينة البعيدة السفير الدكتور خالد بن سعد العمري "
        "الهجوم على المسجد. وقال في تصريح له اليوم إن الهجوم لا يمثل الإسلام."
    )
    (quote,) = quotes_of(text, (("خالد بن سعد العمري", "PER", "e1"),))
    assert quote.speaker_name == "خالد بن سعد العمري"


def test_a_prepositional_object_or_a_future_verb_after_the_verb_is_no_speaker() -> None:
    text = (
        "وأكد المتحدث سامي العمري أن الصرف قريب. "
        "وأشار لوجود ضوابط محددة للصرف، لافتا إلى أن الضوابط واضحة. "
        "وعن الأثر، قال سيكون من الواضح انخفاض الكلفة."
    )
    names = [q.speaker_name for q in quotes_of(text, (("سامي العمري", "PER", "e1"),))]
    assert names[:2] == ["سامي العمري", "سامي العمري"]
    assert "لوجود ضوابط محددة" not in names and "سيكون" not in names


def test_a_one_word_name_read_as_a_preposition_before_an_an_is_still_the_speaker() -> None:
    assert only("وأكد بادي أن المدينة آمنة.").speaker_name == "بادي"


def test_a_person_in_the_clause_comes_before_the_organization_he_works_in() -> None:
    text = "وثمن عميد الكلية بجامعة الملك عبدالعزيز محمود الأحول الاتفاقية، لافتا إلى أنها مهمة."
    entities = (("جامعة الملك عبدالعزيز", "ORG", "e1"), ("محمود الأحول", "PER", "e2"))
    (quote,) = quotes_of(text, entities)
    assert quote.speaker_name == "محمود الأحول"


def test_a_court_ruling_is_the_court_s_statement() -> None:
    quote = only("وقضت المحكمة الدولية في عام 2007 بأن المذبحة تعد إبادة جماعية.")
    assert quote.text == "المذبحة تعد إبادة جماعية" and quote.speaker_name == "المحكمة الدولية"


def test_the_an_of_cnn_spelled_with_spaces_is_no_introducer_nor_the_channel_a_speaker() -> None:
    text = "وكان رئيس المجموعة قد قال لشبكة سي. إن. إن. الأمريكية إن قناصا أطلق النار على الأسد."
    quote = only(text)
    assert quote.text == "قناصا أطلق النار على الأسد"
    assert quote.speaker_name is not None and quote.speaker_name.startswith("رئيس المجموعة")


def test_the_newspaper_the_statement_was_made_to_is_skipped_to_its_source() -> None:
    assert only("وأكد لـ«الحياة» مصدر مسؤول أن الوضع مستقر.").speaker_name == "مصدر"
    assert only('كشفت لـ "الوطن" مصادر مطلعة أن الاتفاق قريب.').speaker_name == "مصادر مطلعة"


def test_a_title_reaches_its_holder_past_a_university_and_a_town_with_bi() -> None:
    text = (
        "أكد لـ«عكاظ» عميد الكلية بجامعة الملك عبدالعزيز بجدة البروفيسور سالم الأحمد، "
        "أهمية الاتفاقية، لافتا إلى أنها تفتح آفاقا واسعة."
    )
    entities = (("جامعة الملك عبدالعزيز", "ORG", "e1"), ("سالم الأحمد", "PER", "e2"))
    (quote,) = quotes_of(text, entities)
    assert quote.speaker_name == "سالم الأحمد"
