"""Paragraphs and sentences over the tokens of a text.

A line break always ends a paragraph, and a sentence never crosses one (headlines and
datelines carry no full stop). Inside a paragraph a sentence ends at . ! ? ؟ … when the mark
is not inside a number (``3.5``: one token already), not after a title or an initial
(``د.``), and is followed by a space, a line end or a letter (a missing space is a typo, not a
continuation; a stop between two Latin words with no space, as in a web address, is none).
The comma ، and semicolon ؛ do not end sentences. Quotation marks and brackets
that close right after the mark belong to the sentence they close (``…2013". وأضاف``); one
after a space opens the next, which is how a quote whose closing mark is missing stays right.
"""

from __future__ import annotations

import regex

from rasd.document import Paragraph, Sentence, Token
from rasd.lang import ar

_LINE = regex.compile("[^" + regex.escape(ar.LINE_BREAKS) + "]+")


def _is_terminal(tok: Token) -> bool:
    return tok.kind == "punct" and tok.text[0] in ar.SENTENCE_END


def _is_abbreviation(tokens: list[Token], i: int) -> bool:
    """Whether the full stop ``tokens[i]`` closes a title or an initial (د. أ. م.), or a
    letter group of an abbreviation written with spaces (سي. إن. إن.، بي. بي. سي.)."""
    if tokens[i].text != "." or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start or prev.kind != "word":
        return False
    if len(prev.norm) != 1:
        return spaced_abbreviation(tokens, i - 1)
    return not (prev.norm in ar.ERA_MARKS and i >= 2 and tokens[i - 2].kind == "number")


def _letter_group(tokens: list[Token], k: int) -> bool:
    """A word of up to three letters with a full stop glued after it (سي.)."""
    return (
        0 <= k < len(tokens) - 1
        and tokens[k].kind == "word"
        and len(tokens[k].norm) <= 3
        and tokens[k + 1].text == "."
        and tokens[k].end == tokens[k + 1].start
    )


def spaced_abbreviation(tokens: list[Token], k: int) -> bool:
    """Whether the short word ``k`` is a letter group of an abbreviation spelled with stops
    and spaces: another letter group stands right before or after it (سي. إن. إن.)."""
    neighbour = _letter_group(tokens, k - 2) or _letter_group(tokens, k + 2)
    return _letter_group(tokens, k) and neighbour


def _closes(tokens: list[Token], j: int, stop: int) -> bool:
    """Whether the mark at ``j``, glued after a terminal, closes the sentence before it: not
    «, and not a " glued to the word after it (``لهم."المدينة" حاولت``: it opens the next)."""
    mark = tokens[j].text[0]
    if mark not in ar.CLOSERS:
        return False
    if mark in ar.SYMMETRIC_QUOTES and j + 1 < stop:
        nxt = tokens[j + 1]
        return not (nxt.kind == "word" and nxt.start == tokens[j].end)
    return True


def _sentence_stop(tokens: list[Token], i: int, stop: int) -> int | None:
    """Where the sentence whose terminal mark is ``tokens[i]`` stops, or None if it goes on.

    The stop takes in the closing marks glued after the terminal (``."`` ``؟!»``);
    ``stop`` bounds the paragraph.
    """
    if _is_abbreviation(tokens, i):
        return None
    j = i + 1
    while (
        j < stop
        and tokens[j].start == tokens[j - 1].end
        and (_closes(tokens, j, stop) or _is_terminal(tokens[j]))
    ):
        j += 1
    if j >= stop or tokens[j].start > tokens[j - 1].end:
        return j
    # glued to what follows: ends only before a letter (a typo: "النهاية.وقال"), and not
    # inside a web address or a Latin abbreviation (WWW.GOSI.GOV.SA, U.S.A)
    if tokens[j].text[0] in ar.DOUBLE_QUOTES + ar.SINGLE_QUOTES:
        return j  # a mark that opens: the next sentence starts with it (لهم.«المدينة»)
    if tokens[j].kind != "word":
        return None
    glued_before = i > 0 and tokens[i - 1].end == tokens[i].start
    if glued_before and tokens[i - 1].text.isascii() and tokens[j].text.isascii():
        return None
    return j


def paragraphs_of(text: str, tokens: list[Token]) -> list[tuple[Paragraph, int, int]]:
    """Paragraphs with the range of their tokens; a line with no token is no paragraph."""
    out: list[tuple[Paragraph, int, int]] = []
    i = 0
    n = len(tokens)
    for line in _LINE.finditer(text):
        first = i
        while i < n and tokens[i].end <= line.end():
            i += 1
        if i > first:
            out.append((Paragraph(tokens[first].start, tokens[i - 1].end), first, i))
    return out


def segment(text: str, tokens: list[Token]) -> tuple[list[Paragraph], list[Sentence]]:
    """Split ``text``, already tokenized as ``tokens``, into paragraphs and sentences."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_index, (paragraph, first, stop) in enumerate(paragraphs_of(text, tokens)):
        paragraphs.append(paragraph)
        begin = first
        i = first
        while i < stop:
            end = _sentence_stop(tokens, i, stop) if _is_terminal(tokens[i]) else None
            if end is None:
                i += 1
                continue
            sentences.append(_sentence(tokens, begin, end, p_index))
            begin = i = end
        if begin < stop:
            sentences.append(_sentence(tokens, begin, stop, p_index))
    return paragraphs, sentences


def _sentence(tokens: list[Token], first: int, stop: int, paragraph: int) -> Sentence:
    return Sentence(tokens[first].start, tokens[stop - 1].end, first, stop, paragraph)
