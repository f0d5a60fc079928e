"""How often a town's name stands where a place stands, counted in unlabeled news.

Many Arabic place names are also ordinary words: الخبر (the news; Al Khobar), صور (pictures;
Tyre), القصير (short; Al-Qusayr), الوجه (the face; Al Wajh). Word counts cannot tell them from
real towns (الخبر and الطائف are about as frequent), but the words around them can: a town is
written after في، إلى، من، مدينة، محافظة … or with the clitic ب or ل far more often than a
word is. ``scripts/build_place_contexts.py`` counts, for every one-word name of a town, village
or division in the gazetteer, its occurrences in ``../shared/data/news`` in such a context and
bare; the recognizer asks a name whose share is low for context before it reads it as a place.

The resource ``resources/place_contexts.tsv.gz`` holds ``name<TAB>bare<TAB>in context`` rows.
"""

from __future__ import annotations

import gzip
import io
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

from rasd.lang import ar_geo as G
from rasd.places.gazetteer import Gazetteer
from rasd.text.tokenize import iter_tokens

RESOURCE = "place_contexts.tsv.gz"
MIN_OCCURRENCES = 10  # fewer than this in the news tells nothing
_KINDS = frozenset({"city", "village", "admin1"})
_CLITIC_PREFIXES = ("وب", "فب", "ول", "ب", "ل")


@cache
def _context_words() -> frozenset[str]:
    nouns = set(G.PLACE_NOUNS)
    words = set(G.LOCATIVE_PREPOSITIONS) | nouns | set(G.RELATIONS) | set(G.DIRECTIONS)
    words |= {"ب" + n for n in nouns} | {"و" + n for n in nouns}
    words |= {"وفي", "والي", "ومن", "قرب", "بالقرب"}
    return frozenset(words)


def town_names(gazetteer: Gazetteer) -> frozenset[str]:
    """The one-word names (matching form) of the gazetteer's towns, villages and divisions."""
    return frozenset(
        name
        for entry in gazetteer.entries()
        if entry.kind in _KINDS
        for name in entry.names
        if " " not in name
    )


def _name_of(norm: str, names: frozenset[str]) -> tuple[str | None, bool]:
    """The name a written word carries and whether a place clitic (ب، ل) stands on it."""
    if norm in names:
        return norm, False
    for prefix in _CLITIC_PREFIXES:
        rest = norm[len(prefix) :]
        if norm.startswith(prefix) and len(rest) >= 3 and rest in names:
            return rest, True
    if norm.startswith("و") and norm[1:] in names and len(norm) > 3:
        return norm[1:], False
    return None, False


def count_contexts(texts: Iterable[str], names: frozenset[str]) -> dict[str, tuple[int, int]]:
    """Per name: how often it stands bare and how often in a place's context."""
    context = _context_words()
    bare: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    for text in texts:
        previous = ""
        for token in iter_tokens(text):
            name, clitic = _name_of(token.norm, names) if token.kind == "word" else (None, False)
            if name is not None:
                if clitic or previous in context:
                    placed[name] += 1
                else:
                    bare[name] += 1
            previous = token.norm
    return {n: (bare[n], placed[n]) for n in sorted(set(bare) | set(placed))}


def to_resource(counts: dict[str, tuple[int, int]]) -> bytes:
    """The gzip file of ``counts`` (names with ``MIN_OCCURRENCES`` or more), byte-stable."""
    rows = "".join(
        f"{name}\t{b}\t{c}\n" for name, (b, c) in sorted(counts.items()) if b + c >= MIN_OCCURRENCES
    )
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(rows.encode("utf-8"))
    return buf.getvalue()


@cache
def shipped() -> dict[str, tuple[int, int]]:
    """The counts that ship with the package; empty if the resource is missing."""
    path = resources.files("rasd") / "resources" / RESOURCE
    out: dict[str, tuple[int, int]] = {}
    try:
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
            for line in lines:
                name, bare, placed = line.rstrip("\n").split("\t")
                out[name] = (int(bare), int(placed))
    except FileNotFoundError:
        pass  # without the counts no name is asked for extra context
    return out


def place_share(name: str) -> float | None:
    """The share of a name's occurrences in news that stand in a place's context, or None
    when the news holds it too rarely to tell."""
    counts = shipped().get(name)
    if counts is None:
        return None
    bare, placed = counts
    return placed / (bare + placed)
