"""The backend-neutral corrections: hyphenated names, quotation marks and
sentence starts (pure functions), and the Doc repair (property tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.nlp.base import Doc, Entity, Sentence, Token
from factcheck.nlp.fixes import (
    is_hyphenated_name,
    is_opening_quote,
    repair_sentences,
    sentence_start_rules,
)


def assert_well_formed(doc: Doc) -> None:
    """What every analyser's Doc must satisfy (used by the backend tests too)."""
    text = doc.text
    previous_start = 0
    for index, token in enumerate(doc.tokens):
        assert token.i == index
        assert 0 <= token.start <= token.end <= len(text)
        assert text[token.start : token.end] == token.text, token
        assert token.start >= previous_start, "tokens out of order"
        previous_start = token.start
        assert 0 <= token.head < len(doc.tokens)
    assert doc.tokens == () or doc.sentences, "tokens without sentences"
    expected_first = 0
    for index, sentence in enumerate(doc.sentences):
        assert sentence.first_token == expected_first
        assert sentence.first_token < sentence.end_token
        run = doc.tokens[sentence.first_token : sentence.end_token]
        assert sentence.start == run[0].start and sentence.end == run[-1].end
        roots = [t for t in run if t.head == t.i]
        assert len(roots) == 1, (index, [t.text for t in roots])
        for token in run:
            assert token.sent == index
            assert sentence.first_token <= token.head < sentence.end_token, token
            # Following heads reaches the root: no cycles.
            seen, node = set(), token.i
            while doc.tokens[node].head != node:
                assert node not in seen, "cycle"
                seen.add(node)
                node = doc.tokens[node].head
        expected_first = sentence.end_token
    assert expected_first == len(doc.tokens)
    for entity in doc.entities:
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text


# -- hyphenated names ---------------------------------------------------------


@pytest.mark.parametrize("word", ["Jong-un", "Il-sung", "Yu-hwan", "Jae-in", "Peut-être"])
def test_hyphenated_names(word: str) -> None:
    assert is_hyphenated_name(word)


@pytest.mark.parametrize(
    "word",
    ["Jong-Un", "Moscou-Pyongyang", "Russie-RPDC", "Est-ce", "Dit-il", "Faut-il", "A-t-il", "nord-coréen",
     "Jong", "Kim Jong-un", "Jong-un,", "-un", "Jong-", "12-un", "Jong--un"],
)
def test_not_hyphenated_names(word: str) -> None:
    assert not is_hyphenated_name(word)


@given(st.text(max_size=30))
@settings(max_examples=200)
def test_hyphenated_name_never_crashes(word: str) -> None:
    if is_hyphenated_name(word):
        assert word.count("-") == 1 and word[0].isupper()


# -- quotation marks ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous »", [True, False]),
        ("“Nous”", [True, False]),
        ('il dit "nous" puis', [True, False]),
        ('"Pacte du diable"\n\n', [True, False]),
        ('l\'"amitié fougueuse"', [True, False]),
        ('dit : " nous " et " eux "', [True, False, True, False]),
    ],
)
def test_opening_quotes(text: str, expected: list[bool]) -> None:
    marks = [m.start() for m in re.finditer("[«»“”\"]", text)]
    assert [is_opening_quote(text, i) for i in marks] == expected


def test_opening_quote_rejects_other_characters() -> None:
    with pytest.raises(ValueError):
        is_opening_quote("abc", 1)


@given(st.text(alphabet=' a«»"“”\n.', max_size=40), st.data())
@settings(max_examples=200)
def test_opening_quote_is_total(text: str, data: st.DataObject) -> None:
    marks = [i for i, c in enumerate(text) if c in '«»"“”']
    if marks:
        assert isinstance(is_opening_quote(text, data.draw(st.sampled_from(marks))), bool)


# -- sentence start rules -----------------------------------------------------------


