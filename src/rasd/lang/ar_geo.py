"""Arabic words around place names: place nouns, directions, distance units (matching forms).

Only data lives here; ``rasd.places.recognize`` holds the code that reads it.
"""

from __future__ import annotations

# A noun that names what kind of place follows: محافظة الرقة is the governorate.
PLACE_NOUNS: dict[str, str] = {
    "مدينه": "city",
    "العاصمه": "city",
    "عاصمه": "city",
    "بلده": "city",
    "قريه": "village",
    "بلدات": "city",
    "قري": "village",
    "محافظه": "admin1",
    "ولايه": "admin1",
    "مقاطعه": "admin1",
    "اقليم": "admin1",
    "منطقه": "admin1",
    "اماره": "admin1",  # إمارة دبي (إمارة الرياض, the office, is an organization's name)
    "امير": "admin1",
    "ناحيه": "city",
    "قضاء": "city",
    "حي": "city",
    "مخيم": "city",
    "قطاع": "city",  # قطاع الخبر، قطاع الخفجي: a customs or election sector named by its town
    "معبر": "city",  # معبر القائم: the crossing named after its town
    "مشعر": "city",  # مشعر منى، مشعر مزدلفة: the holy sites of the hajj
    "صعيد": "city",  # صعيد عرفات (not الصعيد, Upper Egypt: the article is another word)
    "دوله": "country",
    "جمهوريه": "country",
    "مملكه": "country",
    "سلطنه": "country",
}

# Words before a name that make it part of a larger area around it.
RELATIONS: dict[str, str] = {
    "ريف": "rural",
    "ضواحي": "outskirts",
    "اطراف": "outskirts",
    "محيط": "outskirts",
    "وسط": "center",
    "قرب": "near",
    "بالقرب": "near",
    "مشارف": "outskirts",
}

# Compass words, as a noun before the name (شمال الرقة) or an adjective after it (الشرقي).
DIRECTIONS: dict[str, str] = {
    "شمال": "N",
    "شمالي": "N",
    "جنوب": "S",
    "جنوبي": "S",
    "شرق": "E",
    "شرقي": "E",
    "غرب": "W",
    "غربي": "W",
}
DIRECTION_ADJECTIVES: dict[str, str] = {
    "الشمالي": "N",
    "الشماليه": "N",
    "الجنوبي": "S",
    "الجنوبيه": "S",
    "الشرقي": "E",
    "الشرقيه": "E",
    "الغربي": "W",
    "الغربيه": "W",
}

# Distance units with their length in kilometres.
DISTANCE_UNITS: dict[str, float] = {
    "كم": 1.0,
    "كيلومتر": 1.0,
    "كيلومترا": 1.0,
    "كيلومترات": 1.0,
    "كلم": 1.0,
    "ميل": 1.609,
    "ميلا": 1.609,
    "اميال": 1.609,
    "متر": 0.001,
    "مترا": 0.001,
    "امتار": 0.001,
}
DISTANCE_CUES = ("بعد",)  # على بعد 85 ميلا
# What may stand between a distance and the place it is measured from.
DISTANCE_LINKS = frozenset({"من", "عن", *DIRECTIONS, "جنوبا", "شمالا", "شرقا", "غربا"})

# Words after which a name is read as a place (a preposition of place or motion).
LOCATIVE_PREPOSITIONS = ("في", "الي", "من", "نحو", "باتجاه", "داخل", "عبر", "بين")

# Words that start with ال but are no definite noun (إلى folds to الي).
PARTICLES = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "الان"})

# Nouns after which the next word is a place name even when no gazetteer has it (قرية القراصة،
# حي الصراة): the place is kept with null coordinates. With وادي and جبل the noun is part of
# the name (وادي عتود، جبل صبر), a feature.
# Plurals before a list (محافظات تيماء وحقل وضباء، قطاعات الحكامية، السهي، مناطق المنامة):
# after them only a name the gazetteer holds is a place (مناطق نائية is an adjective).
PLURAL_NAMING_NOUNS = frozenset(
    {"محافظات", "مدن", "قطاعات", "مناطق", "مديريات", "ولايات", "اقاليم", "مقاطعات"}
)
NAMING_NOUNS = frozenset(
    {"قريه", "قريتي", "بلده", "محافظه", "محافظتي", "مديريه", "حي", "احياء", "ناحيه", "قضاء", "مخيم"}
    | {"قري", "بلدات", "مدينتي"}  # plurals and duals: قرى البغيلية وحطلة، مدينتي عدن ولحج
    | {"اقليم", "اقليمي", "مقاطعه", "مقاطعتي"}  # إقليمي تشجيانغ وجيانغشي: provinces abroad
    | PLURAL_NAMING_NOUNS
)
FEATURE_NOUNS = frozenset({"وادي", "جبل", "سد", "مضيق"})
# سد is also a verb and a noun (سد العجز): it names a feature only with a known place (سد أبها).
KNOWN_NAME_FEATURES = frozenset({"سد"})
# A word this frequent in news after such a noun is no name (قرية صغيرة، حي سكني).
NAME_MAX_FREQUENCY = 150
# A name listed after a comma (أحياء الأشرفية، والهلك، والسكري) may be a more frequent word
# with the article:
# the enumeration itself says it is a name.
LISTED_MAX_FREQUENCY = 1000

