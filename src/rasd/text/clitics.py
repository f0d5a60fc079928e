"""Clitic analysis: و ف (conjunctions), ب ك ل (prepositions), س (future), ال, pronoun suffixes.

Arabic writes these attached to the word, so ``وللولايات`` is و + ل + ال + ولايات and has to be
matched as ``الولايات``. Which letters are clitics is ambiguous (و in ``وزير`` is not), so
``analyses`` lists every split the grammar allows and ``best`` picks one by how often each
stem stands alone in a word-frequency list learned from Arabic news (``resources/wordfreq``).
The analyzer reads words normalized with ة kept (``normalize_word(w, keep_ta_marbuta=True)``),
since ة is never a pronoun suffix while ه may be, and writes stems in the full matching form
(ة → ه). Nothing here changes offsets.
"""

from __future__ import annotations

import gzip
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from rasd.lang import ar

MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Clitics:
    """One split of a normalized word: ``prefix`` + (``ال`` if ``article``) + ``stem`` + ``suffix``.

    ``prefix`` holds the proclitic letters in order (``"ول"`` for و + ل). After ل the article's
    alef is not written (``للولايات``), so the written word need not start with ``prefix + ال``.
    """

    prefix: str = ""
    article: bool = False
    stem: str = ""
    suffix: str = ""

    @property
    def base(self) -> str:
        """The word without proclitics and suffix, article kept: ``وللولايات`` → ``الولايات``."""
        return ar.ARTICLE + self.stem if self.article else self.stem

    @property
    def stripped(self) -> int:
        return len(self.prefix) + self.article + bool(self.suffix)

    def to_dict(self) -> dict[str, Any]:
        return {
            "prefix": self.prefix,
            "article": self.article,
            "stem": self.stem,
            "suffix": self.suffix,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Clitics:
        return cls(
            prefix=data.get("prefix", ""),
            article=bool(data.get("article", False)),
            stem=data.get("stem", ""),
            suffix=data.get("suffix", ""),
        )


def _fold(word: str) -> str:
    return word.replace("ة", "ه")


def _with_suffixes(prefix: str, rest: str) -> list[Clitics]:
    out = [Clitics(prefix, False, _fold(rest), "")]
    for suffix in ar.ENCLITICS:
        if rest.endswith(suffix) and len(rest) - len(suffix) >= MIN_STEM + 1:
            stem = rest[: -len(suffix)]
            if stem.endswith("ت"):  # حكومته: the ة of حكومة is written ت before a suffix
                out.append(Clitics(prefix, False, stem[:-1] + "ه", suffix))
            out.append(Clitics(prefix, False, _fold(stem), suffix))
    return out


def analyses(norm: str) -> tuple[Clitics, ...]:
    """Every split of the word ``norm`` (normalized, ة kept) that the clitic grammar allows."""
    out: list[Clitics] = []
    for conj in ("", *ar.CONJUNCTIONS):
        if conj and not norm.startswith(conj):
            continue
        after_conj = norm[len(conj) :]
        for prep in ("", *ar.PREPOSITIONS, ar.FUTURE):
            if prep and not after_conj.startswith(prep):
                continue
            prefix = conj + prep
            rest = after_conj[len(prep) :]
            if len(rest) < MIN_STEM:
                continue
            if prep == ar.FUTURE:
                if rest[0] in ar.IMPERFECT_PREFIXES and len(rest) >= MIN_STEM + 1:
                    out.extend(_with_suffixes(prefix, rest))
                continue
            if prep == "ل" and rest.startswith("ل") and len(rest) - 1 >= MIN_STEM:
                out.append(Clitics(prefix, True, _fold(rest[1:]), ""))  # ل + ال: للولايات
            if rest.startswith(ar.ARTICLE) and len(rest) - 2 >= MIN_STEM:
                out.append(Clitics(prefix, True, _fold(rest[2:]), ""))
            out.extend(_with_suffixes(prefix, rest))
    return tuple(dict.fromkeys(out))


@cache
def _frequencies() -> dict[str, int]:
    """Word counts from Arabic news, built by ``scripts/build_wordfreq.py``."""
    path = resources.files("rasd") / "resources" / "wordfreq.tsv.gz"
    counts: dict[str, int] = {}
    try:
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
            for line in lines:
                word, _, count = line.rstrip("\n").partition("\t")
                counts[word] = int(count)
    except FileNotFoundError:
        pass  # without the list every split scores alike and the unsplit word wins
    return counts


# What stripping each clitic costs, in log counts: ك and the pronoun suffixes are rarer
# clitics than و, and must be earned by a much better-attested stem.
CLITIC_COST = {"و": 0.0, "ف": 1.0, "ب": 1.0, "ل": 1.0, "س": 1.0, "ك": 4.0}
SUFFIX_COST = 1.0
# Prefixes whose presence before a form shows that the form stands alone as a word.
_EVIDENCE = ("و", "ف", "ب", "ل", "ال", "وال", "بال", "فال", "لل", "ولل", "وب", "ول", "فل")


def _attested(form: str, word: str, freq: dict[str, int]) -> int:
    """How often ``form`` is seen with a clitic of its own, other than as ``word`` itself."""
    return sum(freq.get(p + form, 0) for p in _EVIDENCE if p + form != word)


def _score(analysis: Clitics, word: str, freq: dict[str, int]) -> float:
    """How well a split is attested: the form's own count and how often it takes clitics.

    ``وزير`` stays whole because زير is rare; ``وقال`` is split because قال is frequent and
    also seen as فقال; the article (``وال``, ``لل``) is the surest clitic and costs nothing.
    """
    form = analysis.base
    if analysis.article:
        # same form as the unsplit word (الرقة), or ل + ال (للرقة): the split is the reading
        return math.log1p(freq.get(form, 0)) + math.log1p(_attested(form, word, freq)) + 0.5
    cost = sum(CLITIC_COST[ch] for ch in analysis.prefix) + (SUFFIX_COST if analysis.suffix else 0)
    return math.log1p(freq.get(form, 0)) + math.log1p(_attested(form, word, freq)) - cost


@lru_cache(maxsize=200_000)
def best(norm: str) -> Clitics:
    """The most plausible split of the word ``norm`` (normalized, ة kept)."""
    freq = _frequencies()
    candidates = analyses(norm)
    if not candidates:
        return Clitics("", False, _fold(norm), "")
    folded = _fold(norm)
    return max(candidates, key=lambda a: (_score(a, folded, freq), -a.stripped))


@lru_cache(maxsize=200_000)
def match_forms(norm: str) -> tuple[str, ...]:
    """Every form under which ``norm`` (normalized, ة kept) may stand in a lexicon, in the
    full matching form, most literal first."""
    forms = [_fold(norm)]
    for analysis in analyses(norm):
        for form in (analysis.base, analysis.stem):
            if form not in forms:
                forms.append(form)
    return tuple(forms)
