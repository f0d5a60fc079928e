"""SpanIndex answers range questions exactly as a scan of the layer would."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from rasd.spans import SpanIndex, index_of


@dataclass(frozen=True)
class Item:
    start: int
    end: int


items = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 30)).map(lambda t: Item(t[0], t[0] + t[1])),
    max_size=40,
)
ranges = st.tuples(st.integers(0, 90), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1]))


@given(items, ranges)
def test_every_question_matches_a_scan(layer: list[Item], where: tuple[int, int]) -> None:
    lo, hi = where
    index = SpanIndex(layer)
    in_order = sorted(layer, key=lambda x: x.start)
    assert index.starting_in(lo, hi) == [x for x in in_order if lo <= x.start < hi]
    assert index.within(lo, hi) == [x for x in in_order if lo <= x.start and x.end <= hi]
    assert index.overlapping(lo, hi) == [x for x in in_order if x.start < hi and x.end > lo]
    assert index.ending_at(hi) == [x for x in in_order if x.end == hi]


def test_the_index_of_a_list_is_rebuilt_when_the_list_grows() -> None:
    layer = [Item(0, 3)]
    assert index_of(layer) is index_of(layer)
    layer.append(Item(5, 8))
    assert index_of(layer).starting_in(4, 9) == [Item(5, 8)]
