"""French number parsing: factcheck.normalize.numbers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from factcheck.normalize.numbers import (
    CARDINAL,
    CARDINAL_WORD,
    parse_cardinal,
    parse_digits,
    parse_ordinal,
    parse_roman,
)

FAST = settings(max_examples=150, deadline=None)


def reform_spelling(words: str) -> str:
    """The 1990 spelling: hyphens everywhere except around million(s) and
    milliard(s), which are nouns."""
    words = words.replace(" ", "-")
    return re.sub(r"-?(millions?|milliards?)-?", r" \1 ", words).strip()


def ordinal_oracle(n: int) -> str:
    """num2words' French ordinal with its plural slip fixed: it writes
    "quatre-vingtsième", "deux centsième", "deux millionsième"."""
    return re.sub(r"(vingt|cent|million|milliard)sième", r"\1ième", num2words(n, lang="fr", to="ordinal"))


def to_roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


# ------------------------------------------------------------ round trips


@FAST
@given(st.integers(0, 999_999_999))
def test_cardinal_words_round_trip(n):
    words = num2words(n, lang="fr")
    assert parse_cardinal(words) == n
    # "soixante et onze" and "soixante-et-onze" are both written
    assert parse_cardinal(words.replace(" et ", "-et-")) == n
    assert parse_cardinal(reform_spelling(words)) == n
    assert parse_cardinal(words.upper()) == n


@FAST
@given(st.integers(0, 999_999_999))
def test_cardinal_digits_round_trip(n):
    grouped = f"{n:,}"
    for space in (" ", "\u00a0", "\u202f"):
        assert parse_cardinal(grouped.replace(",", space)) == n
    assert parse_cardinal(str(n)) == n
    if n >= 1000:
        assert parse_cardinal(grouped.replace(",", ".")) == n  # "1.200.000"


@FAST
@given(st.integers(0, 10**6), st.integers(1, 99))
def test_decimal_comma(integer, fraction):
    value = parse_cardinal(f"{integer},{fraction:02d}")
    assert value == pytest.approx(integer + fraction / 100)


@FAST
@given(st.integers(1, 999_999))
def test_ordinal_words_round_trip(n):
    words = ordinal_oracle(n)
    assert parse_ordinal(words) == n
    assert parse_ordinal(words.replace(" et ", "-et-")) == n


@FAST
@given(st.integers(1, 10**6))
def test_ordinal_digits_round_trip(n):
    for suffix in ("e", "ème", "eme", "ᵉ"):
        assert parse_ordinal(f"{n}{suffix}") == n


@FAST
@given(st.integers(1, 3999))
def test_roman_round_trip(n):
    assert parse_roman(to_roman(n)) == n
    # "Le", "Ce", "De", "Me" are words, not the 50th, 100th, 500th, 1000th
    expected = None if to_roman(n) in ("L", "C", "D", "M") else n
    assert parse_ordinal(to_roman(n) + "e") == expected


@FAST
@given(st.text())
def test_parsers_never_raise(text):
    for parse in (parse_cardinal, parse_ordinal, parse_roman, parse_digits):
        parse(text)


# ----------------------------------------------------------------- examples


@pytest.mark.parametrize(
    "text, value",
    [
        ("0", 0),
        ("zéro", 0),
        ("un", 1),
        ("une", 1),
        ("dix-sept", 17),
        ("dix sept", 17),
        ("vingt et un", 21),
        ("vingt-et-une", 21),
        ("soixante et onze", 71),
        ("soixante-et-onze", 71),
        ("quatre vingts", 80),
        ("quatre-vingt-dix-neuf", 99),
        ("nonante-huit", 98),
        ("septante huit", 78),
        ("huitante et un", 81),
        ("mil neuf cent vingt", 1920),
        ("dix neuf cent soixante-treize", 1973),
        ("un milliard vingt-cinq millions", 1_025_000_000),
        ("10 000", 10_000),
        ("10\u00a0000", 10_000),
        ("1\u202f500\u202f000", 1_500_000),
        ("100.000", 100_000),
        ("6.700,54", 6700.54),
        ("6 700,54", 6700.54),
        ("2,5", 2.5),
        ("2.5", 2.5),
        ("3,0", 3),
        ("1,5 million", 1_500_000),
        ("3 milliards", 3_000_000_000),
        ("deux et demi", 2.5),
        ("un million et demi", 1_500_000),
    ],
)
def test_parse_cardinal(text, value):
    assert parse_cardinal(text) == value
    assert type(parse_cardinal(text)) is type(value)


@pytest.mark.parametrize(
    "text",
    ["", "mille mille deux cent", "cinq zéro", "quarante douze", "soixante et", "dix deux", "vingt un", "vingt-un", "navire", "3-1"],
)
def test_parse_cardinal_rejects(text):
    assert parse_cardinal(text) is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("premier", 1),
        ("Première", 1),
        ("second", 2),
        ("seconde", 2),
        ("deuxième", 2),
        ("deuxieme", 2),
        ("onzième", 11),
        ("vingt et unième", 21),
        ("vingt-cinquième", 25),
        ("quatre-vingt dix-septième", 97),
        ("cinq cent unième", 501),
        ("mille deux cent trentième", 1230),
        ("millionième", 1_000_000),
        ("1er", 1),
        ("1re", 1),
        ("1ère", 1),
        ("1ᵉʳ", 1),
        ("2e", 2),
        ("2ème", 2),
        ("2nde", 2),
        ("11eme", 11),
        ("XXIe", 21),
        ("XIXe", 19),
        ("Ier", 1),
    ],
)
def test_parse_ordinal(text, value):
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["", "unième", "dix unième", "0e", "deux", "IIII", "Le"])
def test_parse_ordinal_rejects(text):
    assert parse_ordinal(text) is None


def test_regex_sources_still_match_numbers():
    """The temporal extractor builds its patterns from these sources."""
    assert re.fullmatch(CARDINAL_WORD, "vingt-quatre")
    assert re.fullmatch(CARDINAL_WORD, "soixante et onze")
    assert re.fullmatch(CARDINAL, "10 000")
    assert re.fullmatch(CARDINAL, "2,5")
    assert re.fullmatch(CARDINAL, "mille neuf cent cinquante")


def test_ordinal_suffix_must_fit_its_number() -> None:
    """"-er/-re" belong to 1 and "-nd(e)" to 2: "Inde" is no "1nde"."""
    from factcheck.normalize.numbers import parse_ordinal

    assert [parse_ordinal(x) for x in ("1er", "1re", "2nde", "2nd", "Ier", "IInde", "XXIe")] == [1, 1, 2, 2, 1, 2, 21]
    assert [parse_ordinal(x) for x in ("Inde", "1nde", "2er", "3re")] == [None, None, None, None]
