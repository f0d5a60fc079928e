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


def test_continuing_verb_with_no_speaker_before_takes_the_lead_verbs_subject() -> None:
    text = "سجلت الصحة أمس ثلاث إصابات جديدة في المدينة. وبينت أن الحالات مستقرة."
    assert [q.speaker_name for q in quotes_of(text)] == ["الصحة"]


def test_by_saying_after_a_verb_that_is_no_reporting_word() -> None:
    text = (
        "وأشار الدكتور أنور سالم إلى أن الحالات قليلة. "
        "وخلص إلى القول «لا يتوفر أي لقاح حتى الآن». وختم بالقول إن الوقاية أهم سبيل."
    )
    found = quotes_of(text, (("أنور سالم", "PER", "p1"),))
    assert [q.text for q in found] == [
        "الحالات قليلة",
        "لا يتوفر أي لقاح حتى الآن",
        "الوقاية أهم سبيل",
    ]
    assert {q.speaker_name for q in found} == {"أنور سالم"}


def test_figures_issued_by_a_body_are_the_bodys_statement() -> None:
    text = "وتفيد أحدث الأرقام الصادرة عن هيئة الإحصاء بأن عدد السكان لم يتغير."
    assert only(text).speaker_name == "هيئة الإحصاء"


def test_plural_verb_goes_on_from_a_plural_source_or_group_earlier_in_the_sentence() -> None:
    far = (
        "ورغم أن الأسعار شهدت مزيدا من التراجع منذ الاجتماع يستبعد مسؤولون في المنظمة "
        "احتمال خفض الإنتاج وقالوا إنهم يتوقعون ارتفاع الطلب."
    )
    assert only(far).speaker_name == "مسؤولون"
    outlet = "وتحدث لـ«عكاظ» عدد من المراجعين، مؤكدين أن الزحام ما زال مستمرا."
    assert only(outlet).speaker_name == "عدد من المراجعين"


def test_names_listed_after_kull_min_are_one_speaker() -> None:
    text = "وقال كل من هادي سالم، قاسم ياسين، وعلي حسين: الزحام يصعب علاجه هذه الأيام."
    assert only(text).speaker_name == "هادي سالم، قاسم ياسين، وعلي حسين"


def test_masculine_participle_does_not_take_a_feminine_noun_before_qad() -> None:
    text = (
        "قال مدير الإدارة سالم العنزي إن الخدمة متاحة. "
        "وكانت الوزارة قد أكملت الخدمات إلكترونيا، مشيرا إلى أن الطلبات تقبل عبر الموقع."
    )
    found = quotes_of(text, (("سالم العنزي", "PER", "p1"),))
    assert [q.speaker_name for q in found] == ["سالم العنزي", "سالم العنزي"]


def test_a_participle_does_not_go_on_from_a_verb_of_the_other_gender() -> None:
    text = (
        "أمرت محكمة بإجراء كشف طبي على المتهم، حسب ما أفادت به الوكالة الرسمية، "
        "موضحة أن المتهم اشتكى من مرضه."
    )
    found = quotes_of(text)
    assert [q.speaker_name for q in found] == ["الوكالة الرسمية", "الوكالة الرسمية"]


def test_the_holder_of_a_title_named_after_its_organization_in_marks() -> None:
    text = 'وأوضح رئيس الشركة الوطنية "سياحية"، صالح قدح، أن العربات تعمل طوال الصيف.'
    found = quotes_of(text, (("صالح قدح", "PER", "p1"),))
    assert [q.speaker_name for q in found] == ["صالح قدح"]


def test_an_adverb_with_bi_after_the_verb_is_no_subject() -> None:
    text = (
        "وقالت روزي كاكوشي إن المعسكر كان قاسيا. "
        "وعندما فتحت الأبواب اكتشفت بسرعة أن حياتها تغيرت. وقالت: لم يكن لنا مكان نذهب إليه."
    )
    found = quotes_of(text, (("روزي كاكوشي", "PER", "p1"),))
    assert "بسرعة" not in {q.speaker_name for q in found}
    assert found[-1].speaker_name == "روزي كاكوشي"


