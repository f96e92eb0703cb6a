"""Numbers, percentages and ordinals in French text (work in progress)."""

from __future__ import annotations

from factcheck.model import Assertion
from factcheck.nlp import Doc


def find_quantities(text: str, article: str, doc: Doc | None) -> list[Assertion]:
    return []
