"""Arabic language data for numbers and dates: number words, scales, hedges, month names.

Only data lives here, every word in the matching form of ``rasd.text.normalize`` (alef family
folded to ا, ى to ي, ة to ه); ``rasd.numbers`` and the date and quantity stages use it.
"""

from __future__ import annotations

# Units and tens in every case and gender the press writes.
UNITS: dict[str, int] = {
    "صفر": 0,
    "واحد": 1,
    "واحده": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "اثنا": 2,
    "اثني": 2,
    "اثنتا": 2,
    "اثنتي": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانيه": 8,
    "تسع": 9,
    "تسعه": 9,
    "عشر": 10,
    "عشره": 10,
}
# "One" words that are numbers only inside a compound (أحد عشر); alone they mean "one of".
ONE_IN_COMPOUND: dict[str, int] = {"احد": 1, "احدي": 1}
TEEN_TENS = frozenset({"عشر", "عشره"})

TENS: dict[str, int] = {}
for _stem, _value in (
    ("عشر", 20),
    ("ثلاث", 30),
    ("اربع", 40),
    ("خمس", 50),
    ("ست", 60),
    ("سبع", 70),
    ("ثمان", 80),
    ("تسع", 90),
):
    TENS[_stem + "ون"] = _value
    TENS[_stem + "ين"] = _value

HUNDREDS: dict[str, int] = {
    "مئه": 100,
    "مائه": 100,
    "ماءه": 100,
    "مئتان": 200,
    "مئتين": 200,
    "مئتا": 200,
    "مئتي": 200,
    "مائتان": 200,
    "مائتين": 200,
    "مائتا": 200,
    "مائتي": 200,
}
_HUNDRED_UNITS = {
    "ثلاث": 3,
    "اربع": 4,
    "خمس": 5,
    "ست": 6,
    "سبع": 7,
    "ثمان": 8,
    "ثماني": 8,
    "تسع": 9,
}
for _unit, _value in _HUNDRED_UNITS.items():
    for _hundred in ("مئه", "مائه"):
        HUNDREDS[_unit + _hundred] = _value * 100

# Scale words: singular (and accusative), dual, plural. Misspellings the press makes
# (الأف, الاف for آلاف; الف for ألف) fold to the same matching form.
SCALES: dict[str, int] = {
    "الف": 1_000,
    "الفا": 1_000,
    "الاف": 1_000,
    "الوف": 1_000,
    "مليون": 1_000_000,
    "مليونا": 1_000_000,
    "ملايين": 1_000_000,
    "مليار": 1_000_000_000,
    "مليارا": 1_000_000_000,
    "مليارات": 1_000_000_000,
    "بليون": 1_000_000_000,
    "تريليون": 1_000_000_000_000,
    "ترليون": 1_000_000_000_000,
    "تريليونات": 1_000_000_000_000,
}
DUAL_SCALES: dict[str, int] = {
    "الفان": 1_000,
    "الفين": 1_000,
    "الفي": 1_000,
    "مليوني": 1_000_000,
    "ملياري": 1_000_000_000,
    "مليونان": 1_000_000,
    "مليونين": 1_000_000,
    "ملياران": 1_000_000_000,
    "مليارين": 1_000_000_000,
}
# Plural scales that stand alone as a vague amount (آلاف = "thousands": about 2000).
PLURAL_SCALES = frozenset({"الاف", "الوف", "ملايين", "مليارات"})

# Vague amounts: the value reported, always approximate.
VAGUE: dict[str, int] = {
    "عشرات": 20,
    "العشرات": 20,
    "مئات": 200,
    "المئات": 200,
    "الالاف": 2000,
    "بضع": 3,
    "بضعه": 3,
    "عده": 3,
}
# Vague words that only count when a scale follows; none now: عدة ("several") counts before a
# noun like بضعة (the quantities stage wants a noun after any of them but BARE_VAGUE).
VAGUE_NEEDS_SCALE: frozenset[str] = frozenset()
# Vague words that are an amount even with no noun after them: قتل العشرات, يقبل الآلاف.
BARE_VAGUE = frozenset({"عشرات", "العشرات", "مئات", "المئات", "الالاف"}) | PLURAL_SCALES
# Fractions joined to a number: 2 ونصف, مليون ونصف.
FRACTIONS: dict[str, float] = {"ونصف": 0.5, "وربع": 0.25}
# Fractions before a scale word: نصف مليون, ربع مليار.
SCALE_FRACTIONS: dict[str, float] = {"نصف": 0.5, "ربع": 0.25}

