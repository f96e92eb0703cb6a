"""Which assertions, in different articles, are about the same fact.

Assertions are never compared all against all.  Each is filed under keys —
its event key, the counted noun, its kind, its speaker, and for quotations
the cluster of wordings it belongs to — and only assertions under the same
key are compared.  Every function here is pure and works on picklable
values, so the keys can feed a ``groupby`` (design.md §5).

Quotations are clustered once per run: each distinct wording (typography
folded) is looked up, by pairs of neighbouring content words, among the
wordings already chosen as cluster leaders, and joins the leader it shares
enough words with, or leads a cluster of its own.  Wordings are taken most
quoted first, so the commonest wording leads; the cost grows with the number
of distinct wordings times the few leaders that share a key with each.
"""

from __future__ import annotations

import hashlib
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from typing import Callable, Hashable, Iterable, Mapping, Sequence, TypeVar

from factcheck.model import Assertion
from factcheck.rules import quotes

T = TypeVar("T")

#: Kinds compared with each other under the "kind" key.
KIND_FAMILIES = {
    "date": "date",
    "datetime": "date",
    "time": "date",
    "interval": "date",  # "du 1er au 31 août" is backed by "en août"
    "duration": "duration",
    "set": "set",
    "number": "number",
    "percentage": "percentage",
    "ordinal": "ordinal",
    "quote": "quote",
    "attribution": "attribution",
}
#: How many leaders sharing a key with a wording are tried, best first.
MAX_CANDIDATES = 20


def event_key(assertion: Assertion) -> str | None:
    """The event key without its place (the part after "@"): articles that
    tell of one signing do not all say where it was."""
    if not assertion.event:
        return None
    return assertion.event.split("@", 1)[0] or None


def event_place(assertion: Assertion) -> str | None:
    """The place part of the event key, if it states one."""
    if not assertion.event or "@" not in assertion.event:
        return None
    return assertion.event.split("@", 1)[1] or None


def events_compatible(a: str | None, b: str | None) -> bool:
    """Two event keys tell the same event: equal, or equal but for a place
    one of them does not state (as ``factcheck.extract.events`` defines)."""
    if not a or not b:
        return False
    base_a, _, place_a = a.partition("@")
    base_b, _, place_b = b.partition("@")
    return base_a == base_b and (place_a == place_b or not place_a or not place_b)


def split_by_place(items: Sequence[T], place: Callable[[T], str | None]) -> list[list[T]]:
    """One event key's items, split where they state different places: a
    summit in Russia and one in Pyongyang are two events.  Items that state
    no place go with each place."""
    places = sorted({p for p in map(place, items) if p is not None})
    if len(places) <= 1:
        return [list(items)]
    placeless = [i for i in items if place(i) is None]
    return [[i for i in items if place(i) == p] + placeless for p in places]


def name_key(name: str | None) -> str | None:
    """A person's name folded for comparison: case, accents, hyphens and a
    leading title ("M.", "Mme") do not count."""
    if not name:
        return None
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("-", " ").replace("'", " ").replace("’", " ")
    parts = [p for p in folded.replace(".", ". ").split() if p not in {"m.", "mme", "mlle", "mr."}]
    return " ".join(parts) or None


def quote_key(assertion: Assertion) -> tuple[str, ...]:
    """A quotation's words, typography folded: equal keys, equal wordings."""
    return quotes.words(str(assertion.value if assertion.value is not None else assertion.text))


