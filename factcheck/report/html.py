"""The HTML report of ``factcheck check``: one self-contained page for editors.

Everything is inline (CSS, a little plain JavaScript for the filters) and a
Content-Security-Policy allows nothing else, so the page makes no network
request and stays readable when mailed or archived.  Every string that comes
from the input (article text, paths, values, messages, rule ids) goes through
``html.escape``; the script reads only the DOM, never data pasted into it.
The output depends on the report alone (no clock, no randomness): same input,
same bytes.  Without JavaScript every finding is shown and the filters stay
hidden.
"""

from __future__ import annotations

import base64
import difflib
import functools
import hashlib
import re
from bisect import bisect_left, bisect_right
from html import escape
from pathlib import PurePath
from typing import Iterable, Sequence

import attrs

from factcheck import __version__
from factcheck.model import Article
from factcheck.report.locations import line_col, line_starts
from factcheck.rules.findings import SEVERITIES, Evidence, Finding, Report

#: A paragraph no longer than this (besides the span) is shown whole.
WHOLE_PARAGRAPH = 480
#: Otherwise the sentences around the span, cut to this many characters
#: on each side.
SIDE = 220

#: Severity symbols: the severity is said in words and shape, not colour alone.
SYMBOLS = {"error": "\u2716", "warning": "\u25b2", "info": "\u2139"}

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# The end of a sentence: a stop, any closing marks, then space before a
# capital, an opening mark, a dash or a digit.
_SENTENCE_END = re.compile(r"[.!?…][»\"”’)\]]*\s+(?=[«\"“(\[—–\-0-9A-ZÀ-ÖØ-Þ])")
# Abbreviations whose stop ends no sentence ("M. Poutine", "Mme Dupont").
_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "me", "mgr", "pr", "st", "ste", "cf", "av", "apr", "etc", "p", "no", "n"})
_WORD_BEFORE = re.compile(r"(\w+)$")


@attrs.frozen
class Excerpt:
    """The text around a span: ``before + span + after`` is a piece of the
    article, ``span`` exactly ``text[start:end]``; ``cut_before`` and
    ``cut_after`` say that the paragraph goes on beyond it."""

    before: str
    span: str
    after: str
    cut_before: bool
    cut_after: bool


def excerpt(text: str, start: int, end: int, *, whole: int = WHOLE_PARAGRAPH, side: int = SIDE) -> Excerpt:
    """The paragraph around ``text[start:end]``, or, in a long paragraph,
    the sentences around it cut at words to about ``side`` characters a side."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    starts, ends = _paragraphs(text)
    para_start = starts[bisect_right(starts, start) - 1]
    para_end = ends[bisect_left(ends, end)]
    low, high = para_start, para_end
    if (start - para_start) + (para_end - end) > whole:
        # Only the last `side` characters can hold the start of the sentence
        # that is kept: further back, the excerpt is cut at a word anyway.
        # endpos one past start: a sentence may begin right at the span.
        found = _SENTENCE_END.finditer(text, max(para_start, start - side), min(len(text), start + 1))
        stops = [m.end() for m in found if m.end() <= start and _ends_sentence(text, m.start())]
        low = stops[-1] if stops else para_start
        found = _SENTENCE_END.finditer(text, end, min(para_end, end + side + 2))
        first = next((m for m in found if _ends_sentence(text, m.start())), None)
        high = first.start() + len(first.group().rstrip()) if first else para_end
        if start - low > side:
            space = text.find(" ", start - side, start)
            low = space + 1 if space >= 0 else start - side
        if high - end > side:
            space = text.rfind(" ", end, end + side)
            high = space if space > end else end + side
    before = text[low:start].lstrip()
    after = text[end:high].rstrip()
    cut_before = bool(text[para_start : start - len(before)].strip())
    cut_after = bool(text[end + len(after) : para_end].strip())
    return Excerpt(before, text[start:end], after, cut_before, cut_after)


@functools.lru_cache(maxsize=16)
def _paragraphs(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the paragraphs of a text start and end (an article's evidence
    is cut from the same text many times)."""
    starts, ends = [0], []
    for match in _PARAGRAPH_BREAK.finditer(text):
        ends.append(match.start())
        starts.append(match.end())
    ends.append(len(text))
    return tuple(starts), tuple(ends)


