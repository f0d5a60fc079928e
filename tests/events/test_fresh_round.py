"""Rules of the round tuned on the fresh and fresh2 sets (docs/events.md, "A rules round on
the fresh sets"), each on sentences written for these tests: the word that makes an event
the same as one told, no event, or names its actor."""

from __future__ import annotations

from rasd.document import Event
from tests.events import coding

PUBLISHED = "2015-08-10"


def code(text: str) -> list[Event]:
    return coding.code(text, PUBLISHED)


def one(text: str) -> Event:
    return coding.one(text, PUBLISHED)


def triggers(text: str) -> list[str]:
    return [e.trigger.text for e in code(text)]


def test_the_attack_a_killing_happened_in_is_one_event_with_its_actor() -> None:
    event = one("قتل خمسة جنود في هجوم شنه مسلحو الحركة على حاجز للجيش أمس.")
    assert event.trigger.text == "قتل"
    assert event.actor is not None and event.actor.text.startswith("مسلحو الحركة")
    assert event.target is not None and event.target.text.startswith("خمسة جنود")


def test_the_attack_noun_after_a_comma_gives_the_killing_its_actor() -> None:
    event = one("قتل شرطيان صباح السبت في بلدة الشمال، في هجوم جديد نسبته السلطات إلى المتمردين.")
    assert event.trigger.text == "قتل"
    assert event.actor is not None and event.actor.text == "المتمردين"


def test_clashes_between_two_sides_name_the_killing_s_actor() -> None:
    event = one("وقتل ثلاثة مسلحين في اشتباكات بين قوات الأمن والمسلحين قرب الحدود.")
    assert event.trigger.text == "قتل"
    assert event.actor is not None and event.actor.text == "قوات الأمن"


def test_an_attack_noun_with_no_killing_before_it_is_still_an_event() -> None:
    assert triggers("ونفذ المسلحون أمس هجوما على حاجز للجيش.") == ["هجوما"]


def test_a_killing_counted_since_a_day_is_no_event() -> None:
    assert triggers("ومنذ بداية العنف الشهر الماضي، قتل 12 شرطيا على الأقل.") == []
    assert triggers("وهاجم المسلحون قوات الأمن التي قتل 20 من أفرادها منذ الربيع.") == ["هاجم"]


def test_a_killing_with_no_since_is_an_event() -> None:
    assert triggers("وفي الشهر الماضي، قتل 12 شرطيا في البلدة.") == ["قتل"]


def test_an_answer_to_a_killing_names_it() -> None:
    assert "مقتل" not in triggers("وردا على مقتل الجنود قصف الجيش مواقع المسلحين.")


def test_an_event_noun_with_a_demonstrative_was_told_before() -> None:
    assert "مقتل" not in triggers("وأثار مقتل هذين الشابين غضب الأهالي.")


def test_out_of_control_is_no_seizure() -> None:
    assert triggers("وتدعم الدول المناطق الخارجة عن سيطرة النظام.") == []


def test_in_custody_is_no_arrest() -> None:
    assert triggers("وقال المسؤولون إن المرأة قيد الاعتقال لدى القوات.") == []


def test_a_verb_with_lam_of_purpose_is_no_event() -> None:
    assert triggers("وتقلع الطائرات من قواعد بعيدة لضرب مواقع التنظيم.") == []


def test_let_him_say_is_no_call() -> None:
    assert triggers("دعوه يقول لنا متى تغير ابنه.") == []


def test_a_prime_minister_s_surprise_is_no_attack() -> None:
    assert triggers("فاجأ رئيس الوزراء خصومه السياسيين بحزمة قرارات.") == []
    assert [e.type for e in code("فاجأت المقاومة قوات العدو داخل القاعدة.")] == ["ASSAULT"]


def test_an_attack_verb_in_the_imperfect_after_a_relative_describes() -> None:
    assert triggers("وتشارك الدولة في التحالف الذي يقصف مواقع التنظيم.") == []
    assert triggers("وحذر الخطيب من الجماعات التي كانت تستهدف المساجد.") == []


def test_an_attack_verb_in_the_past_after_a_relative_is_an_event() -> None:
    assert triggers("وأدان الوزير التفجير الذي استهدف مسجدا في المدينة.") == ["أدان", "استهدف"]


def test_praise_verbs_of_officials_code_support() -> None:
    assert [e.type for e in code("وثمن محافظ المدينة الجهود التي بذلتها الفرق.")] == ["SUPPORT"]
    assert [e.type for e in code("وأثنى الوزير على العاملين في المشروع.")] == ["SUPPORT"]
    assert [e.type for e in code("ونوه الأمير بما تقوم به الجمعية.")] == ["SUPPORT"]


