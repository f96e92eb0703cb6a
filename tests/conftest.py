from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    assert len(SEEDS) == 5
    return SEEDS


@pytest.fixture(scope="session")
def spacy_analyser():
    from factcheck.nlp import get_analyser

    return get_analyser("spacy")
