"""The words a statement is told in (factcheck.rules.context)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.rules.context import words_around


def test_the_words_around_a_date_in_its_sentence():
    text = "Évadé mardi, il a fui. Il a été interpellé jeudi à l'aube dans un hangar agricole de Lizy-sur-Ourcq."
    start = text.index("jeudi")
    words = words_around(text, start, start + len("jeudi"))
    # folded, singular, content words only; the sentence before is not read
    assert {"interpell", "hangar", "agricol", "lizy-sur-ourcq"} == words
    assert words == words_around(text.upper(), start, start + len("jeudi"))


def test_a_feminine_or_plural_is_one_word():
    text = "interpellées hier ; interpellé demain"
    first = words_around(text, 13, 17)
    second = words_around(text, 32, 38)
    assert first == second == {"interpell"}


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 40))
def test_never_raises_and_returns_folded_words(text, start, length):
    start = min(start, len(text))
    end = min(len(text), start + length)
    for word in words_around(text, start, end):
        assert word == word.lower() and len(word) >= 4
