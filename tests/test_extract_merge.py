"""Merging extractor outputs: numbers inside dates are dropped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import _span_index
from factcheck.model import Assertion

spans = st.tuples(st.integers(0, 60), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1]))


def _assertion(span: tuple[int, int]) -> Assertion:
    return Assertion("a", "date", span[0], span[1], "", None)


@settings(max_examples=300, deadline=None)
@given(st.lists(spans, max_size=8), spans)
def test_span_index_agrees_with_pairwise_overlap(others, span):
    indexed = _span_index([_assertion(o) for o in others])
    pairwise = any(start < span[1] and span[0] < end for start, end in others)
    assert indexed(_assertion(span)) == pairwise
