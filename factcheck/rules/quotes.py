"""Comparing two wordings of a quotation, word by word.

Typography never counts: both sides are folded (apostrophes, quotation
marks, spaces, dashes, Unicode forms), case-folded and cut into words, with
punctuation dropped.  What is left is graded by the words that differ:

- nothing: the same words (``TYPOGRAPHY``);
- only function words ("du" for "au", "le" dropped): ``FUNCTION_WORD``;
- a content word changed, added or dropped: ``CONTENT_WORD``;
- a negation added or removed, or a word swapped for its antonym:
  ``MEANING``.

A journalist may quote part of what was said, or cut words out with an
ellipsis: words beyond the ends of the shorter quotation, and words in
place of "(…)", are not changes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

import attrs
from rapidfuzz.distance import Levenshtein

from factcheck.textnorm import fold_chars

TYPOGRAPHY, FUNCTION_WORD, CONTENT_WORD, MEANING = 0, 1, 2, 3
GRADE_NAMES = ("typography", "function-word", "content-word", "meaning")
ELLIPSIS = "…"

# Determiners, pronouns, prepositions, conjunctions and auxiliaries: words
# whose change rarely changes what was said.
FUNCTION_WORDS = frozenset(
    """
    le la les l' un une des du de d' au aux à a en dans par pour sur sous avec chez vers entre
    contre envers après avant depuis pendant selon sans
    ce cet cette ces c' ça cela ceci celui celle ceux celles
    mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
    je j' tu il elle on nous vous ils elles me m' te t' se s' lui y eux soi
    qui que qu' quoi dont où lequel laquelle lesquels lesquelles auquel duquel
    et ou mais donc or car ni puis si comme quand lorsque puisque
    est sont été être ai as avons avez ont avait avaient sera seront serait
    même aussi très bien tout tous toute toutes autre autres
    """.split()
)
# Words that make a statement negative; "ne ... pas" counts once by "pas".
NEGATIONS = frozenset("pas jamais aucun aucune rien personne guère nullement non plus ni sans".split())
_NEGATION_MARKERS = frozenset({"ne", "n'"})
# Antonyms a reporter's slip can swap; symmetric pairs, lemma-like forms.
_ANTONYM_PAIRS = (
    ("accepter", "refuser"), ("acceptent", "refusent"), ("accepte", "refuse"),
    ("exclure", "inclure"), ("excluait", "incluait"), ("exclut", "inclut"),
    ("augmenter", "diminuer"), ("hausse", "baisse"), ("pour", "contre"),
    ("possible", "impossible"), ("légal", "illégal"), ("légale", "illégale"),
    ("favorable", "défavorable"), ("ami", "ennemi"), ("amis", "ennemis"),
    ("paix", "guerre"), ("victoire", "défaite"), ("soutien", "opposition"),
    ("toujours", "jamais"), ("tout", "rien"), ("offensif", "défensif"),
    ("offensive", "défensive"), ("pacifique", "belliqueux"), ("vrai", "faux"),
    ("confirmé", "démenti"), ("confirme", "dément"), ("avant", "après"),
    ("plus", "moins"), ("meilleur", "pire"), ("gagné", "perdu"),
)  # fmt: skip
ANTONYMS = {a: b for a, b in _ANTONYM_PAIRS} | {b: a for a, b in _ANTONYM_PAIRS}

# An elided article or pronoun is a word of its own ("l'", "qu'"), but
# "aujourd'hui" stays whole.
_WORD = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'|\w+(?:['-]\w+)*|…", re.UNICODE)
_ELLIPSES = re.compile(r"[(\[]\s*(?:…|\.\.\.)\s*[)\]]|…|\.\.\.")


@lru_cache(maxsize=8192)  # (the engine asks again for each pair a quotation is compared in)
def words(text: str) -> tuple[str, ...]:
    """The words of a quotation, typography folded; an ellipsis is "…"."""
    folded = fold_chars(unicodedata.normalize("NFC", text)).casefold()
    folded = _ELLIPSES.sub(" … ", folded)
    return tuple(_WORD.findall(folded))


def is_function_word(word: str) -> bool:
    return word in FUNCTION_WORDS or word in _NEGATION_MARKERS


def content_words(quote: Sequence[str]) -> tuple[str, ...]:
    return tuple(w for w in quote if w != ELLIPSIS and not is_function_word(w))


@attrs.frozen
class Change:
    """One place where the wordings differ: the words on each side."""

    left: tuple[str, ...]
    right: tuple[str, ...]

    def describe(self) -> str:
        if not self.left:
            return f"added {' '.join(self.right)!r}"
        if not self.right:
            return f"dropped {' '.join(self.left)!r}"
        return f"{' '.join(self.left)!r} → {' '.join(self.right)!r}"


@attrs.frozen
class Comparison:
    """How two wordings of one quotation differ."""

    grade: int
    changes: tuple[Change, ...]
    #: Words matched, over the words of the shorter wording (outside
    #: partial-quotation context): how sure we are that it is one quotation.
    overlap: float
    matched: int

    @property
    def grade_name(self) -> str:
        return GRADE_NAMES[self.grade]


def _opcodes(left: Sequence[str], right: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    return [(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end) for op in Levenshtein.opcodes(left, right)]


def compare(left: Sequence[str], right: Sequence[str]) -> Comparison:
    """Grade the differences between two wordings (see the module doc)."""
    shorter, longer = (left, right) if len(left) <= len(right) else (right, left)
    if shorter and contains_run(longer, shorter):
        # a part quoted word for word: aligned as a whole, not from a
        # function word it happens to share with the start ("un drame"
        # within "Un homme a perdu la vie ..., c'est un drame")
        return Comparison(TYPOGRAPHY, (), 1.0, len(shorter))
    ops = _merged(_opcodes(left, right))
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    changes: list[Change] = []
    last = len(ops) - 1
    for index, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        a, b = list(left[i1:i2]), list(right[j1:j2])
        # Partial quotation: words before the first or after the last
        # matched word belong to the longer wording's context.
        if index == 0 and matched:
            a, b = _keep_tail(a, b)
        if index == last and matched:
            a, b = _keep_head(a, b)
        # Words cut at an ellipsis on either side are not changes.
        if _touches_ellipsis(left, i1, i2) or _touches_ellipsis(right, j1, j2):
            a, b = [w for w in a if w == ELLIPSIS], [w for w in b if w == ELLIPSIS]
        a = [w for w in a if w != ELLIPSIS]
        b = [w for w in b if w != ELLIPSIS]
        if a or b:
            changes.append(Change(tuple(a), tuple(b)))
    return Comparison(_grade(changes), tuple(changes), min(1.0, matched / max(1, min(len(left), len(right)))), matched)


def contains_run(longer: Sequence[str], run: Sequence[str]) -> bool:
    """``run`` occurs word for word in ``longer``."""
    n, first = len(run), run[0]
    return any(longer[i] == first and list(longer[i : i + n]) == list(run) for i in range(len(longer) - n + 1))


def _merged(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Neighbouring changes as one change: what lies between two matched
    stretches is one edit, whatever mix of insertions and deletions."""
    out: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if out and op[0] != "equal" and out[-1][0] != "equal":
            _, i1, _, j1, _ = out[-1]
            out[-1] = ("replace", i1, op[2], j1, op[4])
        else:
            out.append(op)
    return out


