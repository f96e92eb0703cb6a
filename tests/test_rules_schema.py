"""Rule files: loading, validation errors, user directories and plugins."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from factcheck.rules import RuleError, load_rules, parse_rule_file
from factcheck.rules.loader import builtin_rules_dir
from factcheck.rules.registry import get_comparator, reset_entry_points

GOOD = """
id = "my-rule"
kind = "contradiction"
severity = "warning"
description = "Two articles disagree."
message = "{left} ≠ {right}"

[select]
kinds = ["date"]
require = ["event"]

[compare]
scope = "across"
align = ["event"]
comparator = "factcheck.same_date.v1"
"""


def test_builtin_rules_load_and_are_documented():
    """The built-in rules load from the package, each with a description."""
    rules = load_rules(plugins=False)
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids)) >= 10
    assert {"date-conflict", "weekday-mismatch", "quote-altered", "quote-unsupported"} <= set(ids)
    assert all(r.description and r.source.startswith("rules/") for r in rules)
    assert builtin_rules_dir().is_dir()


def test_a_good_rule_parses():
    """Every field lands where it should."""
    rule = parse_rule_file(GOOD.encode(), "x.toml")
    assert (rule.id, rule.kind, rule.severity, rule.scope, rule.align) == (
        "my-rule", "contradiction", "warning", "across", ("event",)
    )  # fmt: skip
    claims = parse_rule_file(GOOD.replace('kinds = ["date"]', 'kinds = ["date"]\ncontested_flags = ["both"]').encode(), "x.toml")
    assert (claims.selector.contested_flags, rule.selector.contested_flags) == (("both",), ())


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (('severity = "warning"', 'severity = "fatal"'), "severity", "must be one of info, warning, error"),
        (('id = "my-rule"', ""), "id", "required"),
        (('kind = "contradiction"', 'kind = "oops"'), "kind", "must be one of"),
        (('comparator = "factcheck.same_date.v1"', 'comparator = "nope.v1"'), "compare.comparator", "unknown comparator 'nope.v1'; known:"),
        (('kinds = ["date"]', 'kinds = ["dates"]'), "select.kinds", "'dates' is not one of"),
        (('message = "{left} ≠ {right}"', 'message = "{lft}"'), "message", "unknown placeholder {lft}"),
        (('[select]', 'colour = "red"\n[select]'), "colour", "unknown field"),
        (('align = ["event"]', 'align = []'), "compare.align", "required for scope 'across'"),
        (('scope = "across"', 'scope = "everywhere"'), "compare.scope", "must be one of"),
        (('kinds = ["date"]', 'kinds = ["date"]\nseries = "no"'), "select.series", "must be true or false"),
        (('kinds = ["date"]', 'kinds = ["date"]\ncontested_flags = "both"'), "select.contested_flags", "list"),
    ],
)
def test_bad_rule_names_file_rule_and_field(change, field, words):
    """A bad rule file is one line naming the file, the rule id and the field."""
    text = GOOD.replace(*change)
    with pytest.raises(RuleError) as caught:
        parse_rule_file(text.encode(), "rules/my-rule.toml")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("rules/my-rule.toml: ")
    assert f"field {field!r}" in message
    assert words in message
    if field != "id":
        assert "rule 'my-rule'" in message


def test_invalid_toml_names_the_file():
    """TOML syntax errors say where."""
    with pytest.raises(RuleError, match=r"^bad.toml: invalid TOML: .*line 2"):
        parse_rule_file(b"id = \"x\"\nkind = = 1\n", "bad.toml")


def test_user_directories_add_and_replace(tmp_path):
    """--rules adds a directory; a rule with a built-in id replaces it; disabled rules go."""
    (tmp_path / "mine.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "date.toml").write_text(GOOD.replace('"my-rule"', '"date-conflict"'), encoding="utf-8")
    rules = {r.id: r for r in load_rules([tmp_path], plugins=False, disable=["weekday-mismatch"])}
    assert "my-rule" in rules and "weekday-mismatch" not in rules
    assert rules["date-conflict"].severity == "warning"
    with pytest.raises(RuleError, match="no such rule directory"):
        load_rules([tmp_path / "missing"], plugins=False)


def test_duplicate_ids_in_one_directory(tmp_path):
    """Two files of one directory cannot define the same rule."""
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(RuleError, match="already defined in"):
        load_rules([tmp_path], plugins=False)


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    """A fake installed distribution with a rule directory and a comparator."""
    rules = tmp_path / "plugin_rules"
    rules.mkdir()
    (rules / "plugin-rule.toml").write_text(
        GOOD.replace('"my-rule"', '"plugin-rule"').replace("factcheck.same_date.v1", "fakeplugin.never.v1"),
        encoding="utf-8",
    )
    (tmp_path / "fakeplugin.py").write_text(
        textwrap.dedent(
            f"""
            from factcheck.rules import Verdict
            RULES = {str(rules)!r}
            def never(left, right, context):
                return Verdict(True)
            """
        ),
        encoding="utf-8",
    )
    info = tmp_path / "fakeplugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fakeplugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[factcheck.rules]\nfake = fakeplugin:RULES\n\n[factcheck.comparators]\nfakeplugin.never.v1 = fakeplugin:never\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    reset_entry_points()
    yield
    sys.modules.pop("fakeplugin", None)
    reset_entry_points()


def test_plugins_add_rules_and_comparators(plugin):
    """Entry points factcheck.rules and factcheck.comparators are read."""
    assert get_comparator("fakeplugin.never.v1") is not None
    assert "plugin-rule" in {r.id for r in load_rules()}