def _ends_sentence(text: str, stop: int) -> bool:
    if text[stop] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    return word is None or (word.group(1).lower() not in _ABBREVIATIONS and len(word.group(1)) > 1)


#: Where an excerpt leaves out the rest of its paragraph.
_CUT = '<span class="cut" title="the paragraph goes on">[…]</span>'


def _display(text: str) -> str:
    """Line wrapping folded into spaces, paragraph breaks kept as one line
    break (the excerpts are shown with ``white-space: pre-line``)."""
    return "\n".join(part.replace("\n", " ") for part in _PARAGRAPH_BREAK.split(text))


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def wording_diff(*wordings: str) -> tuple[str, ...]:
    """Wordings of one quotation as HTML, each word that some other wording
    does not have at that place in ``<strong class="changed">``.  Every side
    is marked alike: none is taken as the right one (no ``<del>``/``<ins>``)."""
    words = [w.split() for w in wordings]
    changed = [[False] * len(w) for w in words]
    for i, mine in enumerate(words):
        for j, theirs in enumerate(words):
            if i == j:
                continue
            same = [False] * len(mine)
            for block in difflib.SequenceMatcher(None, mine, theirs, autojunk=False).get_matching_blocks():
                same[block.a : block.a + block.size] = [True] * block.size
            changed[i] = [c or not s for c, s in zip(changed[i], same)]
    return tuple(_runs(w, c) for w, c in zip(words, changed))


def _runs(words: list[str], changed: list[bool]) -> str:
    out: list[str] = []
    index = 0
    while index < len(words):
        flag = changed[index]
        stop = index
        while stop < len(words) and changed[stop] == flag:
            stop += 1
        run = _e(" ".join(words[index:stop]))
        out.append(f'<strong class="changed">{run}</strong>' if flag else run)
        index = stop
    return " ".join(out)


# --- the page -------------------------------------------------------------

CSS = """\
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#595959;--line:#d0d0d0;--card:#f7f7f7;
--error:#b00020;--warning:#8a5300;--info:#1d5fa8;--mark:#ffe066;--mark-fg:#1b1b1b;--changed:#fde2c8}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b0b0b0;--line:#3a3a3a;
--card:#1e1e1e;--error:#ff8a80;--warning:#ffcc66;--info:#8ab4f8;--changed:#5a3a1a}}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:68rem;padding:1rem;background:var(--bg);color:var(--fg);
font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;overflow-wrap:anywhere}
h1{font-size:1.6rem;margin:.2rem 0 .5rem}h2{font-size:1.25rem;margin:1.8rem 0 .6rem;
border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.05rem;margin:0 0 .4rem}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9em}
a{color:inherit}
.muted{color:var(--muted)}.nowrap{white-space:nowrap}
.counts,.articles,.findings,.evidence,.notes{padding:0;margin:0;list-style:none}
.counts{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem}
.badge{display:inline-block;padding:0 .45rem;border:2px solid currentColor;border-radius:.3rem;font-weight:600;
font-size:.85rem;white-space:nowrap}
.sev-error .badge,.badge.sev-error{color:var(--error)}.sev-warning .badge,.badge.sev-warning{color:var(--warning)}
.sev-info .badge,.badge.sev-info{color:var(--info)}
.filters{display:flex;flex-wrap:wrap;gap:.6rem 1.5rem;align-items:center;margin:1rem 0;padding:.6rem .8rem;
border:1px solid var(--line);border-radius:.4rem;background:var(--card)}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center}
.filters legend{float:left;font-weight:600;margin-right:.6rem}
.filters label{white-space:nowrap}.filters select{font:inherit;max-width:100%}
.rule-choice{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;max-width:100%}
.filters input[type=checkbox]{width:1.1rem;height:1.1rem;vertical-align:-.15rem}
#shown{margin:0;flex-basis:100%}
.articles li{margin:.25rem 0}
.finding{margin:0 0 1rem;padding:.8rem 1rem;border:1px solid var(--line);border-left:.45rem solid var(--line);
border-radius:.4rem}
.finding.sev-error{border-left-color:var(--error)}.finding.sev-warning{border-left-color:var(--warning)}
.finding.sev-info{border-left-color:var(--info)}
.finding h3 .kind{font-weight:400;color:var(--muted)}
.message{margin:.2rem 0 .7rem}
.evidence{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,19rem),1fr));gap:.7rem}
.evidence>li{background:var(--card);border:1px solid var(--line);border-radius:.4rem;padding:.6rem .75rem;min-width:0}
.where{margin:0 0 .3rem;font-size:.9rem}
blockquote{margin:0;white-space:pre-line;font-family:Georgia,"DejaVu Serif",serif}
.cut{color:var(--muted);font-family:system-ui,sans-serif;font-size:.85em}
mark{background:var(--mark);color:var(--mark-fg);padding:0 .1em;border-bottom:2px solid var(--mark-fg)}
.values{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:0 0 .4rem;font-size:.92rem}
.values dt{color:var(--muted)}.values dd{margin:0;min-width:0}
.changed{background:var(--changed);text-decoration:underline dotted;text-underline-offset:.2em}
.notes{margin-top:.5rem;font-size:.9rem}.notes li::before{content:"Note: ";font-weight:600}
.fingerprint{font-size:.8rem;margin:.5rem 0 0}
.rules dt{font-weight:600;margin-top:.6rem}.rules dd{margin:0 0 0 1rem}
footer{margin-top:2rem;font-size:.85rem}
.by-rule{margin:.6rem 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;font-size:.92rem}
@media (max-width:36rem){body{padding:.6rem}.finding{padding:.6rem .6rem .6rem .7rem;border-left-width:.35rem}
.evidence>li{padding:.5rem .55rem}.where{font-size:.8rem}h1{font-size:1.4rem}}
@media print{.filters{display:none}.finding{break-inside:avoid}}
"""