def content_or_all(quote: Sequence[str]) -> tuple[str, ...]:
    return content_words(quote) or tuple(quote)


def _keep_tail(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    n = min(len(a), len(b))
    return a[len(a) - n :], b[len(b) - n :]


def _keep_head(a: list[str], b: list[str]) -> tuple[list[str], list[str]]:
    n = min(len(a), len(b))
    return a[:n], b[:n]


def _touches_ellipsis(quote: Sequence[str], start: int, end: int) -> bool:
    window = quote[max(0, start - 1) : end + 1]
    return ELLIPSIS in window


def _grade(changes: Sequence[Change]) -> int:
    grade = TYPOGRAPHY
    for change in changes:
        grade = max(grade, _change_grade(change))
    return grade


def _negated(side: Sequence[str]) -> int:
    return sum(1 for w in side if w in NEGATIONS or w in _NEGATION_MARKERS)


def _change_grade(change: Change) -> int:
    left, right = change.left, change.right
    if _negated(left) != _negated(right):
        return MEANING
    if any(ANTONYMS.get(a) == b for a in left for b in right):
        return MEANING
    if all(is_function_word(w) for w in (*left, *right)):
        return FUNCTION_WORD
    return CONTENT_WORD


def shingles(quote: Sequence[str]) -> set[str]:
    """Keys to look a quotation up by: pairs of neighbouring content words,
    or its single content word."""
    content = content_or_all(quote)
    if len(content) == 1:
        return {content[0]}
    return {f"{a} {b}" for a, b in zip(content, content[1:])}


def index_keys(quote: Sequence[str]) -> set[str]:
    """Keys to file a quotation under: its shingles and each content word,
    so that a one-word quotation finds the longer one it comes from."""
    return shingles(quote) | set(content_or_all(quote))


def same_quotation(left: Sequence[str], right: Sequence[str], min_overlap: float = 0.5) -> Comparison | None:
    """The comparison of two wordings when they are one quotation (enough
    words in common, counted on the shorter one), else None."""
    if not left or not right:
        return None
    comparison = compare(left, right)
    shorter = min(len(left), len(right))
    shared_content = set(content_words(left)) & set(content_words(right))
    needed = 1 if min(len(content_words(left)), len(content_words(right))) <= 1 else 2
    if comparison.matched / shorter >= min_overlap and len(shared_content) >= needed:
        return comparison
    return None
