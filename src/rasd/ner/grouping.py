"""Group the entity mentions of one document: one ``entity_id`` and ``canonical`` per entity.

A mention's name is normalized word by word, its first word stripped of proclitics
(``بالرقة`` → ``الرقة``). Mentions match on a looser key: without the article, the final
ة/ه/ا folded (``سورية``/``سوريا``) and a leading descriptor dropped (``تنظيم داعش``). A
one-word person mention that is the last word of an earlier full name joins that person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from rasd.text.clitics import best
from rasd.text.normalize import normalize_word

_ARABIC = regex.compile(r"\p{Arabic}")
ARTICLE = "ال"
SURE_PROCLITICS = frozenset("وفبل")
# Words that name the kind of an entity before its name: "the organisation Daesh".
DESCRIPTORS = frozenset(
    normalize_word(w) for w in ("تنظيم", "مدينة", "بلدة", "قرية", "محافظة", "حركة", "جماعة")
)


def canonical_words(words: Sequence[str]) -> list[str]:
    """The normalized words of a mention, the first without its proclitics and suffix."""
    out = [normalize_word(w) for w in words]
    if out and _ARABIC.match(out[0]):
        c = best(normalize_word(words[0], keep_ta_marbuta=True))
        # only the sure proclitics: ك and س start too many names (كوفي, سمير)
        if c.prefix and set(c.prefix) <= SURE_PROCLITICS:
            out[0] = (ARTICLE if c.article else "") + c.stem + c.suffix
        elif c.article and not c.prefix:
            out[0] = ARTICLE + c.stem + c.suffix
    return [w for w in out if w]


def canonical_name(words: Sequence[str]) -> str:
    return " ".join(canonical_words(words))


def _key_word(word: str) -> str:
    if word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1:
        word = word[len(ARTICLE) :]
    if len(word) > 2 and word[-1] in "هىا":
        word = word[:-1] + "ا"
    return word


def match_key(canonical: str) -> str:
    """The looser form under which spelling variants of one name meet."""
    words = canonical.split()
    while len(words) > 1 and words[0] in DESCRIPTORS:
        words = words[1:]
    return " ".join(_key_word(w) for w in words)


@dataclass(slots=True)
class Mention:
    """What grouping needs of a mention: its words and type; it fills in the rest."""

    words: Sequence[str]
    type: str
    canonical: str = ""
    entity_id: str = ""


def group(mentions: Sequence[Mention]) -> None:
    """Give each mention, in document order, its entity's id (``e1``…) and canonical name."""
    by_key: dict[tuple[str, str], Mention] = {}
    surnames: dict[str, Mention] = {}  # last word of a full person name -> its first mention
    count = 0
    for m in mentions:
        own = canonical_name(m.words)
        key = match_key(own)
        first = by_key.get((m.type, key))
        if first is None and m.type == "PER" and " " not in key:
            first = surnames.get(key)
        if first is None:
            count += 1
            m.entity_id, m.canonical = f"e{count}", own
            by_key[(m.type, key)] = m
            if m.type == "PER" and " " in key:
                surnames.setdefault(key.rsplit(" ", 1)[1], m)
        else:
            m.entity_id, m.canonical = first.entity_id, first.canonical
