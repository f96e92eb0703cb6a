"""``factcheck.check``: articles in, a report of findings out.

read → analyse → extract (per article) → date undated articles from their
cluster, re-extracting them → align and evaluate the rules → report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

import attrs

from factcheck.model import Article, Assertion
from factcheck.rules.dating import infer_publication_dates
from factcheck.rules.engine import evaluate
from factcheck.rules.findings import Finding, Report
from factcheck.rules.loader import load_rules
from factcheck.rules.schema import Rule
from factcheck.suppress import Suppressed

Extractor = Callable[[Article], Sequence[Assertion]]
ArticleLike = Article | str | Path


def check(
    articles: Sequence[ArticleLike],
    against: Sequence[ArticleLike] | None = None,
    rules: Sequence[Rule] | None = None,
    *,
    analyser: object = "spacy",
    date: str | None = None,
    severities: Mapping[str, str] | None = None,
    cache: bool | Path = False,
    suppress: bool = True,
    baseline: str | Path | None = None,
) -> Report:
    """Check articles against each other, or drafts against sources.

    ``articles`` are Articles or paths.  With ``against``, ``articles`` are
    drafts and ``against`` their sources: findings then involve a draft,
    and the draft's dates, figures and quotations that no source states are
    reported as unsupported.  ``rules`` defaults to the rules in force
    (``factcheck.rules.load_rules()``); ``analyser`` is a backend name, an
    ``Analyser``, or None to extract without analysis.  ``cache`` keeps
    analyses on disk (True: the default cache directory; or a directory)
    so that sources checked again are not parsed again.  Findings that an
    inline marker accepts (``suppress``) or that the ``baseline`` file
    lists are left out of the report (``factcheck.suppress``,
    ``factcheck.baseline``).
    """
    drafts = _as_articles(articles, date)
    sources = _as_articles(against, date) if against is not None else []
    everything = _unique_ids([*drafts, *sources])
    extractor = make_extractor(everything, analyser, cache=cache)
    draft_ids = [a.id for a in everything[: len(drafts)]] if against is not None else []
    report = check_articles(everything, extractor, rules, drafts=draft_ids, severities=severities)
    fingerprints = None
    if baseline is not None:
        from factcheck.baseline import read_baseline

        fingerprints = read_baseline(baseline)
    return without_suppressed(report, markers=suppress, baseline=fingerprints)[0]


def without_suppressed(
    report: Report, *, markers: bool = True, baseline: frozenset[str] | None = None
) -> tuple[Report, tuple[Suppressed, ...]]:
    """The report without the findings inline markers accept (``markers``)
    or the baseline's fingerprints list, and those findings with why."""
    findings: Sequence[Finding] = report.findings
    suppressed: tuple[Suppressed, ...] = ()
    if markers:
        from factcheck.suppress import apply_markers

        aliases = {alias: rule.id for rule in report.rules for alias in getattr(rule, "aliases", ())}
        findings, suppressed = apply_markers(findings, report.articles, aliases)
    if baseline:
        from factcheck.baseline import apply_baseline

        findings, known = apply_baseline(findings, baseline)
        suppressed = (*suppressed, *known)
    if not suppressed:
        return report, ()
    return attrs.evolve(report, findings=tuple(findings)), suppressed


def check_articles(
    articles: Sequence[Article],
    extractor: Extractor,
    rules: Sequence[Rule] | None = None,
    *,
    drafts: Iterable[str] = (),
    severities: Mapping[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Report:
    """The engine behind ``check``, for any way of making assertions.

    ``progress`` is called with 1 after each article's first extraction
    (analysis goes a chunk at a time, so it advances in bursts of a chunk).
    """
    rules = tuple(load_rules() if rules is None else rules)
    ordered = sorted(articles, key=lambda a: a.id)
    found = {}
    for article in ordered:
        found[article.id] = tuple(extractor(article))
        if progress is not None:
            progress(1)
    dated = infer_publication_dates(ordered, found)
    if dated:
        ordered = [
            attrs.evolve(a, published=dated[a.id], published_source="cluster") if a.id in dated else a for a in ordered
        ]
        for article in ordered:
            if article.id in dated:
                found[article.id] = tuple(extractor(article))
    found = canonical_names(ordered, found)
    assertions = [a for article in ordered for a in found[article.id]]
    findings = evaluate(rules, assertions, ordered, drafts=drafts, severities=severities)
    return Report(tuple(ordered), findings, rules, tuple(sorted(drafts)))


def canonical_names(
    articles: Sequence[Article], found: Mapping[str, Sequence[Assertion]]
) -> dict[str, tuple[Assertion, ...]]:
    """The assertions with one name per speaker and source across the
    articles ("M. Poutine", "Poutine", "le chef du Kremlin" -> "Vladimir
    Poutine"), and event keys with the same participants and place, by
    ``factcheck.resolve.aliases``."""
    from factcheck.resolve.aliases import resolve_cluster

    rewritten = resolve_cluster([found[a.id] for a in articles], articles)
    return {article.id: tuple(assertions) for article, assertions in zip(articles, rewritten)}


#: Articles analysed at a time: the analyser's memory peak grows with it.
ANALYSIS_CHUNK = 4


def make_extractor(articles: Sequence[Article], analyser: object, *, cache: bool | Path = False) -> Extractor:
    """An extractor over ``articles`` that analyses each once.

    Analyses go a few articles at a time (the analyser's memory peak grows
    with the batch), and only an article without a publication day keeps
    its analysis, to be extracted again once the cluster dates it: memory
    stays flat however many articles there are.  ``analyser`` is a backend
    name (loaded behind the analysis cache when ``cache`` is set: the model
    loads only if some text is not cached), an ``Analyser`` or None.
    """
    from factcheck.extract import assertions_from
    from factcheck.nlp import load_analyser
    from factcheck.rules.dating import needs_date

    backend = load_analyser(analyser, cache=cache) if isinstance(analyser, str) else analyser
    upcoming = [a for a in articles]
    position = 0
    docs: dict[str, object] = {}

    def doc_of(article: Article) -> object:
        nonlocal position
        if backend is None:
            return None
        if article.id not in docs:
            chunk = [article]
            while len(chunk) < ANALYSIS_CHUNK and position < len(upcoming):
                candidate = upcoming[position]
                position += 1
                if candidate.id not in docs and candidate.id != article.id:
                    chunk.append(candidate)
            for item, doc in zip(chunk, backend.analyse([a.text for a in chunk])):  # type: ignore[attr-defined]
                docs[item.id] = doc
        return docs[article.id]

    def extract(article: Article) -> Sequence[Assertion]:
        found = assertions_from(article, doc_of(article))  # type: ignore[arg-type]
        if not needs_date(article):
            docs.pop(article.id, None)  # dated: it will not be extracted again
        return found

    return extract


def _as_articles(items: Sequence[ArticleLike] | None, date: str | None) -> list[Article]:
    from factcheck.io import read_all

    out: list[Article] = []
    for item in items or ():
        if isinstance(item, Article):
            out.append(item)
            continue
        result = read_all([item], date=date)
        if result.errors:
            raise result.errors[0]
        out.extend(result.articles)
    return out


def _unique_ids(articles: Sequence[Article]) -> list[Article]:
    seen: dict[str, int] = {}
    out = []
    for article in articles:
        count = seen.get(article.id, 0) + 1
        seen[article.id] = count
        out.append(article if count == 1 else attrs.evolve(article, id=f"{article.id}~{count}"))
    return out