def test_narration_resumes_at_but_did_not_say() -> None:
    text = "وقال الوزير إن الحل السياسي لا يزال ممكنا، لكن لم يذكر أي تفاصيل عن المفاوضات."
    assert only(text).text == "الحل السياسي لا يزال ممكنا"


def test_wafq_with_waw_attributes() -> None:
    text = "ووفق مصدر أمني مطلع فإن القذائف لم تخلف أي ضحايا."
    quote = only(text)
    assert quote.speaker_name == "مصدر أمني مطلع"
    assert quote.text == "القذائف لم تخلف أي ضحايا"


def test_the_paper_learned_from_its_sources() -> None:
    text = "علمت «عكاظ» من مصادر خاصة أن الحوثيين زرعوا متفجرات في المنازل."
    quote = only(text)
    assert quote.speaker_name == "مصادر خاصة"
    assert quote.text == "الحوثيين زرعوا متفجرات في المنازل"
    assert quotes_of("وعلمت (المدينة) أن الوزارة ستعلن النتائج غدا.") == []


def test_a_feminine_title_before_the_name_gives_the_name() -> None:
    text = "وعلقت نائبة رئيسة المنظمة ماري بول كيني في جنيف: «إننا على شفا إنتاج لقاح»."
    found = quotes_of(text, (("ماري بول كيني", "PER", "p1"),))
    assert [q.speaker_name for q in found] == ["ماري بول كيني"]


def test_a_reporting_verb_after_baada_an_inside_content_is_no_new_statement() -> None:
    text = "ذكرت المنظمة أن الباحثين أوشكوا على تطوير لقاح بعد أن أظهرت نتائج أولية أن اللقاح فعال."
    quote = only(text)
    assert quote.speaker_name == "المنظمة" and quote.text.endswith("أن اللقاح فعال")


def test_an_adverb_and_a_withheld_name_are_no_speakers() -> None:
    text = (
        "وقال المدير سالم العنزي إن التكييف يعمل. وقال أحد العاملين رافضا ذكر اسمه إن الحر "
        "شديد. كما أوضحت مسبقا أن الصيانة مستمرة."
    )
    names = [q.speaker_name for q in quotes_of(text, (("سالم العنزي", "PER", "p1"),))]
    assert "اسمه" not in names and "مسبقا" not in names


def test_an_impersonal_expectation_with_nobody_before_is_no_statement() -> None:
    assert quotes_of("ويتوقع أن يبدأ تصوير المسلسل بعد شهر.") == []
    found = quotes_of("وقال المنتج إن المسلسل جاهز. ويتوقع أن يبدأ التصوير بعد شهر.")
    assert [q.speaker_name for q in found] == ["المنتج", "المنتج"]


def test_the_verb_right_after_a_pronoun_complementizer_is_the_contents_own() -> None:
    text = (
        "وقد صرح الفنان مصطفى لوسائل الإعلام بأنه قضى خمس سنوات في صنع النسخة، "
        "وأضاف أن أبرز ما فيها الدقة."
    )
    assert [q.text for q in quotes_of(text)] == [
        "بأنه قضى خمس سنوات في صنع النسخة",
        "أبرز ما فيها الدقة",
    ]


def test_a_quotation_inside_reported_content_runs_to_its_closing_mark() -> None:
    inner = 'وقال باخ إن بلاتر "رأى أنه من غير اللائق أن يترشح"، شاكرا في الوقت ذاته الأعضاء.'
    assert only(inner).text == 'بلاتر "رأى أنه من غير اللائق أن يترشح"'
    over = (
        "وقال المدير إن التمثال خرج من مصر عام 1849 «ولم يكن هناك كيان يحمي الآثار. "
        "والاتفاقية لا تطبق بأثر رجعي». وتنص الاتفاقية على الحظر."
    )
    assert only(over).text.endswith("لا تطبق بأثر رجعي»")


def test_what_was_just_told_is_the_statement_of_who_revealed_it() -> None:
    text = (
        "أبرمت إدارة النادي مساء أمس ثلاثة عقود مع لاعبين محترفين، "
        "كشف ذلك مدير المركز الإعلامي بالنادي هاني حجازي."
    )
    found = quotes_of(text, (("هاني حجازي", "PER", "p1"),))
    assert [(q.text, q.speaker_name) for q in found] == [
        ("أبرمت إدارة النادي مساء أمس ثلاثة عقود مع لاعبين محترفين", "هاني حجازي")
    ]
    assert quotes_of("وأكد ذلك الوزير في كلمته أمام المجلس.") == []


