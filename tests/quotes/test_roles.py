"""Speakers named by a title: a name after the title that no list knows, and a title that
stands later for the person it named."""

from __future__ import annotations

from tests.stages.test_quotes import only, quotes_of


def test_unknown_name_after_title_and_place_is_the_speaker() -> None:
    quote = only("وقال المتحدث باسم المقاومة في تعز رشاد الشرعبي إن الثوار يتقدمون.")
    assert quote.speaker_name == "رشاد الشرعبي"


def test_unknown_name_after_comma_apposition_is_the_speaker() -> None:
    text = 'وقال المدير التنفيذي للمرصد، محرس الصيعري، في تصريحات إلى "الوطن" إن القاعدة عملت.'
    assert only(text).speaker_name == "محرس الصيعري"


def test_person_named_after_title_in_a_sentence_before_is_the_speaker() -> None:
    text = (
        "عبرت الصحفية والناشطة الجنوبية ذكرى العراسي عن سعادتها بتحرير عدن، "
        "وقالت: أنا سعيدة جدا لتحرير عدن."
    )
    assert only(text).speaker_name == "ذكرى العراسي"


def test_title_stands_for_the_person_it_named_before() -> None:
    text = (
        "قالت الصحفية ذكرى العراسي إن المدينة تحررت. "
        "وفي سياق آخر أكد الوزير أن الوضع مستقر. "
        "وأضافت الصحفية أن الأسواق فتحت أبوابها."
    )
    first, minister, role = quotes_of(text)
    assert first.speaker_name == "ذكرى العراسي" and minister.speaker_name == "الوزير"
    assert role.speaker_name == "ذكرى العراسي"
    assert role.speaker is not None and role.speaker.text == "الصحفية"  # the span stays


def test_title_that_named_two_people_stays_the_title() -> None:
    text = (
        "قالت الصحفية ذكرى العراسي إن المدينة تحررت. "
        "وقالت الصحفية أروى الحمادي إن الطرق مغلقة. "
        "وأضافت الصحفية أن الأسواق فتحت أبوابها."
    )
    *_, role = quotes_of(text)
    assert role.speaker_name == "الصحفية"


def test_common_words_after_a_title_are_no_name() -> None:
    assert only("وقال الوزير في بيان صحفي أمس إن العمل مستمر.").speaker_name == "الوزير"
    text = "وقال المهربون للمهاجرين فوق المركب، إن على الأفارقة البقاء."
    assert only(text).speaker_name == "المهربون"
    text = "وقالت وحدات حماية الشعب إن الهجوم بدأ."
    assert only(text).speaker_name == "وحدات حماية الشعب"


def test_continuation_after_the_text_turned_to_another_person() -> None:
    text = (
        'وقال الحارس خالد شراحيلي: "الأجواء جميلة داخل المعسكر". '
        "من جهة أخرى، طمأن عضو الشرف موسى الموسى، جماهير النادي حول الأزمة المالية. "
        "وشدد على أن الإدارة تعاملت مع ملف الديون."
    )
    keeper, member = quotes_of(text, (("خالد شراحيلي", "PER", "e1"), ("موسى الموسى", "PER", "e2")))
    assert keeper.speaker_name == "خالد شراحيلي"
    assert member.speaker_name == "موسى الموسى"
    assert member.speaker is not None and member.speaker.entity_id == "e2"


def test_continuation_with_no_new_person_keeps_the_last_speaker() -> None:
    text = (
        'وقال الحارس خالد شراحيلي: "الأجواء جميلة داخل المعسكر". '
        "وتستمر التدريبات حتى الأسبوع المقبل. "
        "وأضاف أن الفريق جاهز."
    )
    _, added = quotes_of(text, (("خالد شراحيلي", "PER", "e1"),))
    assert added.speaker_name == "خالد شراحيلي"


def test_participle_in_an_aside_goes_to_the_subject_after_its_an() -> None:
    text = (
        "يذكر أن إدارة نادي الاتحاد أبدت تمسكها بنجومها، مشيرة إلى عدم وجود رغبة في التفريط "
        "بأي نجم يحتاجه الفريق، مشددة على أن اللاعب لا يرغب في الرحيل."
    )
    name = only(text).speaker_name  # not نجم, on the name list: the subject of the aside
    assert name is not None and name.startswith("إدارة نادي الاتحاد")


def test_person_after_ma_is_a_companion_not_the_speaker() -> None:
    text = (
        "وقال الجبير في مؤتمر صحافي عقده مع وزير الخارجية الألماني فرانك شتاينماير "
        "إنه يجب على إيران تغيير سياستها."
    )
    quote = quotes_of(text, (("فرانك شتاينماير", "PER", "e2"),))[0]
    assert quote.speaker_name == "الجبير"


def test_family_name_with_the_article_is_no_title() -> None:
    text = (
        "وقال عادل الجبير إن العلاقات جيدة. "
        "وقال الجبير في مؤتمر عقده مع الوزير فرانك شتاينماير إن الحل سياسي. "
        "وأضاف الجبير أن المملكة لا تتدخل."
    )
    people = (("عادل الجبير", "PER", "e1"), ("فرانك شتاينماير", "PER", "e2"))
    assert [q.speaker_name for q in quotes_of(text, people)] == ["عادل الجبير", "الجبير", "الجبير"]


