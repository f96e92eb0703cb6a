"""Dates, times, intervals and durations in French text (work in progress)."""

from __future__ import annotations

from factcheck.model import Assertion


def find_temporal(text: str, published: str | None, article: str) -> list[Assertion]:
    return []