def test_a_king_an_institution_is_named_after_is_no_speaker() -> None:
    text = "وأكد مدير مطار الملك خالد الدولي يوسف العبدان أن الرحلات عادت إلى طبيعتها."
    entities = (("خالد الدولي", "PER", "p1"), ("يوسف العبدان", "PER", "p2"))
    assert [q.speaker_name for q in quotes_of(text, entities)] == ["يوسف العبدان"]


def test_fan_inside_a_name_is_no_complementizer() -> None:
    text = "وأكد لويس فان جال أن الفريق جاهز للموسم."
    found = quotes_of(text, (("لويس فان جال", "PER", "p1"),))
    assert [(q.text, q.speaker_name) for q in found] == [("الفريق جاهز للموسم", "لويس فان جال")]


def test_content_ends_where_a_new_clause_or_the_narration_starts_after_a_comma() -> None:
    sources = (
        "ويقول سكان داخل المدينة إن التنظيم أصدر تعليمات بالإعدام، "
        "فيما تؤكد جهات حكومية استخدام القوة."
    )
    assert quotes_of(sources)[0].text == "التنظيم أصدر تعليمات بالإعدام"
    praised = "وأضاف المدير بأن المستشفيات جاهزة لأي طارئ، وأشاد بالتعاون الكبير من المواطنين."
    assert only(praised).text == "المستشفيات جاهزة لأي طارئ"
    relayed = "وأشار المدير إلى أن بين القتلى طفلين، نقلا عن مصادر طبية وسكان الحي."
    assert only(relayed).text == "بين القتلى طفلين"
    prayed = "وقال الوزير إن أرواحهم فداء للوطن، سائلين الله أن يحفظ البلاد."
    assert only(prayed).text == "أرواحهم فداء للوطن"


def test_a_participle_goes_with_the_person_right_after_the_sentences_verb() -> None:
    text = (
        "وأكد المدرب رودي غارسيا أن برشلونة أثبت أنه الأفضل. "
        "وأشاد غارسيا أيضا بقوة برشلونة الدفاعية قائلا: «برشلونة دافع بصورة جيدة»."
    )
    first, second = quotes_of(text)
    assert "غارسيا" in (first.speaker_name or "") and second.speaker_name == first.speaker_name