def _spans(text: str) -> list[tuple[int, int]]:
    """A crude tokenizer for the tests: words (elided "l'" apart), two
    abbreviations kept whole as spaCy does ("etc.", "M."), punctuation and
    line breaks."""
    return [m.span() for m in re.finditer(r"\n\s*|\b(?:etc|M)\.|\w+['’](?=\w)|[\w-]+|[^\w\s]", text)]


def _rule(text: str, word: str, nth: int = 0) -> bool | None:
    """The rule for the token that is the ``nth`` occurrence of ``word``."""
    spans = _spans(text)
    rules = sentence_start_rules(text, spans)
    found = [r for (s, e), r in zip(spans, rules) if text[s:e] == word]
    return found[nth]


def test_opening_quote_after_full_stop_starts_the_sentence() -> None:
    text = "Ce sont de « magnifiques présents ». « Il existe des bustes », a-t-il dit."
    assert _rule(text, "«", 0) is False
    assert _rule(text, "«", 1) is True
    assert _rule(text, "Il") is False  # the first word of a quotation
    assert _rule(text, "»", 0) is False
    assert _rule(text, ".", 0) is False
    assert _rule(text, ",") is False and _rule(text, "a-t-il") is False


def test_blank_line_always_starts_a_sentence() -> None:
    text = 'avec Moscou\n\n"Pacte du diable"\n\nSigne du renforcement'
    assert _rule(text, '"', 0) is True and _rule(text, "Signe") is True
    assert _rule(text, "Pacte") is False
    assert _rule(text, '"', 1) is False


def test_parser_decides_single_line_breaks_digits_and_abbreviations() -> None:
    text = "Publié le 14 juin\nLe président. 2024 sera, etc. Les"
    assert _rule(text, "Le") is None
    assert _rule(text, "2024") is None
    assert _rule(text, "Les") is None
    assert _rule(text, "le") is False and _rule(text, "président") is False


def test_abbreviations_split_from_their_full_stop() -> None:
    text = "Il cite l'art. 4 du traité, p. 12. Mgr. Lustiger approuve."
    assert _rule(text, "4") is False
    assert _rule(text, "12") is False
    assert _rule(text, "Mgr") is True
    assert _rule(text, "Lustiger") is None  # after "Mgr.": the parser decides


def test_question_inside_quote_then_incise_continues() -> None:
    text = "« Pourquoi ? » a demandé Kim. « Parce que ! » Il rit."
    assert _rule(text, "a") is False
    assert _rule(text, "«", 1) is True
    assert _rule(text, "Il") is True


def test_colon_keeps_the_quotation_in_its_sentence() -> None:
    text = 'Il a déclaré : « Nous signons. » Puis : "Voilà."'
    assert _rule(text, "«") is False
    assert _rule(text, '"', 0) is False
    assert _rule(text, "Puis") is True


@given(st.text(alphabet="aB .!?«»\"\n,:-", max_size=60))
@settings(max_examples=300)
def test_rules_shape(text: str) -> None:
    spans = _spans(text)
    rules = sentence_start_rules(text, spans)
    assert len(rules) == len(spans)
    if spans:
        assert rules[0] is True
    for k, ((start, end), rule) in enumerate(zip(spans, rules)):
        if k == 0:
            assert rule is True
            continue
        if text[start:end].isspace():
            assert rule is False
        if text[start:end] in {",", ";", ":", "»"} and rule is not False:
            assert re.search(r"\n\s*\n", text[:start])  # only after a blank line


# -- the Doc repair -------------------------------------------------------------------

WORDS = ["Il", "dit", "la", "paix", ".", ",", "«", "»", '"', "?", "Nous", "M.", "2024", "\n\n", "\n", ":"]