def test_nawwaha_ila_anna_points_out_and_praises_no_one() -> None:
    assert triggers("ونوه الوزير إلى أن العدد الإجمالي بلغ ألفا.") == []
    assert triggers("وقال المدير إن الدراسة انتهت، منوها بأنه تم رفعها.") == []


def test_a_titled_person_named_again_by_his_surname_is_an_official() -> None:
    text = (
        "كرم محافظ المدينة رئيس اللجنة العليا عبدالمحسن بن محمد العطيشان الفرق التطوعية. "
        "وأثنى العطيشان، في كلمة ألقاها، على الجهود المبذولة."
    )
    events = code(text)
    assert [e.trigger.text for e in events] == ["كرم", "أثنى"]
    assert events[1].actor is not None and events[1].actor.text == "العطيشان"


def test_thanks_given_a_few_words_after_the_verb_of_giving() -> None:
    event = one("من جانبه قدم الدكتور الشثري، شكره للأمير على دعمه.")
    assert (event.trigger.text, event.type) == ("شكره", "SUPPORT")
    assert [e.trigger.text for e in code("وقال الوزير ذلك، معربا عن شكره للحضور.")] == ["شكره"]


def test_an_accusing_participle_and_a_description_as_a_crime() -> None:
    event = one("ونفى الرئيس الاتهامات، متهما قوى خارجية بنشر الشائعات.")
    assert (event.trigger.text, event.type) == ("متهما", "ACCUSE")
    assert event.actor is not None and event.actor.text.startswith("الرئيس")
    event = one("وتحدث الأمير عن الحادث، واصفا إياه بالعمل الجبان.")
    assert (event.trigger.text, event.type) == ("واصفا", "ACCUSE")
    assert triggers("وتحدث الكاتب عن المدينة، واصفا إياها بالجميلة.") == []


def test_a_titled_surname_takes_no_genitive() -> None:
    text = "وصل وزير الخارجية محمد جواد ظريف إلى أنقرة. وانتقد ظريف السياسة الأميركية في المنطقة."
    event = next(e for e in code(text) if e.trigger.text == "انتقد")
    assert event.actor is not None and event.actor.text == "ظريف"
    assert event.target is not None and event.target.text.startswith("السياسة الأميركية")


def test_thanks_go_to_whom_they_are_given() -> None:
    event = one("واختتم المحافظ كلمته مقدما شكره للجان العاملة في المهرجان.")
    assert event.trigger.text == "شكره"
    assert event.target is not None and event.target.text.startswith("للجان")


def test_an_accusing_participle_after_a_denial_and_a_comma_is_not_denied() -> None:
    event = one("ونفى الوزير الاتهامات بأن بلاده تدعم المسلحين، متهما جهات خارجية بنشرها.")
    assert (event.trigger.text, event.type) == ("متهما", "ACCUSE")


def test_what_a_request_asks_for_is_no_event() -> None:
    event = one("وقال المحافظ ذلك، مطالبا الجميع بالوقوف إلى جانب السلطات المحلية.")
    assert (event.trigger.text, event.type) == ("مطالبا", "REQUEST")


def test_the_verb_of_a_war_named_as_a_time_is_no_event() -> None:
    assert triggers("وعادت المدينة إلى ما كانت عليه قبل الحرب التي شنتها المليشيات.") == []
    assert triggers("ويفرض الاتفاق الذي أبرمته إيران مع القوى الكبرى قيودا.") == ["أبرمته"]


def test_clashes_of_a_named_killing_are_named() -> None:
    assert triggers("وكان يتحدث في أعقاب مقتل ستة أشخاص في مواجهات بين الأمن والمسلحين.") == []


def test_events_as_points_in_time_are_named() -> None:
    assert triggers("ولم يتغير شيء منذ تفجير الرياض حتى تفجير أبها الأخير.") == []


def test_a_word_of_thanks_and_a_certificate_of_thanks_are_no_act() -> None:
    assert triggers("إن من لا يشكر الناس لا يشكر الله، فشكرا لسمو الأمير على دعمه.") == []
    assert triggers("وبعد ذلك قدم المحافظ شهادات شكر للفرق التطوعية.") == []


def test_an_authority_s_direction_is_a_request() -> None:
    event = one("ووجه الوزير مديري الفروع بسرعة إنجاز الطلبات.")
    assert (event.trigger.text, event.type) == ("وجه", "REQUEST")
    assert event.actor is not None and event.actor.text.startswith("الوزير")


def test_directed_thanks_a_letter_a_blow_or_its_direction_is_no_request() -> None:
    assert [e.type for e in code("ووجه الوزير الشكر للعاملين.")] == ["SUPPORT"]
    assert triggers("ووجه الوزير رسالة إلى المواطنين.") == []
    assert triggers("وتم تقييم البرنامج وتحديد وجهته بعد العام الدراسي.") == []
    assert triggers("فيما وجهت المرحلة الثالثة إلى أندية الحي.") == []


