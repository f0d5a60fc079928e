"""Group the entity mentions of one document: one ``entity_id`` and ``canonical`` per entity.

A mention's name is normalized word by word, its first word stripped of proclitics
(``بالرقة`` → ``الرقة``) and a leading descriptor dropped (``مدينة الرقة`` → ``الرقة``).
Mentions match on a looser key: without the article, the final ة/ه/ا folded
(``سورية``/``سوريا``), quotes left out (``"داعش"``). A person mention that is a tail of a
full name (``ترامب``, ``بن سلمان``) joins that person, before or after the full name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from rasd.text.clitics import best
from rasd.text.normalize import normalize_word

_ARABIC = regex.compile(r"\p{Arabic}")
_WORDLIKE = regex.compile(r"[\p{L}\p{N}]")
ARTICLE = "ال"
SURE_PROCLITICS = frozenset("وفبل")
# Words that name the kind of an entity before its name: "the organisation Daesh".
DESCRIPTORS = frozenset(
    normalize_word(w) for w in ("تنظيم", "مدينة", "بلدة", "قرية", "محافظة", "حركة", "جماعة")
)
_DESCRIPTOR_KEYS = frozenset(w[:-1] + "ا" if w[-1] in "هىا" else w for w in DESCRIPTORS)
# The first word of a compound given name: the name goes on after it.
COMPOUND_HEADS = frozenset(normalize_word(w) for w in ("عبد", "أبو", "أبي", "أم", "ابن", "بن"))


def canonical_words(words: Sequence[str]) -> list[str]:
    """The normalized words of a mention, the first without its proclitics and suffix, and
    without a leading descriptor (``تنظيم``, ``مدينة``) when a name follows it.

    Tokens without a letter or digit (quotes, dashes) are left out: ``"داعش"`` = ``داعش``.
    """
    kept = [w for w in words if _WORDLIKE.search(w)]
    out = [normalize_word(w) for w in kept]
    if out and _ARABIC.match(out[0]):
        c = best(normalize_word(kept[0], keep_ta_marbuta=True))
        # only the sure proclitics: ك and س start too many names (كوفي, سمير)
        if c.prefix and set(c.prefix) <= SURE_PROCLITICS:
            out[0] = (ARTICLE if c.article else "") + c.stem + c.suffix
        elif c.article and not c.prefix:
            out[0] = ARTICLE + c.stem + c.suffix
    out = [w for w in out if w]
    while len(out) > 1 and _key_word(out[0]) in _DESCRIPTOR_KEYS:
        out = out[1:]  # مدينة الرقة -> الرقة: the name, not its kind
    return out


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
    while len(words) > 1 and _key_word(words[0]) in _DESCRIPTOR_KEYS:
        words = words[1:]
    return " ".join(_key_word(w) for w in words)


def surname_keys(key: str) -> list[str]:
    """The word-aligned tails of a full person name that can stand for it, longest first.

    ``محمد بن سلمان`` → ``بن سلمان`` (not ``سلمان``, his father); a tail right after
    ``عبد``/``أبو``/``بن`` is not one (``عبد الله`` gives nothing).
    """
    words = key.split()
    return [" ".join(words[i:]) for i in range(1, len(words)) if words[i - 1] not in COMPOUND_HEADS]


@dataclass(slots=True)
class Mention:
    """What grouping needs of a mention: its words and type; it fills in the rest."""

    words: Sequence[str]
    type: str
    canonical: str = ""
    entity_id: str = ""


def group(mentions: Sequence[Mention]) -> None:
    """Give each mention, in document order, its entity's id (``e1``…) and canonical name.

    Ids count entities in order of first mention. An entity's canonical name is its fullest
    mention (most words; the first of those): ``ترامب`` then ``دونالد ترامب`` are one person
    named ``دونالد ترامب``.
    """
    by_key: dict[tuple[str, str], str] = {}
    surnames: dict[str, str] = {}  # a tail of a full person name -> that person's id
    members: dict[str, list[Mention]] = {}
    for m in mentions:
        own = canonical_name(m.words)
        m.canonical = own
        key = match_key(own)
        found = by_key.get((m.type, key))
        if found is None and m.type == "PER":
            found = surnames.get(key)
            # a full name after its surname alone: دونالد ترامب after ترامب
            tails = surname_keys(key)
            if found is None:
                found = next((by_key[("PER", t)] for t in tails if ("PER", t) in by_key), None)
        if found is None:
            found = f"e{len(members) + 1}"
            members[found] = []
        members[found].append(m)
        by_key.setdefault((m.type, key), found)
        if m.type == "PER":
            for tail in surname_keys(key):
                surnames.setdefault(tail, found)
    for entity_id, group_mentions in members.items():
        fullest = max(group_mentions, key=lambda g: len(g.canonical.split()))
        for g in group_mentions:
            g.entity_id, g.canonical = entity_id, fullest.canonical
