"""The seeds' report: a reviewed golden file, and the facts it must hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT

import factcheck

GOLDEN = ROOT / "tests" / "golden" / "seeds.json"


@pytest.fixture(scope="module")
def report(spacy_analyser):
    """The report of check on the seeds, paths as the golden file has them."""
    import os

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        paths = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))
        return factcheck.check(paths, analyser=spacy_analyser)
    finally:
        os.chdir(here)


def _summary(document: dict) -> list[str]:
    return [
        f"{f['rule']} {f['severity']} {' | '.join(e['article'][:3] + ':' + e['text'][:40] for e in f['evidence'])}"
        for f in document["findings"]
    ]


def test_golden(report):
    """The report equals the reviewed golden file (regenerate: see tests/golden/README.md)."""
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    actual = json.loads(report.to_json())
    if actual != expected:
        gone = sorted(set(_summary(expected)) - set(_summary(actual)))
        new = sorted(set(_summary(actual)) - set(_summary(expected)))
        pytest.fail("seeds report changed; review and regenerate\n- " + "\n- ".join(gone) + "\n+ " + "\n+ ".join(new))


def _texts(report, rule: str) -> list[set[str]]:
    return [{e.text for e in f.evidence} for f in report.findings if f.rule == rule]


def test_the_seeds_contradictions_are_found(report):
    """18 vs 19 June for the signing, the weekday of 18 June, altered quotations."""
    assert any({"19 juin", "mercredi 18 juin"} <= texts for texts in _texts(report, "date-conflict"))
    assert {"mercredi 18 juin"} in _texts(report, "weekday-mismatch")
    altered = {(f.severity, frozenset(f.values)) for f in report.findings if f.rule == "quote-altered"}
    assert ("warning", frozenset({"document véritablement révolutionnaire", "document véritablement innovant"})) in altered
    assert any(severity == "info" for severity, _ in altered)  # "du traité" / "au traité"
    assert {a.id: a.published for a in report.articles if a.published_source == "cluster"} == {
        "000_c26ecf911a5fb2e9": "2024-06-19",
        "001_58e8c327b5777ef9": "2024-06-19",
        "002_a31945556f05f472": "2024-06-19",
        "003_c900b999961e57c5": "2024-06-19",
    }


def test_facts_that_agree_stay_quiet(report):
    """24 ans / 2000, deuxième / seconde, septembre dernier / 2023, approximate durations, two summits."""
    quiet = {"ordinal-conflict", "duration-conflict", "number-conflict", "quote-misattributed"}
    assert not [f.message for f in report.findings if f.rule in quiet]
    for finding in report.findings:
        if finding.rule.startswith("date-"):
            assert not {e.value for e in finding.evidence} & {"2000", "2023-09", "P24Y", "2023-09-13", "2023-09-14"}
