"""The JSON report of ``factcheck check`` (design.md §2), version 1."""

from __future__ import annotations

import json

from factcheck.rules.findings import SEVERITIES, Report

VERSION = 1


def to_dict(report: Report) -> dict[str, object]:
    """The report as plain data, in report order."""
    summary = {severity: 0 for severity in reversed(SEVERITIES)}
    for finding in report.findings:
        summary[finding.severity] += 1
    out: dict[str, object] = {
        "version": VERSION,
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "published": a.published,
                "published_source": a.published_source,
            }
            for a in report.articles
        ],
        "findings": [f.to_dict() for f in report.findings],
        "summary": summary,
    }
    if report.drafts:
        out["drafts"] = list(report.drafts)
    return out


def to_json(report: Report) -> str:
    """Deterministic: same report, same bytes."""
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"
