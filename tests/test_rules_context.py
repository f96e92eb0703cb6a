"""The words a statement is told in (factcheck.rules.context)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.rules.context import words_around


def test_the_words_around_a_date_in_its_sentence():
    text = "Évadé mardi, il a fui. Le détenu a été interpellé jeudi à l'aube dans un hangar agricole de Lizy-sur-Ourcq."
    start = text.index("jeudi")
    words = words_around(text, start, start + len("jeudi"))
    # folded, singular, content words only; the sentence before is not read
    assert len(words) == 6  # détenu, interpellé, hangar, agricole, Lizy, Ourcq
    assert words == words_around(text.upper(), start, start + len("jeudi"))
    inflected = text.replace("interpellé", "interpellés").replace("agricole", "agricoles")
    assert words_around(inflected, start, start + len("jeudi")) == words


def test_a_sentence_opened_by_a_pronoun_reads_the_one_before():
    """(blind38) "Elles n'ont été levées qu'avant-hier à 13h40" tells of the
    procedures the sentence before names; not across a paragraph, nor after
    an impersonal "Il y a"."""
    text = "Les procédures de faible visibilité avaient été déclenchées lundi à 6h50. Elles n'ont été levées qu'avant-hier."
    start = text.index("avant-hier")
    words = words_around(text, start, start + len("avant-hier"), continued=True)
    assert {"procedur", "faibl", "visibil", "declench", "lev"} <= words
    assert "visibil" not in words_around(text, start, start + len("avant-hier"))  # (a source's, as it is)
    for other in (text.replace(". Elles", ".\nElles"), text.replace("Elles n'ont été levées", "Il y a eu des levées")):
        start = other.index("avant-hier")
        assert "visibil" not in words_around(other, start, start + len("avant-hier"), continued=True)


def test_an_elided_word_is_one_word_of_the_window():
    """(blind14) "l'adjoint" is one word of the ten either side, not two:
    the ten after "Hier" reach "chargé"."""
    text = "Hier, sur le chantier du pont Haudaudine, l’adjoint au maire chargé des travaux publics a reconnu le retard."
    words = words_around(text, 0, len("Hier"))
    assert "charg" in words, words


def test_a_compound_counts_by_its_parts():
    """(blind31) "dans le centre-ville" and "dans le centre de Strasbourg"
    share "centre"."""
    text = "mercredi : dans le centre-ville ; jeudi : dans le centre de Strasbourg"
    one = words_around(text, 0, len("mercredi"), reach=4)
    other = words_around(text, text.index("jeudi"), text.index("jeudi") + 5, reach=4)
    assert "centr" in one & other and "vill" in one


def test_a_figure_told_beside_is_a_word_of_the_account():
    """(blind31) "n'est pas descendu sous 24,6 °C" and "affichait encore
    24,6 °C" tell one night; a single digit tells too little, and a
    date's own digits are the value, not the window."""
    text = "dans la nuit de mardi à mercredi, le thermomètre affichait encore 24,6 °C, sur 3 sites"
    start = text.index("la nuit")
    words = words_around(text, start, text.index(","))
    assert "#24.6" in words and not any(w.startswith("#3") for w in words)
    text = "le 14 juin, 312 passages aux urgences"
    assert "#312" in words_around(text, 0, len("le 14 juin")) and "#14" not in words_around(text, 0, len("le 14 juin"))


def test_inflections_are_one_word():
    text = "interpellées hier ; interpellé demain ; retrouveront lundi ; retrouver mardi"

    def around(word):
        start = text.index(word)
        return words_around(text, start, start + len(word))

    assert around("hier") == around("demain") and len(around("hier")) == 1
    assert around("lundi") == around("mardi") and len(around("lundi")) == 1


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 40))
def test_never_raises_and_returns_folded_stems(text, start, length):
    start = min(start, len(text))
    end = min(len(text), start + length)
    for word in words_around(text, start, end):
        # stems of words of four letters or more, folded: lower case, no
        # accent; or a figure of two digits or more
        assert len(word) >= 3 and word == word.lower() and "\u0301" not in word
        assert not word.startswith("#") or word[1:].replace(".", "").isdigit()


def test_a_figure_before_a_comma_is_a_word_of_the_account():
    """(blind33) "de l'édition 2025, a devancé": the year before the comma
    counts, as "24,6" stays one figure."""
    from factcheck.rules.context import words_around

    text = "Rotich, troisième de l'édition 2025, a devancé l'Éthiopien sous 24,6 °C."
    start = text.index("troisième")
    got = words_around(text, start, start + len("troisième"))
    assert {"#2025", "#24.6"} <= got and "#24" not in got
