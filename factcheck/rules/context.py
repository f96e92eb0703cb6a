"""The words a statement is told in, to find the same account in a source.

A draft's "a été interpellé avant-hier à l'aube dans un hangar agricole de
Lizy-sur-Ourcq" and a source's "a été interpellé jeudi matin dans un hangar
agricole à Lizy-sur-Ourcq" tell one fact: they share the content words
around the date.  Rules of scope ``context`` compare a draft's statement
with the sources' statements told in enough of the same words, so that a
day another fact of the sources happens to have does not back it.

Pure functions of the text: words are stemmed (Snowball's French stemmer,
so that "retrouveront" and "retrouver" are one word) and folded (case,
accents), and function words, dates and numbers are no content words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

#: A window: at most this many words either side, within the sentence.
WINDOW_WORDS = 10

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: A word as the window counts them: an elided article or pronoun is part
#: of the word it is glued to ("l'adjoint", "jusqu'au", "aujourd'hui": one word each).
_COUNTED_WORD = re.compile(r"(?:[^\W\d_]{1,7}['’])?[^\W\d_]+(?:-[^\W\d_]+)*")
#: A figure of two digits or more ("24,6", "312"), not part of a date's digits.
_FIGURE = re.compile(r"(?<![\w,.])\d{2,}(?:,\d+)?(?!\w|,\d)|(?<![\w,.])\d,\d+(?!\w)")
_SENTENCE_END = re.compile(r"[.!?;\n]")

#: Words that tell no fact of their own: function words, frequent verbs
#: and adverbs, and the words of dates and times (the value compared).
_NOT_CONTENT = frozenset(
    """
    alors apres aupres aussi autour autre autres avaient avait avant avec avoir
    ayant cela celle celui cette ceux chez comme dans depuis deja donc dont elle
    elles encore entre etaient etait etre leur leurs lors mais meme moins notre
    nous pour plus quand quel quelle quelque selon sans sera seront serait sont
    sous tous tout toute toutes tres vers votre vous ont fait faire
    hier demain aujourd'hui veille lendemain surlendemain matin matinee soir soiree
    nuit midi minuit apres-midi aube heure heures minute minutes jour jours semaine
    semaines mois annee annees dernier derniere prochain prochaine
    lundi mardi mercredi jeudi vendredi samedi dimanche
    janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre
    devant contre parmi pendant durant environ
    a-t-on a-t-il a-t-elle a-t-ils a-t-elles appris source sources proche proches indique indiquee precise
    declare ajoute affirme explique souligne
    """.split()
)
# (attribution words: "a-t-on appris de source policière", "selon une source
# proche de l'enquête" tell who says, in every account alike)


_STEMMER = snowballstemmer.stemmer("french")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def _content(word: str) -> str | None:
    lower = word.lower()
    if len(lower) < 4 or _fold(lower) in _NOT_CONTENT:
        return None
    # Snowball's French stemmer: "interpellé", "interpellées" -> "interpel";
    # "retrouveront", "retrouver" -> "retrouv"
    stem = _fold(_STEMMER.stemWord(lower))
    return stem if len(stem) >= 3 else None


#: A sentence opening with a pronoun subject continues the one before ("Les
#: procédures … avaient été déclenchées lundi. Elles n'ont été levées
#: qu'hier"); not an impersonal "il" ("Il y a", "Il faut", "Il s'agissait").
_PRONOUN_OPENING = re.compile(
    r"\s*(?:Elles?|Ils|Il(?![^\S\n]+(?:y|faut|fallait|faudra|s['’]agi\w*|rest\w*|sembl\w*|suffi\w*|manqu\w*"
    r"|conv\w*|pleu\w*|est[^\S\n]+tomb\w*)(?!\w))|(?:Celui|Celle|Ceux|Celles)-(?:ci|là))(?!\w)"
)


def _sentence_start(text: str, at: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))


def window(text: str, start: int, end: int, reach: int = WINDOW_WORDS, *, clause: bool = False) -> tuple[int, int]:
    """The span of ``reach`` words either side of ``text[start:end]``, in
    its sentence (``clause``: in its clause of a sequence, ``_CLAUSE_BREAK``)."""
    lo = _sentence_start(text, start)
    stop = _SENTENCE_END.search(text, end, end + 400)
    hi = stop.start() if stop else min(len(text), end + 400)
    if clause:
        lo = max([lo, *(m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start))])
        stop = _CLAUSE_BREAK.search(text, end, hi)
        hi = stop.start() if stop else hi
    before = list(_COUNTED_WORD.finditer(text, lo, start))[-reach:]
    after = list(_COUNTED_WORD.finditer(text, end, hi))[:reach]
    if clause:
        # (a clause shorter than the reach is whole, its figures too: "puis
        # 1 150 hectares hier soir")
        return (before[0].start() if len(before) == reach else lo), (after[-1].end() if len(after) == reach else hi)
    return (before[0].start() if before else start), (after[-1].end() if after else end)


#: Where one clause of a sequence ends and the next begins: "dès lundi
#: soir, puis 1 150 hectares hier soir" (not a comma alone: "Jonas
#: Vingegaard, 3e à 1 min 08" is one account).
_CLAUSE_BREAK = re.compile(r";|,[^\S\n]*(?:puis|mais|avant|apr[èe]s|alors[^\S\n]+que|tandis[^\S\n]+que)(?!\w)", re.IGNORECASE)

#: Content words in common that make two statements one account (and
#: fewer than this around a statement tell none).
SAME_ACCOUNT_WORDS = 3


def _content_words(text: str, spans: tuple[tuple[int, int], ...]) -> set[str]:
    # a compound counts by its parts: "dans le centre-ville" and "dans le
    # centre de Strasbourg" share "centre"
    words = [part for a, b in spans for m in _WORD.finditer(text, a, b) for part in m.group().split("-")]
    return {w for w in map(_content, words) if w is not None}


def words_around(
    text: str, start: int, end: int, reach: int = WINDOW_WORDS, *, continued: bool = False, clause: bool = False
) -> frozenset[str]:
    """The content words within ``reach`` words of ``text[start:end]``, in
    its sentence.  ``continued``: and the end of the sentence before, when
    a pronoun opens a sentence too short to tell an account (a draft's
    "Elles n'ont été levées qu'avant-hier", whose words are then sought in
    the sources' sentences as they are).  ``clause``: only the words of
    its clause of a sequence."""
    lo, hi = window(text, start, end, reach, clause=clause)
    around = ((lo, start), (end, hi))
    if continued and len(_content_words(text, around)) < SAME_ACCOUNT_WORDS:
        # too few words of its own, and a pronoun opens its sentence: the
        # words ending the sentence before tell what it is about
        opening = _sentence_start(text, start)
        if opening > 0 and text[opening - 1] != "\n" and _PRONOUN_OPENING.match(text, opening):
            earlier = list(_COUNTED_WORD.finditer(text, _sentence_start(text, opening - 1), opening))[-reach:]
            if earlier:
                around = ((earlier[0].start(), start), (end, hi))
    content = _content_words(text, around)
    # the same figure told beside it ("sous 24,6 °C") is one more word of
    # the same account; a single digit tells too little
    content.update("#" + m.group().replace(",", ".") for a, b in around for m in _FIGURE.finditer(text, a, b))
    return frozenset(content)
