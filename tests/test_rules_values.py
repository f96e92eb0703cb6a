"""Value semantics: dates, durations and quantities as ranges; quotations
compared word by word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.rules import quotes
from factcheck.rules.values import (
    Range,
    dates_agree,
    duration_range,
    number_range,
    parse_date,
    parse_duration,
    weekday_of,
)
from factcheck.textnorm import fold_chars

MODS = [None, "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "BEFORE", "AFTER",
        "ON_OR_AFTER", "START", "MID", "END"]  # fmt: skip


def agree(a: str, b: str, a_mod: str | None = None, b_mod: str | None = None) -> bool | None:
    pa, pb = parse_date(a), parse_date(b)
    assert pa is not None and pb is not None
    return dates_agree(pa, a_mod, pb, b_mod)


class TestDates:
    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            ("2024-06-19", "2024-06-19", True),
            ("2024-06-19", "2024-06-18", False),
            ("2024-06", "2024-06-19", True),  # "juin 2024" and "19 juin 2024"
            ("2024", "2024-06-19", True),
            ("2023", "2024-06", False),
            ("XXXX-06-19", "2024-06-18", False),  # "19 juin" with no year
            ("XXXX-06-19", "2023-06-19", True),
            ("2024-W25", "2024-06-19", True),
            ("2024-W25", "2024-06-24", False),
            ("2024-06-19T11:36", "2024-06-19", True),
            ("2024-06-19T11:36", "2024-06-19T12:36", False),
            ("199X", "1995", True),
            ("199X", "2000", False),
        ],
    )
    def test_agreement_at_the_stated_precision(self, a, b, expected):
        """Each side is compared at the precision it states."""
        assert agree(a, b) is expected
        assert agree(b, a) is expected

    def test_modifiers(self):
        """Modifiers make ranges: "début juin" is not the 19th, "vers le 19" is the 18th."""
        assert agree("2024-06", "2024-06-19", "START") is False
        assert agree("2024-06", "2024-06-03", "START") is True
        assert agree("2024-06", "2024-06-28", "END") is True
        assert agree("2024-06-19", "2024-06-18", "APPROX") is True
        assert agree("2000", "2024", "ON_OR_AFTER") is True
        assert agree("2000", "1999", "ON_OR_AFTER") is False
        assert agree("2000", "1999", "BEFORE") is True

    def test_unknown_parts_are_not_compared(self):
        """Without a shared part there is nothing to compare."""
        assert agree("XXXX-XX-XX", "2024-06-19") is None

    @pytest.mark.parametrize("value", ["", "hier", "2024-13", "2024-02-30", "20240619", "T25:00"])
    def test_not_dates(self, value):
        """Malformed values are not dates."""
        assert parse_date(value) is None

    def test_weekday(self):
        """18 June 2024 was a Tuesday."""
        assert weekday_of(parse_date("2024-06-18")) == 2
        assert weekday_of(parse_date("2024-06")) is None

    @settings(max_examples=150)
    @given(
        st.dates(), st.dates(), st.sampled_from(MODS), st.sampled_from(MODS),
        st.sampled_from([4, 7, 10]), st.sampled_from([4, 7, 10]),
    )  # fmt: skip
    def test_symmetric_and_reflexive(self, d1, d2, m1, m2, cut1, cut2):
        """Agreement is symmetric, and a date always agrees with itself."""
        a, b = d1.isoformat()[:cut1], d2.isoformat()[:cut2]
        assert agree(a, b, m1, m2) == agree(b, a, m2, m1)
        assert agree(a, a) is True

    @settings(max_examples=150)
    @given(st.text(max_size=30))
    def test_never_crashes(self, text):
        """Any string parses to a date or to None."""
        parts = parse_date(text)
        if parts is not None:
            dates_agree(parts, None, parts, "APPROX")


class TestQuantities:
    def test_durations(self):
        """ISO durations compare by length: 18 months is a year and a half."""
        assert parse_duration("P18M")[0] == pytest.approx(parse_duration("P1Y6M")[0])
        assert duration_range("PT2H", "APPROX").meets(duration_range("PT2H", None))
        assert not duration_range("PT2H", "APPROX").meets(duration_range("PT3H", None))
        assert duration_range("P1Y", "MORE_THAN").meets(duration_range("P18M", None))
        assert parse_duration("P") is None and parse_duration("2H") is None

    def test_numbers_with_modifiers(self):
        """"plus de 20" agrees with 23, not with 20; "environ 3000" with 2900."""
        assert number_range(20, "MORE_THAN").meets(number_range(23, None))
        assert not number_range(20, "MORE_THAN").meets(number_range(20, None))
        assert number_range(3000, "APPROX").meets(number_range(2900, None))
        assert not number_range(9, None).meets(number_range(7, None))
        assert number_range(True, None) is None

    @settings(max_examples=100)
    @given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6), st.sampled_from(MODS), st.sampled_from(MODS))
    def test_meets_is_symmetric(self, x, y, m1, m2):
        """Two ranges meet or not whichever comes first."""
        a, b = number_range(x, m1), number_range(y, m2)
        assert a.meets(b) == b.meets(a)

    def test_open_bounds(self):
        """Open bounds do not touch."""
        assert not Range(0, 1, hi_closed=False).meets(Range(1, 2))
        assert Range(0, 1).meets(Range(1, 2))


def grade(a: str, b: str) -> str:
    return quotes.compare(quotes.words(a), quotes.words(b)).grade_name


class TestQuotes:
    def test_typography_never_counts(self):
        """Apostrophes, guillemets, spaces and case are folded away."""
        assert grade("n’acceptent pas « le chantage »", "N'acceptent  pas \"le chantage\"") == "typography"

    def test_grades(self):
        """Function word: note; content word: warning; negation or antonym: error."""
        assert grade("contre une partie du traité", "contre une partie au traité") == "function-word"
        assert grade("document véritablement révolutionnaire", "document véritablement innovant") == "content-word"
        assert grade("ils n'acceptent pas le chantage", "ils acceptent le chantage") == "meaning"
        assert grade("un accord défensif", "un accord offensif") == "meaning"

    def test_partial_quotation_and_ellipsis(self):
        """Words beyond a partial quotation, or cut at "(…)", are not changes."""
        assert grade("meilleur ami", "meilleur ami du peuple coréen") == "typography"
        assert grade("le traité (…) garantira la paix", "le traité de partenariat global garantira la paix") == "typography"
        assert grade("exclusivement pacifique et défensif", "un document purement pacifique et défensif") == "content-word"

    def test_same_quotation_needs_shared_words(self):
        """Two different quotations are not one altered quotation."""
        a = quotes.words("Je suis très heureux de vous rencontrer de nouveau")
        b = quotes.words("La Russie est prête à continuer ses efforts diplomatiques")
        assert quotes.same_quotation(a, b) is None

    def test_words_keep_elisions_apart(self):
        """"l'agression" is two words; "aujourd'hui" one."""
        assert quotes.words("Aujourd’hui, l’agression (…)") == ("aujourd'hui", "l'", "agression", "…")

    @settings(max_examples=100)
    @given(st.text(alphabet="abcdé ’'«»\u00a0\u202f-—.,", max_size=60))
    def test_folded_typography_grades_as_typography(self, text):
        """A quotation and its typography-folded copy are the same words."""
        assert grade(text, fold_chars(text)) == "typography"


def test_quarters_and_halves_are_their_months() -> None:
    from factcheck.rules.values import dates_agree, parse_date

    q2, h2 = parse_date("2024-Q2"), parse_date("2023-H2")
    assert q2 is not None and h2 is not None
    assert dates_agree(q2, None, parse_date("2024-06-30"), None) is True  # type: ignore[arg-type]
    assert dates_agree(q2, None, parse_date("2024-07-01"), None) is False  # type: ignore[arg-type]
    assert dates_agree(h2, None, parse_date("2023-Q3"), None) is True  # type: ignore[arg-type]
    assert dates_agree(h2, None, parse_date("2023-Q2"), None) is False  # type: ignore[arg-type]
    assert parse_date("2024-Q5") is None and parse_date("PRESENT_REF") is None


def test_parts_of_one_day_agree_when_they_meet_or_touch():
    from factcheck.rules.values import dates_agree, parse_date

    def agree(a, b):
        return dates_agree(parse_date(a), None, parse_date(b), None)

    assert agree("2025-03-11TMO", "2025-03-11TEV") is False
    assert agree("2025-03-11TMO", "2025-03-11TNI") is True  # "mardi dans la nuit": maybe its small hours
    assert agree("2025-03-11TAF", "2025-03-11TNI") is False
    assert agree("2025-03-11TMO", "2025-03-11TAF") is True
    assert agree("2025-03-11TAF", "2025-03-11TEV") is True
    assert agree("2025-03-11TEV", "2025-03-11TNI") is True
    assert agree("2025-03-11TDT", "2025-03-11TEV") is True
    assert agree("2025-03-11TMO", "2025-03-11") is True  # the day alone says no part
    assert agree("2025-03-11TMO", "2025-03-12TNI") is False  # another day


def test_a_night_runs_into_the_next_morning():
    """TIMEX3 names a night by its evening: "la nuit de mardi à mercredi"
    (mardi TNI) is told again as "mercredi vers 3 h 40" or "mercredi matin"."""

    def agree(a, b):
        return dates_agree(parse_date(a), None, parse_date(b), None)

    assert agree("2026-03-01TNI", "2026-03-02T03:40") is True
    assert agree("2026-03-02T03:40", "2026-03-01TNI") is True
    assert agree("2026-05-12TNI", "2026-05-13TMO") is True
    assert agree("2026-05-12TNI", "2026-05-13") is True
    # not the next day's afternoon, evening or late hours, nor two days on
    assert agree("2026-05-12TNI", "2026-05-13TAF") is False
    assert agree("2026-05-12TNI", "2026-05-13T14:00") is False
    assert agree("2026-05-12TNI", "2026-05-14TMO") is False


def _clock_item(value: str, mod: str | None = None):
    from factcheck.model import Assertion
    from factcheck.rules.registry import Item

    return Item(Assertion("a", "time", 0, 1, "x", value, mod=mod), value, mod)


def test_clock_times_agree_within_their_reach_and_only_on_one_day():
    from factcheck.rules.comparators import same_clock
    from factcheck.rules.registry import Context

    def verdict(a, b, a_mod=None, b_mod=None):
        got = same_clock(_clock_item(a, a_mod), _clock_item(b, b_mod), Context())
        return None if got is None else got.agree

    assert verdict("2026-06-09T08:50", "2026-06-09T07:52", "APPROX") is False
    assert verdict("T07:50", "2026-06-09T07:52", "APPROX") is True  # "vers 7 h 50", "à 7 h 52"
    assert verdict("T11", "2026-10-14T10") is False
    assert verdict("2026-06-09T15", "2026-06-10T17") is None  # two days' times: two facts
    assert verdict("T08", "T07:55", "BEFORE") is None  # "peu avant 8 heures" is a bound
    assert verdict("2026-06-09TMO", "2026-06-09T07:52") is None  # a part of the day is no clock
    # (blind33) two times each told "vers", as far apart as both reaches: two
    assert verdict("T11:50", "2026-02-07T11:20", "APPROX", "APPROX") is False
    assert verdict("T11:45", "2026-02-07T11:20", "APPROX", "APPROX") is True
    assert verdict("T08", "2026-02-07T08:15") is True  # "à 8 heures" still rounds a quarter


@given(
    st.integers(0, 23), st.integers(0, 59), st.integers(0, 23), st.integers(0, 59),
    st.sampled_from([None, "APPROX"]), st.sampled_from([None, "APPROX"]),
)  # fmt: skip
def test_clock_agreement_is_symmetric_and_reflexive(h1, m1, h2, m2, mod1, mod2):
    from factcheck.rules.comparators import same_clock
    from factcheck.rules.registry import Context

    a, b = _clock_item(f"T{h1:02d}:{m1:02d}", mod1), _clock_item(f"2026-06-09T{h2:02d}:{m2:02d}", mod2)
    assert same_clock(a, b, Context()).agree == same_clock(b, a, Context()).agree
    assert same_clock(a, a, Context()).agree


def test_a_night_told_from_one_day_to_the_next_is_not_the_first_days_morning():
    """"la nuit de mardi à mercredi" is not "mardi matin"; "mardi dans la nuit" may be its small hours."""
    from factcheck.model import Assertion
    from factcheck.rules.comparators import same_date
    from factcheck.rules.registry import Context, Item

    def item(value, implied=None):
        return Item(Assertion("a", "datetime", 0, 1, "x", value, implied=implied), value, None)

    morning = item("2026-04-14TMO")
    explicit = item("2026-04-14TNI", implied="2026-04-14/2026-04-15")
    assert same_date(morning, explicit, Context()).agree is False
    assert same_date(explicit, morning, Context()).agree is False
    assert same_date(item("2026-04-15TMO"), explicit, Context()).agree is True  # the morning it runs into
    assert same_date(morning, item("2026-04-14TNI"), Context()).agree is True
    # (blind23) nor a clock time of the first day's morning: "mardi 14 avril
    # vers 3 h 40" is in the night before; the small hours after it are in
    for first_day, agree in (("2026-04-14T03:40", False), ("2026-04-14T11:50", False), ("2026-04-14T23:05", True),
                             ("2026-04-15T03:40", True)):
        assert same_date(item(first_day), explicit, Context()).agree is agree, first_day
        assert same_date(explicit, item(first_day), Context()).agree is agree, first_day


def test_two_nights_told_from_one_day_to_the_next_are_one_only_with_one_evening():
    """(blind23) "la nuit de mercredi à jeudi" is not "la nuit de mardi à
    mercredi"; a night told by one day ("mercredi dans la nuit") may still
    be the small hours of the night before."""
    from factcheck.model import Assertion
    from factcheck.rules.comparators import same_date
    from factcheck.rules.registry import Context, Item

    def item(value, implied=None):
        return Item(Assertion("a", "datetime", 0, 1, "x", value, implied=implied), value, None)

    tuesday_night = item("2025-10-14TNI", implied="2025-10-14/2025-10-15")
    wednesday_night = item("2025-10-15TNI", implied="2025-10-15/2025-10-16")
    for entail in (False, True):
        context = Context(options={"entail": True}) if entail else Context()
        assert same_date(wednesday_night, tuesday_night, context).agree is False
        assert same_date(tuesday_night, wednesday_night, context).agree is False
        assert same_date(wednesday_night, wednesday_night, context).agree is True
    assert same_date(item("2025-10-15TNI"), tuesday_night, Context()).agree is True


def test_a_day_moved_across_a_months_end_is_one_slip():
    """(blind23) "le 24 février" for "le 3 mars": with ``slip_days``, one
    change, not two events; a month and a day apart by more than a month
    are two."""
    from factcheck.model import Assertion
    from factcheck.rules.comparators import same_date
    from factcheck.rules.registry import Context, Item

    def item(value):
        return Item(Assertion("a", "date", 0, 1, "x", value), value, None)

    one_change = Context(options={"max_differing_parts": 1, "slip_days": 31})
    assert same_date(item("2026-02-24"), item("2026-03-03"), one_change).agree is False
    assert same_date(item("2025-12-31"), item("2026-01-01"), one_change).agree is False
    assert same_date(item("2026-01-12"), item("2026-03-03"), one_change) is None
    assert same_date(item("2019-01"), item("2025-03-12"), one_change) is None
    # without the option (rules aligned by event key), a week across a month's end is two events
    assert same_date(item("2026-02-24"), item("2026-03-03"), Context(options={"max_differing_parts": 1})) is None


class TestClockZones:
    """Clock times with a zone (``T07:00Z``, ``T08+01:00``) compare on one
    clock; one with no zone may be local time or Paris time."""

    @pytest.mark.parametrize(
        ("a", "b", "expected"),
        [
            ("T07:00Z", "T08+01:00", True),  # one moment in GMT and in Paris (winter)
            ("T07:00Z", "T09+02:00", True),  # ... and in summer
            ("T07:00Z", "T09+01:00", False),
            ("T16:00+09:00", "T08+01:00", True),
            ("2026-03-11T07:00Z", "2026-03-11T08:00+01:00", True),
            ("2026-03-11T07:00Z", "2026-03-11T08:30+01:00", False),
            # no zone on one side: as stated, or Paris time
            ("T07:00Z", "T07", True),
            ("T07:00Z", "T08", True),
            ("T07:00Z", "T09", True),
            ("T07:00Z", "T10", False),
            # a day stated tells summer or winter time in Paris
            ("2024-06-19T07:00Z", "2024-06-19T09", True),
            ("2024-06-19T07:00Z", "2024-06-19T08", False),
            ("2024-01-10T07:00Z", "2024-01-10T08", True),
        ],
    )
    def test_times_on_one_clock(self, a: str, b: str, expected: bool) -> None:
        assert agree(a, b) is expected
        assert agree(b, a) is expected

    def test_the_zone_is_parsed_apart(self) -> None:
        parts = parse_date("2026-03-11T16:00+09:00")
        assert parts is not None and (parts.day, parts.hour, parts.minute, parts.offset) == (11, 16, 0, 540)
        parts = parse_date("T07Z")
        assert parts is not None and (parts.hour, parts.minute, parts.offset) == (7, None, 0)
        parts = parse_date("T20-05:00")
        assert parts is not None and parts.offset == -300

    @settings(max_examples=200, deadline=None)
    @given(st.integers(0, 23), st.integers(0, 59), st.integers(-11, 12), st.integers(-11, 12))
    def test_one_moment_on_any_two_clocks_agrees(self, hour: int, minute: int, one: int, other: int) -> None:
        def on(offset: int) -> str:
            total = (hour * 60 + minute + offset * 60) % (24 * 60)
            zone = "Z" if offset == 0 else f"{'+' if offset > 0 else '-'}{abs(offset):02d}:00"
            return f"T{total // 60:02d}:{total % 60:02d}{zone}"

        assert agree(on(one), on(other)) is True
        if one != other:
            shifted = on(one).replace(on(one)[1:3], f"{(int(on(one)[1:3]) + 1) % 24:02d}", 1)
            assert agree(shifted, on(other)) is False


def _century(n: int, before_era: bool) -> str:
    return f"{'BC' if before_era else ''}{n - 1:02d}XX"


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 21), st.booleans(), st.integers(1, 21), st.booleans())
def test_centuries_agree_only_with_themselves(n: int, bc: bool, m: int, bc2: bool) -> None:
    """Each century of either era is its own span: the first before the
    common era never meets the first after it."""
    a, b = parse_date(_century(n, bc)), parse_date(_century(m, bc2))
    assert a is not None and b is not None
    assert dates_agree(a, None, b, None) is ((n, bc) == (m, bc2))


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 2100), st.integers(1, 21), st.booleans())
def test_a_year_of_either_era_falls_in_its_century(year: int, n: int, bc: bool) -> None:
    told = parse_date(f"{'BC' if bc else ''}{year:04d}")
    century = parse_date(_century(n, bc))
    assert told is not None and century is not None
    # the years of the Nth century of either era are (N-1)*100+1 ... N*100,
    # but TIMEX3 writes AD ones as their hundreds ("19XX" for 1900-1999)
    inside = (n - 1) * 100 < year <= n * 100 if bc else year // 100 == n - 1
    assert dates_agree(told, None, century, None) is inside


def test_dates_before_the_common_era() -> None:
    bc52 = parse_date("BC0052")
    assert bc52 is not None and bc52.year == -51  # astronomical: 1 BC is year 0
    assert dates_agree(bc52, None, parse_date("0052"), None) is False  # type: ignore[arg-type]
    assert parse_date("BC2024-06") is None and parse_date("BC") is None
