"""Pairing quotation marks into quoted stretches, paragraph by paragraph.

The normalizer writes every double mark as ``"`` and every single one as ``'``, so which mark
opens and which closes is read from the spacing around it (a mark glued to the word after it
opens, one glued to the word before it closes), from « and », and from what precedes it (a
colon or أن opens). A quote whose closing mark is missing ends where the writer's narration
resumes — before the next sentence that starts with a reporting verb (``وأضاف``) — or at the
end of its paragraph; one whose closing mark opens the next paragraph runs over both. A mark
that opens inside an open quote of the same kind nests in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.document import Document, Token
from rasd.lang import ar

OPEN, CLOSE, EITHER = "open", "close", "either"
_FAMILIES = ('"', "'")
_OPENERS = frozenset("«‹")
_CLOSERS = frozenset("»›")
_TRAILING = frozenset([".", "،", ",", "؛", ";", ":"])


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted stretch: its opening mark, its closing mark (None when missing) and the
    tokens of its content ``[first, stop)``; ``depth`` 0 is a quote not inside another."""

    opener: int
    closer: int | None
    first: int
    stop: int
    depth: int = 0

    @property
    def words(self) -> int:
        return self.stop - self.first


def _direction(tokens: list[Token], i: int, lo: int, hi: int, opens: Callable[[int], bool]) -> str:
    raw = tokens[i].text
    if raw in _OPENERS:
        return OPEN
    if raw in _CLOSERS:
        return CLOSE
    glued_left = i > lo and tokens[i - 1].end == tokens[i].start
    glued_right = i + 1 < hi and tokens[i + 1].start == tokens[i].end
    if glued_right and not glued_left:
        return OPEN
    if glued_left and not glued_right:
        return CLOSE
    if i > lo and (tokens[i - 1].text in (":", "：") or opens(i - 1)):
        return OPEN
    if i + 1 >= hi or tokens[i + 1].kind == "punct":
        return CLOSE
    if i == lo or tokens[i - 1].text[0] in ar.SENTENCE_END:
        return OPEN
    return EITHER


class MarkPairer:
    """Pairs the marks of one document. ``opens(i)`` says whether token ``i`` introduces
    content (a complementizer or a reporting verb); ``resumes(s)`` whether sentence ``s``
    starts the writer's narration again (a reporting verb with a conjunction)."""

    def __init__(
        self,
        doc: Document,
        opens: Callable[[int], bool],
        resumes: Callable[[int], bool],
    ) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.opens = opens
        self.resumes = resumes
        self.sentence_of: list[int] = [0] * len(doc.tokens)
        for s, sentence in enumerate(doc.sentences):
            for t in range(sentence.token_start, sentence.token_end):
                self.sentence_of[t] = s

    def _resumed_between(self, opener: int, upto: int) -> int | None:
        """The first token of a narration sentence starting after ``opener`` up to ``upto``."""
        s = self.sentence_of[opener] + 1
        sentences = self.doc.sentences
        while s < len(sentences) and sentences[s].token_start <= upto:
            if self.resumes(s):
                return sentences[s].token_start
            s += 1
        return None

    def _unclosed(self, opener: int, stop: int, depth: int) -> Quoted:
        """A quote without its closing mark, ending before token ``stop``."""
        while stop > opener + 1 and self.tokens[stop - 1].text in _TRAILING | ar.SENTENCE_END:
            stop -= 1
        return Quoted(opener, None, opener + 1, stop, depth)

    def pairs(self) -> list[Quoted]:
        found: list[Quoted] = []
        paragraphs = self._paragraph_ranges()
        at: dict[str, list[int]] = {family: [] for family in _FAMILIES}
        for i, token in enumerate(self.tokens):
            if token.norm in at:
                at[token.norm].append(i)
        for family in _FAMILIES:
            where = at[family]
            w = 0
            carried: int | None = None
            for p, (lo, hi) in enumerate(paragraphs):
                stack: list[int] = []
                if carried is not None:
                    stack.append(carried)
                    carried = None
                while w < len(where) and where[w] < lo:
                    w += 1
                marks = []
                while w < len(where) and where[w] < hi:
                    marks.append(where[w])
                    w += 1
                for i in marks:
                    d = _direction(self.tokens, i, lo, hi, self.opens)
                    if not stack:
                        if d != CLOSE:
                            stack.append(i)
                        continue
                    top = stack[-1]
                    resumed = self._resumed_between(top, i) if len(stack) == 1 else None
                    if resumed is not None:
                        found.append(self._unclosed(top, resumed, 0))
                        stack.pop()
                        if d != CLOSE:
                            stack.append(i)
                        continue
                    if d == OPEN:
                        stack.append(i)
                    else:
                        opener = stack.pop()
                        found.append(Quoted(opener, i, opener + 1, i, len(stack)))
                carried = self._close_paragraph(stack, p, paragraphs, family, found)
        found.sort(key=lambda q: q.opener)
        return found

    def _close_paragraph(
        self,
        stack: list[int],
        p: int,
        paragraphs: list[tuple[int, int]],
        family: str,
        found: list[Quoted],
    ) -> int | None:
        """End the quotes left open at the end of paragraph ``p``; return the outer one if it
        runs into the next paragraph (whose first mark closes it)."""
        if not stack:
            return None
        hi = paragraphs[p][1]
        outer = stack[0]
        resumed = self._resumed_between(outer, hi - 1)
        if resumed is None and p + 1 < len(paragraphs) and len(stack) == 1:
            nlo, nhi = paragraphs[p + 1]
            first = next((i for i in range(nlo, nhi) if self.tokens[i].norm == family), None)
            if (
                first is not None
                and _direction(self.tokens, first, nlo, nhi, self.opens) == CLOSE
                and self._resumed_between(outer, first) is None
            ):
                return outer
        # inner quotes left open are part of the outer one
        found.append(self._unclosed(outer, resumed if resumed is not None else hi, 0))
        return None

    def _paragraph_ranges(self) -> list[tuple[int, int]]:
        ranges: list[tuple[int, int]] = []
        sentences = self.doc.sentences
        s = 0
        for p in range(len(self.doc.paragraphs)):
            start = s
            while s < len(sentences) and sentences[s].paragraph == p:
                s += 1
            if s > start:
                ranges.append((sentences[start].token_start, sentences[s - 1].token_end))
        return ranges
