"""Publication dates for undated articles, from the articles around them.

Relative expressions ("mercredi", "septembre dernier") need the day an
article was published.  When an article does not say (or says only the
month, "date 2024-06"), the cluster it belongs to usually does: the other
articles date the events it tells of.  The rule, in order:

1. The cluster: the articles that share an event key with it (any event:
   the signing, the visit...; keys compatible as ``align.events_compatible``
   says).  An article that shares none is left undated: nothing says the
   others tell the same story.
2. Candidate days: the full dates (day, month, year) that the cluster's
   articles give to the events this article shares with them, its own
   absolute dates of those events included ("le 19 juin").  A date without a
   year takes the reference year: the article's own if it states one, else
   the commonest publication year in the cluster, each article counted
   once per event it shares (the latest on a tie).  Each statement is one
   vote; a weekday said of the same event in the cluster ("signé
   mercredi") adds a vote to each candidate that falls on that weekday.
3. The date is the candidate with the most votes, the latest on a tie: news
   is published on or after the day of the events it reports, so the latest
   of the likely event days is the earliest likely publication day.
4. With no candidate: the publication day of the cluster's articles
   (including days inferred by step 3), each counted once per event it
   shares with this one; the commonest wins, the latest on a tie.

A candidate must agree with what the article does state ("2024-06" keeps
June 2024).  The result is marked ``published_source = "cluster"`` and the
article's relative expressions are resolved again against it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Mapping, Sequence, cast

from factcheck.align import events_compatible, within_quotations
from factcheck.model import Article, Assertion
from factcheck.rules.values import DateParts, parse_date, weekday_of

DATE_KINDS = frozenset({"date", "datetime"})
#: (year or None, month, day) of a date stated with its day.
Day = tuple["int | None", int, int]


def needs_date(article: Article) -> bool:
    """True when the article's publication day is unknown."""
    parts = parse_date(article.published) if article.published else None
    return parts is None or not parts.is_full_date


class _EventIndex:
    """What the articles say of each event key, counted once for all: the
    cost of dating every article stays linear in the number of articles."""

    def __init__(self, articles: Sequence[Article], found: Mapping[str, Sequence[Assertion]]) -> None:
        self.keys_of: dict[str, set[str]] = {a.id: {x.event for x in found.get(a.id, ()) if x.event} for a in articles}
        self.by_base: dict[str, set[str]] = defaultdict(set)
        self.articles_with: dict[str, list[str]] = defaultdict(list)
        for article_id, keys in self.keys_of.items():
            for key in keys:
                self.by_base[key.partition("@")[0]].add(key)
                self.articles_with[key].append(article_id)
        quoted = within_quotations(x for a in articles for x in found.get(a.id, ()))
        self.days: dict[str, Counter[Day]] = defaultdict(Counter)
        self.weekdays: dict[str, Counter[int]] = defaultdict(Counter)
        self.own_relative: dict[str, Counter[tuple[str, Day]]] = defaultdict(Counter)
        self._tallies: dict[tuple[str, int], Counter[object]] = {}
        for article in articles:
            for a in found.get(article.id, ()):
                if a.kind not in DATE_KINDS or not a.event:
                    continue
                if (a.article, a.start, a.end) in quoted and ("relative" in a.flags or "unanchored" in a.flags):
                    continue  # the speaker's "aujourd'hui", not the article's
                if a.weekday is not None:
                    self.weekdays[a.event][a.weekday] += 1  # "signé mercredi": a vote for Wednesdays
                parts = parse_date(a.value)
                if parts is None or parts.month is None or parts.day is None:
                    continue
                day = (parts.year, parts.month, parts.day)
                self.days[a.event][day] += 1
                if "relative" in a.flags:
                    # resolved against the article's own (maybe unknown) date
                    self.own_relative[article.id][(a.event, day)] += 1

    def compatible(self, article: str) -> set[str]:
        """The event keys, of any article, compatible with this one's."""
        out: set[str] = set()
        for key in self.keys_of.get(article, ()):
            out.update(k for k in self.by_base[key.partition("@")[0]] if events_compatible(key, k))
        return out

    def tally(self, keys: Iterable[str], article: str, value_of: Mapping[str, object]) -> Counter[object]:
        """The values (publication years, days) of the other articles under
        these keys, each article counted once per key; counted per key
        once for all, so that this costs the number of keys, not of
        articles."""
        out: Counter[object] = Counter()
        for key in keys:
            cache_key = (key, id(value_of))
            if cache_key not in self._tallies:
                self._tallies[cache_key] = Counter(
                    value_of[a] for a in self.articles_with[key] if value_of.get(a) is not None
                )
            out.update(self._tallies[cache_key])
            mine = value_of.get(article)
            if mine is not None and article in self.keys_of and key in self.keys_of[article]:
                out[mine] -= 1
        return +out


