"""The rule engine's reading of the temporal extractor's values: every value
the extractor writes for a date must be a date to ``parse_date``, a part of
the day included (compared as its day)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.temporal import find_temporal
from factcheck.rules.values import dates_agree, parse_date

PARTS = ["MO", "AF", "EV", "NI"]


def test_part_of_day_is_its_day() -> None:
    parts = parse_date("2024-06-18TEV")
    assert parts is not None and (parts.year, parts.month, parts.day, parts.hour) == (2024, 6, 18, None)
    assert dates_agree(parts, None, parse_date("2024-06-18"), None) is True
    assert dates_agree(parts, None, parse_date("2024-06-18T21:30"), None) is True
    assert dates_agree(parts, None, parse_date("2024-06-19"), None) is False
    assert parse_date("XXXX-XX-XXTMO") is not None
    assert parse_date("TEV") is None  # a part of no day


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(PARTS))
def test_part_of_day_round_trip(d: date, part: str) -> None:
    parts = parse_date(f"{d.isoformat()}T{part}")
    assert parts is not None and (parts.year, parts.month, parts.day) == (d.year, d.month, d.day)


def test_extracted_parts_of_day_compare() -> None:
    for sentence in ("Hier soir, un incendie.", "Jeudi matin, il est arrivé.", "Le 21 juin au soir."):
        got = [a for a in find_temporal(sentence, "2024-06-19", "t") if a.kind == "datetime"]
        assert got and all(parse_date(a.value) is not None for a in got), got