def test_is_expected_with_no_content_names_no_speaker_to_go_on_with() -> None:
    text = (
        "وقال المدير علاء خرد إن المديرية تنفذ مشاريع. ومنها خزان ونسبة إنجازه 80%، "
        "ويتوقع تشغيله جزئيا خلال الأشهر المقبلة. وأضاف أن المشاريع تحت الدراسة."
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["علاء خرد", "علاء خرد"]


def test_a_subject_between_kana_and_its_verb_without_qad_is_the_speaker() -> None:
    text = (
        "كما أوضح المصدر أن المحاور شملت الملف السوري. وكان الجبير أكد خلال مؤتمر صحافي "
        "مع نظيره الإيطالي في روما، أمس، أن المخرج الوحيد للأزمة يكمن في الوسائل السياسية."
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["المصدر", "الجبير"]


def test_an_attribution_to_a_long_title_gives_the_holder_the_tagger_found() -> None:
    text = (
        "وحسب الناطق الإعلامي لشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي، "
        "فقد تلقت الجهات الأمنية بلاغا بإطلاق النار."
    )
    found = quotes_of(text, (("عاطي بن عطية القرشي", "PER", "p1"),))
    assert [q.speaker_name for q in found] == ["عاطي بن عطية القرشي"]


def test_a_title_whose_article_the_clitic_analysis_misses_still_leads_to_the_name() -> None:
    # الإعلامي: the clitic analysis reads no article; علي is the name, not the preposition
    quote = only("وقال الإعلامي السعودي علي الغفيلي إن حسابه سيكون صدقة جارية.")
    assert quote.speaker_name == "علي الغفيلي"


def test_two_rare_bare_words_after_a_title_are_its_holders_name() -> None:
    text = "وقال الأمين العام لنقابة الصحفيين اليمنيين مروان دماج إن الانتهاكات بلغت حدا لا يطاق."
    assert only(text).speaker_name == "مروان دماج"
    # a common word after the title is no name: the title stays the speaker
    assert only("وقال المتحدث الرسمي للوزارة أمس إن العمل مستمر.").speaker_name != "أمس"


def test_the_topic_of_amma_is_the_subject_of_its_verb_with_fa() -> None:
    text = "أما «الوكالة الوطنية للإعلام» الرسمية، فأعلنت أن «الجيش أوقف أربعة أشخاص»."
    assert only(text).speaker_name == "الوكالة الوطنية للإعلام"
    dialogue = "وقال آخر: الهدف مالي، أما الثالث فقال: اعترضت ولم يقبل اعتراضي!"
    first, second = quotes_of(dialogue)
    assert (first.text, first.speaker_name) == ("الهدف مالي", "آخر")
    assert (second.text, second.speaker_name) == ("اعترضت ولم يقبل اعتراضي", "الثالث")


def test_a_joined_verb_ends_reported_content_and_goes_on_with_its_speaker() -> None:
    text = "وأكدت المصادر أن الحزب خسر اثنين من مقاتليه خلال المواجهات، وأعلن أن العملية انتهت."
    first, second = quotes_of(text)
    assert first.text == "الحزب خسر اثنين من مقاتليه خلال المواجهات"
    assert (second.text, second.speaker_name) == ("العملية انتهت", "المصادر")


def test_a_far_demonstrative_after_a_verb_is_its_object_not_the_speaker() -> None:
    text = (
        "وقال الرئيس عبدالملك الجنيدي إن المجلس أكمل عامه العاشر. وبين أنه لن يرشح نفسه "
        "واعتبر ذلك خدمة قدمها للمواطنين، موضحا أنه سيعطي المجال للشباب."
    )
    found = quotes_of(text, (("عبدالملك الجنيدي", "PER", "p1"),))
    assert [q.speaker_name for q in found] == ["عبدالملك الجنيدي"] * 3


def test_a_participle_after_a_passive_sentence_goes_on_with_the_last_speaker() -> None:
    text = (
        "وأضاف الوزير أن العمل مستمر. كما تم التنسيق مع الشرطة لوضع خطة أمنية، "
        "مضيفا أنه تم فرز جميع النماذج."
    )
    assert [q.speaker_name for q in quotes_of(text)] == ["الوزير", "الوزير"]


def test_a_title_of_two_bodies_joined_by_waw_leads_to_its_holder() -> None:
    text = "وأوضح مندوب اللجان المحلية ولجنة الفصل سالم محمد الحملي، أن اللجان تضم رئيس البلدية."
    found = quotes_of(text, (("سالم محمد الحملي", "PER", "p1"),))
    assert [q.speaker_name for q in found] == ["سالم محمد الحملي"]


def test_a_speech_given_to_someone_names_him_for_the_verb_in_it() -> None:
    text = "ونشرت الصحيفة تصريحا لأحد المسؤولين في الوزارة يقول فيه إن المواطن يستطيع العمل."
    quote = only(text)
    assert quote.text == "المواطن يستطيع العمل"
    assert quote.speaker_name is not None and quote.speaker_name.startswith("أحد المسؤولين")
    past = only("ونشرت الصحيفة بيانا للجنة الانتخابات قالت فيه إن التسجيل بدأ.")
    assert past.speaker_name == "لجنة الانتخابات"


def test_a_pronoun_before_an_imperfect_verb_stands_for_the_last_speaker_of_its_gender() -> None:
    text = "وقالت هيلاري كلينتون إن الحملة بدأت. وهي تقول إن الازدهار للجميع."
    assert [q.speaker_name for q in quotes_of(text)] == ["هيلاري كلينتون", "هيلاري كلينتون"]
    other = "وقال الوزير إن الحملة بدأت. وهي تقول إن الازدهار للجميع."
    assert [q.speaker_name for q in quotes_of(other)] == ["الوزير", None]
