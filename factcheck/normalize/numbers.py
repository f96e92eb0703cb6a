"""French numbers: digits and words to values.

Public API (the temporal normaliser uses it too):

- ``parse_cardinal(text)`` -> int | float | None: one cardinal in digits
  ("10 000", "2,5", "1.200.000"), in words ("soixante et onze",
  "quatre-vingt-dix-neuf", "mil neuf cent vingt") or both ("1,5 million").
- ``parse_ordinal(text)`` -> int | None: "deuxième", "vingt et unième",
  "premier", "seconde", "2e", "1er", "1re", "XXIe".
- ``parse_roman(text)`` -> int | None: a well-formed Roman numeral.
- ``CARDINAL_WORD`` / ``CARDINAL``: regex sources matching one number
  written in words / in digits or words (no anchors, no boundaries: the
  caller adds them).

Number words go through text2num (Rust core, its default settings); the
rules text2num does not have (digits with French grouping, "et demi",
scales after digits, ordinals, Roman numerals) are written here.

Conventions, so that values compare across articles:
- a value is an ``int`` when it is integral ("3,0" -> 3), else a float;
- a dot followed by exactly three digits groups thousands ("100.000" is
  100000, the continental convention); any other dot is a decimal point
  ("2.5"), as is the comma ("2,5");
- ``parse_cardinal`` reads "un"/"une" as 1: whether an "un" in running
  text counts something is the extractor's decision, not the parser's.
"""

from __future__ import annotations

import re
import unicodedata

from text_to_num import text2num

#: Words that may make up a cardinal written in words (lowercase, folded
#: apostrophes).  "et" joins "vingt et un"; it is never a number alone.
NUMBER_WORDS = frozenset(
    """zéro zero un une deux trois quatre cinq six sept huit neuf dix onze douze
    treize quatorze quinze seize vingt vingts trente quarante cinquante soixante
    septante octante huitante nonante cent cents mille mil million millions
    milliard milliards""".split()
)
#: Scale words that multiply what precedes them, also after digits.
SCALES = {
    "mille": 1000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
}

_UNITS = (
    "zéro|zero|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
    "treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|"
    "septante|octante|huitante|nonante|cents?|mille|milliards?|millions?"
)
#: One number in words: "vingt-quatre", "soixante et onze", "mille neuf cent".
CARDINAL_WORD = rf"(?:(?:{_UNITS})(?:(?:[\s-]+et[\s-]+|[\s-]+)(?:{_UNITS}))*)"
#: Digits with French grouping ("10 000", "2,5") or words.
CARDINAL = rf"(?:\d{{1,3}}(?:[  \u202f]\d{{3}})+(?:,\d+)?|\d+(?:[,.]\d+)?|{CARDINAL_WORD})"