def test_an_investigation_opened_is_an_accusation_with_its_opener() -> None:
    event = one("بدأت هيئة الطيران المدني، التحقيق في مقطع متداول.")
    assert (event.trigger.text, event.type, event.mode) == ("التحقيق", "ACCUSE", "investigate")
    assert event.actor is not None and event.actor.text.startswith("هيئة الطيران")
    event = one("ووجه رئيس الهيئة بفتح تحقيق في المقطع.")
    assert (event.trigger.text, event.type) == ("وجه", "REQUEST")


def test_deployments_of_planes_and_security_presence_mobilize() -> None:
    event = one("نشرت الولايات المتحدة ست مقاتلات في القاعدة التركية.")
    assert (event.trigger.text, event.type) == ("نشرت", "MOBILIZE")
    assert event.actor is not None and event.actor.text == "الولايات المتحدة"
    event = one("كثفت الجهات الأمنية تواجدها حول المساجد.")
    assert (event.trigger.text, event.type) == ("كثفت", "MOBILIZE")
    assert event.actor is not None and event.actor.text.startswith("الجهات الأمنية")


def test_a_caravan_giving_treatment_is_aid() -> None:
    event = one("وقدمت القافلة العلاج للفقراء في القرى.")
    assert (event.trigger.text, event.type) == ("قدمت", "AID")


def test_an_arriving_official_is_the_actor_of_the_visit_and_the_meeting() -> None:
    events = code("ووصل وزير الخارجية السوري وليد المعلم إلى مسقط أمس، والتقى نظيره العماني.")
    assert [e.trigger.text for e in events] == ["وصل", "التقى"]
    for event in events:
        assert event.actor is not None and event.actor.text.startswith("وزير الخارجية")


def test_a_group_after_khilal_is_a_time_not_a_subject() -> None:
    text = "وقال الوزير إنه خلال الاجتماع اتفق المعلم ونظيره على استمرار التنسيق."
    event = next(e for e in code(text) if e.trigger.text == "اتفق")
    assert event.actor is None or "الاجتماع" not in event.actor.text


def test_the_subject_of_kana_before_a_comma_is_the_verb_s() -> None:
    event = one("وكان زعيم الحزب صلاح الدين دمرتاش، دعا أمس الحكومة إلى وقف العنف.")
    assert event.trigger.text == "دعا"
    assert event.actor is not None and "دمرتاش" in event.actor.text


def test_a_participle_after_a_source_s_clause_is_the_source_s() -> None:
    text = "قتل جنديان في هجوم أمس، على ما أعلن مصدر عسكري، محملا التنظيم المسؤولية."
    event = next(e for e in code(text) if e.trigger.text == "محملا")
    assert event.actor is not None and event.actor.text.startswith("مصدر عسكري")
    text = "وقال المتحدث إن الجزائر تدين بشدة الهجوم، داعية إلى التعاون."
    event = next(e for e in code(text) if e.trigger.text == "داعية")
    assert event.actor is not None and event.actor.text == "الجزائر"


def test_praise_opening_a_sentence_goes_on_from_the_official_before() -> None:
    text = "قدم الدكتور الشثري، شكره للأمير على جهوده. ونوه بما تقوم به الجمعية من جهود."
    events = code(text)
    assert [e.trigger.text for e in events] == ["شكره", "نوه"]
    assert events[1].actor is not None and events[1].actor.text == "الدكتور الشثري"
    assert triggers("وعرض الفيلم في القاعة. ونوه بما تقوم به الجمعية من جهود.") == []


def test_the_noun_after_a_prepositional_word_is_its_genitive_not_the_subject() -> None:
    event = one("وطالب بضرورة مبادرة رجال الأعمال إلى دعم المشروع.")
    assert event.actor is None or "مبادرة" not in event.actor.text


def test_an_event_ranked_or_timed_is_named() -> None:
    assert triggers("ويعد هذا أول هجوم للتنظيم بالمدرعات.") == []
    assert triggers("وتوالت البيانات حتى ظهر تفجير المسجد.") == []


def test_a_simile_kills_no_one() -> None:
    assert triggers("ومن أحيا نفسا فكأنما أحيا الناس، ومن قتل نفسا كأنما قتل الناس جميعا.") == []


def test_qad_with_a_past_verb_is_a_fact_not_a_possibility() -> None:
    assert one("وقد اعتقلت الشرطة زوجته أيضا.").status is None
    assert one("وقد يعتقل الأمن المشتبه بهم.").status == "possible"