SCRIPT = """\
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var rule = document.getElementById("rule-filter");
  var status = document.getElementById("shown");
  function plural(n) { return n === 1 ? " finding" : " findings"; }
  function apply() {
    var wanted = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=severity]"), function (box) {
      wanted[box.value] = box.checked;
    });
    var shown = 0;
    findings.forEach(function (item) {
      var visible = wanted[item.getAttribute("data-severity")] === true &&
        (rule.value === "" || rule.value === item.getAttribute("data-rule"));
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    if (shown === 0) {
      status.textContent = "No finding matches the filters.";
    } else if (shown === findings.length) {
      status.textContent = "All " + shown + plural(shown) + " shown.";
    } else {
      status.textContent = shown + " of " + findings.length + plural(findings.length) + " shown.";
    }
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
"""


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


#: Nothing but this page's own style and script, and the empty icon.
CSP = (
    f"default-src 'none'; style-src {_csp_hash(CSS)}; script-src {_csp_hash(SCRIPT)}; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


def to_html(report: Report) -> str:
    """The report as one self-contained HTML page."""
    articles = {a.id: a for a in report.articles}
    starts = {a.id: line_starts(a.text) for a in report.articles}
    drafts = frozenset(report.drafts)
    total = len(report.findings)
    summary = f"{total} finding{'' if total == 1 else 's'} in {len(report.articles)} article{'' if len(report.articles) == 1 else 's'}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="factcheck {_e(__version__)}">',
        '<link rel="icon" href="data:,">',
        f"<title>factcheck report: {_e(summary)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>factcheck report</h1>",
        f'<p class="lead">{_e(summary)}.</p>',
        "</header>",
        "<main>",
        *_summary(report),
        *_articles(report.articles, drafts),
        *_findings(report.findings, articles, starts, drafts),
        *_rules(report.rules),
        "</main>",
        f'<footer class="muted"><p>Made by factcheck {_e(__version__)}. '
        "This page is self-contained: it loads nothing from the network.</p></footer>",
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _badge(severity: str) -> str:
    symbol = SYMBOLS.get(severity, "\u25cf")
    return f'<span class="badge sev-{_e(severity)}"><span aria-hidden="true">{symbol}</span> {_e(severity)}</span>'


def _severities(findings: Sequence[Finding]) -> list[str]:
    """Known severities from the most serious, then any other in the report."""
    known = list(reversed(SEVERITIES))
    return known + sorted({f.severity for f in findings} - set(known))


def _summary(report: Report) -> Iterable[str]:
    counts = {s: 0 for s in _severities(report.findings)}
    for finding in report.findings:
        counts[finding.severity] += 1
    yield '<section aria-labelledby="summary-title">'
    yield '<h2 id="summary-title">Summary</h2>'
    yield '<ul class="counts" aria-label="Findings by severity">'
    for severity, count in counts.items():
        yield f'<li>{_badge(severity)} <span class="count" data-severity="{_e(severity)}">{count}</span></li>'
    yield "</ul>"
    by_rule: dict[str, int] = {}
    for finding in report.findings:
        by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    if by_rule:
        yield '<ul class="by-rule" aria-label="Findings by rule">'
        for rule in sorted(by_rule):
            yield f'<li><a href="#rule-{_e(rule)}">{_e(rule)}</a> {by_rule[rule]}</li>'
        yield "</ul>"
    else:
        yield f"<p>No findings in {len(report.articles)} articles.</p>"
    yield "</section>"


def _articles(articles: Sequence[Article], drafts: frozenset[str]) -> Iterable[str]:
    yield '<section aria-labelledby="articles-title">'
    yield f'<h2 id="articles-title">Articles ({len(articles)})</h2>'
    yield '<ol class="articles">'
    for article in articles:
        bits = [f"<code>{_e(article.path or article.id)}</code>"]
        if article.path and article.id != PurePath(article.path).stem:
            bits.append(f'<span class="muted">id {_e(article.id)}</span>')
        if article.id in drafts:
            bits.append('<span class="badge">draft</span>')
        if article.title:
            bits.append(f'<cite lang="{_e(article.language)}">{_e(article.title)}</cite>')
        if article.source:
            bits.append(_e(article.source))
        bits.append(_published(article))
        yield f'<li id="article-{_e(article.id)}">' + " · ".join(bits) + "</li>"
    yield "</ol>"
    yield "</section>"


def _published(article: Article) -> str:
    if not article.published:
        return '<span class="muted">publication date unknown</span>'
    date = f'<span class="nowrap">{_e(article.published)}</span>'
    if article.published_source == "cluster":
        return f'published {date} <span class="muted">(inferred from the other articles)</span>'
    source = f' <span class="muted">(from the {_e(article.published_source)})</span>' if article.published_source else ""
    return f"published {date}{source}"


def _findings(
    findings: Sequence[Finding], articles: dict[str, Article], starts: dict[str, list[int]], drafts: frozenset[str]
) -> Iterable[str]:
    yield '<section aria-labelledby="findings-title">'
    yield f'<h2 id="findings-title">Findings ({len(findings)})</h2>'
    if findings:
        yield from _filters(findings)
        yield '<ol class="findings">'
        for number, finding in enumerate(findings, start=1):
            yield from _finding(number, finding, articles, starts, drafts)
        yield "</ol>"
    else:
        yield "<p>No findings.</p>"
    yield "</section>"


def _filters(findings: Sequence[Finding]) -> Iterable[str]:
    by_severity = {s: 0 for s in _severities(findings)}
    by_rule: dict[str, int] = {}
    for finding in findings:
        by_severity[finding.severity] += 1
        by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    # Hidden until the script shows it: without JavaScript it could not work.
    yield '<form id="filters" class="filters" aria-label="Filter the findings" hidden>'
    yield "<fieldset><legend>Severity</legend>"
    for severity, count in by_severity.items():
        yield (
            f'<label><input type="checkbox" name="severity" value="{_e(severity)}" checked> '
            f"{_e(severity)} ({count})</label>"
        )
    yield "</fieldset>"
    yield '<div class="rule-choice"><label for="rule-filter">Rule</label>'
    yield '<select id="rule-filter" name="rule">'
    yield f'<option value="">all rules ({len(findings)})</option>'
    for rule in sorted(by_rule):
        yield f'<option value="{_e(rule)}">{_e(rule)} ({by_rule[rule]})</option>'
    yield "</select></div>"
    yield '<p id="shown" role="status" aria-live="polite"></p>'
    yield "</form>"


def _finding(
    number: int, finding: Finding, articles: dict[str, Article], starts: dict[str, list[int]], drafts: frozenset[str]
) -> Iterable[str]:
    yield (
        f'<li class="finding sev-{_e(finding.severity)}" id="finding-{number}" data-severity="{_e(finding.severity)}" '
        f'data-rule="{_e(finding.rule)}" data-kind="{_e(finding.kind)}" data-fingerprint="{_e(finding.fingerprint)}">'
    )
    yield (
        f'<h3>{_badge(finding.severity)} <a href="#rule-{_e(finding.rule)}" class="rule">{_e(finding.rule)}</a> '
        f'<span class="kind nowrap">({_e(finding.kind)})</span></h3>'
    )
    yield f'<p class="message">{_e(finding.message)}</p>'
    wordings = _wordings(finding.evidence)
    yield f'<ol class="evidence" aria-label="Evidence ({len(finding.evidence)} sides)">'
    for index, evidence in enumerate(finding.evidence):
        yield from _evidence(evidence, articles.get(evidence.article), starts, drafts, wordings[index] if wordings else None)
    yield "</ol>"
    if finding.notes:
        yield '<ul class="notes">' + "".join(f"<li>{_e(note)}</li>" for note in finding.notes) + "</ul>"
    yield f'<p class="fingerprint muted">fingerprint <code>{_e(finding.fingerprint)}</code></p>'
    yield "</li>"


def _wordings(evidence: Sequence[Evidence]) -> tuple[str, ...] | None:
    """The wordings of a quotation compared word by word, when the finding
    has several."""
    if len(evidence) > 1 and all(e.kind == "quote" and isinstance(e.value, str) for e in evidence):
        return wording_diff(*(str(e.value) for e in evidence))
    return None


def _evidence(
    evidence: Evidence, article: Article | None, starts: dict[str, list[int]], drafts: frozenset[str], wording: str | None
) -> Iterable[str]:
    yield "<li>"
    if article is None:
        where = _e(evidence.article)
        text = None
    else:
        line, col = line_col(article, evidence.start, starts[article.id])
        where = f'<a href="#article-{_e(article.id)}"><code>{_e(article.path or article.id)}:{line}:{col}</code></a>'
        text = article.text if article.text[evidence.start : evidence.end] == evidence.text else None
    if article is not None and article.id in drafts:
        where += ' <span class="badge">draft</span>'
    yield f'<p class="where">{where}</p>'
    language = _e(article.language if article is not None else "fr")
    # The normalised values first, so that the sides line up for comparison.
    yield '<dl class="values">'
    if evidence.kind == "quote":
        speaker = _e(evidence.speaker) if evidence.speaker else '<span class="muted">unknown</span>'
        if text is not None and article is not None and evidence.speaker and evidence.speaker_start is not None:
            # where the article names them: the side an editor may have to fix
            line, col = line_col(article, evidence.speaker_start, starts[article.id])
            named = article.text[evidence.speaker_start : evidence.speaker_end]
            speaker += f' <span class="muted">(“{_e(named)}”, {line}:{col})</span>'
        yield f"<dt>Speaker</dt><dd>{speaker}</dd>"
        if wording is not None:
            yield f'<dt>Words</dt><dd lang="{language}">{wording}</dd>'
    else:
        value = f"<code>{_e(evidence.shown)}</code>" if evidence.value is not None else '<span class="muted">none</span>'
        kind = f' <span class="muted">({_e(evidence.kind)})</span>' if evidence.kind else ""
        yield f"<dt>Value</dt><dd>{value}{kind}</dd>"
    yield "</dl>"
    if text is not None:
        cut = excerpt(text, evidence.start, evidence.end)
        yield (
            f'<blockquote lang="{language}">{_CUT + " " if cut.cut_before else ""}{_e(_display(cut.before))}'
            f"<mark>{_e(_display(cut.span))}</mark>{_e(_display(cut.after))}{' ' + _CUT if cut.cut_after else ''}</blockquote>"
        )
    else:  # the article is not in the report: the span alone
        yield f'<blockquote lang="{language}"><mark>{_e(_display(evidence.text))}</mark></blockquote>'
    yield "</li>"


def _rules(rules: Sequence[object]) -> Iterable[str]:
    if not rules:
        return
    yield '<section aria-labelledby="rules-title">'
    yield f'<h2 id="rules-title">Rules in force ({len(rules)})</h2>'
    yield "<details><summary>What each rule checks</summary>"
    yield '<dl class="rules">'
    for rule in sorted(rules, key=lambda r: str(getattr(r, "id", ""))):
        rule_id = getattr(rule, "id", "")
        yield (
            f'<dt id="rule-{_e(rule_id)}">{_e(rule_id)} {_badge(str(getattr(rule, "severity", "")))} '
            f'<span class="muted">{_e(getattr(rule, "kind", ""))}</span></dt>'
        )
        yield f"<dd>{_e(getattr(rule, 'description', ''))}</dd>"
    yield "</dl></details>"
    yield "</section>"
