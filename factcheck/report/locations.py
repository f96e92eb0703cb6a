"""Character offsets to file positions."""

from __future__ import annotations

from bisect import bisect_right

from factcheck.model import Article


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, c in enumerate(text) if c == "\n")
    return starts


def line_col(article: Article, offset: int, starts: list[int] | None = None) -> tuple[int, int]:
    """1-based line and column in the article's file of a text offset.

    ``starts`` is ``line_starts(article.text)`` when the caller has it.
    """
    starts = starts if starts is not None else line_starts(article.text)
    index = bisect_right(starts, offset) - 1
    return index + article.first_line, offset - starts[index] + 1
