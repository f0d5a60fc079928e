"""Arabic language data for finding statements and their sources.

Only word lists live here; ``rasd.quotes.lexicon`` inflects and normalizes them and
``rasd.stages.quotes`` uses them. Words are written as in print; the lexicon normalizes.
"""

from __future__ import annotations

# Reporting verbs: (past 3rd masculine singular, imperfect 3rd masculine singular, active
# participle). The lexicon derives the feminine (قالت، تقول، قائلة), the plural (قالوا،
# يقولون، قائلين) and the adverbial accusative (قائلا) and takes the conjunctions and
# pronoun suffixes from the clitic analysis of each token.
REPORTING_VERBS: tuple[tuple[str, str, str], ...] = (
    ("قال", "يقول", "قائل"),
    ("أضاف", "يضيف", "مضيف"),
    ("أكد", "يؤكد", "مؤكد"),
    ("أوضح", "يوضح", "موضح"),
    ("أشار", "يشير", "مشير"),
    ("صرح", "يصرح", "مصرح"),
    ("كشف", "يكشف", "كاشف"),
    ("أعلن", "يعلن", "معلن"),
    ("زعم", "يزعم", "زاعم"),
    ("اعتبر", "يعتبر", "معتبر"),
    ("حذر", "يحذر", "محذر"),
    ("لفت", "يلفت", "لافت"),
    ("شدد", "يشدد", "مشدد"),
    ("أفاد", "يفيد", "مفيد"),
    ("أردف", "يردف", "مردف"),
    ("استطرد", "يستطرد", "مستطرد"),
    ("نوه", "ينوه", "منوه"),
    ("اعترف", "يعترف", "معترف"),
    ("رجح", "يرجح", "مرجح"),
    ("تعهد", "يتعهد", "متعهد"),  # وتعهدت وزارة الدفاع في بيان بأن …: a pledge, stated
    ("توقع", "يتوقع", "متوقع"),
    ("أفصح", "يفصح", "مفصح"),
    ("أورد", "يورد", "مورد"),
    ("استدرك", "يستدرك", "مستدرك"),
    ("تدارك", "يتدارك", "متدارك"),
    ("أجاب", "يجيب", "مجيب"),
    ("علق", "يعلق", "معلق"),
    ("نبه", "ينبه", "منبه"),
    ("اكتشف", "يكتشف", "مكتشف"),
    ("اتفق", "يتفق", "متفق"),
    ("ردد", "يردد", "مردد"),
    ("أظهر", "يظهر", "مظهر"),
    ("وصف", "يصف", "واصف"),
)

