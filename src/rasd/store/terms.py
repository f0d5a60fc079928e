"""The word forms the search index keeps, and the forms a typed query looks for.

A word is indexed under its matching form (letters normalized: ``بالرقة`` → ``بالرقه``), the
same without its proclitics and suffix but with its article (``الرقه``), and its bare stem
(``رقه``), all from the clitic analysis of ``rasd.text``. A query word is looked up under its
matching form and its form without proclitics, so ``الرقة`` finds ``بالرقة`` and ``والرقة``,
``رقة`` finds ``الرقة``, and ``بالرقة`` typed whole finds ``الرقة`` too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from rasd.document import Token
from rasd.text.normalize import TABLE
from rasd.text.tokenize import iter_tokens

# Longer "words" are URLs and run-together noise nobody searches for.
MAX_TERM = 60
_INDEXED_KINDS = ("word", "number")


def token_terms(token: Token) -> tuple[str, ...]:
    """The index forms of one token: matching form, then without clitics, then the stem."""
    if token.kind not in _INDEXED_KINDS or not token.norm:
        return ()
    forms = [token.norm]
    if token.clitics is not None:
        for form in (token.clitics.base, token.clitics.stem):
            if form and form not in forms:
                forms.append(form)
    return tuple(f for f in forms if len(f) <= MAX_TERM)


def text_terms(text: str) -> set[str]:
    """Every index form of every word of ``text``."""
    out: set[str] = set()
    for token in iter_tokens(text):
        out.update(token_terms(token))
    return out


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One word of a query and the index forms any of which it matches."""

    text: str
    forms: tuple[str, ...]


def query_words(query: str) -> list[QueryWord]:
    """The words of a typed query; a text must match each of them (by any of its forms)."""
    words: list[QueryWord] = []
    for token in iter_tokens(query):
        if token.kind not in _INDEXED_KINDS or not token.norm:
            continue
        forms = [token.norm]
        if token.clitics is not None and token.clitics.prefix:
            forms.append(token.clitics.base)
        word = QueryWord(token.text, tuple(dict.fromkeys(f[:MAX_TERM] for f in forms)))
        if word not in words:
            words.append(word)
    return words


def matches(token: Token, words: Iterable[QueryWord]) -> bool:
    """Whether ``token`` is a hit for any of the query ``words`` (for highlighting)."""
    forms = _all_forms(tuple(words))
    return any(term in forms for term in token_terms(token))


@lru_cache(maxsize=1024)
def _all_forms(words: tuple[QueryWord, ...]) -> frozenset[str]:
    return frozenset(form for word in words for form in word.forms)


def hits(
    text: str, words: list[QueryWord], start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int]]:
    """Offsets ``[start, end)`` of the words of ``text[start:end]`` that match the query.

    Like ``first_hit``, only the words where a query form's core occurs are tokenized (a
    token never holds a space, so a word cut out at spaces tokenizes as in the whole text)."""
    if not words:
        return
    stop = len(text) if end is None else min(end, len(text))
    done = start  # the text before this was checked
    for at in _candidates(text, words, start, stop):
        if at < done:
            continue
        left, right = _word_around(text, at, start, stop)
        for token in iter_tokens(text, max(left, done), right):
            if matches(token, words):
                yield token.start, token.end
        done = right


def _core(form: str) -> str:
    """What every written form of a word holds as a substring of its matching form: the
    form without ال (لل drops its alef) and without a final ه (ة is written ت before a
    suffix)."""
    core = form.removeprefix("ال")
    return core[:-1] if len(core) > 2 and core.endswith("ه") else core


def _letter_classes() -> tuple[dict[str, str], str]:
    """For each letter of the matching form, a regex class of the letters that fold to it;
    and the class of the marks normalization deletes (diacritics, tatweel)."""
    sources: dict[str, set[str]] = {}
    deleted: list[str] = []
    for code, replacement in TABLE.items():
        if replacement == "":
            deleted.append(chr(code))
        elif len(replacement) == 1:
            sources.setdefault(replacement, {replacement}).add(chr(code))
    classes = {
        letter: "[" + "".join(regex.escape(c) for c in sorted(chars)) + "]"
        for letter, chars in sources.items()
    }
    return classes, "[" + "".join(regex.escape(c) for c in sorted(deleted)) + "]*"


_CLASSES, _DELETED = _letter_classes()


@lru_cache(maxsize=4096)
def _pattern(cores: tuple[str, ...]) -> regex.Pattern[str]:
    """A pattern that finds any of ``cores`` in the original text, whatever its marks."""
    alternatives = (_DELETED.join(_CLASSES.get(c, regex.escape(c)) for c in core) for core in cores)
    # ignoring case costs 40 % of the scan: only for cores with cased letters (Latin), not Arabic
    cased = any(c.lower() != c.upper() for core in cores for c in core)
    flags = regex.IGNORECASE if cased else 0
    return regex.compile("|".join(f"(?:{a})" for a in alternatives), flags)


def first_hit(text: str, words: list[QueryWord]) -> tuple[int, int] | None:
    """The first word of ``text`` that matches the query, found without tokenizing the whole
    text: candidates are where a query form's core occurs (as written, marks and all), and
    only the word around each candidate is tokenized and checked."""
    if not words:
        return None
    for at in _candidates(text, words, 0, len(text)):
        left, right = _word_around(text, at, 0, len(text))
        for token in iter_tokens(text, left, right):
            if token.start <= at < token.end and matches(token, words):
                return token.start, token.end
    return None


def _candidates(text: str, words: list[QueryWord], start: int, end: int) -> Iterator[int]:
    """Where a core of a query form occurs in ``text[start:end]``, as written."""
    cores = tuple(sorted({_core(form) for word in words for form in word.forms if form}))
    for match in _pattern(cores).finditer(text, start, end, overlapped=True):
        yield match.start()


def _word_around(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The stretch between spaces (within ``[start, end)``) that holds offset ``at``."""
    left = at
    while left > start and not text[left - 1].isspace():
        left -= 1
    right = at
    while right < end and not text[right].isspace():
        right += 1
    return left, right
