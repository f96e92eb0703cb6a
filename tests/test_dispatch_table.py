"""The dispatch tables shipped with the package are the ones the grammar gives."""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P

import pytest

from factcheck.normalize import temporal_dispatch as D
from factcheck.normalize.temporal_grammar import FLAGS, RULES, _p


def test_shipped_tables_are_fresh() -> None:
    shipped = D._load_tables()
    assert shipped is not None, (
        "factcheck/normalize/dispatch_table.json is missing or stale: run "
        "`python -m factcheck.normalize.temporal_dispatch` after editing the grammar"
    )
    by_pair, by_first, anywhere = D.build()
    assert shipped == (by_pair, by_first, anywhere)


def test_tables_round_trip_through_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "table.json"
    path.write_text(D.dump_tables(D.build()), encoding="utf-8")
    original = D.TABLE_PATH
    try:
        D.TABLE_PATH = path
        assert D._load_tables() == D.build()
        path.write_text("{not json", encoding="utf-8")
        assert D._load_tables() is None  # damaged: computed instead, never an error
    finally:
        D.TABLE_PATH = original


def _capitals(items) -> list[str]:  # type: ignore[no-untyped-def]
    """The capital letters a parsed pattern names (literals, sets, ranges)."""
    found: list[str] = []
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            found += [chr(av)] if chr(av) != chr(av).lower() else []
        elif op is C.IN:
            for member, value in av:
                codes = [value] if member is C.LITERAL else range(value[0], value[1] + 1) if member is C.RANGE else []
                found += [chr(c) for c in codes if chr(c) != chr(c).lower()]
        elif op is C.SUBPATTERN:
            found += _capitals(av[3])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            found += _capitals(av[2])
        elif op is C.BRANCH:
            for branch in av[1]:
                found += _capitals(branch)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found += _capitals(av[1])
        elif op is C.ATOMIC_GROUP:
            found += _capitals(av)
    return found


@pytest.mark.parametrize(("name", "body"), RULES, ids=[name for name, _ in RULES])
def test_rules_are_written_in_lower_case(name: str, body: str) -> None:
    """The scanner matches the rules, case-sensitively, on the text lowered:
    a capital in a rule would never match."""
    assert _capitals(P.parse(_p(body), FLAGS)) == [], name


def test_capitals_are_found() -> None:  # the check above can fail
    assert _capitals(P.parse("(?:a|[TSQ])b(?=X)", re.IGNORECASE)) == ["T", "S", "Q", "X"]
