"""Backend-neutral corrections of what the analysers get wrong in French news.

Two known gaps (design.md §3):

- hyphenated given names ("Kim Jong-un", "Kim Il-sung", "Moon Jae-in")
  split into ``Jong - un``, so the person entity and the parse break inside
  the name;
- an opening quotation mark (« “ ") left at the end of the previous
  sentence, so a quotation's first mark and its words are in different
  sentences (and, with it, paragraphs glued into one sentence, or a
  sentence starting with a full stop).

This module holds the decisions, as pure functions on text and offsets:
``is_hyphenated_name``, ``is_opening_quote`` and ``sentence_start_rules``;
and ``repair_sentences``, which makes a ``Doc``'s sentences obey those rules
after the fact.  The spaCy backend applies the rules *before* its parser,
so that its trees agree with them (see ``spacy_backend``); the repair is
the safety net for what a parser still does differently, and the only fix
for backends whose segmenter cannot be steered (stanza).
"""

from __future__ import annotations

import re
from typing import Sequence

import attrs

from factcheck.nlp.base import Doc, Sentence, Token

# Bump when these corrections (or the spaCy backend's use of them) change
# what an analysis holds: it is part of the analyser's name and of the
# analysis cache's keys (``factcheck.nlp.analyser_id``), and this light
# module is importable without loading spaCy.
FIXES_VERSION = 2

OPENING_QUOTES = frozenset("«“„‹")
CLOSING_QUOTES = frozenset("»”›")
AMBIGUOUS_QUOTES = frozenset('"')
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | AMBIGUOUS_QUOTES

# Punctuation that ends a sentence when a capitalised word follows it.
SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
# Tokens that never start a sentence: closing punctuation.
NEVER_FIRST = frozenset({".", ",", ";", ":", "!", "?", "…", "...", "?!", "!?", ")", "]", "}", "%"}) | CLOSING_QUOTES
_OPENING_BRACKETS = frozenset("([{")
_CLOSING_BRACKETS = frozenset(")]}")
_DASHES = frozenset("—–-")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")

# Abbreviations a tokenizer may split from their full stop ("art." + "4").
ABBREVIATIONS = frozenset(
    "art p pp n no vol chap fig cf env av apr éd ex t M MM Mme Mmes Mlle Dr Pr Me Mgr St Ste Cie".split()
)

# French clitics written after a hyphen ("dit-il", "Est-ce", "A-t-il",
# "Donne-le"): those hyphens separate words, never parts of one name.
CLITICS = frozenset(
    "je tu il elle on nous vous ils elles ce ci là t moi toi lui leur le la les y en même mêmes".split()
)

_HYPHENATED = re.compile(r"([^\W\d_]+)-([^\W\d_]+)")


def is_hyphenated_name(word: str) -> bool:
    """A capitalised word joined by one hyphen to a lower-case part that is
    not a clitic: the shape of romanised given names ("Jong-un", "Il-sung",
    "Yu-hwan").  Capitalised second parts ("Jong-Un", but also
    "Moscou-Pyongyang") are left to the entity recogniser.
    """
    match = _HYPHENATED.fullmatch(word)
    if match is None:
        return False
    first, second = match.groups()
    return first.istitle() and second.islower() and second not in CLITICS


def is_opening_quote(text: str, start: int) -> bool:
    """Whether the quotation mark at ``text[start]`` opens a quotation.

    « “ „ ‹ always open and » ” › always close (French usage).  A straight
    " opens when it follows a space (or starts the text) and is followed by
    a non-space, closes in the mirror case; when its neighbours do not tell
    (spaces on both sides, or neither), the parity of the straight quotes
    earlier in its paragraph decides.
    """
    mark = text[start]
    if mark in OPENING_QUOTES:
        return True
    if mark in CLOSING_QUOTES:
        return False
    if mark not in AMBIGUOUS_QUOTES:
        raise ValueError(f"not a quotation mark: {mark!r}")
    before = text[start - 1] if start > 0 else " "
    after = text[start + 1] if start + 1 < len(text) else " "
    space_before = before.isspace() or before in "([{—–-"
    space_after = after.isspace() or after in ".,;:!?)]}"
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    paragraph_start = text.rfind("\n", 0, start) + 1
    return text.count('"', paragraph_start, start) % 2 == 0


