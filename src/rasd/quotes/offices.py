"""Offices named with their holder anywhere in an article, for a later statement by the office.

News names a person once with the office they hold (``رئيس فرع الإفتاء بالمنطقة الدكتور سعد
سعيد الحجري``, ``أمير منطقة عسير الأمير فيصل بن خالد``) and later lets the office speak
(``وأوضح رئيس فرع الإفتاء بعسير أن``, ``وأكد أمير عسير``). The coding rules give such a
statement the person's name. An office is read from a head noun (رئيس، أمير، وكيل …) and the
words between it and a person the tagger found, in the same sentence; a later title with the
same head and at least one more word in common (or the head alone) stands for that person when
it names only one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasd.document import Document, Entity, Token
from rasd.lang.ar import NAME_TITLES
from rasd.quotes.lexicon import word_set
from rasd.text.normalize import normalize_word

# Nouns that head an office in a construct (أمير منطقة عسير، وكيل وزارة …).
OFFICE_HEADS = word_set(
    ("رئيس", "نائب", "وكيل", "أمير", "مدير", "محافظ", "أمين", "وزير", "سفير", "قائد", "مساعد")
)
# Nouns that stand for any office named before (المسؤول اليمني after وزير … اليمنية فلان).
ANY_OFFICE = word_set(("مسؤول", "مسئول", "المسؤول", "المسئول"))
# Titles between an office and the name (… الدكتور سعد): not words of the office.
TITLES = word_set(NAME_TITLES)
MAX_OFFICE_WORDS = 10  # an office is at most this many words before its holder's name


@dataclass(frozen=True, slots=True)
class Office:
    """An office (its head and other words, bare) and the person named holding it."""

    head: str
    words: frozenset[str]
    holder: Entity


def _bare(token: Token) -> str:
    """A word of an office without its proclitics and article (بالمنطقة → منطقه), as the
    clitic analysis splits it; the head nouns as listed (وكيل is no و + كيل)."""
    if token.norm in OFFICE_HEADS:
        return token.norm
    clitics = token.clitics
    return clitics.stem if clitics is not None and clitics.stem else token.norm


def offices_of(doc: Document, sentence_of: Sequence[int]) -> list[Office]:
    """Every office written right before a person the tagger found, in order
    (``sentence_of``: the sentence of each token)."""
    tokens = doc.tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    out: list[Office] = []
    for entity in doc.entities:
        first = starts.get(entity.start)
        if entity.type != "PER" or first is None:
            continue
        k = first - 1
        while k >= 0 and tokens[k].norm in TITLES:
            k -= 1
        words: list[str] = []
        for j in range(k, max(-1, k - MAX_OFFICE_WORDS), -1):
            token = tokens[j]
            if token.kind != "word" or sentence_of[j] != sentence_of[first]:
                break
            word = _bare(token)
            if word in OFFICE_HEADS:
                out.append(Office(word, frozenset(words) - {word}, entity))
                break
            words.append(word)
    return out


def holder(title: Sequence[Token], offices: list[Office]) -> Entity | None:
    """The one person the title (its word tokens) names as an office written earlier."""
    if not title:
        return None
    head = _bare(title[0])
    rest = {key for t in title[1:] for key in _keys(t)}
    generic = head in ANY_OFFICE  # المسؤول اليمني: any office, by its other words
    if generic and not rest:
        return None
    matched = [
        o
        for o in offices
        if (generic or o.head == head) and (not rest or any(_in_title(w, rest) for w in o.words))
    ]
    found = {normalize_word(o.holder.text): o.holder for o in matched}
    if len(found) > 1 and rest:
        # وزير الخارجية after وزير الخارجية فلان and وزير الخارجية الإيطالي فلان: the office
        # the title names whole, with no word the title leaves out
        found = {
            normalize_word(o.holder.text): o.holder
            for o in matched
            if all(_in_title(w, rest) for w in o.words)
        }
    return next(iter(found.values())) if len(found) == 1 else None


def _in_title(word: str, keys: set[str]) -> bool:
    """Whether an office's word is among a title's ``keys``, as written or without its
    feminine ending (اليمنيه of an office as اليمني of a title, a form ``_keys`` gives)."""
    return word in keys or word.removesuffix("ه") in keys


def _keys(token: Token) -> set[str]:
    """The forms under which a word of a title is compared with an office's: bare, and
    without the article and the feminine ending as written (اليمني for اليمنية, which the
    clitic analysis may read as اليمن + ي)."""
    bare = _bare(token)
    return {bare, bare.removesuffix("ه"), token.norm.removeprefix("ال").removesuffix("ه")}