def test_sentence_opening_with_a_noun_and_a_comma_has_no_lead_phrase() -> None:
    text = (
        "قال برلمانيون إن الزيادة سببت فوضى. "
        "الناشطة والإعلامية نبراس أحمد، أطلقت هاشتاغ، قالت: «القبول بالزيادة قبول بالظلم»."
    )
    _, activist = quotes_of(text, (("نبراس أحمد", "PER", "e1"),))
    assert activist.speaker_name == "نبراس أحمد"


def test_second_conjunct_after_a_title_is_no_name() -> None:
    text = "ولفت مدير عام المؤسسة العامة لصوامع الغلال ومطاحن الدقيق، إلى أن الكمية زادت."
    name = only(text).speaker_name
    assert name is not None and name.startswith("مدير عام")


def test_holder_named_after_the_genitive_of_a_title_is_the_speaker_who_goes_on() -> None:
    text = (
        "طالب رئيس الهيئة الدولية للإغاثة الإنسانية جون سميث، الدول المانحة بزيادة الدعم. "
        "وقال إن المخيمات تحتاج إلى الماء."
    )
    (quote,) = quotes_of(text, (("جون سميث", "PER", "e1"),))
    assert quote.speaker_name == "جون سميث"


def test_first_name_of_abd_and_a_name_of_god_in_one_word_after_two_titles() -> None:
    text = "أكد رئيس المجلس المحلي السابق عضو الهيئة عبدالكريم حمدا في تصريح أن الحوار فشل."
    assert only(text).speaker_name == "عبدالكريم حمدا"


def test_unknown_name_after_a_title_ending_in_a_genitive_with_lam() -> None:
    text = "وأوضح المتحدث الرسمي للمركز رأفت الزهراني، أن الرحلة وصلت."
    assert only(text).speaker_name == "رأفت الزهراني"


def test_a_professor_title_gives_way_to_the_name_after_it() -> None:
    text = "ويقول أستاذ علم الاجتماع في الجامعة الدكتور سالم العمري إن الأسرة تتغير."
    quote = only(text)
    assert quote.speaker_name is not None and "العمري" in quote.speaker_name


def test_speaker_of_a_speech_noun_set_off_by_a_comma() -> None:
    text = "ثم ألقيت كلمة رئيس مجلس إدارة الجمعية سالم العمري، أوضح فيها أن الأنشطة شملت الجميع."
    assert only(text).speaker_name == "سالم العمري"


def test_an_office_named_with_its_holder_speaks_later_as_the_holder() -> None:
    text = (
        "استقبل الأمير أمس رئيس فرع الإفتاء بالمنطقة الدكتور سعد سعيد الحجري. "
        "وأوضح رئيس فرع الإفتاء بعسير أن هذا الفكر لم يراع حرمة المساجد."
    )
    (quote,) = quotes_of(text, (("سعد سعيد الحجري", "PER", "e1"),))
    assert quote.speaker_name == "سعد سعيد الحجري"
    # the tagger often takes the office itself for a name: it still names the holder
    tagged = (("سعد سعيد الحجري", "PER", "e1"), ("رئيس فرع الإفتاء", "PER", "e2"))
    assert [q.speaker_name for q in quotes_of(text, tagged)] == ["سعد سعيد الحجري"]


def test_an_office_two_people_held_resolves_to_neither() -> None:
    text = (
        "وحضر وكيل الوزارة للشؤون الفنية المهندس عبدالله المطيري ووكيل الوزارة للشؤون الإدارية "
        "الدكتور خالد السبيعي. "
        "وقال وكيل الوزارة إن المشروع يسير وفق الخطة."
    )
    people = (("عبدالله المطيري", "PER", "e1"), ("خالد السبيعي", "PER", "e2"))
    (quote,) = quotes_of(text, people)
    assert quote.speaker_name == "وكيل الوزارة"


def test_a_definite_office_with_the_holders_nisba_speaks_as_the_holder() -> None:
    text = (
        "قال وزير الري والموارد المائية المصري الدكتور حسام مغازي إن وزارته ستوقع اتفاقيات. "
        "ونوه الوزير المصري أن حكومة بلاده تعمل على زيادة الرقعة الزراعية."
    )
    quotes = quotes_of(text, (("حسام مغازي", "PER", "e1"),))
    assert [q.speaker_name for q in quotes] == ["حسام مغازي", "حسام مغازي"]


def test_the_official_of_a_country_speaks_as_the_one_official_named_of_it() -> None:
    text = (
        "كشف وزير الإدارة المحلية رئيس لجنة الإغاثة في الحكومة اليمنية عبدالرقيب الأسودي "
        "أن الحكومة تعكف على برنامج للإغاثة. "
        "وكشف المسؤول اليمني أن المطار سيستقبل رحلات خلال الأسبوع."
    )
    quotes = quotes_of(text, (("عبدالرقيب الأسودي", "PER", "e1"),))
    assert [q.speaker_name for q in quotes] == ["عبدالرقيب الأسودي", "عبدالرقيب الأسودي"]
    # an official of another country named earlier is no holder of this title
    other = text.replace("وكشف المسؤول اليمني", "وكشف المسؤول الأردني")
    assert quotes_of(other, (("عبدالرقيب الأسودي", "PER", "e1"),))[1].speaker_name == (
        "المسؤول الأردني"
    )


def test_a_title_initial_glued_to_the_name_is_left_out_of_the_speaker() -> None:
    text = "وأوضح د.مريع أن مجلس إدارة النادي يعزي أسر الشهداء."
    assert only(text).speaker_name == "مريع"
