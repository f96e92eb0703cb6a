"""Publication dates for undated articles, from the articles around them.

Relative expressions ("mercredi", "septembre dernier") need the day an
article was published.  When an article does not say (or says only the
month, "date 2024-06"), the cluster it belongs to usually does: the other
articles date the events it tells of.  The rule, in order:

1. The cluster: the articles that share an event key with it (any event:
   the signing, the visit...), directly or through another article.  An
   article that shares none is left undated: nothing says the others tell
   the same story.
2. Candidate days: the full dates (day, month, year) that the cluster's
   articles give to the events this article shares with them, its own
   absolute dates of those events included ("le 19 juin").  A date without a
   year takes the reference year: the article's own if it states one, else
   the commonest publication year in the cluster, each article weighted by
   the events it shares (the latest on a tie).  Each statement is one
   vote; a weekday said of the same event in the cluster ("signé
   mercredi") adds a vote to each candidate that falls on that weekday.
3. The date is the candidate with the most votes, the latest on a tie: news
   is published on or after the day of the events it reports, so the latest
   of the likely event days is the earliest likely publication day.
4. With no candidate: the publication day of the cluster's articles
   (including days inferred by step 3), each weighted by the number of
   events it shares with this one; the heaviest wins, the latest on a tie.

A candidate must agree with what the article does state ("2024-06" keeps
June 2024).  The result is marked ``published_source = "cluster"`` and the
article's relative expressions are resolved again against it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Mapping, Sequence

from factcheck.align import event_key, events_compatible, within_quotations
from factcheck.model import Article, Assertion
from factcheck.rules.values import DateParts, parse_date, weekday_of

DATE_KINDS = frozenset({"date", "datetime"})


def needs_date(article: Article) -> bool:
    """True when the article's publication day is unknown."""
    parts = parse_date(article.published) if article.published else None
    return parts is None or not parts.is_full_date


def clusters(assertions_by_article: Mapping[str, Sequence[Assertion]]) -> dict[str, frozenset[str]]:
    """Each article's cluster: the articles linked to it by shared event
    keys (transitively)."""
    parent = {article: article for article in assertions_by_article}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_with_event: dict[str, str] = {}
    for article in sorted(assertions_by_article):
        for a in assertions_by_article[article]:
            key = event_key(a)
            if key is None:
                continue
            other = first_with_event.setdefault(key, article)
            root_a, root_b = find(article), find(other)
            if root_a != root_b:
                parent[max(root_a, root_b)] = min(root_a, root_b)
    members: dict[str, set[str]] = defaultdict(set)
    for article in parent:
        members[find(article)].add(article)
    return {article: frozenset(members[find(article)]) for article in parent}


def infer_publication_dates(
    articles: Sequence[Article], assertions_by_article: Mapping[str, Sequence[Assertion]]
) -> dict[str, str]:
    """The publication day the cluster gives each article that lacks one."""
    by_id = {article.id: article for article in articles}
    cluster_of = clusters({a.id: assertions_by_article.get(a.id, ()) for a in articles})
    keys = {a.id: {x.event for x in assertions_by_article.get(a.id, ()) if x.event} for a in articles}
    inferred: dict[str, str] = {}
    undated = [a for a in sorted(by_id.values(), key=lambda a: a.id) if needs_date(a)]
    for article in undated:
        others = [by_id[i] for i in sorted(cluster_of.get(article.id, ())) if i != article.id and i in by_id]
        weights = {o.id: shared_events(keys[article.id], keys[o.id]) for o in others}
        stated = parse_date(article.published) if article.published else None
        year = stated.year if stated and stated.year else _reference_year(others, weights)
        day = _from_events(article, others, assertions_by_article, year, stated)
        if day is not None:
            inferred[article.id] = day
    # Second round: an article whose events no other article dates takes
    # the publication day of the articles it shares the most events with
    # (days inferred in the first round included).
    for article in undated:
        if article.id in inferred:
            continue
        others = [by_id[i] for i in sorted(cluster_of.get(article.id, ())) if i != article.id and i in by_id]
        weights = {o.id: shared_events(keys[article.id], keys[o.id]) for o in others}
        stated = parse_date(article.published) if article.published else None
        day = _from_publications(others, weights, inferred, stated)
        if day is not None:
            inferred[article.id] = day
    return inferred


def shared_events(mine: set[str], theirs: set[str]) -> int:
    """How many of an article's event keys another article tells of too."""
    return sum(1 for key in mine if any(events_compatible(key, other) for other in theirs))


def _reference_year(others: Sequence[Article], weights: Mapping[str, int]) -> int | None:
    years: Counter[int] = Counter()
    for other in others:
        parts = parse_date(other.published) if other.published else None
        if parts and parts.year:
            years[parts.year] += weights.get(other.id, 0)
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def _from_events(
    article: Article,
    others: Sequence[Article],
    assertions_by_article: Mapping[str, Sequence[Assertion]],
    year: int | None,
    stated: DateParts | None,
) -> str | None:
    own_events = {a.event for a in assertions_by_article.get(article.id, ()) if a.event}
    quoted = within_quotations(x for source in (article, *others) for x in assertions_by_article.get(source.id, ()))
    votes: Counter[str] = Counter()
    weekdays: Counter[int] = Counter()
    for source in (article, *others):
        for a in assertions_by_article.get(source.id, ()):
            if a.kind not in DATE_KINDS or not any(events_compatible(a.event, own) for own in own_events):
                continue
            if (a.article, a.start, a.end) in quoted and ("relative" in a.flags or "unanchored" in a.flags):
                continue  # the speaker's "aujourd'hui", not the article's
            if a.weekday is not None:
                weekdays[a.weekday] += 1  # "signé mercredi": a vote for Wednesdays
            if source.id == article.id and "relative" in a.flags:
                continue  # resolved against a date we do not know
            parts = parse_date(a.value)
            if parts is None or parts.month is None or parts.day is None:
                continue
            full_year = parts.year if parts.year is not None else year
            if full_year is None:
                continue
            candidate = f"{full_year:04d}-{parts.month:02d}-{parts.day:02d}"
            if _fits(candidate, stated):
                votes[candidate] += 1
    for candidate in list(votes):
        weekday = weekday_of(parse_date(candidate))  # type: ignore[arg-type]
        votes[candidate] += weekdays.get(weekday, 0)  # type: ignore[arg-type]
    if not votes:
        return None
    return max(votes, key=lambda c: (votes[c], c))


def _from_publications(
    others: Sequence[Article], weights: Mapping[str, int], inferred: Mapping[str, str], stated: DateParts | None
) -> str | None:
    days: Counter[str] = Counter()
    for other in others:
        published = inferred.get(other.id, other.published)
        parts = parse_date(published) if published else None
        if parts and parts.is_full_date and weights.get(other.id, 0) > 0:
            day = f"{parts.year:04d}-{parts.month:02d}-{parts.day:02d}"
            if _fits(day, stated):
                days[day] += weights[other.id]
    if not days:
        return None
    return max(days, key=lambda d: (days[d], d))


def _fits(candidate: str, stated: DateParts | None) -> bool:
    """A candidate day agrees with the part of the date the article states."""
    if stated is None:
        return True
    parts = parse_date(candidate)
    assert parts is not None
    return all(
        getattr(stated, name) is None or getattr(stated, name) == getattr(parts, name) for name in ("year", "month")
    )