def sentence_start_rules(text: str, spans: Sequence[tuple[int, int]]) -> list[bool | None]:
    """For each token (``(start, end)`` offsets into ``text``, in order):
    True if it must start a sentence, False if it cannot, None if the
    parser decides.

    French news conventions, written for quotations: a blank line ends a
    sentence; so does . ! ? or … (closing quotes and brackets after it
    included) when the next word is capitalised or opens a quotation or a
    bracket.  Closing punctuation never starts a sentence, nor does the
    word after an opening quote or bracket, nor whitespace.  A single line
    break (a title, or wrapped text), a digit after a full stop and a
    capitalised word after an abbreviation ("etc.", "M.") are left to the
    parser; every other token continues its sentence (a digit after an
    abbreviation too: "art. 4", "p. 12").  Whitespace tokens
    (spaCy has them) never start a sentence, but for the text's first.
    """
    rules: list[bool | None] = []
    words: list[int] = []  # indices of the non-space tokens so far
    for k, (start, end) in enumerate(spans):
        word = text[start:end]
        if not words or not word or word.isspace():
            # The first token starts the first sentence, whitespace or not;
            # whitespace never starts another.
            rules.append(k == 0)
            if word and not word.isspace():
                words.append(k)
            continue
        previous_start, previous_end = spans[words[-1]]
        gap = text[previous_end:start]
        if _BLANK_LINE.search(gap):
            rule: bool | None = True
        elif _never_first(text, start, word):
            rule = False
        elif _opens(text, previous_start, text[previous_start:previous_end]):
            rule = False  # the first word of a quotation or a bracket
        else:
            rule = _after(text, spans, words, word, "\n" in gap)
        rules.append(rule)
        words.append(k)
    return rules


def _never_first(text: str, start: int, word: str) -> bool:
    if word in AMBIGUOUS_QUOTES:
        return not is_opening_quote(text, start)
    return word in NEVER_FIRST


def _opens(text: str, start: int, word: str) -> bool:
    """An opening quotation mark or bracket."""
    if word in AMBIGUOUS_QUOTES:
        return is_opening_quote(text, start)
    return word in OPENING_QUOTES or word in _OPENING_BRACKETS


def _after(
    text: str, spans: Sequence[tuple[int, int]], words: list[int], word: str, line_break: bool
) -> bool | None:
    """The rule for ``word`` (not closing punctuation) after ``words``."""
    # Step back over closing quotes and brackets to what they close on.
    n = len(words) - 1
    while n > 0:
        start, end = spans[words[n]]
        mark = text[start:end]
        closing_straight = mark in AMBIGUOUS_QUOTES and not is_opening_quote(text, start)
        if mark in _CLOSING_BRACKETS or mark in CLOSING_QUOTES or closing_straight:
            n -= 1
        else:
            break
    start, end = spans[words[n]]
    last = text[start:end]
    if last == "." and n > 0:
        # "art." split as "art" + ".": the abbreviation, not the full stop.
        before_start, before_end = spans[words[n - 1]]
        if before_end == start and text[before_start:before_end] in ABBREVIATIONS:
            last = text[before_start:end]
    sentence_like = (
        word[0].isupper()
        or word in _DASHES
        or word in OPENING_QUOTES
        or word in _OPENING_BRACKETS
        or word in AMBIGUOUS_QUOTES  # an opening one: closing ones never get here
    )
    if last in SENTENCE_FINAL:
        if word[0].isdigit():
            return None
        if sentence_like:
            return True
        return None if line_break else False
    if len(last) > 1 and last.endswith("."):  # an abbreviation: "etc.", "M.", "art."
        return None if sentence_like or line_break else False
    return None if line_break else False