# Function words that some small foreign town is also called (أنه: Anhée, Belgium): never a
# place, whatever the context. Written folded, as the recognizer compares them.
FUNCTION_WORDS = frozenset(
    {"انه", "انها", "انهم", "انهما", "انك", "انني", "لانه", "لانها", "كانه", "كانها", "اذا", "لكن"}
    | {"الي", "بين", "دون", "منه", "عنه", "انا", "سوف", "نفس"}  # إلى folds to الي
    | {"الا"}  # بألا يشغله: بأن لا, no town Ala
)

# Number words that some town is also called (الخمس: Al Khums): after a definite noun
# (السنوات الخمس، الصلوات الخمس) they are the number.
NUMBER_WORDS = frozenset(
    {"الثلاث", "الاربع", "الخمس", "الست", "السبع", "الثماني", "التسع", "العشر"}
    | {"الثلاثه", "الاربعه", "الخمسه", "السته", "السبعه", "الثمانيه", "التسعه", "العشره"}
)

# Demonstratives: the definite word after one is a common noun (هذا الخبر), not a town.
DEMONSTRATIVES = frozenset(
    {"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان", "هاتان", "هؤلاء", "اولئك"}
)

# Adjectives of place that follow a name (دوما، القريبة من نابلس): they end a list of names
# after a naming noun.
PLACE_ADJECTIVES = frozenset(
    {"القريبه", "القريب", "الواقعه", "الواقع", "المجاوره", "المجاور", "المحاذيه", "المحاذي"}
    | {"التابعه", "التابع", "المطله", "المطل", "الممتده", "الممتد", "المحاصره", "المحاصر"}
)

# Words after a town's name that make it an ordinary noun (في مسقط رأسه: "birthplace"), and
# before it (ناطحة سحاب: a skyscraper).
NOT_A_PLACE_BEFORE = frozenset({"ناطحه", "ناطحات"})
# Words after which a name shaped like an imperfect verb, followed by من, is the verb (لأنه
# ينبع من بئر: it springs from; not Yanbu): a pronoun complementizer or a relative.
BEFORE_A_VERB = frozenset({"انه", "لانه", "انها", "لانها", "الذي", "التي", "ما", "مما"})
NOT_A_PLACE_AFTER = frozenset(
    {"راس", "راسه", "راسها", "راسي", "راسهم", "الصليبي", "الخلد", "النعيم", "الفردوس"}
)

# Verbs of saying with و: the name right after one is its subject (وأضاف بور بأن).
SAYING_VERBS = frozenset(
    {"واضاف", "وقال", "واكد", "وشدد", "واوضح", "وتابع", "واشار", "وبين", "واضافت", "وقالت"}
)

# صلاة المغرب، أذان المغرب، بين المغرب والعشاء: the sunset prayer, not Morocco.
PRAYER_NOUNS = frozenset({"صلاه", "صلاتي", "اذان", "وقت", "موعد"})
PRAYER_TIMES = frozenset({"المغرب"})
NEXT_PRAYERS = frozenset({"العشاء", "العشا"})

# من زاوية إلى أخرى، من مكان لآخر: "from one … to another" makes the word an ordinary noun.
ANOTHER = frozenset({"اخري", "اخر", "لاخري", "لاخر"})

# Words that with أن after them open a verb (بعد أن سرت شائعات: "spread", not Sirte).
VERB_CONJUNCTIONS = frozenset({"بعد", "قبل", "منذ", "دون", "بدون"})

# Words before إلى that make it "besides" (بالإضافة إلى، إضافة إلى), not a direction.
ADDITION_WORDS = frozenset({"اضافه", "بالاضافه", "وبالاضافه", "واضافه"})

# Prepositions of place strong enough to read a foreign town's name that is also a word.
STRONG_LOCATIVES = frozenset({"في", "الي", "نحو", "باتجاه", "داخل"})

