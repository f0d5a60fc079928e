"""What the neural tagger reads of a word: ids for its forms and characters, and a few marks.

Both the trainer (torch, ``rasd.ner.bilstm_train``) and the tagger (numpy, ``rasd.ner.bilstm``)
encode words here, so a model always sees at run time what it saw in training.

A word gives three inputs:

- two word ids into one embedding table: the normalized word (``وبالرقة`` → ``وبالرقه``) and
  its base without proclitics (``الرقه``), so a clitic-glued name still finds the vector its
  bare form learned from the news;
- its characters (normalized, ة kept), at most ``MAX_CHARS``: a long word keeps its head and
  its tail, where Arabic morphology is;
- ``N_MARKS`` numbers: the ANERgazet list marks of the word or its base (whole name or part of
  a longer name, per type) and its shape (digits, Latin letters, punctuation, length).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rasd.ner import gazetteer
from rasd.ner.features import LATIN, LETTER_OR_DIGIT
from rasd.text.normalize import normalize_word
from rasd.text.tokenize import word_features

PAD, UNK = 0, 1
MAX_CHARS = 16
_MARK_NAMES = ("LOC", "ORG", "PER", "LOC~", "ORG~", "PER~")
N_MARKS = len(_MARK_NAMES) + 5


@lru_cache(maxsize=200_000)
def forms(word: str) -> tuple[str, str, str]:
    """The normalized word, its base without proclitics and suffix (the tokenizer's clitic
    reading), and its characters (normalized, ة kept)."""
    norm, clitics = word_features(word)
    base = clitics.base if clitics is not None else norm
    return norm, base, normalize_word(word, keep_ta_marbuta=True)


@lru_cache(maxsize=200_000)
def marks(word: str) -> tuple[float, ...]:
    """The list marks and shape of a word, ``N_MARKS`` zeros and ones."""
    norm, base, _ = forms(word)
    table = gazetteer.shipped()
    found = set(table.get(norm, ())) | set(table.get(base, ()))
    out = [float(m in found) for m in _MARK_NAMES]
    out += [
        float(word.isdigit()),
        float(bool(LATIN.search(word))),
        float(not LETTER_OR_DIGIT.search(word)),
        float(len(norm) <= 2),
        float(len(norm) >= 7),
    ]
    return tuple(out)


def clip_chars(chars: str) -> str:
    """At most ``MAX_CHARS`` characters: the head and the tail of a longer word."""
    if len(chars) <= MAX_CHARS:
        return chars
    half = MAX_CHARS // 2
    return chars[:half] + chars[-half:]


@dataclass(frozen=True, slots=True)
class Vocab:
    """Word and character ids: 0 pads, 1 is the unknown word or character."""

    words: dict[str, int]
    chars: dict[str, int]

    @classmethod
    def build(cls, words: Iterable[str], chars: Iterable[str]) -> Vocab:
        """Ids in the order given (callers sort them, so that a build is deterministic)."""
        return cls(
            {w: i for i, w in enumerate(words, start=2)},
            {c: i for i, c in enumerate(chars, start=2)},
        )

    def word_ids(self, word: str) -> tuple[int, int]:
        norm, base, _ = forms(word)
        return self.words.get(norm, UNK), self.words.get(base, UNK)

    def char_ids(self, word: str) -> list[int]:
        return [self.chars.get(c, UNK) for c in clip_chars(forms(word)[2])] or [UNK]
