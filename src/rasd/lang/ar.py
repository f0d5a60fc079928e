"""Arabic language data for the text layer: characters, clitics and abbreviations.

Only data lives here; ``rasd.text`` holds the code that uses it.
"""

from __future__ import annotations

# Harakat, shadda, sukun, Quranic marks and the superscript (dagger) alef: gone for matching.
DIACRITICS = (
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
)
TATWEEL = "\u0640"

# Characters that carry no letter: zero-width and direction marks, the byte-order mark.
INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u061c",
    "\u2060",
    "\ufeff",
    "\u00ad",
    *(chr(c) for c in range(0x202A, 0x202F)),
    *(chr(c) for c in range(0x2066, 0x206A)),
]

# One letter for each family of letters that writers and keyboards confuse.
LETTER_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "ە": "ه",
    "ک": "ك",
    "ڪ": "ك",
}

# Arabic-Indic and Persian digits and the Arabic decimal, thousands and percent signs.
DIGIT_FOLDS = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "٫": ".",
    "٬": ",",
    "٪": "%",
}

DOUBLE_QUOTES = '"“”„‟«»″〝〞＂'
SINGLE_QUOTES = "'‘’‚‛′‹›"
DASHES = "‐‑‒–—―−﹘﹣－"
PUNCT_FOLDS = {
    **{q: '"' for q in DOUBLE_QUOTES},
    **{q: "'" for q in SINGLE_QUOTES},
    **{d: "-" for d in DASHES},
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
}

# Titles written right before a person's name (الدكتور فلان، اللواء فلان).
NAME_TITLES = (
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
)

# Marks that end a sentence, and marks that close a quotation or bracket after them.
SENTENCE_END = frozenset([".", "!", "?", "؟", "…", "۔", "‼", "⁉", "⁈"])
CLOSERS = frozenset(DOUBLE_QUOTES + SINGLE_QUOTES + ")]}»›") - frozenset("«„‹〝")
# Marks that close nothing: glued after a full stop they open the next sentence (لهم.«المدينة»).
# A mark that may open or close (" ') glued to the word after it opens too.
SYMMETRIC_QUOTES = frozenset("\"'″′＂")
LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85\x1c\x1d\x1e"

# A single letter before a full stop is a title or an initial (د. doctor, أ. professor, م.
# engineer, ش. street, ص. page) and does not end the sentence, except for the era and time
# marks that follow a number (2013م. 1438هـ. 10ص.), normalized.
ERA_MARKS = frozenset(["م", "ه", "ص", "ق", "هـ"])

# Clitics, in the normalized forms (أ→ا, ة→ه) the text layer analyzes.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
FUTURE = "س"
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
ARTICLE = "ال"
# Pronoun suffixes, longest first so that هما is tried before ها and ه.
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
