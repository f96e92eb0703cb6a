"""Dates, times, intervals and durations in French text.

The text is folded first (NFC, one kind of apostrophe, space, quotation
mark and dash; ``factcheck.textnorm``) so typography never changes what is
found nor its value; spans go back to the article's own characters through
``Folded.to_original``, so ``text`` is always ``article_text[start:end]``.
The grammar and the values are in ``factcheck.normalize.temporal``.
"""

from __future__ import annotations

from factcheck.model import Assertion
from factcheck.normalize.temporal import find_mentions
from factcheck.textnorm import fold


def find_temporal(text: str, published: str | None, article: str) -> list[Assertion]:
    """The temporal assertions of one article, in text order.

    ``published`` is the article's publication date as a TIMEX3 value cut
    to its precision, or None; relative expressions resolve against it.
    """
    folded = fold(text)
    out: list[Assertion] = []
    for mention in find_mentions(folded.text, published):
        start, end = folded.to_original(mention.start, mention.end)
        if start >= end:
            continue
        out.append(
            Assertion(
                article=article,
                kind=mention.kind,
                start=start,
                end=end,
                text=text[start:end],
                value=mention.value,
                mod=mention.mod,
                weekday=mention.weekday,
                implied=mention.implied,
                flags=mention.flags,
            )
        )
    return out