# Words after a name that say where it lies (دوما، القريبة من نابلس): the place after من.
NEAR_WORDS = frozenset({"القريبه", "القريب", "بالقرب", "المجاوره", "المجاور"})

# Titles and words that introduce a person's name (الرئيس فرانسوا هولاند، يدعى جاسبارو
# بالبي): the name after them, or after one given name, is no town's.
PERSON_TITLES = frozenset(
    {"الرئيس", "الملك", "الامير", "الشيخ", "السيد", "السيده", "الدكتور", "المهندس"}
    | {"الكابتن", "اللاعب", "المدرب", "الفنان", "الفنانه", "الممثل", "الممثله", "المطرب"}
)
# Services named by the place they serve (طوارئ عسير، صحة الشرقية، مرور الأحساء، جوازات
# جازان، طرق الخفجي): the place is a toponym (the coding rules), whatever the tagger says.
OFFICE_NOUNS = frozenset({"طوارئ", "صحه", "مرور", "جوازات", "شرطه", "طرق", "تعليم", "لصحه"})

# Offices written with the place they govern (محافظ الخرمة، حاكم الشارقة): the place needs
# no other context.
PLACE_TITLES = frozenset({"محافظ", "حاكم", "عمده", "والي", "قائمقام"})
# Words that say a person's name follows (يدعى جاسبارو بالبي): a proclitic there is part of
# the name.
NAME_INTRODUCERS = frozenset({"يدعي", "تدعي", "المدعو", "المدعوه", "اسمه", "اسمها"})
# "son of", "daughter of" in a person's name (folded forms): the word after the father's is a
# family name (عبدالله بن محمد السويد).
PATRONYMICS = frozenset({"بن", "بنت", "ابن"})

# Words that open a two-word place name after a naming noun (حي آل بريد، محافظة أحد رفيدة،
# قرية بني مالك): the noun names the two words together.
NAME_OPENERS = frozenset({"ال", "ابو", "ام", "بني", "بن", "ذي", "احد"})

# Nouns whose next word, joined to them without a preposition, is part of an organization's,
# team's or event's name (شركة الطائف، فريق الكويت، بورصة الدار البيضاء، معرض جدة الدولي):
# the coding rules take no place name inside such a name.
ORGANIZATION_NOUNS = frozenset(
    {
        "شركه",
        "شركات",
        "فريق",
        "نادي",
        "جامعه",
        "بنك",
        "مصرف",
        "بورصه",
        "صحيفه",
        "جريده",
        "قناه",
        "فندق",
        "مؤسسه",
        "معرض",
        "مهرجان",
        "مستشفي",
        "امانه",
        "اماره",
        "غرفه",
        "منتخب",
        "كاس",
        "دوري",
        "بطوله",
        "جائزه",
        "مرصد",
        "مكتبه",  # مكتبة الإسكندرية
        "مطار",  # مطار أبها الإقليمي: the airport's name (a place after ب: مطار … بجدة)
        "اتحاد",  # اتحاد جدة، اتحاد أمريكا الجنوبية
        "قوه",  # قيادة قوة جازان
        "اعلان",  # إعلان القاهرة: a declaration
        "انباء",  # وكالة أنباء الجمهورية الإسلامية الإيرانية
        "تلفزيون",  # تلفزيون الصين المركزي
        "اذاعه",
        "برج",  # برج الدمام الطبي: a hospital's name
        "صناعه",  # غرفة تجارة وصناعة جدة
        "بلديه",  # بلدية القطيف، بلدية مدينة أبوظبي: the municipality, as أمانة جدة
        "ادبي",  # أدبي جدة: the literary club (نادي جدة الأدبي)
        "طريق",  # طريق حائل القصيم السريع، طريق كفريا: a road's name, not its towns
        "كوبري",  # كوبري إسكان الدمام، كبري بقعاء: a bridge, as a road
        "كبري",
        "خيمه",  # خيمة أبها السياحية: an event's tent
    }
)

# Organization nouns whose name is a division written with its place noun (إمارة منطقة عسير،
# أمانة محافظة جدة، بلدية مدينة أبوظبي، مطار منطقة الجوف): the division is part of the name.
DIVISION_ORGANIZATION_NOUNS = frozenset({"اماره", "امانه", "بلديه", "مطار"})
# Heads of a municipality (رئيس بلدية محافظة أبو عريش): an office, whose place is coded.
MUNICIPAL_OFFICES = frozenset({"رئيس", "لرئيس", "ورئيس"})