def repair_sentences(doc: Doc, *, split: bool = True) -> tuple[Doc, int]:
    """Make ``doc``'s sentences obey ``sentence_start_rules``; say how many
    boundaries changed.

    A boundary at a token that cannot start a sentence is removed; when
    only opening quotes lie between it and a token that must start one
    (the « stranded at the end of the previous sentence), the boundary
    moves back to that token.  With ``split``, every token that must start
    a sentence does.  Each resulting sentence keeps one root: tokens whose
    head ended up in another sentence, and extra roots, are attached to it
    (``punct`` for punctuation, ``parataxis`` for words).
    """
    tokens = doc.tokens
    if not tokens:
        return doc, 0
    rules = sentence_start_rules(doc.text, [(t.start, t.end) for t in tokens])
    old_starts = {sentence.first_token for sentence in doc.sentences} | {0}
    starts = {0}
    for b in sorted(old_starts - {0}):
        while b < len(tokens) and tokens[b].text.isspace():
            b += 1  # whitespace opening a sentence belongs to the one before
        if b == len(tokens):
            continue
        if rules[b] is not False:
            starts.add(b)
            continue
        # Move back over opening quotes (and spaces) to a forced start.
        t = b - 1
        while t > 0 and t not in starts and (tokens[t].text.isspace() or _opens(doc.text, tokens[t].start, tokens[t].text)):
            if rules[t] is True:
                starts.add(t)
                break
            t -= 1
    if split:
        starts |= {i for i, rule in enumerate(rules) if rule is True}
    changes = len(starts ^ old_starts)
    if not changes:
        return doc, 0
    return _with_sentences(doc, sorted(starts)), changes


def _with_sentences(doc: Doc, starts: list[int]) -> Doc:
    """``doc`` cut into sentences at ``starts``, each a tree again."""
    root_label = next((t.dep for t in doc.tokens if t.head == t.i and t.dep), "ROOT")
    bounds = list(zip(starts, [*starts[1:], len(doc.tokens)]))
    tokens: list[Token] = []
    sentences = []
    for index, (first, end) in enumerate(bounds):
        run = doc.tokens[first:end]
        root = _root(run)
        for token in run:
            if token.i == root:
                tokens.append(attrs.evolve(token, sent=index, head=token.i, dep=token.dep if token.head == token.i else root_label))
            elif first <= token.head < end and token.head != token.i:
                tokens.append(attrs.evolve(token, sent=index))
            else:
                dep = token.dep if token.text.isspace() else "parataxis" if _is_word(token) else "punct"
                tokens.append(attrs.evolve(token, sent=index, head=root, dep=dep))
        sentences.append(Sentence(run[0].start, run[-1].end, first, end))
    return attrs.evolve(doc, tokens=tuple(tokens), sentences=tuple(sentences))


def _root(run: Sequence[Token]) -> int:
    """The root of a run of tokens: among those whose head is themselves or
    outside the run, a word before punctuation, the one with most
    descendants in the run, the first on ties."""
    first, end = run[0].i, run[-1].i + 1
    candidates = [t for t in run if t.head == t.i or not first <= t.head < end]
    if not candidates:  # a cycle cannot come from a parser; stay valid
        return first
    size = dict.fromkeys(range(first, end), 1)
    for token in run:  # count each token once in every ancestor in the run
        head, steps = token.head, 0
        while first <= head < end and head != token.i and steps < len(run):
            size[head] += 1
            above = run[head - first].head
            if above == head:
                break
            head, steps = above, steps + 1
    return max(candidates, key=lambda t: (_is_word(t), size[t.i], -t.i)).i


def _is_word(token: Token) -> bool:
    return token.pos != "PUNCT" and any(c.isalnum() for c in token.text)
