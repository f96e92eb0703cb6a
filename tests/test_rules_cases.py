"""Every rule's examples: short French articles that must flag, and ones that must not.

Each file ``tests/rules/<rule-id>/<case>.toml`` holds ``[[articles]]``
(``id``, ``text``, optional ``published``), optional ``drafts`` (ids
checked against the others) and the expected findings of that rule:
``[[expect]]`` with ``texts`` (the evidence, each exactly once) and
optionally ``severity`` and ``message``; ``expect = []`` for a case that must stay quiet.
``todo = "why"`` in an expectation records a known miss without failing
(semgrep's ``todoruleid``).  Only the findings of the folder's rule count.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from factcheck import check
from factcheck.model import Article
from factcheck.rules import load_rules

CASES = Path(__file__).parent / "rules"
RULES = {rule.id: rule for rule in load_rules(plugins=False)}
FILES = sorted(CASES.glob("*/*.toml"))


def load(path: Path) -> dict:
    with open(path, "rb") as file:
        return tomllib.load(file)


def test_every_rule_has_examples_both_ways():
    """Each built-in rule has a case that must flag and one that must not; each folder names a rule."""
    folders = {path.parent.name for path in FILES}
    assert folders <= set(RULES), folders - set(RULES)
    for rule in RULES:
        cases = [load(path) for path in FILES if path.parent.name == rule]
        assert any(case.get("expect") for case in cases), f"{rule}: no case that must flag"
        assert any(case.get("expect") == [] for case in cases), f"{rule}: no case that must stay quiet"


@pytest.fixture(scope="module")
def analyser():
    from factcheck.nlp import get_analyser

    return get_analyser("spacy")


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}::{p.stem}")
def test_case(path, analyser):
    """The rule flags what the case expects, and nothing else."""
    case = load(path)
    rule = path.parent.name
    articles = [Article(a["id"], a["text"], published=a.get("published"), published_source="metadata" if a.get("published") else None) for a in case["articles"]]
    drafts = case.get("drafts")
    if drafts:
        report = check(
            [a for a in articles if a.id in drafts],
            against=[a for a in articles if a.id not in drafts],
            rules=list(RULES.values()),
            analyser=analyser,
        )
    else:
        report = check(articles, rules=list(RULES.values()), analyser=analyser)
    found = [f for f in report.findings if f.rule == rule]
    expected = case.get("expect", [])
    todo = [e["todo"] for e in expected if "todo" in e]
    got = sorted((sorted(e.text for e in f.evidence), f.severity) for f in found)
    want = sorted((sorted(e["texts"]), e.get("severity")) for e in expected)
    matches = len(got) == len(want) and all(
        g_texts == w_texts and (w_severity is None or g_severity == w_severity)
        for (g_texts, g_severity), (w_texts, w_severity) in zip(got, want)
    )
    if todo and not matches:
        pytest.xfail("; ".join(todo))
    assert matches, f"{path.name}: expected {want}, found {[(f.message, [e.text for e in f.evidence]) for f in found]}"
    for e in expected:
        if "message" in e:
            assert e["message"] in [f.message for f in found], f"{path.name}: {[f.message for f in found]}"
