"""One canonical name per speaker across a cluster of articles.

Within one article, ``speaker`` is already the fullest name that article
gives.  Across articles the same person may be "Kim Jong Un" here and "Kim
Jong-un" there, "Poutine" in one and "Vladimir Poutine" in another, or only
"le chef du Kremlin" in an article that never names him.  This pure
function rewrites ``speaker`` (quotes) and ``value`` (attributions) so that
each person or source has one name in every article:

- names with the same slug (case, accents, hyphens folded) are one; the
  variant written most often wins (then the longest);
- a shorter name contained in exactly one fuller name ("Poutine",
  "Kim") takes it;
- a role ("président russe", "chef du Kremlin", "dirigeant nord-coréen",
  "agence de presse d'État nord-coréenne") takes the name that another
  article ties to the same role signature (role class and country), when
  exactly one name is tied to it.  Ties are read from the mentions that
  name speakers and sources, so the articles' texts are needed for them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

import attrs

from factcheck.model import Article, Assertion
from factcheck.resolve.entities import role_signature
from factcheck.resolve.lexicon import speech_lexicon
from factcheck.resolve.text import slug


def _is_name(value: str) -> bool:
    return bool(value) and value[0].isupper()


def canonical_speakers(
    per_article: Sequence[Sequence[Assertion]],
    articles: Sequence[Article | str] | None = None,
) -> list[tuple[Assertion, ...]]:
    """The same assertions, speakers and sources named alike everywhere.

    ``articles`` (the Article objects or their texts, in the same order)
    lets roles resolve through the ties other articles make; without it,
    only name variants are merged.
    """
    lex = speech_lexicon()
    texts = [a.text if isinstance(a, Article) else a for a in articles] if articles is not None else None
    counts: Counter[str] = Counter()
    ties: dict[tuple[str, str], set[str]] = defaultdict(set)
    for index, assertions in enumerate(per_article):
        for a in assertions:
            name = _named(a)
            if not name:
                continue
            counts[name] += 1
            if texts is not None and a.kind == "quote" and a.speaker_start is not None and _is_name(name):
                mention = texts[index][a.speaker_start : a.speaker_end]
                # the role part of "le dirigeant nord-coréen Kim Jong Un"
                role_words = mention.split(name.split()[0])[0] if name.split()[0] in mention else mention
                signature = role_signature(role_words, lex)
                if signature:
                    ties[signature].add(slug(name))
    # names: one cluster per slug, the most written variant
    by_slug: dict[str, Counter[str]] = defaultdict(Counter)
    for name, count in counts.items():
        if _is_name(name):
            by_slug[slug(name)][name] += count
    best = {
        key: max(variants.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] for key, variants in by_slug.items()
    }
    full = sorted(best, key=lambda k: -len(k.split("-")))

    def canonical(value: str) -> str:
        key = slug(value)
        if _is_name(value):
            # (a name of one word, hyphens and all, "Jean-Pierre" or
            # "Lévi-Strauss", may stand for the one fuller name holding it)
            if key in best and len(value.split()) > 1:
                return best[key]
            parts = key.split("-")
            longer = [k for k in full if len(k.split("-")) > len(parts) and _contains(k.split("-"), parts)]
            if len(longer) == 1:
                return best[longer[0]]
            return best.get(key, value)
        signature = role_signature(value, lex)
        if signature and len(ties.get(signature, ())) == 1:
            return best[next(iter(ties[signature]))]
        return value

    out = []
    for assertions in per_article:
        changed = []
        for a in assertions:
            if a.kind == "quote" and a.speaker:
                new = canonical(a.speaker)
                if new != a.speaker:
                    # a role another article ties to a name is that person
                    named = not _is_name(a.speaker) and _is_name(new)
                    flags = tuple(f for f in a.flags if f != "speaker-unnamed") if named else a.flags
                    a = attrs.evolve(a, speaker=new, flags=flags)
            elif a.kind == "attribution" and isinstance(a.value, str):
                new = " & ".join(sorted(canonical(v) for v in a.value.split(" & ")))
                a = attrs.evolve(a, value=new) if new != a.value else a
            changed.append(a)
        out.append(tuple(changed))
    return out


def _named(a: Assertion) -> str | None:
    if a.kind == "quote":
        return a.speaker
    if a.kind == "attribution" and isinstance(a.value, str) and " & " not in a.value:
        return a.value
    return None


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


__all__ = ["canonical_events", "canonical_speakers", "resolve_cluster"]


def canonical_events(
    per_article: Sequence[Sequence[Assertion]],
    articles: Sequence[Article | str] | None = None,
) -> list[tuple[Assertion, ...]]:
    """The same assertions with event keys made equal across articles.

    Participants named differently become one ("poutine" ->
    "vladimir-poutine" when one fuller name contains it); a country taking
    part ("russie") becomes its leader when the cluster ties exactly one
    name to that role; a key without a place takes the one place the other
    articles give the same event.
    """
    lex = speech_lexicon()
    leaders: dict[str, set[str]] = defaultdict(set)
    if articles is not None:
        for article in articles:
            text = article.text if isinstance(article, Article) else article
            for (cls, country), name in _signature_ties(text).items():
                if cls == "leader":
                    leaders[country].add(slug(name))
    participants: set[str] = set()
    for assertions in per_article:
        for a in assertions:
            if a.event:
                participants.update(_split_key(a.event)[1])
    full = sorted((p for p in participants if "-" in p), key=lambda p: -len(p.split("-")))

    def person(p: str) -> str:
        if p in lex.countries.values() and len(leaders.get(p, ())) == 1:
            return next(iter(leaders[p]))
        longer = [f for f in full if len(f.split("-")) > len(p.split("-")) and _contains(f.split("-"), p.split("-"))]
        return longer[0] if len(longer) == 1 else p

    def rebuilt(key: str) -> str:
        head, people, place = _split_key(key)
        new = f"{head}:{'+'.join(sorted({person(p) for p in people}))}"
        return f"{new}@{place}" if place else new

    renamed = [[attrs.evolve(a, event=rebuilt(a.event)) if a.event else a for a in assertions] for assertions in per_article]
    places: dict[str, set[str]] = defaultdict(set)
    for assertions in renamed:
        for a in assertions:
            if a.event and "@" in a.event:
                base, _, place = a.event.partition("@")
                places[base].add(place)
    out = []
    for assertions in renamed:
        fixed = []
        for a in assertions:
            if a.event and "@" not in a.event and len(places.get(a.event, ())) == 1:
                a = attrs.evolve(a, event=f"{a.event}@{next(iter(places[a.event]))}")
            fixed.append(a)
        out.append(tuple(fixed))
    return out


def resolve_cluster(
    per_article: Sequence[Sequence[Assertion]],
    articles: Sequence[Article | str] | None = None,
) -> list[tuple[Assertion, ...]]:
    """Speakers, sources and event keys made alike across a cluster."""
    return canonical_events(canonical_speakers(per_article, articles), articles)


def _signature_ties(text: str) -> dict[tuple[str, str], str]:
    """The (role class, country) -> name ties an article makes ("le
    dirigeant nord-coréen Kim Jong Un"): its names alone, without the
    speakers (most of the cost of ``analyse_quotes``)."""
    from factcheck.extract.quote_spans import find_quote_spans
    from factcheck.resolve.entities import NameIndex
    from factcheck.resolve.text import ArticleText

    spans = find_quote_spans(text)
    at = ArticleText(text, [(s.start, s.end, s.open_mark, s.close_mark) for s in spans])
    return NameIndex(at, ()).signature_ties


def _split_key(key: str) -> tuple[str, list[str], str]:
    """"sign:agreement:a+b@place" -> ("sign:agreement", ["a", "b"], "place")."""
    body, _, place = key.partition("@")
    head, _, people = body.rpartition(":")
    return head, [p for p in people.split("+") if p], place