def infer_publication_dates(
    articles: Sequence[Article], assertions_by_article: Mapping[str, Sequence[Assertion]]
) -> dict[str, str]:
    """The publication day the cluster gives each article that lacks one."""
    by_id = {article.id: article for article in articles}
    index = _EventIndex(articles, assertions_by_article)
    undated = [a for a in sorted(by_id.values(), key=lambda a: a.id) if needs_date(a)]
    inferred: dict[str, str] = {}
    compatible = {a.id: index.compatible(a.id) for a in undated}
    years = {a.id: _part(a.published, "year") for a in articles}
    for article in undated:
        stated = parse_date(article.published) if article.published else None
        keys = compatible[article.id]
        # (the tally counts the years of ``years``: ints)
        year = stated.year if stated and stated.year else cast("int | None", _commonest(index.tally(keys, article.id, years)))
        day = _from_events(article.id, keys, index, year, stated)
        if day is not None:
            inferred[article.id] = day
    # Second round: an article whose events no other article dates takes
    # the publication day of the articles it shares events with (days
    # inferred in the first round included).
    days = {a.id: _full_day(inferred.get(a.id, a.published)) for a in articles}
    for article in undated:
        if article.id in inferred:
            continue
        stated = parse_date(article.published) if article.published else None
        tally = index.tally(compatible[article.id], article.id, days)
        commonest_day = _commonest(Counter({d: n for d, n in tally.items() if _fits(str(d), stated)}))
        if commonest_day is not None:
            inferred[article.id] = str(commonest_day)
    return inferred


def _part(value: str | None, name: str) -> int | None:
    parts = parse_date(value) if value else None
    return getattr(parts, name) if parts else None


def _full_day(value: str | None) -> str | None:
    parts = parse_date(value) if value else None
    if parts is None or not parts.is_full_date:
        return None
    return f"{parts.year:04d}-{parts.month:02d}-{parts.day:02d}"


def _commonest(counts: Counter) -> object | None:  # type: ignore[type-arg]
    """The most counted value, the latest (greatest) on a tie."""
    if not counts:
        return None
    return max(counts, key=lambda v: (counts[v], v))


def _from_events(article: str, keys: set[str], index: _EventIndex, year: int | None, stated: DateParts | None) -> str | None:
    votes: Counter[str] = Counter()
    weekdays: Counter[int] = Counter()
    own_relative = index.own_relative.get(article, Counter())
    for key in keys:
        weekdays.update(index.weekdays.get(key, Counter()))
        for day, count in index.days.get(key, Counter()).items():
            count -= own_relative.get((key, day), 0)
            full_year = day[0] if day[0] is not None else year
            if count <= 0 or full_year is None:
                continue
            candidate = f"{full_year:04d}-{day[1]:02d}-{day[2]:02d}"
            if parse_date(candidate) is not None and _fits(candidate, stated):
                votes[candidate] += count
    for candidate in list(votes):
        weekday = weekday_of(parse_date(candidate))  # type: ignore[arg-type]
        votes[candidate] += weekdays.get(weekday, 0)  # type: ignore[arg-type]
    if not votes:
        return None
    return max(votes, key=lambda c: (votes[c], c))


def _fits(candidate: str, stated: DateParts | None) -> bool:
    """A candidate day agrees with the part of the date the article states."""
    if stated is None:
        return True
    parts = parse_date(candidate)
    assert parts is not None
    return all(
        getattr(stated, name) is None or getattr(stated, name) == getattr(parts, name) for name in ("year", "month")
    )
