"""SARIF 2.1.0 output of ``factcheck check``.

One result per finding: its first piece of evidence is the location, the
others are ``relatedLocations``.  Findings taken out by an inline marker
or the baseline are results with ``suppressions`` (``inSource``,
``external``).  ``partialFingerprints`` hold a hash of the
rule id, the normalised values and the article ids (not offsets), so a
finding keeps its identity when the articles are edited elsewhere.
Columns count Unicode code points, as our offsets do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import quote

from factcheck import __version__
from factcheck.model import Article
from factcheck.report.locations import line_col, line_starts
from factcheck.rules.findings import Evidence, Finding, Report
from factcheck.rules.schema import Rule
from factcheck.suppress import Suppressed

SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
LEVELS = {"info": "note", "warning": "warning", "error": "error"}
FINGERPRINT = "factcheck/v1"


#: How a suppressed finding was taken out, in SARIF's words.
_SUPPRESSIONS = {
    "inline": {"kind": "inSource", "status": "accepted", "justification": "a factcheck: ignore marker in the text"},
    "baseline": {"kind": "external", "status": "accepted", "justification": "listed in the baseline"},
}


def to_dict(report: Report, suppressed: Sequence[Suppressed] = ()) -> dict[str, object]:
    """The SARIF log; ``suppressed`` findings are results too, with their
    ``suppressions`` (so code scanning shows them as dismissed, not gone)."""
    articles = {a.id: a for a in report.articles}
    starts = {a.id: line_starts(a.text) for a in report.articles}
    rules = sorted(report.rules, key=lambda r: r.id)
    index = {rule.id: i for i, rule in enumerate(rules)}
    results = []
    reasons: list[tuple[Finding, str | None]] = [(finding, None) for finding in report.findings]
    reasons += [(item.finding, item.reason) for item in suppressed]
    for finding, reason in reasons:
        locations = [_location(e, articles, starts) for e in finding.evidence]
        result: dict[str, object] = {
            "ruleId": finding.rule,
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": locations[:1],
            "partialFingerprints": {FINGERPRINT: finding.fingerprint},
            "properties": {"kind": finding.kind, "values": list(finding.values)},
        }
        if finding.rule in index:
            result["ruleIndex"] = index[finding.rule]
        if finding.notes:
            result["properties"]["notes"] = list(finding.notes)  # type: ignore[index]
        if len(locations) > 1:
            result["relatedLocations"] = [
                dict(location, id=i, message={"text": _related_text(e)})
                for i, (location, e) in enumerate(zip(locations[1:], finding.evidence[1:]), start=1)
            ]
        if reason is not None:
            result["suppressions"] = [dict(_SUPPRESSIONS[reason])]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_descriptor(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def to_sarif(report: Report, suppressed: Sequence[Suppressed] = ()) -> str:
    return json.dumps(to_dict(report, suppressed), ensure_ascii=False, indent=2) + "\n"


def _descriptor(rule: Rule) -> dict[str, object]:
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.description.split(". ")[0].rstrip(".") + "."},
        "fullDescription": {"text": rule.description},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"kind": rule.kind, "scope": rule.scope},
    }


def _uri(article: Article | None, fallback: str) -> str:
    path = article.path if article is not None and article.path else fallback
    return quote(PurePath(path).as_posix(), safe="/:._-~")


def _location(evidence: Evidence, articles: dict[str, Article], starts: dict[str, list[int]]) -> dict[str, object]:
    article = articles.get(evidence.article)
    # Lines and columns, not character offsets: offsets count in the
    # article's text, which in a Markdown file starts after its front matter.
    region: dict[str, object] = {"snippet": {"text": evidence.text}}
    if article is not None:
        line, col = line_col(article, evidence.start, starts[article.id])
        end_line, end_col = line_col(article, evidence.end, starts[article.id])
        region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col, **region}
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(article, evidence.article)}, "region": region}}


def _related_text(evidence: Evidence) -> str:
    if evidence.kind == "quote":
        return f"also quoted in {evidence.article}" + (f" ({evidence.speaker})" if evidence.speaker else "")
    return f"{evidence.article}: {evidence.shown}"
