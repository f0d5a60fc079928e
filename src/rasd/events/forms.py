"""Inflected forms of an Arabic verb from its past-tense lemma, for lexicon lookup.

News writes a verb in many forms (``انسحب``, ``انسحبت``, ``انسحبوا``, ``ينسحب``, ``تنسحب``,
``ينسحبون``); the clitic layer already strips و ف س and pronoun suffixes (``Token.match_forms``),
so this module only makes the forms of the stem itself: past-tense person endings and the
imperfect prefixes and endings. The imperfect stem is derived by rule (an initial ا of forms
IV, VII, VIII and X falls: ``انسحب`` → ``ينسحب``; a final ى turns to ي: ``استولى`` →
``يستولي``) unless the lexicon gives it (hollow verbs: ``أدان`` → ``يدين``). Short vowels are
not written, so passives share these forms (``اعتقل``/``اُعتقل``). Every form is in the matching
form of ``rasd.text.normalize``.
"""

from __future__ import annotations

from rasd.text.normalize import normalize_word

PAST_ENDINGS = ("", "ت", "وا", "و", "ا", "تا", "ن", "نا", "تم", "تن")
IMPERFECT_PREFIXES = ("ي", "ت", "ن")  # not ا (I): سافر is no future of فر
IMPERFECT_ENDINGS = ("", "ون", "ان", "ين", "وا", "و", "ا", "ن")


def imperfect_stem(past: str) -> str:
    """The imperfect stem of a normalized past lemma, by rule."""
    stem = past[1:] if past.startswith("ا") and len(past) >= 4 else past
    return stem


def verb_forms(lemma: str, imperfect: str = "") -> frozenset[str]:
    """The normalized forms of the verb ``lemma`` (past, third person masculine singular)."""
    past = normalize_word(lemma)
    stem = normalize_word(imperfect) if imperfect else imperfect_stem(past)
    forms: set[str] = set()
    if past.endswith("ي") and len(past) >= 3:  # استولى, رمى: the ى drops before endings
        base = past[:-1]
        forms.update((past, base + "ت", base + "وا", base + "و", base + "تا", past + "ا"))
    elif past.endswith("ا") and len(past) == 3:  # دعا: دعت, دعوا
        base = past[:-1]
        forms.update((past, base + "ت", base + "وا", base + "و", base + "تا"))
    else:
        endings = PAST_ENDINGS if len(past) > 2 else PAST_ENDINGS[:5]  # فر: not فرن (oven)
        forms.update(past + ending for ending in endings)
    for prefix in IMPERFECT_PREFIXES:
        if stem.endswith("ي") and len(stem) >= 3:
            base = stem[:-1]
            forms.update(
                (prefix + stem, prefix + base + "ون", prefix + base + "وا", prefix + stem + "ان")
            )
            forms.add(prefix + base + "ين")
        else:
            imperfect_endings = IMPERFECT_ENDINGS if len(stem) > 2 else IMPERFECT_ENDINGS[:5]
            forms.update(prefix + stem + ending for ending in imperfect_endings)
    return frozenset(f for f in forms if len(f) >= 2)


def noun_forms(noun: str) -> frozenset[str]:
    """A noun as written, in its sound plurals (``اشتباك`` → ``اشتباكات``), its accusative and
    its dual (``اتصال`` → ``اتصالا``, ``اتصالين``)."""
    base = normalize_word(noun)
    forms = {base}
    if base.endswith("ه"):
        forms.add(base[:-1] + "ات")
    elif not base.endswith(("ا", "ي", "ات")):
        # the accusative and the dual: تلقى اتصالا, اتصالين هاتفيين
        forms.update((base + "ا", base + "ين", base + "ان"))
    return frozenset(forms)
