"""Quotation spans and values: marks, paragraphs, typography."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.quote_spans import find_quote_spans
from factcheck.extract.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


class TestSpans:
    def test_guillemets_span_is_inside_the_marks(self):
        """The span covers the quoted words, without marks nor spaces."""
        text = "Il a dit : « Nous viendrons demain. »"
        (span,) = find_quote_spans(text)
        assert text[span.start : span.end] == "Nous viendrons demain."
        assert text[span.open_mark] == "«" and text[span.close_mark] == "»"

    def test_curly_and_straight_quotes(self):
        """“ ” and straight quotes pair like guillemets."""
        assert quoted("Elle parle d’une “crise” et d'un \"sursaut\".") == ["crise", "sursaut"]

    def test_seconds_marks_of_a_race_time_are_no_quotation_marks(self):
        """1'54"06 and 9"58 hold seconds marks; a quotation ending on a
        digit still closes."""
        assert quoted('Il a nagé en 1\'54"06, puis a dit "jamais" en 9"58.') == ["jamais"]
        assert quoted("Sacré en 1’54”06 : « Je suis heureux ».") == ["Je suis heureux"]
        assert quoted('Il a dit "numéro 9" hier.') == ["numéro 9"]
        # (blind29) a space between the minutes and the seconds: "4 h 52' 18""
        text = 'Soulé a bouclé le parcours en 4 h 52\' 18", à 35,4 km/h. "J\'ai attaqué", a-t-il dit. Rincón est à 1\'\u00a024".'
        assert quoted(text) == ["J'ai attaqué"]

    def test_partial_quotes_inside_a_sentence(self):
        """Several short quotations in one sentence are each found."""
        text = "Il a exprimé son « entier soutien » et sa « solidarité » au peuple."
        assert quoted(text) == ["entier soutien", "solidarité"]

    def test_nested_quotation(self):
        """‹ › inside « » is a quotation of its own, flagged nested."""
        text = "« Il m’a dit ‹ jamais › puis il est parti », raconte-t-elle."
        spans = find_quote_spans(text)
        assert [text[s.start : s.end] for s in spans] == ["Il m’a dit ‹ jamais › puis il est parti", "jamais"]
        assert "nested" in spans[1].flags and "nested" not in spans[0].flags

    def test_quotation_over_several_paragraphs(self):
        """French style: each new paragraph reopens with «, one quotation."""
        text = "« Le premier point est clair.\n« Le second l’est moins », a-t-il conclu."
        (span,) = find_quote_spans(text)
        assert "multi-paragraph" in span.flags
        (quote,) = find_quotes(text, "a")
        assert quote.value == "Le premier point est clair. Le second l'est moins"

    def test_paragraphs_separated_by_blank_lines_reopen_too(self):
        """A blank line between the paragraphs changes nothing."""
        text = "« Premier paragraphe.\n\n« Second paragraphe », a dit Paul Durand."
        (span,) = find_quote_spans(text)
        assert "multi-paragraph" in span.flags

    def test_wrapped_line_inside_a_quotation(self):
        """A line break inside a quotation only wraps it."""
        text = "« Il y a\nurgence », a dit Jean Martin."
        (quote,) = find_quotes(text, "a")
        assert quote.value == "Il y a urgence" and quote.speaker == "Jean Martin"

    def test_closing_mark_printed_as_opening(self):
        """« printed as » ("l' »hégémonie »") still opens the quotation."""
        assert quoted("Ils luttent contre l' »hégémonie » des puissants.") == ["hégémonie"]

    def test_lost_opening_mark_in_a_heading(self):
        """A heading whose « was lost keeps its quotation from the line start."""
        text = "Fermeté et patience » pour la suite\n\nLe ministre a parlé."
        (span,) = find_quote_spans(text)
        assert text[span.start : span.end] == "Fermeté et patience"
        assert span.flags == ("unopened",)

    def test_unclosed_quotation_ends_with_its_paragraph(self):
        """An opening mark never closed runs to the end of its paragraph."""
        text = "« Jamais fermé, dit-il\nLigne suivante."
        (span,) = find_quote_spans(text)
        assert text[span.start : span.end] == "Jamais fermé, dit-il" and "unclosed" in span.flags

    def test_quote_left_in_the_previous_sentence_by_a_parser(self):
        """The span does not depend on sentence boundaries at all."""
        text = "Il conclut. «\nNous verrons », dit-il."
        assert quoted(text) == ["Nous verrons"]

    def test_no_marks_no_quotation(self):
        """Text with no quotation marks yields nothing."""
        assert find_quote_spans("L'accord est signé. C'est l'été.") == []


class TestFlags:
    def test_agreement_name_is_a_title(self):
        """The name of an agreement is flagged title, with no speaker."""
        (quote,) = find_quotes("Paris et Berlin ont signé un accord de « coopération renforcée ».", "a")
        assert "title" in quote.flags and quote.speaker is None

    def test_named_work_is_a_title(self):
        """"le film « … »", "baptisée « … »" name things."""
        for text in ("Le film « La Haine » ressort en salles.", "L'opération baptisée « Sentinelle » continue."):
            (quote,) = find_quotes(text, "a")
            assert "title" in quote.flags

    def test_qualifier_de_is_speech_not_a_title(self):
        """"qualifier l'accord de « … »" reports words, not a name."""
        (quote,) = find_quotes("La ministre Anne Roux a qualifié l'accord de « victoire historique ».", "a")
        assert "title" not in quote.flags and quote.speaker == "Anne Roux"

    def test_scare_quote(self):
        """Short quoted words in a sentence reporting no speech are scare quotes."""
        (quote,) = find_quotes("Les manifestants ont défilé dans une ambiance « bon enfant ».", "a")
        assert quote.flags == ("scare-quote",) and quote.speaker is None

    def test_short_quote_with_a_speech_verb_is_no_scare_quote(self):
        """A one-word quote a verb of speech reports is a quotation."""
        (quote,) = find_quotes("Tokyo, qui s'est dit « inquiet », a protesté.", "a")
        assert quote.flags == () and quote.speaker == "Tokyo"


# -- properties --------------------------------------------------------------
WORDS = st.lists(
    st.sampled_from(["nous", "irons", "jusqu'au", "bout", "l'accord", "été", "signé", "À", "ÉTAT", "demain", "oui"]),
    min_size=1,
    max_size=6,
).map(" ".join)
STYLES = [("« ", " »"), ("«\u00a0", "\u00a0»"), ("«\u202f", "\u202f»"), ("“", "”"), ('"', '"')]


def with_marks(words: list[str], style: tuple[str, str], apostrophe: str) -> str:
    body = " et ".join(f"{style[0]}{w.replace(chr(39), apostrophe)}{style[1]}" for w in words)
    return f"Le ministre Paul Durand a déclaré {body}, selon l'AFP."


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=3), st.sampled_from(STYLES), st.sampled_from(["'", "\u2019"]), st.sampled_from(["NFC", "NFD"]))
def test_quotations_do_not_depend_on_typography(words, style, apostrophe, form):
    """Same values and speakers whatever the marks, spaces, apostrophes or
    Unicode normal form."""
    reference = find_quotes(with_marks(words, ("« ", " »"), "'"), "a")
    text = unicodedata.normalize(form, with_marks(words, style, apostrophe))
    found = find_quotes(text, "a")
    assert [(q.value, q.speaker, q.flags) for q in found] == [(q.value, q.speaker, q.flags) for q in reference]
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)


MARKY = st.lists(
    st.sampled_from(list("«»“”‹›\"' \n\u00a0.,:;-aàbéE'’") + ["a-t-il", "M. ", "dit", "selon ", "le président ", "Paul Roux", "qui", "lui"]),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(MARKY, st.text(max_size=60)))
def test_arbitrary_text_never_raises_and_spans_slice_exactly(text):
    """Any text: no exception, spans inside the text and slicing it exactly."""
    for q in find_quotes(text, "a"):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.text == q.text.strip()
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)


@pytest.mark.parametrize(
    "text, title",
    [
        ("La foule se concentre autour de quelques œuvres, « La Joconde » en tête.", True),
        ("Il a relu « Le Radeau de la Méduse » dans la nuit.", True),
        ("Selon lui, « La France a tenu bon ».", False),
        ("Il a dénoncé « Le mépris du gouvernement ».", False),
        ("« Le gouvernement ment », a-t-il dit.", False),
    ],
)
def test_a_work_named_in_quotation_marks_is_a_title(text, title):
    """An article and capitalised words inside a sentence name a work, they are no one's words."""
    (quote,) = find_quotes(text, "a")
    assert ("title" in quote.flags) is title
