"""What the rule engine produces: findings with their evidence, and the report.

Frozen attrs values, like the assertions they come from: picklable, cheap to
merge, and sorted by a key computed once so that every output format starts
from the same order (same input, same bytes).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Sequence

import attrs

from factcheck.model import Article, Assertion

if TYPE_CHECKING:
    from factcheck.rules.schema import Rule

#: Severities from the least to the most serious; ``--fail-on`` uses this order.
SEVERITIES = ("info", "warning", "error")
#: What a finding says about the articles (design.md §2).
FINDING_KINDS = ("contradiction", "inconsistency", "unsupported", "altered-quote", "misattribution")


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error."""
    return SEVERITIES.index(severity)


@attrs.frozen
class Evidence:
    """One side of a finding: a span of an article and its normalised value.

    ``text`` is exactly ``article_text[start:end]``.
    """

    article: str
    start: int
    end: int
    text: str
    value: str | int | float | None
    #: The assertion kind ("date", "quote", ...).
    kind: str = ""
    #: The speaker of a quotation, when the finding is about quotations.
    speaker: str | None = None
    #: Where the article names that speaker (the mention the speaker was
    #: read from: "a résumé le boulanger, Mathis Delpech"), when it does.
    speaker_start: int | None = None
    speaker_end: int | None = None

    @classmethod
    def of(cls, assertion: Assertion, value: str | int | float | None = None) -> Evidence:
        """The evidence an assertion gives; ``value`` overrides its value
        (a duration compared through the year it implies)."""
        return cls(
            article=assertion.article,
            start=assertion.start,
            end=assertion.end,
            text=assertion.text,
            value=assertion.value if value is None else value,
            kind=assertion.kind,
            speaker=assertion.speaker if assertion.kind == "quote" else None,
            speaker_start=assertion.speaker_start if assertion.kind == "quote" else None,
            speaker_end=assertion.speaker_end if assertion.kind == "quote" else None,
        )

    @property
    def shown(self) -> str:
        """The value as reports show it: a percentage with its sign ("50 %")."""
        return f"{self.value} %" if self.kind == "percentage" else str(self.value)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
        }
        if self.speaker is not None:
            out["speaker"] = self.speaker
        if self.speaker_start is not None:
            out["speaker_start"] = self.speaker_start
            out["speaker_end"] = self.speaker_end
        return out


def _ordering_key(finding: Finding) -> tuple[object, ...]:
    places = tuple((e.article, e.start, e.end) for e in finding.evidence)
    return (-severity_rank(finding.severity), finding.rule, places, finding.message)


def _fingerprint(finding: Finding) -> str:
    # Rule id, normalised values and article ids, never offsets: the id of a
    # finding survives edits elsewhere in the articles (semgrep's
    # match_based_id).
    articles = sorted({e.article for e in finding.evidence})
    parts = [finding.rule, *map(str, finding.values), "|", *articles]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


@attrs.frozen
class Finding:
    """A problem one rule found, with the spans that show it."""

    rule: str
    kind: str
    severity: str
    message: str
    evidence: tuple[Evidence, ...]
    #: The normalised values that disagree, as shown in the message.
    values: tuple[str, ...] = ()
    #: What the evidence has in common (an event key, a speaker...).
    key: str | None = None
    #: Short notes that explain a value ("publication date inferred from
    #: the cluster: 2024-06-19").
    notes: tuple[str, ...] = ()
    sort_key: tuple[object, ...] = attrs.field(init=False, eq=False, repr=False)
    fingerprint: str = attrs.field(init=False, eq=False, repr=False)

    @sort_key.default
    def _sort_key_default(self) -> tuple[object, ...]:
        return _ordering_key(self)

    @fingerprint.default
    def _fingerprint_default(self) -> str:
        return _fingerprint(self)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "rule": self.rule,
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
            "values": list(self.values),
            "fingerprint": self.fingerprint,
        }
        if self.key is not None:
            out["key"] = self.key
        if self.notes:
            out["notes"] = list(self.notes)
        return out


def sort_findings(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Findings in report order, duplicates (same rule and evidence) once."""
    unique: dict[tuple[object, ...], Finding] = {}
    for finding in findings:
        unique.setdefault((finding.rule, finding.sort_key), finding)
    return tuple(sorted(unique.values(), key=lambda f: f.sort_key))


@attrs.frozen
class Report:
    """The result of a check: the articles as read (with any publication date
    inferred from the cluster), the findings in report order, the rules in
    force and which articles were drafts."""

    articles: tuple[Article, ...]
    findings: tuple[Finding, ...]
    rules: tuple[Rule, ...] = ()
    drafts: tuple[str, ...] = ()

    def count(self, at_least: str) -> int:
        """How many findings are at or above a severity."""
        rank = severity_rank(at_least)
        return sum(1 for f in self.findings if severity_rank(f.severity) >= rank)

    def to_json(self) -> str:
        """The JSON report of design.md §2, deterministic byte for byte."""
        from factcheck.report.findings_json import to_json

        return to_json(self)

    def to_dict(self) -> dict[str, object]:
        from factcheck.report.findings_json import to_dict

        return to_dict(self)