# Words before a number that make it approximate, as sequences of matching forms.
HEDGES: tuple[tuple[str, ...], ...] = (
    ("ما", "يقرب", "من"),
    ("ما", "يزيد", "عن"),
    ("ما", "يزيد", "علي"),
    ("ما", "لا", "يقل", "عن"),
    ("اكثر", "من"),
    ("اقل", "من"),
    ("نحو",),
    ("بنحو",),
    ("حوالي",),
    ("بحوالي",),
    ("ما", "يقارب"),
    ("قرابه",),
    ("زهاء",),
    ("تقريبا",),
)
# Words before a range that belong to it: بين 250 و300, ما بين 250-300, من 10 إلى 15.
RANGE_OPENERS: tuple[tuple[str, ...], ...] = (("ما", "بين"), ("بين",), ("من",))
RANGE_JOINERS = frozenset({"-", "الي", "و", "حتي"})

# Percent words after a number: 30 في المئة, 30 بالمئة.
PERCENT_WORDS: tuple[tuple[str, ...], ...] = (
    ("في", "المئه"),
    ("في", "المائه"),
    ("بالمئه",),
    ("بالمائه",),
    ("%",),
)

# Gregorian month names, with the usual spellings. Two-word names are tuples.
MONTHS: dict[tuple[str, ...], int] = {
    ("كانون", "الثاني"): 1,
    ("شباط",): 2,
    ("اذار",): 3,
    ("نيسان",): 4,
    ("ايار",): 5,
    ("حزيران",): 6,
    ("تموز",): 7,
    ("اب",): 8,
    ("ايلول",): 9,
    ("تشرين", "الاول"): 10,
    ("تشرين", "الثاني"): 11,
    ("كانون", "الاول"): 12,
    ("يناير",): 1,
    ("فبراير",): 2,
    ("مارس",): 3,
    ("ابريل",): 4,
    ("مايو",): 5,
    ("يونيو",): 6,
    ("يونيه",): 6,
    ("يوليو",): 7,
    ("يوليه",): 7,
    ("اغسطس",): 8,
    ("سبتمبر",): 9,
    ("اكتوبر",): 10,
    ("نوفمبر",): 11,
    ("ديسمبر",): 12,
    ("جانفي",): 1,
    ("فيفري",): 2,
    ("افريل",): 4,
    ("ماي",): 5,
    ("جوان",): 6,
    ("جويليه",): 7,
    ("اوت",): 8,
}
# Month names that are also common words (آب "father"?, مارس "practised", ماي): dates only
# next to a day number, a year or a paired month.
AMBIGUOUS_MONTHS = frozenset({("اب",), ("مارس",), ("ماي",), ("مايو",)})

HIJRI_MONTHS: dict[tuple[str, ...], int] = {
    ("محرم",): 1,
    ("صفر",): 2,
    ("ربيع", "الاول"): 3,
    ("ربيع", "الثاني"): 4,
    ("ربيع", "الاخر"): 4,
    ("جمادي", "الاولي"): 5,
    ("جمادي", "الاول"): 5,
    ("جمادي", "الاخره"): 6,
    ("جمادي", "الثانيه"): 6,
    ("رجب",): 7,
    ("شعبان",): 8,
    ("رمضان",): 9,
    ("شوال",): 10,
    ("ذو", "القعده"): 11,
    ("ذي", "القعده"): 11,
    ("ذو", "الحجه"): 12,
    ("ذي", "الحجه"): 12,
}
HIJRI_MARKS = frozenset({"ه", "هـ", "هجري", "هجريه", "للهجره"})
CE_MARKS = frozenset({"م", "ميلادي", "ميلاديه", "للميلاد"})

# Words before a bare year: عام 2013, منذ 2013. Those in YEAR_WORDS belong to the date span.
YEAR_WORDS = frozenset({"عام", "العام", "سنه", "السنه", "عامي", "لعام", "بعام", "وعام"})
YEAR_CUES = YEAR_WORDS | frozenset({"منذ", "في", "خلال", "حتي", "قبل", "بعد"})

