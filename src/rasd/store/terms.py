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

from rasd.document import Token
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
    terms = set(token_terms(token))
    return any(terms.intersection(word.forms) for word in words)


def hits(text: str, words: list[QueryWord]) -> Iterator[tuple[int, int]]:
    """Offsets ``[start, end)`` of the words of ``text`` that match the query."""
    for token in iter_tokens(text):
        if matches(token, words):
            yield token.start, token.end
