"""Inline suppressions: an editor accepts one finding in the text itself.

Two marker forms, both naming one or more rule ids (comma or space
separated), optionally followed by a colon and a reason for the people who
read the text:

- ``<!-- factcheck: ignore date-conflict -->`` — an HTML comment, in any
  article; invisible once Markdown (or HTML) is rendered;
- ``# factcheck: ignore date-conflict: la source se trompe`` — a whole
  line, in plain-text
  articles only (in Markdown it would be a heading).  Plain text has no
  invisible syntax: the line must be taken out before publication
  (``strip_markers``).

Where a marker applies:

- a marker on a line that has other text applies to that line;
- a marker alone on its line (blank lines and other markers around it
  allowed) applies to the next paragraph: the following lines up to the
  next blank line.

A finding is suppressed when a marker names its rule (or one of the rule's
aliases) and one of the finding's evidence spans in the marker's article
overlaps the marker's lines.  Suppressed findings are taken out of the
report; the command line counts them.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

import attrs

from factcheck.model import Article
from factcheck.rules.findings import Finding


def _ids(stop: str) -> str:
    """Rule ids separated by commas or spaces, then optionally ": a reason"
    (up to ``stop`` or the line end)."""
    return rf"(?P<ids>(?:[ \t,]+[A-Za-z][\w.-]*)*)[ \t,]*(?::(?P<reason>[^{stop}\n]*?))?"


_COMMENT = re.compile(r"<!--[ \t]*factcheck[ \t]*:[ \t]*ignore\b" + _ids(">") + r"[ \t]*-->", re.I)
# A line marker's reason stops before "<", so it never swallows a comment.
_LINE = re.compile(r"^[ \t]*#[ \t]*factcheck[ \t]*:[ \t]*ignore\b" + _ids("<") + r"[ \t]*$", re.I | re.M)
# Anything that looks meant as a marker, to report the ones not understood.
_NEAR = re.compile(r"<!--[^>\n]*?factcheck[ \t]*:[^>\n]*?-->|^[ \t]*#[ \t]*factcheck[ \t]*:.*$", re.I | re.M)
_RULE_ID = re.compile(r"[A-Za-z][\w.-]*")
_MARKDOWN = (".md", ".markdown")


@attrs.frozen
class Marker:
    """One marker: the rules it names and the characters it covers."""

    article: str
    rules: tuple[str, ...]
    #: The marker itself.
    start: int
    end: int
    #: The text it applies to (empty when nothing follows it).
    scope_start: int
    scope_end: int
    #: 1-based line of the marker in the article text.
    line: int


@attrs.frozen
class Suppressed:
    """A finding taken out of the report, and why: ``inline`` (a marker in
    the text) or ``baseline`` (listed in the baseline file)."""

    finding: Finding
    reason: str


def accepts_line_markers(article: Article) -> bool:
    """The ``# factcheck: ignore`` line form is read in all but Markdown."""
    return not (article.path or "").lower().endswith(_MARKDOWN)


def _matches(text: str, line_markers: bool) -> list[re.Match[str]]:
    """Both forms' matches in text order (they cannot overlap: a line
    marker's ids stop before any "<")."""
    found = list(_COMMENT.finditer(text))
    if line_markers:
        found.extend(_LINE.finditer(text))
    return sorted(found, key=lambda m: m.start())


def find_markers(article: Article) -> tuple[Marker, ...]:
    """The markers of an article, in text order."""
    text = article.text
    found = _matches(text, accepts_line_markers(article))
    if not found:
        return ()
    spans = [(m.start(), m.end()) for m in found]
    markers = []
    for match in found:
        rules = tuple(_RULE_ID.findall(match.group("ids")))  # none: reported, applies to nothing
        scope = _scope(text, match.start(), match.end(), spans)
        markers.append(
            Marker(article.id, rules, match.start(), match.end(), *scope, line=text.count("\n", 0, match.start()) + 1)
        )
    return tuple(markers)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _without_markers(segment: str, offset: int, spans: Sequence[tuple[int, int]]) -> str:
    """The segment of text with the markers in it blanked out."""
    chars = list(segment)
    for start, end in spans:
        for i in range(max(start, offset), min(end, offset + len(segment))):
            chars[i - offset] = " "
    return "".join(chars)


