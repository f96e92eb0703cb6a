"""Event keys do not depend on line wrapping: a line break inside a clause
is white space ("signé mercredi 12 mars à\\nAix-la-Chapelle")."""

from __future__ import annotations

from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import assertions_from
from factcheck.extract.events import attach_events
from factcheck.extract.quotes import analyse_quotes
from factcheck.io import read_all
from factcheck.model import Assertion
from test_quotes_layout import wrap

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {
    a.id: a
    for a in read_all([*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "benchmarks/data/traite").glob("*.txt"))]).articles
}
EVENT_KINDS = {"date", "datetime", "duration", "number", "ordinal"}


def keyed(text: str, *values: str) -> list[str | None]:
    at, names, *_ = analyse_quotes(text)
    dates = []
    for words in values:
        start = text.index(words)
        dates.append(Assertion("a", "date", start, start + len(words), words, None))
    return [a.event for a in attach_events(dates, at, names)]


def test_place_on_the_next_line():
    """The place after a line break belongs to the clause."""
    one_line = "Emmanuel Macron et Olaf Scholz ont signé mercredi 12 mars à Aix-la-Chapelle un traité."
    for text in (one_line, one_line.replace("à ", "à\n"), one_line.replace("signé ", "signé\n")):
        assert keyed(text, "12 mars") == ["sign:agreement:emmanuel-macron+olaf-scholz@aix-la-chapelle"]


def test_participants_over_a_line_break():
    """The subject over two lines is still the subject ('et' ends no
    sentence; a line break between two names is read as such only in a
    text wrapped at a width, see the property below)."""
    text = "Après deux heures de pourparlers, Vladimir Poutine et\nKim Jong-un ont signé le 19 juin un accord."
    assert keyed(text, "19 juin") == ["sign:agreement:kim-jong-un+vladimir-poutine"]


def events_of(article) -> dict[tuple[int, int, str], str | None]:
    return {(a.start, a.end, a.kind): a.event for a in assertions_from(article, None) if a.kind in EVENT_KINDS}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(ARTICLES)), st.integers(min_value=20, max_value=100))
def test_event_keys_survive_line_wrapping(name, width):
    """Every date and number found both ways has the same event key.

    (Whether a value is found at all across a line break is the value
    extractors' business, not the events'.)"""
    article = ARTICLES[name]
    original = events_of(article)
    wrapped = events_of(attrs.evolve(article, text=wrap(article.text, width)))
    both = original.keys() & wrapped.keys()
    assert len(both) >= len(original) - 1
    assert {k: wrapped[k] for k in both} == {k: original[k] for k in both}
