"""French numbers: digits and words to values.

Public API (used by the temporal normaliser too):
- ``parse_cardinal(text)`` -> int | float | None
- ``parse_ordinal(text)`` -> int | None
- ``CARDINAL_WORD`` / ``CARDINAL`` : regex sources matching one number
  written in words / in digits or words.
"""

from __future__ import annotations

import re

from text_to_num import text2num

_UNITS = (
    "zéro|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    "quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|"
    "millions?|milliards?"
)
#: One number in words: "vingt-quatre", "soixante et onze", "mille neuf cent".
CARDINAL_WORD = rf"(?:(?:{_UNITS})(?:(?:[\s-]+et[\s-]+|[\s-]+)(?:{_UNITS}))*)"
#: Digits with French grouping ("10 000", "2,5") or words.
CARDINAL = rf"(?:\d{{1,3}}(?:[  \u202f]\d{{3}})+(?:,\d+)?|\d+(?:[,.]\d+)?|{CARDINAL_WORD})"

_DIGITS = re.compile(r"\d{1,3}(?:[  \u202f]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?")


def parse_cardinal(text: str) -> int | float | None:
    """The value of one French cardinal in digits or words, else None."""
    words = " ".join(text.lower().split())
    if not words:
        return None
    if _DIGITS.fullmatch(words):
        compact = re.sub(r"[  \u202f]", "", words).replace(",", ".")
        value = float(compact)
        return int(value) if value.is_integer() and "." not in compact else value
    if words in ("un", "une"):
        return 1
    try:
        return int(text2num(words.replace("une", "un"), "fr"))
    except ValueError:
        return None


_ORDINALS = {"premier": 1, "première": 1, "premiere": 1, "second": 2, "seconde": 2}


def parse_ordinal(text: str) -> int | None:
    """The value of one French ordinal ("deuxième", "seconde", "2e", "1er")."""
    word = text.lower().strip()
    if word in _ORDINALS:
        return _ORDINALS[word]
    match = re.fullmatch(r"(\d+)\s*(?:e|er|re|ère|ème|eme|è)", word)
    if match:
        return int(match.group(1))
    if word.endswith("ième"):
        stem = word[: -len("ième")]
        for base in (stem, stem + "e"):
            base = {"cinqu": "cinq", "neuv": "neuf"}.get(base, base)
            value = parse_cardinal(base)
            if value is not None:
                return int(value)
    return None