def cluster_quotations(assertions: Iterable[Assertion], min_overlap: float = 0.5) -> dict[tuple[str, int, int], str]:
    """Cluster id of every quotation, keyed by (article, start, end).

    Deterministic whatever the input order.
    """
    by_wording: dict[tuple[str, ...], set[str]] = defaultdict(set)
    places: dict[tuple[str, ...], list[tuple[str, int, int]]] = defaultdict(list)
    for a in assertions:
        if a.kind != "quote":
            continue
        wording = quote_key(a)
        if not wording:
            continue
        by_wording[wording].add(a.article)
        places[wording].append((a.article, a.start, a.end))
    order = sorted(by_wording, key=lambda w: (-len(by_wording[w]), -len(w), w))
    leaders: list[tuple[str, ...]] = []
    index: dict[str, list[int]] = defaultdict(list)
    # every wording placed, for one that matches no leader but is word for
    # word part of a member: a part of a longer quotation whose leader is
    # another part of it (« pas tout ce qu'on demandait » of « Ce n'est pas
    # tout ce qu'on demandait, mais c'est une vraie victoire… », led by
    # « une vraie victoire… »); not any member it resembles, which would
    # chain two quotations through a third
    placed: list[tuple[str, ...]] = []
    placed_index: dict[str, list[int]] = defaultdict(list)
    cluster_of: dict[tuple[str, ...], int] = {}
    for wording in order:
        cluster = _best_leader(wording, leaders, index, min_overlap)
        if cluster < 0:
            member = _containing(wording, placed, placed_index)
            cluster = cluster_of[placed[member]] if member >= 0 else -1
        if cluster < 0:
            cluster = len(leaders)
            for key in quotes.index_keys(wording):
                index[key].append(len(leaders))
            leaders.append(wording)
        cluster_of[wording] = cluster
        for key in quotes.index_keys(wording):
            placed_index[key].append(len(placed))
        placed.append(wording)
    ids = [_cluster_id(leader) for leader in leaders]
    return {place: ids[cluster_of[w]] for w, found in places.items() for place in found}


def _best_leader(
    wording: tuple[str, ...], leaders: Sequence[tuple[str, ...]], index: Mapping[str, list[int]], min_overlap: float
) -> int:
    shared: dict[int, int] = defaultdict(int)
    for key in quotes.shingles(wording):
        for leader in index.get(key, ()):
            shared[leader] += 1
    best, best_score = -1, 0.0
    for leader in sorted(shared, key=lambda i: (-shared[i], i))[:MAX_CANDIDATES]:
        comparison = quotes.same_quotation(wording, leaders[leader], min_overlap)
        if comparison is not None and comparison.overlap > best_score:
            best, best_score = leader, comparison.overlap
    return best


def _containing(wording: tuple[str, ...], placed: Sequence[tuple[str, ...]], index: Mapping[str, list[int]]) -> int:
    """The first wording placed that holds ``wording`` word for word, else -1."""
    candidates: set[int] = set()
    for key in quotes.shingles(wording):
        candidates.update(index.get(key, ()))
    for i in sorted(candidates):
        if len(placed[i]) > len(wording) and quotes.contains_run(placed[i], wording):
            return i
    return -1


def _cluster_id(leader: tuple[str, ...]) -> str:
    return "q:" + hashlib.sha1(" ".join(leader).encode("utf-8")).hexdigest()[:12]


def within_quotations(assertions: Iterable[Assertion]) -> set[tuple[str, int, int]]:
    """The (article, start, end) of every non-quotation assertion that lies
    inside a quotation of its article: its relative words ("aujourd'hui",
    "mercredi") are the speaker's, anchored to when the words were said."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    others: list[Assertion] = []
    for a in assertions:
        if a.kind == "quote":
            spans[a.article].append((a.start, a.end))
        else:
            others.append(a)
    for article_spans in spans.values():
        article_spans.sort()
    inside = set()
    for a in others:
        found = spans.get(a.article)
        if not found:
            continue
        # the last quotation starting at or before the assertion
        i = bisect_right(found, (a.start, float("inf"))) - 1
        while i >= 0 and found[i][0] <= a.start:
            if a.end <= found[i][1]:
                inside.add((a.article, a.start, a.end))
                break
            if i == 0 or found[i - 1][1] < a.start - 10_000:
                break
            i -= 1
    return inside


def group_by(items: Iterable[T], key: Callable[[T], Hashable | None]) -> dict[Hashable, list[T]]:
    """Items by key, in input order within a key; items whose key is None
    are left out (they cannot be aligned)."""
    groups: dict[Hashable, list[T]] = defaultdict(list)
    for item in items:
        k = key(item)
        if k is not None:
            groups[k].append(item)
    return dict(groups)
