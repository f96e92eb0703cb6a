"""The readable report of ``factcheck check``: findings grouped by rule,
each side quoted with its ``file:line:col`` and normalised value."""

from __future__ import annotations

from factcheck.model import Article
from factcheck.report.locations import line_col, line_starts
from factcheck.rules.findings import Evidence, Report

MAX_QUOTE = 90


def to_text(report: Report, *, color: bool = False) -> str:
    articles = {a.id: a for a in report.articles}
    starts = {a.id: line_starts(a.text) for a in report.articles}
    lines: list[str] = []
    for article in report.articles:
        if article.published_source == "cluster":
            lines.append(
                f"{_where(article)}: no publication day given; {article.published} inferred from the other articles"
            )
    if lines:
        lines.append("")
    by_rule: dict[str, list] = {}
    for finding in report.findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    for rule, findings in by_rule.items():
        first = findings[0]
        count = f"{len(findings)} finding{'s' if len(findings) > 1 else ''}"
        lines.append(f"{rule} ({first.kind}, {count})")
        for finding in findings:
            lines.append(f"  {finding.severity}: {finding.message}")
            for evidence in finding.evidence:
                lines.append("    " + _evidence_line(evidence, articles, starts))
            for note in finding.notes:
                lines.append(f"    note: {note}")
        lines.append("")
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


def _where(article: Article) -> str:
    return article.path or article.id


def _evidence_line(evidence: Evidence, articles: dict[str, Article], starts: dict[str, list[int]]) -> str:
    article = articles.get(evidence.article)
    if article is None:
        place = evidence.article
    else:
        line, col = line_col(article, evidence.start, starts[article.id])
        place = f"{_where(article)}:{line}:{col}"
    text = " ".join(evidence.text.split())
    if len(text) > MAX_QUOTE:
        text = text[: MAX_QUOTE - 1] + "…"
    value = ""
    if evidence.kind != "quote" and evidence.value is not None:
        value = f" = {evidence.shown}"
    elif evidence.speaker:
        value = f" — {evidence.speaker}"
    return f"{place}: «{text}»{value}"


def _summary(report: Report) -> str:
    if not report.findings:
        return f"No findings in {len(report.articles)} articles."
    counts: dict[str, int] = {}
    for finding in report.findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    parts = [f"{counts[s]} {s}{'s' if counts[s] > 1 else ''}" for s in ("error", "warning", "info") if s in counts]
    return f"{len(report.findings)} findings in {len(report.articles)} articles: {', '.join(parts)}."
