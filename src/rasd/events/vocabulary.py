"""Function words and head nouns the event coder reads, in the matching form."""

from __future__ import annotations

from rasd.document import Token
from rasd.lang.ar import NAME_TITLES
from rasd.text.normalize import normalize_word


def norm_set(*words: str) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words)


def by_lemma(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """``{"lemma other-lemma": "word word …"}`` → each normalized lemma → its normalized words."""
    return {
        normalize_word(lemma): norm_set(*words.split())
        for lemmas, words in table.items()
        for lemma in lemmas.split()
    }


NEGATORS = norm_set(
    "لم",
    "لن",
    "لا",
    "ليس",
    "لما",
    "عدم",
    "بعدم",
    "لعدم",
    "دون",
    "بدون",
    "ولم",
    "ولن",
    "فلم",
    "ولا",
    "فلا",
    "وليس",
    "فلن",
    "ودون",
    "وبدون",
    "وعدم",
    "ولعدم",
    "بلا",
)
FUTURE = norm_set("سوف", "وسوف")
POSSIBLE = norm_set("قد", "وقد", "ربما")
PLANNED = norm_set(
    "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "تعتزمان", "يعتزمون", "قررت", "قرر"
)
CONDITIONAL = norm_set("إذا", "اذا", "لو", "وإذا", "وإن", "إن")
# A verb of denial before أن (نفى مصدر عسكري أن تكون قواته قد استهدفت): what follows did not
# happen, by the source's word; the gold codes no denied event.
DENIALS = norm_set(
    "نفى", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نافيا", "نافية", "نافيًا", "نفيه", "نفيها"
)
# كان before a subject and قد before a past verb: وكانت القوات قد انسحبت, أن تكون قواته قد …
KANA = norm_set("كان", "كانت", "كانوا", "تكون", "يكون", "يكونوا", "تكونا", "يكونا")
SUBJUNCTIVE_KANA = norm_set("تكون", "يكون", "يكونوا", "تكونا", "يكونا")
# دعا الله, داعيا المولى: a prayer, not a request.
GOD_WORDS = norm_set("الله", "المولى", "ربه", "ربنا", "ربي", "للمولى", "لله")
# What is threatened or targeted in a figure of speech, not by an attack: يهدد الأمن.
ABSTRACT_OBJECTS = norm_set(
    "أمن", "استقرار", "سلام", "قدرة", "سلامة", "حياة", "مستقبل", "وحدة", "اقتصاد", "مصالح", "دين"
)
# Words near a trigger (three after, one before) that make it an idiom or a peaceful sense
# (normalized lemma → words):
# ضرب مثلا, ضرب موعدا; أوقف العمل (halted, not arrested); تستهدف الدراسة (aims at).
NOT_AFTER = by_lemma(
    {
        "ضرب": "مثلا مثالا موعدا رقما أروع عرض بعرض أطنابه الرقم",
        "أوقف أوقفت أوقفوا يوقف": "العمل الإنتاج التعامل صرف إصدار البث ضخ الاستقدام التصدير",
        "استهدف": "الدراسة الحملة البرنامج المبادرة الخطة المشروع الورشة الدورة الشركة"
        " خلق تحقيق استراتيجية الاستراتيجية رفع زيادة تطوير ورش",
        # الهجوم الاستثماري على الشواطئ: a rush of investors, no attack
        "هجوم": "الاستثماري الإعلامي الكلامي",
        # السيطرة على الأمراض, تسيطر على 41 في المائة من السوق: no seizure
        "سيطر سيطرة": "الأمراض المرض الوباء الحرائق الحريق التضخم الأسعار المائة بالمائة سوق"
        " السوق حصة خبر",  # سيطر خبر وفاته على مواقع التواصل
        # زار دبي 12 مليون سائح: tourists, not a visit of officials
        "زار": "سائح سائحا زائر زائرا مليون ألف آلاف",
        # ضبط كتلة الأجور, ضبط النفقات: to control a budget, not to seize
        "ضبط": "كتلة نفقات توقعات الأسعار الإنفاق الأداء الجودة الوقت العجز الميزانية الإيقاع"
        " النفس الأعصاب التوازن التوازنات",
        "تبرع": "بالدم الدم",  # a blood drive, not aid between parties
    }
)
# Pronoun suffixes of an object: a verb that takes none (فرّ) with one (وفرته) is another word.
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم")
# A line of tags under an article: سمات اغلاق الغذاء والدواء …
TAG_LINE = norm_set("سمات")
# Participles that continue a sentence (الجزائر تدين …، داعية إلى): their actor is the
# sentence's subject.
PARTICIPLES = norm_set(
    "داعيا",
    "داعية",
    "مستنكرا",
    "مستنكرة",
    "منددا",
    "مندّدة",
    "مطالبا",
    "مطالبة",
    "محملا",
    "محملة",
    "مناشدين",
    "مناشدا",
    "مشيدا",
    "مشيدة",
    "ملقين",
    "ملقيا",
    "منوها",
    "منوهة",
    "متهما",
    "متهمة",
    "واصفا",
    "واصفة",
)
# Who one meets, agrees or stands with: اجتماع مع, تضامنها مع المملكة.
WITH_TYPES = frozenset({"CONSULT", "SUPPORT", "AGREE", "COOPERATE"})
# A phone call is a meeting only with a party: اتصال هاتفي مع نظيره, اتصالا من الرئيس.
PARTY_WORDS = norm_set("مع", "من", "بين")
RELATIVES = norm_set("التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان")
COMPLEMENTIZERS = norm_set(
    "أن", "أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "بأن", "بأنه", "بأنها", "وأنه", "وأنها"
)
PREPOSITIONS = norm_set("على", "ضد", "من", "إلى", "الى", "في", "عن", "مع", "بين", "لدى", "نحو")
# شن حملة قصف: a word for a series between a verb and its event noun
CAMPAIGN = norm_set("حملة", "سلسلة", "موجة", "حملات")
# إلى after these leads to an event, not to a reference: أدت إلى حرق, عمد التنظيم إلى إغلاق.
LEADS_TO = norm_set(
    "أدى",
    "أدت",
    "يؤدي",
    "تؤدي",
    "أسفر",
    "أسفرت",
    "أسفرا",
    "أسفرتا",
    "عمد",
    "عمدت",
    "دفع",
    "دفعت",
    "لجأ",
    "لجأت",
    "اضطر",
    "اضطرت",
    "سارع",
    "سارعت",
    "بادر",
    "بادرت",
)
# What strikes without an actor: الصواعق الرعدية التي ضربت أحد الأعمدة.
NATURE = norm_set(
    "الصواعق",
    "صاعقة",
    "الصاعقة",
    "العاصفة",
    "عاصفة",
    "الزلزال",
    "زلزال",
    "السيول",
    "الأمطار",
    "الإعصار",
    "إعصار",
    "الرياح",
    "الفيضانات",
    "موجة",
)
# Words of sports reports. PLOVER codes political events: in a match report اتفق, اجتماع,
# يدين, هزم are the game's (an article where one word in 20 is one of these codes none).
SPORTS = norm_set(
    "مباراة",
    "المباراة",
    "مباريات",
    "المباريات",
    "الدوري",
    "دوري",
    "اللاعب",
    "لاعب",
    "اللاعبين",
    "لاعبين",
    "المدرب",
    "مدرب",
    "الفريق",
    "فريق",
    "نادي",
    "النادي",
    "الأندية",
    "بطولة",
    "البطولة",
    "الملعب",
    "ملعب",
    "المنتخب",
    "منتخب",
    "كرة",
    "الموسم",
    "التعاقد",
    "هدف",
    "هدفا",
    "أهداف",
    "الشوط",
    "المهاجم",
    "الحارس",
)
SPORTS_DENSITY = 0.05
# The sports words with a conjunction, the article or a preposition before them.
SPORTS_FORMS = frozenset(
    p + w.removeprefix("ال")
    for w in SPORTS
    for p in ("", "ال", "و", "وال", "بال", "لل", "ب", "ل", "وب", "ول", "ف", "فال")
)
# A word after these is a noun, never a verb: بعد قصف مدفعي, خلال اشتباكات, في هجوم.
NOUN_CONTEXT = (
    norm_set("بعد", "قبل", "خلال", "إثر", "اثر", "عقب", "جراء", "منذ") | PREPOSITIONS | CAMPAIGN
)
TARGET_PREPS = norm_set("على", "ضد")
TO_PREPS = norm_set("إلى", "الى")
# Words that may stand between a verb and its subject: time words, adverbs.
SKIPPABLE = norm_set(
    "أمس",
    "اليوم",
    "الليلة",
    "مساء",
    "صباح",
    "فجر",
    "ظهر",
    "الأحد",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "بشدة",
    "أيضا",
    "أول",
    "أمس،",
    "مؤخرا",
    "بدوره",
    "بحفظ",  # وصل بحفظ الله ورعايته نائب خادم الحرمين
    "الله",
    "ورعايته",
)
# A noun after one of these names an event rather than reports it: قبل الهجوم, تحت سيطرة.
REFERENCE_WORDS = norm_set(
    "قبل",
    "لمنع",
    "ضد",
    "لمواجهة",
    "إلى",
    "الى",
    "تحت",
    "يفرض",
    "تفرض",
    "فرض",
    "بسط",
    "لتوسيع",
    "يتوقع",
    "تتوقع",
    "توقع",
    "يتوقعون",
    "نتيجة",
    "شدة",
    "سرعة",
    "جراء",
    "أحدث",  # في أحدث هجوم: the latest of a series, named
    "ميدان",  # من ميدان المواجهات
    "ساحة",
    "حادث",  # في حادث تفجير مسجد: the attack told before
    "حادثة",
    "وقف",  # وقف المعارك, لوقف القصف: a call to stop, not an attack
    "لوقف",
    "بوقف",
    "قيد",  # قيد الاعتقال: a state (in custody), not an arrest
    "حتى",  # منذ تفجير الرياض حتى تفجير أبها: events as points in time
    "منذ",
    "ليلة",
    "ذكرى",
    "أعقاب",  # في أعقاب مقتل ستة أشخاص: told before
    "ظهر",  # حتى ظهر تفجير طوارئ عسير: the time of an event named
    "أول",  # ويعد هذا أول هجوم, ليلة أول تفجير: an event ranked, told before
    "مذكرة",  # مذكرات اعتقال: a warrant, not an arrest
    "مذكرتي",
    "مذكرات",
    "أوامر",
    "حكم",  # حكم إدانة: a conviction, not a condemnation
    "أحكام",
)
STOP = (
    PREPOSITIONS
    | RELATIVES
    | COMPLEMENTIZERS
    | NEGATORS
    | SKIPPABLE
    | norm_set(
        "يوم",
        "منذ",
        "خلال",
        "بعد",
        "قبل",
        "حيث",
        "وهو",
        "وهي",
        "هو",
        "هي",
        "ما",
        "كما",
        "عبر",
        "قرب",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "ليل",
        "كل",
        "عدة",
        "بعض",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "إن",
        "قال",
        "وقال",
        "أن",
        "إثر",
        "اثرها",
        "إثرها",
    )
)
# Nouns that start an actor group although no dictionary name starts there.
HEADS = norm_set(
    "مقاتلو",
    "مقاتلي",
    "مقاتلين",
    "مقاتلا",
    "قوات",
    "القوات",
    "عناصر",
    "مسلحو",
    "مسلحي",
    "أفراد",
    "جنود",
    "الجيش",
    "جيش",
    "الشرطة",
    "شرطة",
    "حلف",
    "تنظيم",
    "وحدات",
    "ميليشيا",
    "ميليشيات",
    "جماعة",
    "حركة",
    "أحد",
    "الحكومة",
    "حكومة",
    "وزارة",
    "وزير",
    "السلطات",
    "سلطات",
    "رئيس",
    "المتظاهرون",
    "متظاهرون",
    "المتظاهرين",
    "الجمارك",
    "الأهالي",
    "أهالي",
    "السكان",
    "دوريات",
    "دورية",
    "فرقة",
    "كتائب",
    "الرئيس",
    "الملك",
    "الأمير",
    "مجلس",
    "المجلس",
    "الأمم",
    "التحالف",
    "طائرات",
    "مقاتلات",
    "منظمات",
    "منظمة",
    "معاليه",
    "سموه",
    "فخامته",
    "رجال",
    "مفتشو",
    "مفتشي",
    "فرق",
    "الثوار",
    "الانقلابيين",
    "المتمردين",
    "المسلحين",
    "المتشددين",
    "مئات",
    "عشرات",
    "آلاف",
    "المتحدث",
    "مديرية",
    "المديرية",
    "الهيئة",
    "هيئة",
    "لواء",
    "اللجنة",
    "الجهات",  # الجهات الأمنية, الجهات المختصة
    "جهات",
    "زعيم",  # زعيم الحزب
)
# The agent of a killing after these: مقتل مواطن برصاص جنود.
BY_WORDS = norm_set("برصاص", "بنيران", "بقذائف", "بقصف", "بغارة", "بغارات", "بصاروخ")
HONORIFICS = norm_set("معاليه", "سموه", "فخامته", "جلالته", "سعادته", "معاليها")
# Adjectives that are no nisba but often close an actor's name: المديرية العامة.
ADJECTIVES = norm_set(
    "العام",
    "العامة",
    "الأعلى",
    "العليا",
    "الكبير",
    "الكبرى",
    "المتحدة",
    "الأول",
    "الخاصة",
    "المشتركة",
    "الجديد",
    "الجديدة",
    "المسلحة",
    "المدني",
    "الحر",
    "الموحدة",
    "المركزي",
    "الشريفين",
)
TITLES = norm_set(*NAME_TITLES, "د.")
CLAUSE_PUNCT = frozenset("،,;؛:.؟?!")
QUOTES = "\"'«»“”"
IMPERFECT = frozenset("يتنا")


def bare(token: Token) -> str:
    """The token without a leading conjunction: ``وقال`` → ``قال``."""
    norm = token.norm
    if conj(token) and len(norm) > 2:
        return norm[1:]
    return norm


def conj(token: Token) -> bool:
    return token.clitics is not None and token.clitics.prefix[:1] in ("و", "ف")


# The word right after a trigger that makes it another word or no event (lemma → words):
# طالب الدراسات (a student), حشد من الناس (a crowd), رفض التعليق (no comment is no rejection).
NOT_NEXT = by_lemma(
    {
        "طالب": "الدراسات العلم الطب بجامعة بكلية الجامعة الثانوية جامعي المدرسة طالبة",
        "حشد": "من",
        "رفض": "مثل",
        "وصل": "بمعية برفقة",  # who came with the visitor
        # أدين بتهمة التستر, إدانتهم بتهم تجاوز الحدود: a court's verdict, not a condemnation
        "إدانة أدان": "بتهم بتهمة",
    }
)
# Words a few words after a trigger (its subject between) that make it no event:
# رفض متحدث باسم الشركة التعليق (no comment), قضت المرأة حكما بالسجن (served a sentence).
NOT_WITHIN = by_lemma(
    {
        "رفض": "التعليق الكشف نشر ذكر الإفصاح الإدلاء الحديث الرد",
        "قضى": "حكما عقوبة فترة مدة",
        # اتفق مفكرون على ضرورة الحفاظ, يتفق الأستاذ مع هذا الرأي: a shared opinion, no deal
        "اتفق": "ضرورة أهمية الرأي رأي",
        # الصين تطالب بالسيادة على معظم بحر الصين الجنوبي: a claim, no request
        "طالب": "بالسيادة",
        # استقبل مطار الجوف أول رحلة, استقبلت الجامعة المتقدمين, استقبل آل فلان العزاء:
        # travellers, applicants, patients or condolences received, no meeting
        "استقبل استقبلت استقبلا": "رحلة الرحلات المسافرين الركاب المتقدمين المتقدمات الطلاب "
        "الطالبات سائحا سائح السياح الحالات حالات المرضى المراجعين العزاء طلبات الحجاج المعتمرين",
    }
)
# A noun trigger after one of these words (three words back at most) is what they take:
# قضت حكما بالسجن.
NOT_WITHIN_BEFORE = {
    normalize_word("حكم"): norm_set("قضت", "قضى", "يقضي", "تقضي", "قضاء"),
    # لقي شخصان مصرعهما: the deaths of an attack or an accident, told by its own word
    normalize_word("مصرع"): norm_set("لقي", "لقوا", "لقيت", "لقيا", "لقيتا"),
}
# The word right before a trigger that makes it part of a name: علم الاجتماع (sociology),
# القيادة والسيطرة (command and control), يشعرون بالإحباط (frustration).
NOT_PREVIOUS = by_lemma(
    {
        "اجتماع": "علم",
        "سيطرة": "القيادة",
        "إحباط": "يشعرون يشعر تشعر الشعور شعور",
        "زار": "أن عليك يمكنك",  # عليك أن تزور نيروبي: advice to a tourist
        "استقبال": "في",  # كان في استقباله: the welcome at the airport, part of the visit
        # لقوا مصرعهم في معارك: the deaths of an attack told by its own word
        "مصرع": "لقي لقوا لقيت لقيا لقيتا",
        "شكر": "شهادات شهادة درع دروع",  # قدم شهادات شكر: the honour, told by كرم
        "طالب": "ألف الف آلاف الاف مليون",  # 16 ألف طالب: students counted
    }
)
# A noun trigger that codes an event only after a verb of giving within three words:
# قدم الدكتور الشكر, أعرب عن شكره (but not له الشكر, فللجميع الشكر).
GIVEN = {
    normalize_word("شكر"): norm_set(
        "قدم",
        "قدمت",
        "وجه",
        "وجهت",
        "رفع",
        "رفعت",
        "مقدما",
        "مقدمة",
        "موجها",
        "أعرب",
        "عبر",
        "أعربت",
        "عبرت",
        "يقدم",
        "تقدم",
        "يوجه",
        "توجه",
        "معربا",
        "معربة",
        "معربين",
        "مقدمين",
    ),
    # جدد الرئيس دعوة الحكومة إلى: a call renewed or made, not an invitation named
    normalize_word("دعوة"): norm_set(
        "جدد", "جددت", "يجدد", "تجدد", "مجددا", "مجددة", "كرر", "كررت", "أطلق", "أطلقت", "وجه"
    ),
    # بدأت الهيئة، التحقيق; وجه بفتح تحقيق: an investigation is opened, not named
    normalize_word("تحقيق"): norm_set(
        "بدأ",
        "بدأت",
        "بدء",
        "فتح",
        "فتحت",
        "بفتح",
        "يفتح",
        "تفتح",
        "باشر",
        "باشرت",
        "يباشر",
        "تباشر",
        "أجرى",
        "أجرت",
        "يجري",
        "تجري",
    ),
}
# A noun trigger that codes a meeting only with a person right after it: استقبال سموه
# (not استقبال الحجاج).
HOSTED = norm_set("استقبال", "لقاء")
# A trigger that codes an event only with one of these words right after it: هنأ
# normalizes to هنا (here), so a congratulation needs whom it names: هنأ خادم الحرمين.
NEEDS_NEXT = {
    normalize_word("هنّأ"): norm_set(
        "خادم", "سمو", "صاحب", "ولي", "الرئيس", "الملك", "الأمير", "رئيس", "نائب", "وزير", "أمير"
    ),
    # وصل الأمير, وصل بحفظ الله ورعايته نائب خادم الحرمين: an official's visit, not a plane's
    normalize_word("وصل"): HEADS
    | TITLES
    | HONORIFICS
    | norm_set("خادم", "سمو", "صاحب", "ولي", "نائب", "وفد", "معالي", "فخامة", "بحفظ"),
}
# Thanks, praise and honours are events between officials: the actor has a title or an
# official head (الدكتور ماجد القصبي, سموه, القوى السياسية), not الحضور أشاد بالفيلم.
PRAISE = norm_set(
    "شكر",
    "أشاد",
    "مشيدا",
    "مشيدة",
    "كرّم",
    "ثمنت",
    "يثمن",
    "تثمن",
    "هنّأ",
    "زار",
    "ثمّن",
    "أثنى",
    "نوّه",
    "منوها",
    "منوهة",
    "وجه",  # وجه الوزير بسرعة الإنجاز: an authority's direction
    "وجهت",
    "يوجه",
)
OFFICIALS = (
    HEADS
    | TITLES
    | HONORIFICS
    | norm_set("القوى", "الشيخ", "خادم", "سمو", "أمير", "محافظ", "أمين", "مدير", "قائد", "نائب")
)
# ما دعا إلى, الأسباب التي دعت, أمر يدعو للغبطة: a cause, not a request.
CAUSES = norm_set("ما", "مما", "وما", "الأسباب", "العوامل", "الظروف", "الدوافع", "أمر", "أمرا")
# What no event has as actor or victim: animals (هجمات التماسيح, قبض التمساح على الساق).
ANIMALS = norm_set(
    "التمساح",
    "تمساح",
    "التماسيح",
    "تماسيح",
    "الكلب",
    "كلب",
    "الكلاب",
    "كلاب",
    "الأسد",
    "الذئب",
    "الذئاب",
    "القرش",
    "ثعبان",
    "الثعبان",
    "الأفعى",
    "الدب",
    "النمر",
    "الفيل",
    "القرود",
    "الحيوان",
    "حيوان",
    "الحيوانات",
    "الجراد",
    "البعوض",
)
# Road and water accidents are no attack: حوادث السير التي أودت بحياة, مصرع … في حادث مروري.
ACCIDENTS = norm_set(
    "مروري",
    "المروري",
    "مرورية",
    "المرورية",
    "السير",
    "تصادم",
    "اصطدام",
    "انقلاب",
    "غرق",
    "الغرق",
    "غرقا",
)
# A disease kills no one by attack: الملاريا … وقتلت 584 ألفا, الالتهاب الرئوي - قتل أربعة.
DISEASES = norm_set(
    "المرض",
    "مرض",
    "الملاريا",
    "الالتهاب",
    "التهاب",
    "فيروس",
    "الفيروس",
    "كورونا",
    "الإيبولا",
    "إيبولا",
    "الوباء",
    "وباء",
    "الكوليرا",
    "الإنفلونزا",
    "الانفلونزا",
    "السرطان",
    "الحمى",
    "الإيدز",
    "البكتيريا",
)
# The victims of an attack described by where they fell: الذين جرحوا في معارك عدن.
CASUALTY_VERBS = norm_set(
    "قتل", "قتلوا", "جرح", "جرحوا", "استشهد", "استشهدوا", "أصيب", "أصيبوا", "سقط", "سقطوا"
)
# An approximate count before a killing verb is a toll to date: نحو أربعة آلاف شخص قتلوا.
APPROXIMATORS = norm_set("نحو", "حوالي", "قرابة", "زهاء")
# إلى after these adds, it does not refer: بالإضافة إلى اعتقال مئات.
ADDING = norm_set("بالإضافة", "بالاضافة", "إضافة", "اضافة", "وبالإضافة")
# An attack named by a claim of responsibility (المسؤولية عن هجوم) is told elsewhere.
RESPONSIBILITY = norm_set("المسؤولية", "مسؤوليتها", "مسؤوليته", "المسئولية", "مسئوليتها")
# A court convicts, it does not condemn: دانت المحكمة is COERCE, not ACCUSE.
COURTS = norm_set("المحكمة", "محكمة", "القاضي", "القضاء", "المحلفين", "المحلفون")
# لا يجب رفض, لا يمكن قبول: a negation before a modal negates the verb after it.
MODALS = norm_set("يجب", "ينبغي", "يمكن", "يجوز", "يستطيع", "تستطيع", "أيضا")
# A verb with an object pronoun after an event noun: تفجير سيارة نفذه متشددون (its subject
# follows).
DONE_BY = norm_set("نفذه", "نفذها", "نفذهما", "نفذوه", "شنه", "شنها", "شنهما", "ارتكبه", "ارتكبها")
# Units of a count that is an age or a time, never a group: هولمز (27 عاما).
AGE_UNITS = norm_set("عاما", "عام", "سنة", "سنوات", "عاماً", "أعوام", "شهرا", "أشهر", "يوما")
# ما تسبب في مقتل 14 متمردا: what an attack caused (with LEADS_TO: أدى إلى مقتل).
CAUSED = norm_set("تسبب", "تسببت", "تسببا", "يتسبب", "متسببا", "مخلفا", "مخلفة", "خلف", "خلفت")
# Heads that name no one alone (تنظيم التظاهرات is organizing them): they need a genitive.
BARE_HEADS = norm_set("تنظيم", "لتنظيم", "حركة", "جماعة", "هيئة", "مجلس", "رئيس", "وزارة")
# هاجم وزير الخارجية وسائل الإعلام, هاجمت صحيفة كيهان: an attack in words when the attacker
# is a speaker (an official, a newspaper), not an armed group.
VERBAL_ATTACK = norm_set("هاجم", "هجوم")
SPEAKERS = TITLES | norm_set(
    "وزير", "رئيس", "صحيفة", "المتحدث", "متحدث", "النائب", "المستشار", "مستشار", "الناطق"
)