# Spaces that group digits: space, no-break space, narrow no-break space,
# thin space, figure space.
_GROUP_SPACE = "  \u202f\u2009\u2007"
#: Digits in the forms French text writes them (the whole string).
DIGITS = re.compile(
    rf"(?P<int>\d{{1,3}}(?:[{_GROUP_SPACE}]\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+|\d+)"
    r"(?:[,](?P<frac>\d+)|\.(?P<dotfrac>\d{1,2}|\d{4,}))?"
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_NOT_DIGIT = re.compile(r"[^\d]")


def as_number(value: float) -> int | float:
    """An integral value as an int, any other as a float."""
    if isinstance(value, int):
        return value
    return int(value) if value.is_integer() else value


def parse_digits(text: str) -> int | float | None:
    """The value of one number written in digits ("10 000", "2,5",
    "1.200.000", "6 700,54"), else None."""
    match = DIGITS.fullmatch(text.strip())
    if not match:
        return None
    integer = int(_NOT_DIGIT.sub("", match["int"]))
    fraction = match["frac"] or match["dotfrac"]
    if fraction is None:
        return integer
    return as_number(float(f"{integer}.{fraction}"))


def words_value(words: str) -> int | None:
    """The value of one cardinal written in words, through text2num.

    ``words`` is lowercase; hyphens and spaces are both accepted.  A
    "zéro" is only a number on its own ("zéro un" is a code, not 1).
    """
    if not words:
        return None
    if words == "zero" or words == "zéro":
        return 0
    if "zéro" in words or "zero" in words:
        return None
    try:
        return int(text2num(words, "fr"))
    except (ValueError, OverflowError):
        pass
    if "-" not in words:
        return None
    # text2num 3.1 rejects the 1990 spelling "dix-sept-mille", "dix-mille"
    # (a compound starting with "dix" before a scale) while it reads
    # "dix-sept mille"; hyphens never change a French number's value.
    try:
        return int(text2num(words.replace("-", " "), "fr"))
    except (ValueError, OverflowError):
        return None


def _normal_words(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return " ".join(text.lower().split())


def parse_cardinal(text: str) -> int | float | None:
    """The value of one French cardinal in digits or words, else None.

    Accepts digits ("10 000", "2,5"), words ("soixante et onze"), a scale
    after digits ("1,5 million", "3 milliards") and a trailing "et demi"
    ("deux et demi" -> 2.5, "un million et demi" -> 1500000).
    """
    words = _normal_words(text)
    if not words:
        return None
    value: int | float | None
    if words[0].isdigit():
        value = parse_digits(words)
        if value is not None:
            return value
    half = 0.0
    for suffix in (" et demi", " et demie"):
        if words.endswith(suffix):
            words = words[: -len(suffix)]
            half = 0.5
            break
    head, _, last = words.rpartition(" ")
    if head and head[0].isdigit() and last in SCALES:
        base = parse_digits(head)
        if base is None:
            return None
        scale = SCALES[last]
        return as_number(round((base + half) * scale, 6))
    if words[0].isdigit():
        return None
    value = words_value(words)
    if value is None:
        return None
    if half:
        # "un million et demi" is 1.5 million; "deux et demi" is 2.5.
        scale = next((s for w, s in SCALES.items() if words.endswith(w)), 1)
        return as_number(value + half * scale)
    return value


# ---------------------------------------------------------------- ordinals

#: Ordinal words that are not "-ième" forms.
SPECIAL_ORDINALS = {
    "premier": 1,
    "première": 1,
    "premiere": 1,
    "second": 2,
    "seconde": 2,
}
#: An ordinal suffix after digits: 1er, 1re, 1ère, 2e, 2ème, 2eme, 2è,
#: 2nd, 2nde and the superscript forms 2ᵉ, 1ᵉʳ, 1ʳᵉ.
DIGIT_ORDINAL_SUFFIX = r"(?:ᵉʳ|ʳᵉ|ᵉ|ère|ere|er|re|ème|eme|è|e|nde|nd)"
_DIGIT_ORDINAL = re.compile(rf"(\d+)\s?({DIGIT_ORDINAL_SUFFIX})")
ROMAN = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN = re.compile(ROMAN)
_ROMAN_ORDINAL = re.compile(rf"({ROMAN})\s?({DIGIT_ORDINAL_SUFFIX})")
_FIRST_SUFFIXES = frozenset(("er", "re", "ère", "ere", "ᵉʳ", "ʳᵉ"))
_SECOND_SUFFIXES = frozenset(("nd", "nde"))


def suffix_agrees(value: int, suffix: str | None) -> bool:
    """"1er", "2nde", "XXIe": "-er"/"-re" belong to 1 and "-nd(e)" to 2
    alone, so "Inde" (the country) is no "1nde" and "2er" no ordinal."""
    if not suffix:
        return True
    suffix = suffix.lower()
    if suffix in _FIRST_SUFFIXES:
        return value == 1
    if suffix in _SECOND_SUFFIXES:
        return value == 2
    return True
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
#: "-ième" stems that are not the cardinal with its final e dropped.
_STEMS = {"cinqu": "cinq", "neuv": "neuf", "un": "un"}


def parse_roman(text: str) -> int | None:
    """The value of a well-formed uppercase Roman numeral, else None."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    total = 0
    for char, following in zip(text, text[1:] + " "):
        value = _ROMAN_VALUES[char]
        total += -value if _ROMAN_VALUES.get(following, 0) > value else value
    return total


def roman_ordinal_value(numeral: str) -> int | None:
    """The value of a Roman numeral written as an ordinal ("XXI" of
    "XXIe"); None for "L", "C", "D", "M" alone: "Le", "Ce", "De", "Me" are
    words."""
    if len(numeral) == 1 and numeral not in "IVX":
        return None
    return parse_roman(numeral)


def ordinal_word_value(words: str) -> int | None:
    """The value of a "-ième" ordinal written in words, lowercase
    ("deuxième", "vingt et unième", "cinq cent unième", "millionième")."""
    for suffix in ("ième", "ieme"):
        if words.endswith(suffix):
            stem = words[: -len(suffix)]
            break
    else:
        return None
    head, sep, last = stem.rpartition(" ")
    if "-" in last:
        head2, _, last = last.rpartition("-")
        head = f"{head}{sep}{head2}" if head else head2
        sep = "-"
    if not last:
        return None
    # num2words writes "quatre-vingtsième", "deux centsième": accept them.
    if last.endswith("s") and last[:-1] in ("vingt", "cent", "million", "milliard"):
        last = last[:-1]
    # "unième" exists only after tens: "vingt et unième", "cent unième".
    if last == "un" and not head:
        return None
    candidates = [_STEMS[last]] if last in _STEMS else [last, last + "e"]
    for base in candidates:
        if base not in NUMBER_WORDS:
            continue
        value = words_value(f"{head}{sep}{base}" if head else base)
        if value is not None and value > 0:
            return value
    return None


def parse_ordinal(text: str) -> int | None:
    """The value of one French ordinal, else None: words ("deuxième",
    "vingt et unième", "premier", "seconde"), digits ("2e", "1er", "1re",
    "2ème", "2ᵉ") or Roman numerals with a suffix ("XXIe", "Ier")."""
    raw = " ".join(unicodedata.normalize("NFC", text).split())
    if not raw:
        return None
    match = _ROMAN_ORDINAL.fullmatch(raw)
    if match:
        value = roman_ordinal_value(match.group(1))
        return value if value is not None and suffix_agrees(value, match.group(2)) else None
    word = raw.lower()
    if word in SPECIAL_ORDINALS:
        return SPECIAL_ORDINALS[word]
    match = _DIGIT_ORDINAL.fullmatch(word)
    if match:
        value = int(match.group(1))
        return value if value > 0 and suffix_agrees(value, match.group(2)) else None
    return ordinal_word_value(word)
