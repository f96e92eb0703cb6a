"""Readers never crash: any bytes give an article or a one-line InputError."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.io import InputError, decode, find_dateline, parse_iso, read_all


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        text, encoding = decode(data, "x.txt")
    except InputError as error:
        assert "\n" not in str(error)
        assert str(error).startswith("x.txt")
    else:
        assert encoding in ("utf-8", "utf-8-sig", "cp1252")
        assert isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_utf8_text_round_trips(text):
    try:
        decoded, encoding = decode(text.encode("utf-8", "surrogatepass"), "x")
    except InputError:
        return  # control characters or NULs: refused as binary
    assert (decoded, encoding) == (text, "utf-8")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_dateline_never_raises(text):
    value = find_dateline(text)
    assert value is None or parse_iso(value) == value


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=200), st.sampled_from([".txt", ".md", ".json", ".jsonl"]))
def test_any_file_is_read_or_reported(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("in") / f"article{suffix}"
    path.write_bytes(data)
    result = read_all([path])
    for article in result.articles:
        assert article.text.strip()
    for error in result.errors:
        assert str(path) in str(error) and "\n" not in str(error)
