"""Where reported content ends and how it goes on: a participle clause with no comma, and a
sentence that goes on with وأن."""

from __future__ import annotations

from tests.stages.test_quotes import only, quotes_of


def test_participle_clause_without_comma_ends_the_content() -> None:
    quote = only("وأضاف المركز أن أصوات الرصاص ما تزال تسمع داخل القاعدة مرجعا الأمر إلى جيوب.")
    assert quote.text == "أصوات الرصاص ما تزال تسمع داخل القاعدة"


def test_participle_after_a_preposition_is_part_of_the_content() -> None:
    quote = only("وأكد الوزير أن المملكة في مقدمة الدول المانحة.")
    assert quote.text == "المملكة في مقدمة الدول المانحة"


def test_sentence_opening_with_wa_anna_goes_on_with_the_statement() -> None:
    text = (
        "وأشار الوكيل إلى أن الموافقة تأتي ضمن استراتيجية الوزارة. "
        "وأن تشمل هذه الجمعيات مختلف الاهتمامات. "
        "وأنه سيتم افتتاح فروع جديدة."
    )
    first, second, third = quotes_of(text)
    assert second.text == "تشمل هذه الجمعيات مختلف الاهتمامات"
    assert third.text == "أنه سيتم افتتاح فروع جديدة"
    assert first.speaker_name == second.speaker_name == third.speaker_name == "الوكيل"
    assert not second.direct and second.cue is None


def test_wa_anna_after_narration_is_no_statement() -> None:
    text = "وقال الوكيل إن العمل بدأ، مضيفا أن الفرق جاهزة للعمل. وتستمر الأعمال. وأن الناس سعداء."
    assert [q.text for q in quotes_of(text)] == ["العمل بدأ", "الفرق جاهزة للعمل"]


def test_claim_with_a_pronoun_object_verb_is_a_statement_but_not_the_voice_that_goes_on() -> None:
    text = (
        "وقال الشرعبي إن الثوار يتقدمون. وقلل الشرعبي من أهمية ما يردده المتمردون من أن "
        'الفارق في القوة يسير إلى تفوقهم، وقال "قلة العتاد لن تكون عائقا".'
    )
    _, claim, said = quotes_of(text)
    assert claim.text == "الفارق في القوة يسير إلى تفوقهم"
    assert claim.speaker_name == "المتمردون"
    assert said.speaker_name == "الشرعبي"


def test_anaphor_in_an_attribution_is_the_last_speaker() -> None:
    text = (
        "وقال المدرب لوران بلان إن الفريق جاهز. "
        "واللاعب سيلتحق بالفريق الأسبوع المقبل، بحسب ما أفاد الأخير."
    )
    _, last = quotes_of(text, (("لوران بلان", "PER", "e1"),))
    assert last.text == "واللاعب سيلتحق بالفريق الأسبوع المقبل"
    assert last.speaker_name == "لوران بلان"


def test_short_name_in_marks_inside_a_sentence_is_no_quotation() -> None:
    text = "ودعا الوزير الدول إلى التعاون في مكافحة «داعش»، مشيرا إلى أن التحالف يحتاج إلى دعم."
    (quote,) = quotes_of(text)
    assert quote.text == "التحالف يحتاج إلى دعم"


def test_mada_that_is_time_passing_is_no_reporting_verb() -> None:
    assert quotes_of('مضى ذلك العهد وبقي في "ذاكرة المدينة" إلى اليوم.') == []
    (quote,) = quotes_of('وقال الوزير إن الطرق مفتوحة. ومضى قائلا: "نحن مستعدون للعمل".')[1:]
    assert quote.text == "نحن مستعدون للعمل" and quote.speaker_name == "الوزير"


def test_from_his_side_ends_the_content_before_the_next_speaker() -> None:
    text = 'ونفى المدرب أن يكون الفريق متعبا، من جهته، قال اللاعب: "نحن جاهزون للمباراة".'
    first, second = quotes_of(text)
    assert first.text == "يكون الفريق متعبا" and second.text == "نحن جاهزون للمباراة"


