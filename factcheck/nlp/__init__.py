"""Analysers: sentences, tokens, lemmas, parse and entities for French text."""

from __future__ import annotations

from functools import lru_cache

from factcheck.nlp.base import Analyser, AnalyserError, Doc, Entity, Sentence, Token

BACKENDS = ("spacy", "stanza")

__all__ = [
    "Analyser",
    "AnalyserError",
    "BACKENDS",
    "Doc",
    "Entity",
    "Sentence",
    "Token",
    "get_analyser",
]


@lru_cache(maxsize=None)
def get_analyser(name: str = "spacy") -> Analyser:
    """The analyser called ``name``, loaded once per process."""
    if name == "spacy":
        from factcheck.nlp.spacy_backend import SpacyAnalyser

        return SpacyAnalyser()
    if name == "stanza":
        from factcheck.nlp.stanza_backend import StanzaAnalyser

        return StanzaAnalyser()
    raise AnalyserError(f"unknown analyser {name!r}; choose one of {', '.join(BACKENDS)}")
