"""The rule engine: rule files, comparators, alignment and findings.

>>> from factcheck.rules import load_rules
>>> [rule.id for rule in load_rules()][:2]
['date-conflict', 'date-inconsistency']
"""

from __future__ import annotations

from factcheck.rules.findings import FINDING_KINDS, SEVERITIES, Evidence, Finding, Report, severity_rank
from factcheck.rules.loader import builtin_rules_dir, load_rules
from factcheck.rules.registry import Context, Item, PluginError, Verdict, get_comparator, register
from factcheck.rules.schema import Rule, RuleError, parse_rule, parse_rule_file

__all__ = [
    "FINDING_KINDS",
    "SEVERITIES",
    "Context",
    "Evidence",
    "Finding",
    "Item",
    "PluginError",
    "Report",
    "Rule",
    "RuleError",
    "Verdict",
    "builtin_rules_dir",
    "get_comparator",
    "load_rules",
    "parse_rule",
    "parse_rule_file",
    "register",
    "severity_rank",
]