def test_a_modal_an_is_no_introducer_and_kataba_states_only_what_marks_set_off() -> None:
    assert quotes_of("كتبت الطالبة دليلا للأشياء التي يجب أن تحملها المسافرة.") == []
    quote = only('وكتب الوزير في حسابه على تويتر: "الطرق مفتوحة أمام الجميع".')
    assert quote.text == "الطرق مفتوحة أمام الجميع" and quote.speaker_name == "الوزير"


def test_narration_about_the_speaker_after_haythu_ends_the_content() -> None:
    text = "وأبان الأمير أنه تمت مناقشة جدول الأعمال، حيث اعتمد سموه تشكيل اللجان."
    assert only(text).text == "أنه تمت مناقشة جدول الأعمال"


def test_a_saying_reported_inside_content_is_not_a_statement_of_its_own() -> None:
    text = "وقالت الوكالة إن الوزيرين في الاجتماع اتفقا على أن الحل سياسي."
    quote = only(text)
    assert quote.text == "الوزيرين في الاجتماع اتفقا على أن الحل سياسي"


def test_a_passive_kutibat_inside_content_does_not_cut_it() -> None:
    text = "ولفت الكاتب إلى أن كتب التراث كتبت لزمن غير زمننا، والوقوع في أسرها إشكال."
    assert only(text).text == "كتب التراث كتبت لزمن غير زمننا، والوقوع في أسرها إشكال"


def test_the_an_of_the_accusations_is_theirs_not_the_denial_s() -> None:
    assert quotes_of("ونفى الرئيس بقوة الاتهامات بأن بلاده تساعد المتمردين.") == []


def test_what_a_rule_lays_down_is_no_statement() -> None:
    assert quotes_of("وطبقا للقرار الوزاري تم تخصيص عشر دوائر لكل أمانة.") == []


def test_the_an_of_especially_since_introduces_nothing() -> None:
    text = "وشدد المتحدث على أصحاب العمل أهمية الالتزام بالنظام، خاصة وأن المخالفة مكلفة."
    assert quotes_of(text) == []


def test_is_considered_is_no_statement_far_from_an_an() -> None:
    text = "وتعتبر الجائزة بمسماها الجديد من الإنجازات الكبيرة للمؤسسة التي تؤمن بأن العلاقة مهمة."
    assert quotes_of(text) == []
    assert only("ويعتبر الخبير أن السوق مستقرة.").text == "السوق مستقرة"


def test_a_verb_going_on_with_yaqulu_reaches_its_colon() -> None:
    text = "وقال الوزير إن الأمن مستتب. وأردف يقول: «إن رجال الأمن وقفوا بحزم»."
    second = quotes_of(text)[1]
    assert second.text == "إن رجال الأمن وقفوا بحزم" and second.speaker_name == "الوزير"


def test_fi_ishara_minhu_starts_a_statement_of_its_own() -> None:
    text = "وقال المقاول إن البلك لم يشتهر بعد في إشارة منه إلى أن المعوق الوحيد هو السعر."
    first, second = quotes_of(text)
    assert first.text == "البلك لم يشتهر بعد" and second.text == "المعوق الوحيد هو السعر"
    assert second.speaker_name == "المقاول"


def test_an_accusative_participle_without_comma_ends_the_content_and_states_its_own() -> None:
    text = (
        "وأوضح المواطن سعيد متروك أن العملية ليست صعبة بشرط التسجيل في «ابشر» "
        "لافتاً إلى انه سجل الموعد في الأسبوع الماضي."
    )
    assert [q.text for q in quotes_of(text)] == [
        "العملية ليست صعبة بشرط التسجيل في «ابشر»",
        "انه سجل الموعد في الأسبوع الماضي",
    ]
    text = "وقال النائب إن هناك سكوتا عن اختفاء نصف تريليون دولار داعيا الكتل إلى التجرد."
    assert only(text).text == "هناك سكوتا عن اختفاء نصف تريليون دولار"


def test_a_participle_after_laysa_is_a_predicate_of_the_content() -> None:
    text = "وقال المصدر إن المناقشات ما زالت مبكرة وأنه ليس مؤكدا أن تتمخض عن اتفاق."
    assert only(text).text == "المناقشات ما زالت مبكرة وأنه ليس مؤكدا أن تتمخض عن اتفاق"


