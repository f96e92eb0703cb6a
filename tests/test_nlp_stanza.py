"""The stanza adapter, on stanza Documents read from CoNLL-U (no model needed).

tests/data/conllu/ holds sentences of the seeds annotated by hand in UD
French (GSD conventions: "du" = de + le, "aux" = à + les as multi-word
tokens; ``ner=`` BIOES tags in MISC, where stanza writes them).  Reading
them imports torch, so those tests run where ``factcheck[stanza]`` is
installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck.nlp import AnalyserError
from factcheck.nlp.base import Doc
from test_nlp_fixes import assert_well_formed

CONLLU = Path(__file__).parent / "data" / "conllu"


@pytest.fixture(scope="module")
def stanza_docs() -> dict[str, Doc]:
    pytest.importorskip("stanza")
    from stanza.utils.conll import CoNLL

    from factcheck.nlp.stanza_backend import from_stanza

    docs = {}
    for path in sorted(CONLLU.glob("*.conllu")):
        document = CoNLL.conll2doc(input_str=path.read_text(encoding="utf-8"), reconstruct_text=True)
        docs[path.stem] = from_stanza(document)
    return docs


def test_every_document_is_well_formed(stanza_docs) -> None:
    assert set(stanza_docs) == {"seed000", "seed001", "seed002"}
    for doc in stanza_docs.values():
        assert_well_formed(doc)
        assert doc.analyser == "stanza"


def test_text_is_rebuilt_from_the_sentences(stanza_docs) -> None:
    assert stanza_docs["seed000"].text == (
        "Vladimir Poutine a été accueilli en grande pompe par Kim Jong-un dans la capitale nord-coréenne. "
        "Il s'agit de la première visite en Corée du Nord du président russe depuis 24 ans."
    )


def test_words_of_a_multiword_token_share_its_span(stanza_docs) -> None:
    doc = stanza_docs["seed000"]
    du = [t for t in doc.tokens if t.text == "du"]
    assert [(t.lemma, t.pos, t.dep) for t in du] == [
        ("de", "ADP", "case"),
        ("le", "DET", "det"),
        ("de", "ADP", "case"),
        ("le", "DET", "det"),
    ]
    assert du[0].start == du[1].start and du[0].end == du[1].end
    assert doc.text[du[0].start : du[0].end] == "du"
    # Heads point at words: "de" and "le" both depend on "Nord", then "président".
    assert {doc.tokens[t.head].text for t in du[:2]} == {"Nord"}
    assert {doc.tokens[t.head].text for t in du[2:]} == {"président"}
    assert doc.token_at(du[0].start).text == "du"

    aux, au = (
        [t for t in stanza_docs["seed002"].tokens if t.text == form] for form in ("aux", "au")
    )
    assert [t.lemma for t in aux] == ["à", "le"] and [t.lemma for t in au] == ["à", "le"]


def test_heads_relations_and_root(stanza_docs) -> None:
    doc = stanza_docs["seed000"]
    first, second = doc.sentences
    roots = [t for t in doc.tokens if t.head == t.i]
    assert [(t.text, t.dep, t.sent) for t in roots] == [("accueilli", "ROOT", 0), ("agit", "ROOT", 1)]
    vladimir = doc.tokens[0]
    assert vladimir.dep == "nsubj:pass" and doc.tokens[vladimir.head].text == "accueilli"
    assert second.first_token == first.end_token
    agit = doc.tokens[roots[1].i]
    assert agit.lemma == "agir" and "Tense=Pres" in agit.morph


def test_entities(stanza_docs) -> None:
    found = {(e.text, e.label) for e in stanza_docs["seed000"].entities}
    assert found == {("Vladimir Poutine", "PER"), ("Kim Jong-un", "PER"), ("Corée du Nord", "LOC")}
    found = {(e.text, e.label) for e in stanza_docs["seed002"].entities}
    assert found == {("République populaire démocratique de Corée", "LOC"), ("Ukraine", "LOC")}


def test_stranded_opening_guillemet_moves_to_its_quotation(stanza_docs) -> None:
    # seed001.conllu ends its first sentence with the « that opens the
    # second, as a segmenter may: the adapter gives it back.
    doc = stanza_docs["seed001"]
    first, second = (doc.text[s.start : s.end] for s in doc.sentences)
    assert first == "D’après lui, ce sont de « magnifiques présents »."
    assert second.startswith("« Il existe divers types") and second.endswith("a-t-il proféré.")
    quote = doc.token_at(doc.text.index("« Il"))
    assert quote.sent == 1 and quote.dep == "punct"
    assert doc.tokens[quote.head].text == "existe"


def test_missing_models_give_a_clear_error(tmp_path) -> None:
    pytest.importorskip("stanza")
    from factcheck.nlp.stanza_backend import StanzaAnalyser

    with pytest.raises(AnalyserError) as caught:
        StanzaAnalyser(model_dir=tmp_path)  # an empty folder: no resources.json
    message = str(caught.value)
    assert "pip install 'factcheck[stanza]'" in message
    assert "stanza.download('fr')" in message
    assert str(tmp_path) in message
    assert list(tmp_path.iterdir()) == []  # nothing was downloaded


def test_resources_without_french_give_the_same_error(tmp_path) -> None:
    pytest.importorskip("stanza")
    from factcheck.nlp.stanza_backend import StanzaAnalyser

    (tmp_path / "resources.json").write_text('{"en": {"default_processors": {}}}', encoding="utf-8")
    with pytest.raises(AnalyserError, match=r"stanza\.download\('fr'\)"):
        StanzaAnalyser(model_dir=tmp_path)


def test_stanza_not_installed(monkeypatch) -> None:
    from factcheck.nlp.stanza_backend import StanzaAnalyser

    monkeypatch.setitem(sys.modules, "stanza", None)  # import stanza now fails
    with pytest.raises(AnalyserError, match=r"pip install 'factcheck\[stanza\]'"):
        StanzaAnalyser()


def test_document_without_offsets_is_refused() -> None:
    pytest.importorskip("stanza")
    from stanza.utils.conll import CoNLL

    from factcheck.nlp.stanza_backend import from_stanza

    document = CoNLL.conll2doc(input_str=(CONLLU / "seed002.conllu").read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="reconstruct_text"):
        from_stanza(document)