def _scope(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    line_start, line_end = _line_bounds(text, start, end)
    if _without_markers(text[line_start:line_end], line_start, spans).strip():
        return line_start, line_end  # the marker shares its line with text
    # Alone on its line: the next paragraph, past blank and marker lines.
    position = line_end
    while position < len(text):
        next_start = position + 1
        next_end = text.find("\n", next_start)
        next_end = len(text) if next_end < 0 else next_end
        if _without_markers(text[next_start:next_end], next_start, spans).strip():
            paragraph_end = next_end
            while paragraph_end < len(text):
                following = text.find("\n", paragraph_end + 1)
                following = len(text) if following < 0 else following
                if not text[paragraph_end + 1 : following].strip():
                    break
                paragraph_end = following
            return next_start, paragraph_end
        position = next_end
    return end, end


def strip_markers(text: str, *, line_markers: bool = True) -> str:
    """The text without the markers ``find_markers`` reads, for
    publication: comments removed, and (with ``line_markers``, for plain
    text) ``# factcheck: ignore`` lines removed whole with their line end."""
    pieces = []
    position = 0
    for match in _matches(text, line_markers):
        end = match.end()
        if match.re is _LINE and text.startswith("\n", end):
            end += 1
        pieces.append(text[position : match.start()])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def apply_markers(
    findings: Iterable[Finding],
    articles: Iterable[Article],
    aliases: Mapping[str, str] | None = None,
) -> tuple[tuple[Finding, ...], tuple[Suppressed, ...]]:
    """Split findings into those kept and those a marker suppresses.

    ``aliases`` maps old rule ids to current ones, so that a marker written
    with an old id still applies.
    """
    aliases = aliases or {}
    markers: dict[str, list[Marker]] = {}
    for article in articles:
        found = find_markers(article)
        if found:
            markers[article.id] = list(found)
    kept: list[Finding] = []
    suppressed: list[Suppressed] = []
    for finding in findings:
        if markers and _suppresses(finding, markers, aliases):
            suppressed.append(Suppressed(finding, "inline"))
        else:
            kept.append(finding)
    return tuple(kept), tuple(suppressed)


def _suppresses(finding: Finding, markers: Mapping[str, list[Marker]], aliases: Mapping[str, str]) -> bool:
    for evidence in finding.evidence:
        for marker in markers.get(evidence.article, ()):
            if finding.rule not in {aliases.get(rule, rule) for rule in marker.rules}:
                continue
            if evidence.start < marker.scope_end and marker.scope_start < evidence.end:
                return True
            if evidence.start == evidence.end and marker.scope_start <= evidence.start < marker.scope_end:
                return True
    return False


def marker_problems(articles: Iterable[Article], known: Iterable[str]) -> list[str]:
    """One line for each marker that names no rule, or a rule not in force
    (a typo, a rule removed or disabled): ``path:line: message``."""
    known_ids = set(known)
    problems = []
    for article in articles:
        understood = {m.start for m in find_markers(article)}
        for near in _NEAR.finditer(article.text):
            start = near.start() + len(near.group(0)) - len(near.group(0).lstrip())
            if start not in understood and (near.group(0).lstrip().startswith("<") or accepts_line_markers(article)):
                line = article.text.count("\n", 0, start) + article.first_line
                problems.append(
                    f"{article.path or article.id}:{line}: factcheck marker not understood;"
                    " write <!-- factcheck: ignore RULE-ID: reason -->"
                )
        for marker in find_markers(article):
            where = f"{article.path or article.id}:{marker.line + article.first_line - 1}"
            if not marker.rules:
                problems.append(f"{where}: factcheck marker names no rule id; it applies to nothing")
            for rule in marker.rules:
                if rule not in known_ids:
                    problems.append(f"{where}: factcheck marker names {rule!r}, which is not a rule in force")
    return problems
