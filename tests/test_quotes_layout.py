"""Quotations and speakers do not depend on line wrapping nor on « » vs ".

The layout (``factcheck.resolve.layout``) tells line breaks that only wrap
from paragraph breaks; quotation spans, sentences and speakers run across
wrapping ones.  Property tests wrap the articles of the repository (the
seeds and the mutation benchmark's articles) at random widths, turn their
guillemets into straight marks, or both, and compare with the original.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.attributions import find_attributions
from factcheck.extract.quote_spans import find_quote_spans
from factcheck.extract.quotes import analyse_quotes, find_quotes
from factcheck.resolve.layout import unwrap, wrapping_breaks

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {
    path.stem: path.read_text("utf-8")
    for path in [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "benchmarks/data/traite").glob("*.txt"))]
}


def wrap(text: str, width: int) -> str:
    """Greedy wrapping at ``width`` that turns spaces into line breaks (the
    text keeps its length, so offsets compare directly)."""
    chars = list(text)
    line_start, has_word = 0, False
    for m in re.finditer(r"[^ \n]+|\n", text):
        start, end = m.span()
        if m.group() == "\n":
            line_start, has_word = start + 1, False
            continue
        if end - line_start > width and has_word and text[start - 1] == " ":
            chars[start - 1] = "\n"
            line_start = start
        has_word = True
    return "".join(chars)


def straight(text: str) -> str:
    """« » as straight marks, the spaces inside them dropped."""
    return re.sub(r"«\s*", '"', re.sub(r"\s*»", '"', text))


def quotes_of(text: str, offsets: bool = True) -> list[tuple]:
    analysis = analyse_quotes(text)
    found = find_quotes(text, "a", None, analysis)
    return [((q.start, q.end) if offsets else (), q.value, q.speaker, q.flags) for q in found]


def sources_of(text: str) -> list[tuple]:
    analysis = analyse_quotes(text)
    return [(a.start, a.end, a.value) for a in find_attributions(text, "a", None, analysis)]


class TestLayout:
    def test_blank_lines_and_one_paragraph_a_line_are_paragraphs(self):
        """News copy with one paragraph a line keeps every line break."""
        for name in ("001_58e8c327b5777ef9", "002_a31945556f05f472", "004_f7b38f474b3c6a62"):
            assert wrapping_breaks(ARTICLES[name]) == []

    def test_hard_wrapped_text_is_recognised(self):
        """Every line break a 70-column wrapper made only wraps; paragraph
        breaks stay."""
        text = ARTICLES["000_c26ecf911a5fb2e9"]
        wrapped = wrap(text, 70)
        made = {i for i, (a, b) in enumerate(zip(text, wrapped)) if a != b}
        assert set(wrapping_breaks(wrapped)) == made
        assert unwrap(wrapped) == text

    def test_line_going_on_after_a_preposition(self):
        """'à' cannot end a sentence: the next line continues it."""
        text = "Ils ont signé mercredi 12 mars à\nAix-la-Chapelle un traité."
        assert unwrap(text) == text.replace("\n", " ")

    def test_closing_guillemet_at_a_line_start(self):
        """« » hold spaces inside, so a wrapper may start a line with »."""
        text = "« Nous viendrons\n», a-t-il dit. Puis il a ajouté : «\nJamais. »"
        assert unwrap(text) == text.replace("\n", " ")

    def test_sentence_end_then_capital_is_a_paragraph_break(self):
        """A sentence end before a capital or a mark starts a paragraph, even
        in a wrapped text."""
        assert wrapping_breaks("Il est parti.\nLe lendemain, il pleuvait.") == []
        assert wrapping_breaks("Il a conclu.\n« Nous verrons », dit-il.") == []

    def test_honorific_at_a_line_end_goes_on_in_a_wrapped_text(self):
        """'M.' ends no sentence: a full line ending with it goes on."""
        text = "Un texte assez long pour avoir des lignes. " * 6 + "C'est ce qu'a déclaré M. Durand hier soir. " * 6
        wrapped = [wrap(text, width) for width in range(30, 61)]
        assert any("M.\nDurand" in w for w in wrapped)
        assert not any("M.\nDurand" in unwrap(w) for w in wrapped)

    def test_windows_line_ends(self):
        """\\r\\n line ends: the same paragraphs."""
        text = ARTICLES["003_c900b999961e57c5"]
        crlf = text.replace("\n", "\r\n")
        assert [q[1:] for q in quotes_of(crlf)] == [q[1:] for q in quotes_of(text)]


class TestSpansOverLines:
    def test_straight_quotation_over_three_lines(self):
        """A straight quotation wrapped over three lines is one quotation."""
        text = 'Il a déclaré : "Nous irons\njusqu\'au bout de cette\naffaire", a-t-il dit.'
        assert [text[s.start : s.end].replace("\n", " ") for s in find_quote_spans(text)] == [
            "Nous irons jusqu'au bout de cette affaire"
        ]

    def test_quotation_over_a_sentence_end_and_a_line_break(self):
        """A line break after a sentence end inside a quotation closed on the
        next line only wraps it."""
        text = "« Nous sommes prêts.\nNous le resterons », a dit Jean Martin."
        (span,) = find_quote_spans(text)
        assert span.flags == () and text[span.end :].startswith(" »")

    def test_lone_straight_mark_that_closes(self):
        """'durabilité" des …' with nothing open: a lost opening, as with »."""
        for mark in ("»", '"'):
            text = f"Invincibilité et la durabilité{' ' if mark == '»' else ''}{mark} des relations\n\nLa suite."
            (span,) = find_quote_spans(text)
            assert text[span.start : span.end] == "Invincibilité et la durabilité" and span.flags == ("unopened",)

    def test_unclosed_quotation_still_ends_with_its_paragraph(self):
        """No closing mark later: the quotation is unclosed at its paragraph end."""
        text = "« Jamais fermé, dit-il.\nLigne suivante sans marque."
        (span,) = find_quote_spans(text)
        assert "unclosed" in span.flags and text[span.start : span.end] == "Jamais fermé, dit-il."


# -- properties --------------------------------------------------------------
NAMES = st.sampled_from(sorted(ARTICLES))
# Below about 20 columns headings and names break everywhere; above about
# 100, short articles have too few wrapped lines to tell the width (a
# one-off "Emmanuel\nMacron." then reads as a heading).
WIDTHS = st.integers(min_value=20, max_value=100)


@settings(max_examples=40, deadline=None)
@given(NAMES, WIDTHS)
def test_quotations_and_speakers_survive_line_wrapping(name, width):
    """Same spans, values, speakers and flags at any wrapping width."""
    text = ARTICLES[name]
    wrapped = wrap(text, width)
    assert quotes_of(wrapped) == quotes_of(text)


@settings(max_examples=25, deadline=None)
@given(NAMES, WIDTHS)
def test_sources_survive_line_wrapping(name, width):
    """Attributions ("selon les agences russes") keep span and value."""
    text = ARTICLES[name]
    assert sources_of(wrap(text, width)) == sources_of(text)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_quotations_and_speakers_survive_straight_marks(name):
    """« » turned into " gives the same quotations and speakers."""
    text = ARTICLES[name]
    assert quotes_of(straight(text), offsets=False) == quotes_of(text, offsets=False)


@settings(max_examples=30, deadline=None)
@given(NAMES, WIDTHS)
def test_straight_marks_then_wrapping(name, width):
    """Straight marks and wrapping together change nothing either."""
    text = ARTICLES[name]
    assert quotes_of(wrap(straight(text), width), offsets=False) == quotes_of(text, offsets=False)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AÉ.,»«\"'’\n\r\u00a0:-")), max_size=120))
def test_unwrap_only_turns_line_breaks_into_spaces(text):
    """Same length; only \\n (and a \\r before it) become spaces."""
    out = unwrap(text)
    assert len(out) == len(text)
    for before, after in zip(text, out):
        assert before == after or (before in "\r\n" and after == " ")
