"""The reporting vocabulary in matching form: every inflection of a reporting verb, with the
gender and number it shows, and the small closed lists the quote finder looks words up in."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from rasd.document import Token
from rasd.lang import ar_quotes as data
from rasd.text.normalize import normalize_word

MASCULINE, FEMININE, PLURAL = "m", "f", "p"


@dataclass(frozen=True, slots=True)
class CueForm:
    """What one written form of a reporting word says: its lemma, who it agrees with and how
    it reports (``verb``, ``participle`` as in قائلا, or ``passive`` as in قيل)."""

    lemma: str
    gender: str
    kind: str = "verb"
    present: bool = False  # an imperfect (يقول، تشير): it may follow its subject

    @property
    def continues(self) -> bool:
        return self.lemma in _continuation_lemmas()


def _n(word: str) -> str:
    return normalize_word(word)


@cache
def _continuation_lemmas() -> frozenset[str]:
    return frozenset(_n(w) for w in data.CONTINUATION_VERBS)


def _regular(past: str, imperfect: str, participle: str) -> dict[str, CueForm]:
    lemma = _n(past)
    p, i, a = _n(past), _n(imperfect), _n(participle)
    return {
        p: CueForm(lemma, MASCULINE),
        p + "ت": CueForm(lemma, FEMININE),
        p + "وا": CueForm(lemma, PLURAL),
        i: CueForm(lemma, MASCULINE, present=True),
        "ت" + i[1:]: CueForm(lemma, FEMININE, present=True),
        i + "ون": CueForm(lemma, PLURAL, present=True),
        a + "ا": CueForm(lemma, MASCULINE, "participle"),
        a + "ه": CueForm(lemma, FEMININE, "participle"),
        a + "ين": CueForm(lemma, PLURAL, "participle"),
        # the feminine plural (وأكدن، يؤكدن، مشددات): women speaking together
        p + "ن": CueForm(lemma, PLURAL),
        i + "ن": CueForm(lemma, PLURAL, present=True),
        a + "ات": CueForm(lemma, PLURAL, "participle"),
    }


def _written_out(forms: tuple[str, ...]) -> dict[str, CueForm]:
    lemma, *rest = (_n(w) for w in forms)
    kinds = [
        (MASCULINE, "verb", False),
        (FEMININE, "verb", False),
        (PLURAL, "verb", False),
        (MASCULINE, "verb", True),
        (FEMININE, "verb", True),
        (PLURAL, "verb", True),
        (MASCULINE, "participle", False),
        (FEMININE, "participle", False),
    ]
    found = {
        form: CueForm(lemma, gender, kind, present)
        for form, (gender, kind, present) in zip(rest, kinds, strict=True)
        if form
    }
    participle = rest[6]
    if participle.endswith("ا"):  # مبينين، مطالبات: the plurals of a participle written out
        for plural in ("ين", "ات"):
            found.setdefault(participle[:-1] + plural, CueForm(lemma, PLURAL, "participle"))
    return found


@cache
def cue_forms() -> dict[str, CueForm]:
    """Every form of every reporting word, normalized, without conjunctions."""
    forms: dict[str, CueForm] = {}
    for past, imperfect, participle in data.REPORTING_VERBS:
        forms.update(_regular(past, imperfect, participle))
    for written in (*data.PARTIAL_REPORTING_VERBS, *data.WEAK_REPORTING_VERBS):
        forms.update(_written_out(written))
    for passive in data.PASSIVE_CUES:
        forms[_n(passive)] = CueForm(_n(passive), "", "passive")
    return forms


_CUES: dict[tuple[str, str], CueForm | None] = {}


def cue_of(token: Token) -> CueForm | None:
    """The reporting word ``token`` is, with or without a conjunction (وقال، فأضافت), if any
    (worked out once per written form and kept)."""
    if token.kind != "word" or (token.clitics is not None and token.clitics.article):
        return None
    key = (token.text, token.norm)
    if key in _CUES:
        return _CUES[key]
    found = _cue_of(token)
    if len(_CUES) < 200_000:
        _CUES[key] = found
    return found


def _cue_of(token: Token) -> CueForm | None:
    forms = cue_forms()
    norm = token.norm
    found = forms.get(norm)
    if found is None and len(norm) > 3 and norm[0] in "وف":
        found = forms.get(norm[1:]) or _conjoined_only().get(norm[1:])
    if found is None and token.clitics is not None and token.clitics.suffix:
        # يردده: a pronoun object after an imperfect (كشفهن is a noun: past forms are not tried)
        found = next(
            (forms[f] for f in token.match_forms[1:] if f in forms and forms[f].present), None
        )
    if found is None and norm.endswith(_OBJECT_PRONOUNS):
        # يردده، يقولونه: the clitic analysis may keep an object pronoun it has not seen
        for pronoun in _OBJECT_PRONOUNS:
            base = forms.get(norm[: -len(pronoun)]) if norm.endswith(pronoun) else None
            if base is not None and base.present:
                return base
    return found


_OBJECT_PRONOUNS = ("ه", "ها", "هم")


@cache
def _conjoined_only() -> dict[str, CueForm]:
    return {_n(form): CueForm(_n(lemma), MASCULINE) for form, lemma in data.CONJOINED_ONLY}


_COMPLEMENTIZER = regex.compile(r"^[وف]?ب?[ا]ن(?:ه|ها|هم|هما|هن|نا|ني|ي|كم)?$")
_BARE_COMPLEMENTIZERS = frozenset(_n(w) for w in data.COMPLEMENTIZERS)


# م + three letters or more + the accusative ا: the shape of a derived active participle
# (مستبعدا، مجددا، مقترحا), which after a comma opens a clause of its own; a few words of the
# shape that are adverbs or prepositions and go on with the clause before them
_PARTICIPLE_SHAPE = regex.compile(r"^م\p{L}{3,}ا$")
_NOT_PARTICIPLES = frozenset(
    _n(w) for w in ("مثلما", "مرورا", "مؤخرا", "مثلا", "ماعدا", "محليا", "مسبقا", "مجانا")
)


def participle_shaped(token: Token) -> bool:
    """Whether ``token`` has the shape of a masculine active participle in the accusative,
    with no article or clitics (مستبعدا، رافعا is not tried: فاعلا is too often a noun)."""
    return (
        token.kind == "word"
        and bool(_PARTICIPLE_SHAPE.match(token.norm))
        and token.norm not in _NOT_PARTICIPLES
    )


def is_complementizer(token: Token) -> bool:
    """أن، إن، بأن، فإن and their pronoun forms (أنه، إنها، بأنهم) that open reported content."""
    return token.kind == "word" and bool(_COMPLEMENTIZER.match(token.norm))


def is_bare_complementizer(token: Token) -> bool:
    """A complementizer with no pronoun attached: the content starts after it."""
    return token.norm in _BARE_COMPLEMENTIZERS


@cache
def word_set(words: tuple[str, ...]) -> frozenset[str]:
    """A list of the language data in matching form, for membership tests."""
    return frozenset(_n(w) for w in words)


_MATCHING: dict[int, tuple[object, frozenset[str]]] = {}


def matching(words: tuple[str, ...] | frozenset[str]) -> frozenset[str]:
    """``words`` in matching form, worked out once per list (the lists are module constants:
    they are looked up by identity, and the entry keeps the list alive so that its id stays
    its own)."""
    entry = _MATCHING.get(id(words))
    if entry is None or entry[0] is not words:
        entry = (words, word_set(tuple(sorted(words))))
        _MATCHING[id(words)] = entry
    return entry[1]


def in_list(token: Token, words: tuple[str, ...] | frozenset[str]) -> bool:
    return token.norm in matching(words)
