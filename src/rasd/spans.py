"""The spans of a layer that lie in a stretch of text, found by bisection, not by a scan.

Stages ask "which entities (dates, places …) fall in this sentence, start in this phrase,
end at this token?" once per sentence or per candidate. A scan of the whole layer for each
question makes an article of n sentences cost n² (a 1 MB article took minutes); a
``SpanIndex`` answers each in O(log n + hits).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class SpanIndex(Generic[S]):
    """The items of one layer sorted by start (ties keep their order), for range questions."""

    def __init__(self, items: Sequence[S]) -> None:
        self.items = sorted(items, key=lambda x: x.start)
        self.starts = [x.start for x in self.items]
        self.longest = max((x.end - x.start for x in self.items), default=0)
        self._by_end: dict[int, list[S]] | None = None

    def starting_in(self, lo: int, hi: int) -> list[S]:
        """Items with ``lo <= start < hi``."""
        return self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def within(self, lo: int, hi: int) -> list[S]:
        """Items inside ``[lo, hi)``: ``lo <= start`` and ``end <= hi``."""
        return [x for x in self.starting_in(lo, hi) if x.end <= hi]

    def overlapping(self, lo: int, hi: int) -> list[S]:
        """Items sharing at least one character with ``[lo, hi)``."""
        first = bisect_right(self.starts, lo - self.longest)
        last = bisect_left(self.starts, hi)
        return [x for x in self.items[first:last] if x.end > lo and x.start < hi]

    def ending_at(self, end: int) -> list[S]:
        """Items whose span ends at ``end``, in start order."""
        if self._by_end is None:
            self._by_end = {}
            for x in self.items:
                self._by_end.setdefault(x.end, []).append(x)
        return self._by_end.get(end, [])


_memo: dict[int, tuple[Sequence[_Span], int, SpanIndex[_Span]]] = {}
_MEMO_SIZE = 16


def index_of(items: Sequence[S]) -> SpanIndex[S]:
    """The ``SpanIndex`` of a layer list, built once while the list lives and keeps its length.

    Stages read the layers of earlier stages without changing them, so a layer asked about
    many times in one document is sorted once. The memo holds the list itself (so its id is
    not reused) and forgets the oldest of its few entries.
    """
    key = id(items)
    found = _memo.get(key)
    if found is not None and found[0] is items and found[1] == len(items):
        return found[2]  # type: ignore[return-value]
    index = SpanIndex(items)
    if len(_memo) >= _MEMO_SIZE:
        del _memo[next(iter(_memo))]
    _memo[key] = (items, len(items), index)  # type: ignore[assignment]
    return index
