"""Articles to assertions: run the extractors and merge what they find."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import Callable, Iterable, Sequence

from factcheck.io import dateline_spans
from factcheck.model import Article, Assertion, sort_key
from factcheck.nlp import Analyser, Doc, get_analyser

from factcheck.extract.attributions import credit_figures, find_attributions, find_counting_sources, find_reporting_sources
from factcheck.extract.events import attach_events
from factcheck.extract.quantities import find_quantities, with_measured_nouns
from factcheck.extract.quotes import analyse_quotes, find_quotes
from factcheck.extract.temporal import find_temporal

TEMPORAL_KINDS = frozenset({"date", "time", "datetime", "interval", "duration", "set"})
NUMERIC_KINDS = frozenset({"number", "percentage", "ordinal"})


def extract(
    article: Article,
    *,
    analyser: Analyser | str | None = "spacy",
    doc: Doc | None = None,
) -> tuple[Assertion, ...]:
    """The assertions of one article, in text order.

    ``doc`` is the article's analysis when the caller already has it;
    otherwise ``analyser`` makes it (None skips analysis: numbers then have
    no unit lemma and quotations no parse-based speaker).
    """
    if doc is None and analyser is not None:
        if isinstance(analyser, str):
            analyser = get_analyser(analyser)
        doc = analyser.analyse([article.text])[0]
    return assertions_from(article, doc)


def extract_many(
    articles: Sequence[Article], *, analyser: Analyser | str | None = "spacy"
) -> list[tuple[Assertion, ...]]:
    """Like ``extract`` for several articles, analysed in one batch."""
    if analyser is None:
        return [assertions_from(article, None) for article in articles]
    if isinstance(analyser, str):
        analyser = get_analyser(analyser)
    docs = analyser.analyse([article.text for article in articles])
    return [assertions_from(article, doc) for article, doc in zip(articles, docs)]


def assertions_from(article: Article, doc: Doc | None) -> tuple[Assertion, ...]:
    """Pure function: one article and its analysis to its assertions."""
    temporal = find_temporal(article.text, article.published, article.id)
    numeric = find_quantities(article.text, article.id, doc)
    datelines = dateline_spans(article.text)
    if datelines:
        # "Publié le 17 novembre 2025 à 09h00" dates the article: no claim of it
        on_dateline = _span_index([Assertion(article.id, "date", start, end, "", None) for start, end in datelines])
        temporal = [a for a in temporal if not on_dateline(a)]
        numeric = [a for a in numeric if not on_dateline(a)]
    # A number inside a date ("19 juin 2024") is part of the date, not a
    # quantity of its own.
    inside_temporal = _span_index(temporal)
    numeric = [a for a in numeric if not inside_temporal(a)]
    durations = with_measured_nouns(article.text, [a for a in temporal if a.kind == "duration"], doc)
    temporal = [a for a in temporal if a.kind != "duration"] + durations
    # Quotations, their speakers and sources share one pass over the text;
    # dates and numbers take the key of the event their clause tells.
    quoted = analyse_quotes(article.text, doc)
    quotes = find_quotes(article.text, article.id, doc, quoted)
    attributions = find_attributions(article.text, article.id, doc, quoted)
    counting = find_counting_sources(article.text, article.id, quoted)
    reporting = find_reporting_sources(article.text, article.id, quoted)
    numeric = credit_figures(article.text, numeric, [*attributions, *counting, *reporting])
    valued = attach_events([*temporal, *numeric], quoted[0], quoted[1])
    return tuple(sorted([*valued, *quotes, *attributions], key=sort_key))


def _span_index(spans: Iterable[Assertion]) -> Callable[[Assertion], bool]:
    """A test of whether an assertion overlaps any of ``spans``, in
    logarithmic time: among the spans starting before its end, the furthest
    end must pass its start."""
    ordered = sorted((s.start, s.end) for s in spans)
    starts = [start for start, _ in ordered]
    furthest_end = list(accumulate((end for _, end in ordered), max))

    def overlaps(assertion: Assertion) -> bool:
        before = bisect_left(starts, assertion.end)
        return before > 0 and furthest_end[before - 1] > assertion.start

    return overlaps