def test_the_writers_narration_after_a_comma_ends_the_content() -> None:
    text = "قال الوزير إن مصر دفعت ثمنا باهظا لمكافحة التطرف،وأدان اغتيال النائب العام."
    assert only(text).text == "مصر دفعت ثمنا باهظا لمكافحة التطرف"


def test_according_to_what_after_a_comma_ends_the_content() -> None:
    text = "وقال أوباما: أعتقد أن هناك نافذة لحل سياسي في سورية، حسب ما نقل عنه الصحفي."
    assert only(text).text == "أعتقد أن هناك نافذة لحل سياسي في سورية"


def test_narration_after_a_comma_ends_the_content_but_waabr_as_through_does_not() -> None:
    text = "وأكد أن الأنظمة منبثقة من الشريعة، وتطرق إلى قضية رائف بدوي."
    assert only(text).text == "الأنظمة منبثقة من الشريعة"
    text = "وأوضح العبدان أن الرحلات ستعود، ودعى العبدان المسافرين إلى التواصل مع الخطوط."
    assert only(text).text == "الرحلات ستعود"
    text = "وقال الجبير إن الحل يكمن في الوسائل السياسية، وعبر مخرجات الحوار الوطني."
    assert only(text).text == "الحل يكمن في الوسائل السياسية، وعبر مخرجات الحوار الوطني"
    text = "وقال الوزير إن الحل سياسي، وعبر عن شكره للحضور."
    assert only(text).text == "الحل سياسي"


def test_where_it_was_said_a_source_in_marks_and_a_closing_formula_end_the_content() -> None:
    text = "وقال الناقد إن الكتابة لا تنبثق من العدم ، جاء ذلك في دورته التدريبية."
    assert only(text).text == "الكتابة لا تنبثق من العدم"
    text = "وقال إن الدواء سيطرح قبل نهاية العام، حسب «رويترز»."
    assert only(text).text == "الدواء سيطرح قبل نهاية العام"
    text = "وحذرت الوزارة بأن العقاب الشرعي سيكون مصيره , والله الهادي إلى سواء السبيل."
    assert only(text).text == "العقاب الشرعي سيكون مصيره"


def test_what_the_speaker_did_not_say_and_a_new_accusative_participle_end_the_content() -> None:
    text = "وقال آخر: الصوت العالي يكسر اللائحة في الرياضة، دون أن يوضح أكثر."
    assert only(text).text == "الصوت العالي يكسر اللائحة في الرياضة"
    text = "وأكد أن المساعدات وصلت بجهود الأهالي، مستغربا تباطؤ منظمات الإغاثة."
    assert only(text).text == "المساعدات وصلت بجهود الأهالي"


def test_a_participle_with_its_complementizer_starts_a_statement_without_a_comma() -> None:
    text = (
        "وقالت مصادر وزارة الصحة إن المستشفيات مشغولة بالمرضى القادمين للعلاج "
        "مشيرة إلى أن الوزارة خاطبت المستشفيات الخاصة."
    )
    first, second = quotes_of(text)
    assert first.text == "المستشفيات مشغولة بالمرضى القادمين للعلاج"
    assert second.text == "الوزارة خاطبت المستشفيات الخاصة"
    assert second.speaker_name == "مصادر وزارة الصحة"
    text = "وقال إن الشاحنة محملة بالأسلحة."  # a feminine participle that agrees: no statement
    assert only(text).text == "الشاحنة محملة بالأسلحة"


def test_the_topic_of_the_next_statement_is_not_the_content_before_it() -> None:
    text = (
        "وقال الخبير إن هطول الأمطار ضعيف الا أنه وارد، وحول اختلاف درجات الحرارة "
        "التي ترصدها الأرصاد، قال إن الأرصاد تعتمد معايير دولية."
    )
    first, second = quotes_of(text)
    assert first.text == "هطول الأمطار ضعيف الا أنه وارد"
    assert second.text == "الأرصاد تعتمد معايير دولية"


