"""docs/rules-reference.md is generated from the rule files and up to date."""

from __future__ import annotations

from conftest import ROOT

from factcheck.cli import rules_markdown
from factcheck.rules import load_rules


def test_rules_reference_is_up_to_date():
    expected = rules_markdown(load_rules(plugins=False))
    current = (ROOT / "docs" / "rules-reference.md").read_text(encoding="utf-8")
    assert current == expected, (
        "docs/rules-reference.md is out of date: "
        "factcheck rules --format markdown --no-config -o docs/rules-reference.md"
    )


def test_every_rule_has_a_section():
    page = (ROOT / "docs" / "rules-reference.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "rules").glob("*.toml")):
        assert f"\n## `{path.stem}`\n" in page
