"""The dispatch tables shipped with the package are the ones the grammar gives."""

from __future__ import annotations

from factcheck.normalize import temporal_dispatch as D


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