# Verbs with a form left out because it is mostly another word: يذكر أن is the writer's own
# "it is worth noting", مبلغ an amount, مقر a headquarters, بين "between".
PARTIAL_REPORTING_VERBS: tuple[tuple[str, ...], ...] = (
    ("ذكر", "ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر", "يذكرون", "ذاكرا", "ذاكرة"),
    ("أبلغ", "أبلغ", "أبلغت", "أبلغوا", "", "", "", "", ""),
    ("أرجع", "أرجع", "أرجعت", "أرجعوا", "", "", "", "مرجعا", "مرجعة"),
    ("أقر", "أقر", "أقرت", "أقروا", "يقر", "تقر", "يقرون", "", ""),
    ("طالب", "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "مطالبا", ""),
    ("تابع", "تابع", "تابعت", "تابعوا", "يتابع", "تتابع", "يتابعون", "متابعا", ""),
    ("بين", "", "بينت", "بينوا", "يبين", "", "يبينون", "مبينا", "مبينة"),
    # أبان's imperfect is بين's (يبين); أصر's participle مصر is Egypt
    ("أبان", "أبان", "أبانت", "أبانوا", "", "", "", "", ""),
    # قضت المحكمة بأن: a court's ruling; قاض is a judge, يقضي القرار بأن a rule's terms
    ("قضى", "قضى", "قضت", "", "", "", "", "", ""),
    ("أصر", "أصر", "أصرت", "أصروا", "يصر", "تصر", "يصرون", "", ""),
    # كاتب and مغرد are "writer" and "tweeter"; كتب، غرد state only what they introduce
    ("كتب", "كتب", "كتبت", "كتبوا", "يكتب", "تكتب", "يكتبون", "", ""),
    ("غرد", "غرد", "غردت", "غردوا", "يغرد", "تغرد", "يغردون", "", ""),
    # رد عليه زعيم الطائفة: …: a reply, a statement only of what a colon or a mark sets off
    ("رد", "رد", "ردت", "ردوا", "يرد", "ترد", "يردون", "", ""),
    # findings: لاحظ الباحثون أن، ووجد الباحثون أن، خلصت الدراسة إلى أن، استبعد أن; ملاحظة is a
    # note, وجدت also "I found", يجد "finds (a thing)", تخلص "gets rid of", مخلص "sincere"
    ("لاحظ", "لاحظ", "لاحظت", "لاحظوا", "يلاحظ", "تلاحظ", "يلاحظون", "ملاحظا", ""),
    ("وجد", "وجد", "", "وجدوا", "", "", "", "", ""),
    ("خلص", "خلص", "خلصت", "خلصوا", "يخلص", "", "يخلصون", "", ""),
    ("استبعد", "استبعد", "استبعدت", "استبعدوا", "يستبعد", "تستبعد", "يستبعدون", "مستبعدا", ""),
)

# Forms recognized only with a conjunction: وبين أن is "and he showed that", بين "between".
# وزاد "…" is "and he added", زاد alone mostly "increased".
CONJOINED_ONLY: tuple[tuple[str, str], ...] = (("بين", "بين"), ("زاد", "زاد"))

# Verbs whose last letter is weak, with their forms written out: lemma, past masculine, past
# feminine, past plural, imperfect masculine, imperfect feminine, imperfect plural, participle
# masculine (accusative), participle feminine. An empty form is left out.
WEAK_REPORTING_VERBS: tuple[tuple[str, ...], ...] = (
    ("نفى", "نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافية"),
    ("رأى", "رأى", "رأت", "رأوا", "يرى", "ترى", "يرون", "رائيا", "رائية"),
    ("دعا", "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "داعيا", "داعية"),
    ("ادعى", "ادعى", "ادعت", "ادعوا", "يدعي", "تدعي", "يدعون", "مدعيا", "مدعية"),
    ("روى", "روى", "روت", "رووا", "يروي", "تروي", "يروون", "راويا", "راوية"),
    ("مضى", "مضى", "مضت", "مضوا", "يمضي", "تمضي", "يمضون", "ماضيا", "ماضية"),
    # تمنى as a regular verb gave تمنيت ("I wished", the writer) for the feminine تمنت
    ("تمنى", "تمنى", "تمنت", "تمنوا", "يتمنى", "تتمنى", "يتمنون", "متمنيا", "متمنية"),
    ("أوصى", "أوصى", "أوصت", "أوصوا", "يوصي", "توصي", "يوصون", "موصيا", "موصية"),
)

# Forms that are the writer's own aside when no subject follows them (يذكر أن، يشار إلى أن)
# and a statement when one does (يذكر الكاتب فلان أن …).
ASIDES: frozenset[str] = frozenset(["يذكر", "ويذكر", "يشار", "ويشار"])

# Verbs that continue the previous speaker's statement when they have no subject of their own
# (وأضاف "…"): their subjectless forms resolve to the previous speaker.
CONTINUATION_VERBS: frozenset[str] = frozenset(
    ["أضاف", "تابع", "أشار", "أوضح", "أكد", "قال", "لفت", "شدد", "استطرد", "أردف", "مضى"]
)

# Passive reporting: the statement has no speaker (never a guessed one).
# (يذكر أن is the writer's own aside, "it is worth noting", and ذُكر is written like ذكر.)
PASSIVE_CUES: tuple[str, ...] = ("قيل", "يقال", "أفيد")

# Words that introduce the reported content after a reporting verb; the attached pronoun
# forms (أنه، إنها، بأنهم) come from the clitic analysis.
COMPLEMENTIZERS: tuple[str, ...] = ("أن", "إن", "بأن", "فإن", "وأن", "وإن", "لأن")

# "According to" phrases: (بحسب|حسب|وفقا ل|طبقا ل|نقلا عن) + source.
ACCORDING_TO: tuple[str, ...] = (
    "حسبما",
    "بحسبما",
    "وحسبما",
    "حسب",
    "بحسب",
    "وحسب",
    "وبحسب",
    "وفق",
    "ووفق",
    "وفقا",
    "ووفقا",
    "طبقا",
    "وطبقا",
    "نقلا",
    "ونقلا",
)
# What may stand between the "according to" word and the source: لما أفاد به، ما ذكره …
ACCORDING_FILLERS: tuple[str, ...] = (
    "لما",
    "ما",
    "عن",
    "ل",
    "به",
    "بها",
    "أفاد",
    "أفادت",
    "ذكر",
    "ذكره",
    "ذكرت",
    "ذكرته",
    "قال",
    "قاله",
    "قالت",
    "قالته",
    "أكده",
    "أكدته",
    "أوضحه",
    "أوضحته",
    "أعلنه",
    "أعلنته",
    "نقله",
    "نقلته",
    "أورده",
    "أوردته",
    "صرح",
    "نشرت",
    "نشرته",
    "نشره",
    "أبلغت",
    "أبلغ",
)

# Nouns that head a nominal source when no name is given: مصدر عسكري، ناشطون، مصادر محلية.
NOMINAL_SOURCES: tuple[str, ...] = (
    "مصدر",
    "مصادر",
    "ناشط",
    "ناشطون",
    "ناشطين",
    "نشطاء",
    "شهود",
    "شاهد",
    "مسؤول",
    "مسؤولون",
    "مسؤولين",
    "متحدث",
    "المتحدث",
    "الناطق",
    "ناطق",
    "بيان",
    "البيان",
    "تقرير",
    "التقرير",
    "وكالة",
    "الوكالة",
    "صحيفة",
    "الصحيفة",
    "خبراء",
    "مراقبون",
    "محللون",
    "محللين",
    "كثيرون",
    "الكثيرون",
    "سكان",
    "أهالي",
    "مواطنون",
    "تصريح",
    "تصريحات",
    "المعلومات",
    "معلومات",
    "البيانات",
    "بيانات",
    "الإحصائيات",
    "إحصائيات",
    "الأرقام",
    "التقارير",
    "تقارير",
    "دراسة",
    "الدراسة",
    "النشرة",
    "نشرة",
    "الشرطة",
    "الجمارك",
    "الوزارة",
    "الهيئة",
)
PLURAL_SOURCES: frozenset[str] = frozenset(
    [
        "مصادر",
        "ناشطون",
        "ناشطين",
        "نشطاء",
        "شهود",
        "مسؤولون",
        "مسؤولين",
        "خبراء",
        "مراقبون",
        "محللون",
        "محللين",
        "كثيرون",
        "الكثيرون",
        "سكان",
        "أهالي",
        "مواطنون",
        "هؤلاء",
    ]
)

# Heads of an apposition after a name (شرفان درويش المتحدث باسم …): the name stops before them.
APPOSITION_HEADS: tuple[str, ...] = (
    "المتحدث",
    "الناطق",
    "الناشط",
    "الباحث",
    "الخبير",
    "المحلل",
    "عضو",
    "رئيس",
    "مدير",
    "وزير",
    "نائب",
    "الأمين",
    "مساعد",
    "مستشار",
    "قائد",
    "أمين",
    "محافظ",
    "أمير",
    "سفير",
    "مسؤول",
    "المسؤول",
    "مدرب",
    "لاعب",
    "رئيسة",
    "مديرة",
    "وزيرة",
    "عضوة",
    "الذي",
    "التي",
    "وهو",
    "وهي",
    "وهم",
    "هو",
    "هي",
    "وكيل",
    "عميد",
    "مسؤولة",
    "متحدث",
    "ناطق",
    "خبير",
    "باحث",
    "محلل",
    "مراسل",
    "كاتب",
    "صاحب",
    "أستاذ",
    "أستاذة",
    "مشرف",
    "منسق",
    "مؤسس",
    # feminine forms (وعلقت نائبة رئيسة المنظمة فلانة: the speaker is the name)
    "نائبة",
    "مستشارة",
    "سفيرة",
    "متحدثة",
    "المتحدثة",
    "الناطقة",
    "ناطقة",
    "الناشطة",
    "الباحثة",
    "باحثة",
    "الخبيرة",
    "خبيرة",
    "محللة",
    "مراسلة",
    "كاتبة",
    "مشرفة",
    "منسقة",
)

# Words that end a speaker's name after the reporting verb: prepositions, time adverbs and the
# words that start an apposition or a clause.
SPEAKER_STOPS: tuple[str, ...] = (
    "ل",
    "لـ",
    "في",
    "على",
    "إلى",
    "الى",
    "من",
    "عن",
    "خلال",
    "أمس",
    "امس",
    "اليوم",
    "يوم",
    "مساء",
    "صباح",
    "أثناء",
    "لدى",
    "عبر",
    "بعد",
    "قبل",
    "حول",
    "أيضا",
    "كذلك",
    "إنه",
    "أنه",
    "الذي",
    "التي",
    "الذين",
    "وهو",
    "وهي",
    "مؤخرا",
    "حين",
    "عندما",
    "بينما",
    "كيف",
    "ماذا",
    "لماذا",
    "هل",
    "له",
    "لها",
    "لهم",
    "لي",
    "لنا",
    "إن",
    "أن",
    "بأن",
    "ان",
    "قد",  # وكانت الوزارة قد أكملت …: a verb follows
)

# Institutions named after a king or prince (مطار الملك خالد، جامعة الملك عبدالعزيز): the name
# after the title is the institution's, not a person of the sentence.
INSTITUTION_NOUNS: tuple[str, ...] = (
    "مطار",
    "جامعة",
    "مستشفى",
    "مدينة",
    "مركز",
    "مؤسسة",
    "قاعدة",
    "ميناء",
    "شارع",
    "طريق",
    "جسر",
    "كلية",
    "معهد",
    "مجمع",
    "برنامج",
    "جائزة",
    "مشروع",
    "ملعب",
    "استاد",
    "قاعة",
    "صندوق",
    "مكتبة",
    "كرسي",
    "مسجد",
    "جامع",
)

# A name or identity as a verb's object (رافضا ذكر اسمه، طلب عدم ذكر هويته): no speaker.
NAME_NOUNS: tuple[str, ...] = ("اسمه", "اسمها", "اسمهم", "اسمي", "هويته", "هويتها", "هويتهم")

# Words with a preposition that stay inside a nominal speaker (المتحدث باسم الجيش).
NAME_JOINERS: tuple[str, ...] = ("باسم", "بأعمال", "بالإنابة", "بالنيابة")

# Time adverbs that may stand between the verb and its subject (وقال أمس الوزير …), and the
# forms of address before a title (وأضاف معالي أمين العاصمة: the speaker is the title).
SKIPPABLE_AFTER_CUE: tuple[str, ...] = (
    "أمس",
    "اليوم",
    "مساء",
    "صباح",
    "أيضا",
    "كذلك",
    "بدوره",
    "بدورها",
    "من جهته",
    "لي",
    "لنا",
    "مسبقا",  # كما أوضحت مسبقا أن: an adverb, no subject
    "عليه",  # رد عليه زعيم الطائفة: whom the reply answers (not علي, the name Ali)
    "الآن",  # كما يقول الآن: an adverb, no subject
    "بجلاء",  # أوضح بجلاء أن, أكد بوضوح أن: how it was said, no subject
    "بوضوح",
    "بصراحة",
    "بشدة",
    "بحزم",
    "مؤيدا",  # فيقول مؤيدا لفكرة الخصخصة: a circumstantial participle, no subject
    "مؤيدة",
    "عليها",
    "عليهم",
    "سابقا",
    "لاحقا",
    "مجددا",
    "حاليا",
    "معالي",
    "سعادة",
    "فضيلة",
    "سمو",
)

# Demonstrative and pronoun speakers: the previous speaker's name stands for them.
ANAPHORIC_SPEAKERS: frozenset[str] = frozenset(
    [
        "هؤلاء",
        "هذا",
        "هذه",
        "هو",
        "هي",
        "هم",
        "الأخير",
        "الأخيرة",
        "هذان",
        "هاتان",
        # honorifics that stand for the person named before (وقال سموه)
        "سموه",
        "سموها",
        "معاليه",
        "معاليها",
        "فضيلته",
        "سعادته",
        "سعادتها",
    ]
)

# Prepositions with a pronoun: after the verb they are its object, never its subject.
PREPOSITION_PRONOUNS: frozenset[str] = frozenset(
    ["عليه", "عليها", "له", "لها", "به", "بها", "فيه", "فيها", "منه", "منها", "عنه", "عنها"]
)

# Honorifics that stand for a dignitary (وقال سموه): with no earlier speaker, the person
# named last before them.
HONORIFICS: frozenset[str] = frozenset(
    ["سموه", "سموها", "معاليه", "معاليها", "فضيلته", "سعادته", "سعادتها"]
)
# …and the titles of the dignitaries they stand for (صاحب السمو الملكي الأمير فلان).
DIGNITIES: frozenset[str] = frozenset(
    ["الأمير", "الأميرة", "الملك", "السمو", "الشيخ", "معالي", "فضيلة", "سعادة"]
)

# Words before a verb that make it an infinitive or a wish, not a statement (أن يعلن).
NOT_A_STATEMENT_BEFORE: frozenset[str] = frozenset(["أن", "لكي", "كي", "لن", "ليس"])

# Before أن, words that make it "after/before" rather than an infinitive (بعد أن أوردت …).
TEMPORAL_BEFORE_AN: frozenset[str] = frozenset(["بعد", "قبل", "منذ"])

# Participles that are no reporting verbs but start a clause of their own after a comma
# (…، معربا عن …): reported content ends before them.
CLAUSE_PARTICIPLES: frozenset[str] = frozenset(
    [
        "معربا",
        "معربة",
        "مشيدا",
        "مشيدة",
        "مستنكرا",
        "مستنكرة",
        "معبرا",
        "معبرة",
        "مقدما",
        "مقدمة",
        "سائلا",
        "سائلة",
        "محملا",
        "محملة",
        "مثمنا",
        "مثمنة",
        "مرحبا",
        "مرحبة",
        "مستعرضا",
        "مستعرضة",
        "ممتدحا",
        "ممتدحة",
        "مبديا",
        "مبدية",
        "منوها",
        "منوهة",
        "مرجعا",
        "مرجعة",
        "معللا",
        "معللة",
        "متهما",
        "متهمة",
        "ملقيا",
        "ملقية",
        "ملقين",
        "مناشدا",
        "مناشدة",
        "مناشدين",
        "سائلين",
        "معربين",
        "مشيدين",
        "مثمنين",
        "مستنكرين",
        "معبرين",
        "مرحبين",
        "شاكرا",  # …"، شاكرا في الوقت ذاته السويسري: the writer tells what he did
        "شاكرة",
        "شاكرين",
        "مهنئا",
        "مهنئة",
        "مقدمين",
        # …، مستغربا تباطؤ منظمات الإغاثة، …، عادًّا مردّ استمرار المأساة إلى …
        "مستغربا",
        "مستغربة",
        "مستغربين",
        "عادا",
        "داعين",
    ]
)
# …and their feminine plurals (معربات، مشيدات، مقترحات: women speaking together).
CLAUSE_PARTICIPLES = CLAUSE_PARTICIPLES | frozenset(
    w[:-1] + "ات" for w in CLAUSE_PARTICIPLES if w.endswith("ا")
)

# Past verbs with و after a comma in content: the writer's narration resumes (…، وأشاد
# بالتعاون الكبير …), not the speaker's words.
NARRATION_VERBS: tuple[str, ...] = (
    "وأشاد",
    "وأشادت",
    "وثمن",
    "وثمنت",
    "وعبر",
    "وعبرت",
    "وقدم",
    "وقدمت",
    "واختتم",
    "واختتمت",
    "وختم",
    "وختمت",
    "وشكر",
    "وشكرت",
    # …، وأدان اغتيال النائب العام: the writer tells what else the speaker did
    "وأدان",
    "وأدانت",
    "ودان",
    "ودانت",
    "واستنكر",
    "واستنكرت",
    "ورحب",
    "ورحبت",
    "وهنأ",
    "وهنأت",
    "والتقى",
    "والتقت",
    "واستقبل",
    "واستقبلت",
    # …، وتطرق إلى قضية رائف بدوي؛ …، ودعا العبدان المسافرين إلى … (ودعى: its common typo)
    "وتطرق",
    "وتطرقت",
    "ودعا",
    "ودعت",
    "ودعى",
    # …، ونصح أعضاء المجلس الجدد بنقل صوت المواطن: advice the writer tells of
    "ونصح",
    "ونصحت",
)
# Narration verbs that tell only with عن after them (…، وعبر عن شكره): وعبر مخرجات الحوار
# is "and through" the speaker's words go on.
NARRATION_WITH_AN: frozenset[str] = frozenset(["وعبر", "وعبرت"])
# Words after a comma that open a topic the next statement is about (…، وحول اختلاف درجات
# الحرارة …، قال إن …): they belong to that statement, not to the content before.
TOPIC_LEADS: frozenset[str] = frozenset(["وحول", "وعن", "وبشأن", "وبخصوص", "وفيما", "وحيال"])
# A writer's closing formula after a comma (…، والله الهادي إلى سواء السبيل): no one's words.
CLOSING_FORMULAS: frozenset[str] = frozenset(["الهادي", "الموفق", "ولي", "المستعان"])

# Words that start a clause of their own: a verb's introducer is never looked for past them.
CLAUSE_BREAKERS: frozenset[str] = frozenset(
    [
        "لكن",
        "ولكن",
        "لكنه",
        "لكنها",
        "بل",
        "حيث",
        "عندما",
        "بينما",
        "إلا",
        "إذ",
        "كي",
        "لكي",
        # the writer's own "I said" (فقلت له: …): its colon is not another verb's
        "قلت",
        "فقلت",
        "وقلت",
    ]
)

# Days that may stand between a verb or a participle and what it governs (صادر أمس عن،
# قوله اليوم إن).
DAY_WORDS: frozenset[str] = frozenset(
    ["أمس", "اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
)

# Modals whose أن is their own (يجب أن تستوفيها), never a reporting verb's introducer.
MODALS: frozenset[str] = frozenset(["يجب", "ينبغي", "يمكن", "يتعين", "يجوز", "لابد", "بد"])

# Connectives whose أن is theirs (خاصة وأن: "especially since").
CONNECTIVES: frozenset[str] = frozenset(["خاصة", "خصوصا", "سيما", "لاسيما"])

# Rules and documents named after "according to" (وفقا للقرار، طبقا للنظام): no source.
RULES_NOT_SOURCES: frozenset[str] = frozenset(
    ["قرار", "نظام", "لائحة", "قانون", "مادة", "خطة"]
    + [p + w for p in ("ال", "لل") for w in ("قرار", "نظام", "قانون", "مادة", "خطة")]
    + ["اللائحة", "للائحة"]
)

# Nouns that make the words after a verb its object, not its content: an أن right after them
# (على ضرورة أن …) or after their genitive (أهمية الأنشطة على أن …) is theirs, not the verb's.
OBJECT_NOUNS: tuple[str, ...] = (
    "أهمية",
    "ضرورة",
    "وجوب",
    # نفى الاتهامات بأن …: the أن tells what the accusations say (not الأنباء: وكالة الأنباء)
    "الاتهامات",
    "اتهامات",
    "الشائعات",
    "شائعات",
    "المزاعم",
    "مزاعم",
)

# Nouns of speech before a verb with فيه/فيها (ألقى فلان كلمة قال فيها: …): the speaker is the
# subject of the sentence, not the pronoun.
SPEECH_NOUNS: frozenset[str] = frozenset(
    [
        "كلمة",
        "بيان",
        "بيانا",
        "تصريح",
        "تصريحا",
        "تصريحات",
        "خطاب",
        "خطابا",
        "رسالة",
        "حديث",
        "حديثا",
        "مقابلة",
        "لقاء",
    ]
)

# Words after a speaker's noun that introduce its name (شاهد عيان يدعى فلان).
NAMED_AS: frozenset[str] = frozenset(["يدعى", "تدعى", "يسمى", "تسمى", "اسمه", "اسمها"])

# Forms of صادر: بيان صادر عن الوزارة is the ministry's statement.
ISSUED_BY: frozenset[str] = frozenset(["صادر", "صادرة", "الصادر", "الصادرة"])

# A prayer (داعيا المولى أن يتغمد …) is not a statement about the world.
GOD_WORDS: frozenset[str] = frozenset(["الله", "المولى", "ربه", "الباري", "العلي"])

# Words before a verb inside reported content that start a new statement (في حين قال …).
NEW_STATEMENT_BEFORE: frozenset[str] = frozenset(["حين", "بينما", "فيما", "كما", "بدوره", "بدورها"])

# Words before a quotation that make it a title, not speech (بعنوان «…»).
TITLE_WORDS: frozenset[str] = frozenset(
    [
        "بعنوان",
        "عنوان",
        "شعار",
        "بشعار",
        "تحت",
        "مسمى",
        "اسم",
        "باسم",
        "برنامج",
        "كتاب",
        "كتابه",
        "فيلم",
        "مسلسل",
        "مهرجان",
        "حملة",
        "مبادرة",
        "وسم",
        "هاشتاق",
        "عملية",
        "تنظيم",
        "مجموعة",
        "حركة",
        "جماعة",
        "صحيفة",
        "لصحيفة",
        "مجلة",
        "قناة",
        "لقناة",
        "وكالة",
        "لوكالة",
        "موقع",
    ]
)

# Question words after a verb: a question, not a statement (وكان يقول كيف …).
QUESTION_WORDS: frozenset[str] = frozenset(["كيف", "هل", "لماذا", "ماذا", "متى", "أين", "لم"])

# Masdar forms that report a statement after نقل … عن فلان: the speaker follows عن.
REPORTED_SAYING: frozenset[str] = frozenset(["قوله", "قولها", "قولهم", "تأكيده", "تأكيدها"])

# Relative pronouns before a verb (الذي قال …): the speaker is the noun before them.
RELATIVES: frozenset[str] = frozenset(["الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي"])

# A quotation with at most this many words and no reporting verb is a name, a title or a
# scare quote (تنظيم "داعش"), not speech.
SCARE_QUOTE_MAX_WORDS = 4

# A paragraph that is one quotation of at least this many words, right after a paragraph that
# ended in a quote, goes on with the same speaker.
STANDALONE_QUOTE_MIN_WORDS = 5

# Nouns that head an institution, a place or a thing, never a first name: a bare word from
# this list followed by a definite one (مجلس الأمن، مدينة الرياض) is no person's name.
NOT_A_FIRST_NAME: frozenset[str] = frozenset(
    [
        "مجلس",
        "هيئة",
        "شركة",
        "وزارة",
        "جامعة",
        "لجنة",
        "مركز",
        "جمعية",
        "نادي",
        "مؤسسة",
        "إدارة",
        "قسم",
        "مكتب",
        "بنك",
        "مصرف",
        "مدينة",
        "منطقة",
        "محافظة",
        "مديرية",
        "فريق",
        "قوات",
        "جيش",
        "حزب",
        "اتحاد",
        "منظمة",
        "دولة",
        "حكومة",
        "مجموعة",
        "مستشفى",
        "كلية",
        "مدرسة",
        "قطاع",
        "فرع",
        "مطار",
        "ميناء",
        "ملعب",
        "شارع",
        "حي",
        "قرية",
        "سوق",
        "مجال",
        "لقاء",
        "اجتماع",
        "مؤتمر",
        "تصريح",
        "تصريحات",
        "حديث",
        "كلمة",
        "بيان",
        "صحيفة",
        "قناة",
        "وكالة",
        "شهر",
        "عام",
        "يوم",
        "ليلة",
        "صباح",
        "مساء",
        "نهاية",
        "بداية",
        "مطلع",
        "أول",
        "آخر",
        "فوق",
        "تحت",
        "أمام",
        "خلف",
        "بين",
        "داخل",
        "خارج",
        "قرب",
        "نحو",
        "ضد",
        "حسب",
        "عند",
        "مع",
        "منذ",
        "دون",
        "بعض",
        "كل",
        "جميع",
        "غير",
        "أكثر",
        "أقل",
        "ضمن",
        "وسط",
        "إثر",
        "عقب",
        "لدى",
    ]
)

# Words that join the parts of a person's name (محمد بن عبدالعزيز، أبو بكر).
NAME_PARTS: frozenset[str] = frozenset(["بن", "بنت", "ابن", "أبو", "أبي", "أم", "عبد", "آل"])
