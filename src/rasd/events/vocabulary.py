"""Function words and head nouns the event coder reads, in the matching form."""

from __future__ import annotations

from rasd.document import Token
from rasd.text.normalize import normalize_word


def norm_set(*words: str) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words)


NEGATORS = norm_set(
    "لم", "لن", "لا", "ليس", "لما", "عدم", "بعدم", "لعدم", "دون", "بدون", "ولم", "ولن", "فلم"
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
NOT_AFTER = {
    normalize_word(lemma): norm_set(*words.split())
    for lemmas, words in {
        "ضرب": "مثلا مثالا موعدا رقما أروع عرض بعرض أطنابه الرقم",
        "أوقف أوقفت أوقفوا يوقف": "العمل الإنتاج التعامل صرف إصدار البث ضخ الاستقدام التصدير",
        "استهدف": "الدراسة الحملة البرنامج المبادرة الخطة المشروع الورشة الدورة الشركة",
    }.items()
    for lemma in lemmas.split()
}
# Pronoun suffixes of an object: a verb that takes none (فرّ) with one (وفرته) is another word.
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم")
# A line of tags under an article: سمات اغلاق الغذاء والدواء …
TAG_LINE = norm_set("سمات")
# Participles that continue a sentence (الجزائر تدين …، داعية إلى): their actor is the
# sentence's subject.
PARTICIPLES = norm_set(
    "داعيا", "داعية", "مستنكرا", "مستنكرة", "منددا", "مندّدة", "مطالبا", "مطالبة", "محملا", "محملة"
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
TITLES = norm_set(
    "الدكتور",
    "الأستاذ",
    "المهندس",
    "الشيخ",
    "الأمير",
    "الملك",
    "الرئيس",
    "العقيد",
    "اللواء",
    "العميد",
    "الفريق",
    "السفير",
    "الوزير",
    "د.",
)
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
