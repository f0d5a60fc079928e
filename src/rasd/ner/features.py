"""Token features for the CRF tagger: the word, its clitics and affixes, shape, name lists.

Features are strings (``"w=رقه"``); each token gets its own and a few of its neighbours'
within two tokens. ``FeatureSet`` switches the clitic and gazetteer groups so that designs
can be compared; a model records the set it was trained with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import regex

from rasd.ner import gazetteer
from rasd.text.clitics import best
from rasd.text.normalize import normalize_word

_ARABIC = regex.compile(r"\p{Arabic}")
LATIN = regex.compile(r"[a-zA-Z]")
LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


@dataclass(frozen=True, slots=True)
class FeatureSet:
    """Which feature groups a model uses beyond the word, its affixes, shape and neighbours."""

    clitics: bool = True
    gazetteer: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeatureSet:
        return cls(clitics=bool(data.get("clitics", True)), gazetteer=bool(data.get("gazetteer")))


def _affixes(name: str, form: str) -> list[str]:
    out = []
    for n in (1, 2, 3):
        if len(form) > n:
            out.append(f"{name}p{n}={form[:n]}")
            out.append(f"{name}s{n}={form[-n:]}")
    return out


def _shape(word: str) -> list[str]:
    if word.isdigit():
        return ["digits", f"ndig={min(len(word), 5)}"]
    out = [f"len={min(len(word), 8)}"]
    if any(c.isdigit() for c in word):
        out.append("hasdigit")
    if LATIN.search(word):
        out.append("latin")
    if not LETTER_OR_DIGIT.search(word):
        out.append(f"punct={word}")
    return out


@lru_cache(maxsize=200_000)
def local(word: str, fs: FeatureSet) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features of one token, and the smaller set its neighbours see."""
    norm = normalize_word(word)
    own = [f"w={norm}", *_shape(word)]
    near = [f"w={norm}"]
    stem = norm
    forms = [norm]
    if fs.clitics and _ARABIC.match(norm):
        c = best(normalize_word(word, keep_ta_marbuta=True))
        stem = c.stem
        forms += [c.base, c.stem]
        own += [f"pre={c.prefix}", f"art={int(c.article)}", f"stem={stem}", f"suf={c.suffix}"]
        near += [f"stem={stem}", f"art={int(c.article)}"]
    own += _affixes("", stem)
    if fs.gazetteer:
        table = gazetteer.shipped()
        marks = sorted({m for form in forms for m in table.get(form, ())})
        own += [f"g={m}" for m in marks]
        near += [f"g={m}" for m in marks]
    return tuple(own), tuple(near)


def sentence_features(words: Sequence[str], fs: FeatureSet) -> list[list[str]]:
    """One feature list per token of a sentence."""
    locals_ = [local(w, fs) for w in words]
    n = len(words)
    out: list[list[str]] = []
    for i in range(n):
        feats = ["bias", *locals_[i][0]]
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                near = locals_[j][1] if abs(off) == 1 else locals_[j][1][:1]
                feats += [f"{off}:{f}" for f in near]
        if i > 0:
            feats.append(f"w-1|w={locals_[i - 1][0][0][2:]}|{locals_[i][0][0][2:]}")
        out.append(feats)
    return out