@st.composite
def docs(draw: st.DrawFn) -> Doc:
    """Random token sequences, cut into random sentences, each a random tree."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
    text, tokens_spans, position = "", [], 0
    for word in words:
        text += word
        tokens_spans.append((position, position + len(word)))
        position += len(word)
        text += " "
        position += 1
    cuts = sorted(draw(st.sets(st.integers(1, max(1, len(words) - 1)), max_size=5)) - {len(words)})
    bounds = list(zip([0, *cuts], [*cuts, len(words)]))
    tokens = []
    sentences = []
    for index, (first, end) in enumerate(bounds):
        order = draw(st.permutations(list(range(first, end))))
        heads = {order[0]: order[0]}
        for n, i in enumerate(order[1:], 1):
            heads[i] = order[draw(st.integers(0, n - 1))]
        for i in range(first, end):
            start, stop = tokens_spans[i]
            word = words[i]
            pos = "PUNCT" if not any(c.isalnum() for c in word) else "NOUN"
            dep = "ROOT" if heads[i] == i else "dep"
            tokens.append(Token(i, start, stop, word, word.lower(), pos, heads[i], dep, index))
        sentences.append(Sentence(tokens_spans[first][0], tokens_spans[end - 1][1], first, end))
    entities = (Entity(0, len(words[0]), "PER", words[0]),) if words[0].strip() else ()
    return Doc(text, tuple(tokens), tuple(sentences), entities, "test")


@given(docs(), st.booleans())
@settings(max_examples=300, deadline=None)
def test_repair_gives_well_formed_docs(doc: Doc, split: bool) -> None:
    assert_well_formed(doc)
    repaired, changes = repair_sentences(doc, split=split)
    assert_well_formed(repaired)
    assert [(t.start, t.end, t.text, t.lemma, t.pos) for t in repaired.tokens] == [
        (t.start, t.end, t.text, t.lemma, t.pos) for t in doc.tokens
    ]
    assert repaired.entities == doc.entities
    if changes == 0:
        assert repaired == doc
    # Idempotent: a repaired Doc needs nothing more.
    assert repair_sentences(repaired, split=split)[1] == 0
    if not split:
        assert len(repaired.sentences) <= len(doc.sentences)


def _doc(text: str, cuts: list[int]) -> Doc:
    """A Doc of ``text`` cut into sentences at token indices ``cuts``; each
    sentence is a chain headed by its first token."""
    spans = _spans(text)
    bounds = list(zip([0, *cuts], [*cuts, len(spans)]))
    tokens = []
    for index, (first, end) in enumerate(bounds):
        for i in range(first, end):
            s, e = spans[i]
            word = text[s:e]
            pos = "PUNCT" if not any(c.isalnum() for c in word) else "X"
            tokens.append(Token(i, s, e, word, word, pos, first, "ROOT" if i == first else "dep", index))
    sentences = tuple(Sentence(spans[f][0], spans[e - 1][1], f, e) for f, e in bounds)
    return Doc(text, tuple(tokens), sentences, ())


def test_repair_moves_a_stranded_opening_quote() -> None:
    text = "Ce sont de « beaux présents ». « Il existe des bustes », a-t-il dit."
    spans = _spans(text)
    quote = [i for i, (s, e) in enumerate(spans) if text[s:e] == "«"][1]
    doc = _doc(text, [quote + 1])  # the second « left in the first sentence
    repaired, changes = repair_sentences(doc, split=False)
    assert changes == 2
    assert_well_formed(repaired)
    first, second = repaired.sentences
    assert text[first.start : first.end] == "Ce sont de « beaux présents »."
    assert text[second.start : second.end].startswith("« Il existe")
    moved = repaired.tokens[quote]
    assert moved.sent == 1 and moved.dep == "punct" and moved.head == second.first_token + 1


def test_repair_merges_a_sentence_that_starts_with_a_full_stop() -> None:
    text = "Il arrive à Pyongyang. Kim Jong-un organise une cérémonie."
    spans = _spans(text)
    stop = [i for i, (s, e) in enumerate(spans) if text[s:e] == "."][0]
    doc = _doc(text, [stop])
    repaired, _ = repair_sentences(doc, split=True)
    assert [text[s.start : s.end] for s in repaired.sentences] == [
        "Il arrive à Pyongyang.",
        "Kim Jong-un organise une cérémonie.",
    ]
    assert repaired.tokens[stop].head == 0 and repaired.tokens[stop].dep == "punct"