WEEKDAYS: dict[str, int] = {  # Python's weekday(): Monday 0
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
# Weekday words that are also common words (الاثنين "both", الأحد): only after يوم.
AMBIGUOUS_WEEKDAYS = frozenset({"الاثنين", "الاحد"})
DAY_WORDS = frozenset({"يوم", "ويوم", "بيوم"})

# Days relative to publication: أمس -1, اليوم 0, غدا +1; two-word forms first.
RELATIVE_DAYS: dict[tuple[str, ...], int] = {
    ("اول", "من", "امس"): -2,
    ("اول", "امس"): -2,
    ("امس", "اول"): -2,
    ("امس", "الاول"): -2,
    ("بعد", "غد"): 2,
    ("امس",): -1,
    ("بالامس",): -1,
    ("وامس",): -1,
    ("اليوم",): 0,
    ("غدا",): 1,
}
PERIODS: dict[str, str] = {
    "الشهر": "month",
    "الاسبوع": "week",
    "العام": "year",
    "السنه": "year",
}
PAST = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه", "السابق", "السابقه"})
NEXT = frozenset({"المقبل", "المقبله", "القادم", "القادمه"})
CURRENT = frozenset({"الجاري", "الجاريه", "الحالي", "الحاليه"})
# Words before a period that keep it, for the span: أواخر الشهر الماضي.
PERIOD_PARTS = frozenset(
    {"اواخر", "اوائل", "مطلع", "منتصف", "بدايه", "نهايه", "اول", "اخر", "اواسط"}
)
FUTURE_WORDS = frozenset({"سوف", "وسوف", "سيتم", "ستتم"})
# "This" before a period: هذا العام, لهذا العام, هذا الشهر, هذه السنة.
THIS = frozenset({"هذا", "هذه", "لهذا", "لهذه", "بهذا", "بهذه", "وهذا", "وهذه"})
# Words after اليوم that make it "the day" of a story, not today: اليوم التالي, اليوم الأخير.
NOT_TODAY_AFTER = frozenset(
    {"التالي", "الاخير", "الاول", "الثاني", "الثالث", "نفسه", "ذاته", "الوطني", "العالمي"}
)
# Words before اليوم that make it a name: عين اليوم (a news site), صحيفة اليوم.
NOT_TODAY_BEFORE = frozenset({"عين", "صحيفه", "جريده", "لصحيفه", "لجريده", "المصري"})
# Hijri month names that are also common words or names (صفر zero, رجب, شعبان, محرم): a month
# only after شهر or before a Hijri year.
AMBIGUOUS_HIJRI = frozenset({("صفر",), ("رجب",), ("شعبان",), ("محرم",)})
# Time units of a duration, with their precision: منذ ثلاثة أيام, قبل 20 عاما, منذ سنة.
DURATION_UNITS: dict[str, str] = {
    "يوم": "day",
    "ايام": "day",
    "يوما": "day",
    "اسبوع": "week",
    "اسابيع": "week",
    "اسبوعا": "week",
    "شهر": "month",
    "اشهر": "month",
    "شهور": "month",
    "شهرا": "month",
    "سنه": "year",
    "سنوات": "year",
    "سنين": "year",
    "عام": "year",
    "اعوام": "year",
    "عاما": "year",
}
# Duals of the units: منذ عامين, قبل يومين.
DURATION_DUALS: dict[str, str] = {
    "يومين": "day",
    "اسبوعين": "week",
    "شهرين": "month",
    "سنتين": "year",
    "عامين": "year",
}
# Words before a duration that anchor it in the past: منذ ثلاثة أيام = three days before.
DURATION_CUES = frozenset({"منذ", "ومنذ", "قبل", "وقبل"})

# Words that end the search for a counted noun: prepositions, particles, pronouns.
FUNCTION_WORDS = frozenset(
    {
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "و",
        "او",
        "ثم",
        "ان",
        "انه",
        "انها",
        "الذي",
        "التي",
        "الذين",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هو",
        "هي",
        "هم",
        "قد",
        "لا",
        "لم",
        "لن",
        "ما",
        "كان",
        "كانت",
        "بين",
        "حتي",
        "منذ",
        "عند",
        "بعد",
        "قبل",
        "حيث",
        "كما",
        "فقط",
        "منها",
        "منهم",
        "منهن",
        "منهما",
        "بينهم",
        "بينها",
        "تقريبا",
        "نحو",
        "حوالي",
    }
)
# Words before a number that make it a label, not an amount: page, article, hour, number.
LABEL_WORDS = frozenset(
    {
        "ص",
        "صفحه",
        "الصفحه",
        "صفحات",
        "رقم",
        "الرقم",
        "برقم",
        "الماده",
        "البند",
        "الفقره",
        "العدد",
        "الساعه",
        "هاتف",
        "الهاتف",
        "القرار",
        "الطريق",
        "اللواء",
        "الدقيقه",
        "دور",
        "الدور",
        "الكتيبه",
        "الفوج",
    }
)
# Ordinal adjectives after a number: المراتب الـ10 الأولى (a rank, not a count).
ORDINAL_WORDS = frozenset(
    {"الاول", "الاولي", "الاولين", "الاوائل", "الثاني", "الثانيه", "الاخير", "الاخيره", "الاخيرين"}
)
# Times of day: a number before them is a score or a clock time, not a count (2-صفر مساء).
TIMES_OF_DAY = frozenset(
    {"مساء", "مساءا", "صباح", "صباحا", "ظهر", "ظهرا", "عصر", "عصرا", "فجر", "فجرا", "ليلا", "ليل"}
)
# Nouns that never take a following واحد as a count: في آن واحد, في وقت واحد.
NOT_COUNTED_BY_ONE = frozenset({"ان", "وقت"})
# Words before a definite number word that are not the nouns it counts: اليوم الاثنين.
NOT_COUNTED_AFTER = frozenset({"اليوم", "يوم", "الساعه", "العام", "الشهر", "الاسبوع"})
# Endings of an adjective (nisba) that stays with the counted noun: جهادي بريطاني.
NISBA_ENDINGS = ("ي", "يين", "يون", "يه")
