"""Typography folding that keeps a way back to the original offsets.

Extractors match patterns on a folded copy of the article (NFC, one kind of
apostrophe, of quotation mark, of space and of dash) and report spans in
the original text through ``Folded.to_original``.  Typography therefore
never changes what is found nor its value, and ``text[start:end]`` always
slices the article exactly as decoded.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple


# One character for one character: offsets do not move.
_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",  # ’ right single quotation mark
        "\u2018": "'",  # ‘
        "\u02bc": "'",  # ʼ modifier letter apostrophe
        "\u00b4": "'",  # ´
        "`": "'",
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u2007": " ",  # figure space
        "\u200a": " ",  # hair space
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u2039": '"',  # ‹
        "\u203a": '"',  # ›
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",
        "\u2013": "-",  # – en dash
        "\u2014": "-",  # — em dash
        "\u2212": "-",  # minus
    }
)


_FOLD_TO = {chr(code): to for code, to in _SAME_LENGTH.items()}
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD_TO)) + "]")


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD_TO[m.group()]


def fold_chars(text: str) -> str:
    """Same-length folding of apostrophes, quotes, spaces and dashes."""
    # A substitution touches only the characters to fold: str.translate
    # looks every character up in a dict, about 15 times slower on articles.
    return _FOLDABLE.sub(_fold_one, text)


class Folded(NamedTuple):
    """A folded copy of ``original`` and the map back to its offsets.

    A named tuple rather than an attrs class: one is made for every
    expression the normaliser reads, and a tuple is made three times faster.
    """

    original: str
    text: str
    # starts[i] is the offset in ``original`` of folded character i; empty
    # when both have the same length and offsets are the identity.
    starts: tuple[int, ...] = ()

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span [start, end)."""
        if not self.starts:
            return start, end
        n = len(self.text)
        o_start = self.starts[start] if start < n else len(self.original)
        o_end = self.starts[end] if end < n else len(self.original)
        return o_start, o_end

    def to_folded(self, offset: int) -> int:
        """The folded offset of an original offset (the character holding it)."""
        if not self.starts:
            return offset
        return max(0, bisect_right(self.starts, offset) - 1)


_new_folded = tuple.__new__


def fold(text: str) -> Folded:
    """NFC-normalise and fold typography, keeping the offset map.

    The NFC copy can be shorter than the original (e + combining accent
    becomes é); each folded character remembers where its source began.
    """
    nfc = unicodedata.normalize("NFC", text)
    if nfc == text:
        # tuple.__new__ directly: the named tuple's own __new__ is Python
        # code, and the normaliser folds every expression it is given.
        return _new_folded(Folded, (text, fold_chars(text), ()))
    starts: list[int] = []
    # Normalise grapheme by grapheme: a base character and its combining
    # marks map to the NFC characters they compose into.
    i = 0
    pieces: list[str] = []
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        pieces.append(composed)
        starts.extend([i] * len(composed))
        i = j
    return Folded(text, fold_chars("".join(pieces)), tuple(starts))