def test_a_known_attack_described_by_a_relative_clause_is_named() -> None:
    assert triggers("لكن الاعتداء الذي نفذ في البلدة الحدودية غير الموقف.") == []
    assert triggers("وأدانت الوزارة التفجير الإرهابي الذي استهدف المسجد.") == ["أدانت", "استهدف"]


def test_a_renewed_call_is_a_request_of_who_renews_it() -> None:
    event = one("وجدد بادي دعوة الأطراف إلى الحوار.")
    assert (event.trigger.text, event.type) == ("دعوة", "REQUEST")
    assert event.actor is not None and event.actor.text == "بادي"


def test_a_call_in_a_name_is_no_event_and_no_wall() -> None:
    event = one("زار مدير فرع وزارة الشؤون الإسلامية والدعوة والإرشاد الشيخ أحمد الحازمي المركز.")
    assert event.trigger.text == "زار"
    assert event.actor is not None and "الحازمي" in event.actor.text


def test_an_imperfect_after_an_is_a_subjunctive_no_event() -> None:
    assert triggers("ومن المقرر أن يلتقي الوزير نظيره الأسبوع المقبل.") == []
    assert triggers("وخشي المراقبون أن يرفض بعضهم القيام بالدور.") == []
    assert triggers("وأعلنت الوزارة أن الشرطة اعتقلت المشتبه به.") == ["اعتقلت"]


def test_a_kind_of_is_no_blow_but_a_passive_blow_is() -> None:
    assert triggers("واعتبر أن هذا العمل ضرب من الفساد في الأرض.") == []
    assert [e.type for e in code("وقالت إن النساء يضربن من قبل أزواجهن.")] == ["ASSAULT"]


def test_an_incident_named_is_no_new_attack() -> None:
    assert triggers("وتعامل الأمير مع حادثة تفجير المسجد بسرعة.") == []


def test_an_attack_told_again_by_its_definite_noun_is_no_new_event() -> None:
    text = (
        "قتل خمسة أشخاص في تفجير قرب المطار أمس. "
        "وقال مسؤولون إن الهجوم الانتحاري قتل خمسة أشخاص وأصاب آخرين."
    )
    assert triggers(text) == ["قتل"]
    text = (
        "قتل خمسة أشخاص في تفجير قرب المطار أمس. "
        "وقال الوزير إن هذا العمل الإرهابي الذي استهدف المطار جبان."
    )
    assert triggers(text) == ["قتل"]


def test_a_definite_attack_noun_and_its_verb_first_told_stay_one_event() -> None:
    assert triggers("كثيرة هي التحليلات التي رافقت الهجوم الإرهابي الذي استهدف المسجد.") == [
        "استهدف"
    ]


def test_a_killing_joined_to_a_masdar_is_a_masdar() -> None:
    assert triggers("وقال إن استهداف بيوت الله وقتل المصلين جريمة.") == []


def test_what_is_incited_and_the_attack_pointed_at_are_no_events() -> None:
    assert triggers("من هم الذين يحرضون على تفجير المساجد؟") == []
    assert triggers("وقالت إنها صدت هذا الهجوم بيديها.") == []


def test_the_attacks_of_a_series_a_killing_happened_in_are_one_event() -> None:
    assert triggers("وقتل ثمانية أشخاص في موجة من الهجمات على قوات الأمن.") == ["قتل"]


def test_agreeing_on_a_need_is_an_opinion_not_a_deal() -> None:
    assert triggers("اتفق مفكرون وكتاب على ضرورة الحفاظ على التراث.") == []
    assert triggers("واتفق الطرفان على تبادل الأسرى.") == ["اتفق"]


def test_the_source_of_a_report_is_not_the_attacker() -> None:
    event = one("وذكرت وكالة الأنباء أن هجوما وقع مساء السبت في المدينة.")
    assert event.trigger.text == "هجوما"
    assert event.actor is None or "وكالة" not in event.actor.text


def test_a_body_speaks_through_its_spokesman() -> None:
    text = "وأعلنت رئاسة الإقليم على لسان المتحدث باسمها أنها تؤيد خطوات الحكومة."
    event = one(text)
    assert event.trigger.text == "تؤيد"
    assert event.actor is not None and event.actor.text.startswith("رئاسة")


def test_what_a_source_adds_right_after_an_attack_is_its_detail() -> None:
    lead = "قتل جنديان في هجوم على حاجز للجيش. "
    assert triggers(lead + "وأضافت الوكالة أن مسلحين هاجموا الحاجز بالأسلحة.") == ["قتل"]
    text = lead + "وذكرت الوكالة أن طائرات التحالف شنت غارات يوم الأحد على مواقع أخرى."
    assert triggers(text) == ["قتل", "شنت"]
    assert triggers(lead + "وهاجم مسلحون حاجزا آخر في الجنوب.") == ["قتل", "هاجم"]
