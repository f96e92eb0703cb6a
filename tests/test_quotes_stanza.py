"""Quotations and speakers are the same whichever analyser made the Doc.

The stanza adapter (factcheck.nlp.stanza_backend.from_stanza) is fed
stanza Documents read from CoNLL-U files of the seeds' sentences:
tests/data/conllu/*.conllu (annotated by hand) and
tests/data/conllu/quotes/*.conllu (passages with several quotations and
incises, written out from a parse).  For each, the quotations and speakers
found with the stanza Doc must equal those found with spaCy's analysis of
the same text, and those found on the text alone.  Reading CoNLL-U imports
torch: these tests run where ``factcheck[stanza]`` is installed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.attributions import find_attributions
from factcheck.extract.quotes import analyse_quotes, find_quotes

pytest.importorskip("stanza")

CONLLU = Path(__file__).parent / "data" / "conllu"
FILES = sorted(CONLLU.glob("*.conllu")) + sorted((CONLLU / "quotes").glob("*.conllu"))


def summary(text, doc):
    analysis = analyse_quotes(text, doc)
    quotes = find_quotes(text, "a", doc, analysis)
    attributions = find_attributions(text, "a", doc, analysis)
    return (
        [(q.start, q.end, q.value, q.speaker, q.speaker_start, q.speaker_end, q.flags) for q in quotes],
        [(a.start, a.end, a.value) for a in attributions],
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_stanza_and_spacy_give_the_same_quotations(path, spacy_analyser):
    """Same spans, values, speakers and sources from a stanza or a spaCy Doc."""
    from stanza.utils.conll import CoNLL

    from factcheck.nlp.stanza_backend import from_stanza

    stanza_doc = from_stanza(CoNLL.conll2doc(input_str=path.read_text(encoding="utf-8"), reconstruct_text=True))
    text = stanza_doc.text
    (spacy_doc,) = spacy_analyser.analyse([text])
    with_stanza = summary(text, stanza_doc)
    assert with_stanza == summary(text, spacy_doc)
    assert with_stanza == summary(text, None)
    if "«" in text or '"' in text:
        assert with_stanza[0], "the passage has quotations"