def test_a_quotation_right_after_fainnahu_is_the_direct_content() -> None:
    text = 'وبحسب وديع أبونصار فإنه "لا يمكن وصف هذه الأعمال بانها معزولة، بل هذه ظاهرة حقيقية".'
    quote = only(text)
    assert (
        quote.direct and quote.text == "لا يمكن وصف هذه الأعمال بانها معزولة، بل هذه ظاهرة حقيقية"
    )


def test_a_line_broken_after_the_complementizer_goes_on_in_the_next_paragraph() -> None:
    text = "وأكد الناطق العقيد زياد الرقيطي الواقعة مضيفاً أنه\n عند السادسة صباحا أبلغ مقيم المركز."
    assert only(text).text == "أنه\n عند السادسة صباحا أبلغ مقيم المركز"


def test_biqawlihi_before_a_complementizer_introduces_a_statement() -> None:
    text = "انتقد الرئيس باراك أوباما رئيس الوزراء نتنياهو، بقوله إنه الزعيم الوحيد الذي يتدخل."
    quote = only(text)
    assert quote.text == "إنه الزعيم الوحيد الذي يتدخل" and quote.speaker_name == "باراك أوباما"
    assert quotes_of("واستشهد بقوله تعالى في الآية.") == []


def test_advice_told_after_a_comma_ends_the_reported_content() -> None:
    text = "وقال الرئيس إنه سيعطي المجال للشباب، ونصح أعضاء المجلس الجدد بنقل صوت المواطن."
    assert only(text).text == "إنه سيعطي المجال للشباب"


def test_a_participle_after_a_comma_ends_reported_content_even_when_no_list_holds_it() -> None:
    text = "وأكد الوزير أن القوات ستتوجه إلى الفلوجة، مستبعدا بشدة أن يتم تحرير المدينة قريبا."
    first, second = quotes_of(text)
    assert first.text == "القوات ستتوجه إلى الفلوجة"
    assert second.text == "يتم تحرير المدينة قريبا"
    assert second.speaker_name == "الوزير"
    rising = only("وأكد الوزير أن الأزمة كبيرة، مجددا دعوته للحوار.")
    assert rising.text == "الأزمة كبيرة"


def test_after_a_colon_a_participle_goes_on_with_the_speakers_own_words() -> None:
    text = "وقال الشيخ: الإرهاب لن يفرق بين المدن، مستخدما أدوات معروفة وواحدة."
    assert only(text).text == "الإرهاب لن يفرق بين المدن، مستخدما أدوات معروفة وواحدة"


def test_plural_participles_of_verbs_written_out_open_a_statement_of_their_own() -> None:
    text = "وأكد المسؤولون أن القرد لم يصب أحدا، مبينين أن صاحبه سحبه من الموقع."
    first, second = quotes_of(text)
    assert first.text == "القرد لم يصب أحدا"
    assert second.text == "صاحبه سحبه من الموقع"


def test_findings_are_statements_of_who_found_them() -> None:
    for verb in ("لاحظ", "ووجد", "وخلص", "واستبعد"):
        intro = "إلى أن" if verb == "وخلص" else "أن"
        quote = only(f"{verb} الباحثون في الدراسة {intro} الآثار النفسية أكثر شيوعا.")
        assert quote.text == "الآثار النفسية أكثر شيوعا"
        assert quote.speaker_name == "الباحثون"


def test_a_wish_states_nothing_but_its_speaker_goes_on() -> None:
    text = "وتمنى الجاسر أن يوفقه الله للإسهام في الحراك الثقافي. وأضاف أن الأمر مهم."
    assert [(q.text, q.speaker_name) for q in quotes_of(text)] == [("الأمر مهم", "الجاسر")]


def test_a_prayer_to_god_named_with_his_praise_states_nothing() -> None:
    assert quotes_of("ودعا الشيخ محمد المقهوي الله - عز وجل - أن يمن على المصابين.") == []
    assert quotes_of("وأشاد الوزير بالجهود، داعيا العلي القدير أن يحفظ البلاد.") == []
    call = only("ودعا عبد الله الزهراني أن تتوقف الحرب.")
    assert call.text == "تتوقف الحرب"
