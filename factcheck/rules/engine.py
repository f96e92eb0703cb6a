"""Evaluating rules: select, align, compare, and turn verdicts into findings.

``evaluate`` is a pure function of the rules, the assertions and the
articles.  Each rule's assertions are grouped by its alignment keys and each
group is evaluated on its own (``evaluate_group``), so the work can be split
by key; the findings are merged and sorted at the end.

Inside a group, assertions with the same value form one *class*; classes are
compared, not every pair of assertions, and a finding names every assertion
of both classes ("2024-06-19 in three articles ≠ 2024-06-18 in one").
"""

from __future__ import annotations

import re
from typing import Callable, Hashable, Iterable, Mapping, Sequence

import attrs

from factcheck.align import (
    KIND_FAMILIES,
    cluster_quotations,
    event_key,
    event_place,
    group_by,
    name_key,
    split_by_place,
    within_quotations,
)
from factcheck.model import DATE_KINDS, Article, Assertion
from factcheck.rules import quotes
from factcheck.rules.comparators import shown_item
from factcheck.rules.context import SAME_ACCOUNT_WORDS, WINDOW_WORDS, window, words_around
from factcheck.rules.findings import Evidence, Finding, severity_rank, sort_findings
from factcheck.rules.registry import Context, Item, Verdict, get_comparator
from factcheck.rules.schema import Rule
from factcheck.rules.values import DateParts, parse_date, parse_duration

#: Each value is compared with at most this many better supported values,
#: so the cost stays linear in the number of distinct values.
MAX_CLASSES_ALL_PAIRS = 16


def evaluate(
    rules: Sequence[Rule],
    assertions: Sequence[Assertion],
    articles: Sequence[Article],
    *,
    drafts: Iterable[str] = (),
    severities: Mapping[str, str] | None = None,
    speaker_names: Mapping[str, str] | None = None,
) -> tuple[Finding, ...]:
    """Every finding of every rule, in report order.

    ``drafts`` are the ids of the articles checked against the others (the
    other articles are then sources, and only findings that involve a draft
    are kept); ``severities`` overrides rule severities by id;
    ``speaker_names`` maps a speaker as written to one canonical name across
    the articles.
    """
    drafts = frozenset(drafts)
    by_id = {article.id: article for article in articles}
    clusters = (
        cluster_quotations(assertions) if any("quote" in rule.align for rule in rules) else {}
    )
    quoted = within_quotations(assertions)
    findings: list[Finding] = []
    for rule in rules:
        if rule.when == "draft" and not drafts:
            continue
        items = select(rule, assertions, speaker_names or {}, quoted)
        context = Context(by_id, rule.options_dict, items)
        groups = group_by(items, lambda item: _align_key(rule, item, clusters))
        for key in sorted(groups, key=repr):
            parts = split_by_place(groups[key], lambda i: event_place(i.assertion)) if "event" in rule.align else [groups[key]]
            for part in parts:
                findings.extend(evaluate_group(rule, key, part, context, drafts))
    if drafts:
        findings = [f for f in findings if any(e.article in drafts for e in f.evidence)]
    findings = _without_superseded(findings, rules)
    if severities:
        findings = [_with_severity(f, severities.get(f.rule)) for f in findings]
    return sort_findings(findings)


def _without_superseded(findings: list[Finding], rules: Sequence[Rule]) -> list[Finding]:
    """Leave out the findings of a rule that another rule (its
    ``superseded_by``) reports on the same statement: one error is told
    once ("18 juin" against the sources' "19 juin" is a date-conflict; the
    same date told otherwise in the same words adds nothing)."""
    superseded = {rule.id: frozenset(rule.superseded_by) for rule in rules if rule.superseded_by}
    if not superseded:
        return findings
    reported: dict[str, set[tuple[str, int, int]]] = {}
    for f in findings:
        reported.setdefault(f.rule, set()).update((e.article, e.start, e.end) for e in f.evidence)
    kept = []
    for f in findings:
        others = superseded.get(f.rule, frozenset())
        places = {(e.article, e.start, e.end) for e in f.evidence}
        if any(places & reported.get(other, set()) for other in others):
            continue
        kept.append(f)
    return kept


def select(
    rule: Rule,
    assertions: Iterable[Assertion],
    speaker_names: Mapping[str, str],
    quoted: set[tuple[str, int, int]] = frozenset(),  # type: ignore[assignment]
) -> list[Item]:
    """The assertions a rule looks at, as items carrying the compared value.

    ``quoted`` holds the places of assertions inside quotations
    (``align.within_quotations``)."""
    selector = rule.selector
    kinds = frozenset(selector.kinds)
    excluded = frozenset(selector.exclude_flags)
    assertions = list(assertions)
    series = frozenset() if selector.series else _series(assertions)
    items: list[Item] = []
    for a in assertions:
        if selector.clock_readings and a.kind == "duration" and "or-clock" in a.flags:
            a = _as_clock(a)
        if a.kind not in kinds or excluded.intersection(a.flags):
            continue
        if (a.article, a.event, a.unit) in series and a.kind == "ordinal":
            continue
        if any(getattr(a, field) is None for field in selector.require):
            continue
        if any(getattr(a, field) is not None for field in selector.forbid):
            continue
        if not selector.relative_in_quotes and "relative" in a.flags and (a.article, a.start, a.end) in quoted:
            continue
        if selector.min_words and a.kind == "quote" and len(quotes.words(str(a.value))) < selector.min_words:
            continue
        speaker = name_key(speaker_names.get(a.speaker, a.speaker)) if a.speaker else None
        field = next((f for f in selector.value if getattr(a, f) is not None), None)
        if field is None:
            continue
        value = speaker if field == "speaker" else getattr(a, field)
        items.append(Item(a, value, a.mod if field == "value" else None, speaker))
    return items


def _as_clock(a: Assertion) -> Assertion:
    """Hours that may be a clock time ("le train de 18 heures", PT18H) read
    as that time (T18)."""
    length = parse_duration(a.value)
    if length is None or length[1] != 3600 or length[0] % 3600 or length[0] > 23 * 3600:
        return a  # (whole hours of a day only)
    return attrs.evolve(a, kind="time", value=f"T{int(length[0]) // 3600:02d}", implied=None,
                        flags=tuple(sorted({*a.flags, "clock-reading"})))


def _series(assertions: Iterable[Assertion]) -> frozenset[tuple[str, str | None, str]]:
    """(article, event, unit) of the units an article gives more than one
    rank of for one event: "le premier tour" and "le second tour" of an
    election are a series (two runners' places are two events)."""
    ranks: dict[tuple[str, str | None, str], set[object]] = {}
    for a in assertions:
        if a.kind == "ordinal" and a.unit:
            ranks.setdefault((a.article, a.event, a.unit), set()).add(a.value)
    return frozenset(key for key, values in ranks.items() if len(values) > 1)


def _align_key(rule: Rule, item: Item, clusters: Mapping[tuple[str, int, int], str]) -> Hashable | None:
    a = item.assertion
    parts: list[str] = []
    for name in rule.align:
        if name == "event":
            part = event_key(a)
        elif name == "unit":
            part = a.unit
        elif name == "kind":
            part = KIND_FAMILIES.get(a.kind, a.kind)
        elif name == "speaker":
            part = item.speaker
        elif name == "figure":
            part = f"{KIND_FAMILIES.get(a.kind, a.kind)}:{a.value!r}" if a.value is not None else None
        else:  # quote
            part = clusters.get((a.article, a.start, a.end))
        if part is None:
            return None
        parts.append(part)
    return tuple(parts)


def evaluate_group(
    rule: Rule, key: Hashable, items: Sequence[Item], context: Context, drafts: frozenset[str] = frozenset()
) -> list[Finding]:
    """The findings of one rule in one aligned group (pure)."""
    comparator = get_comparator(rule.comparator) if rule.comparator else None
    items = sorted(items, key=lambda i: (i.article, i.assertion.start, i.assertion.end))
    shown_key = " ".join(str(part) for part in key) if isinstance(key, tuple) else str(key)
    if rule.scope == "single":
        assert comparator is not None
        out = []
        for item in items:
            verdict = comparator(item, None, context)
            if verdict is not None and not verdict.agree:
                out.append(_finding(rule, shown_key, verdict, [item], [], context))
        return out
    if rule.scope == "within":
        out = []
        for article_items in group_by(items, lambda i: i.article).values():
            out.extend(_compare_classes(rule, shown_key, _classes(article_items), comparator, context))
        return out
    if rule.scope == "across":
        return _compare_classes(rule, shown_key, _classes(items), comparator, context, across=True)
    if rule.scope == "context":
        return _in_context(rule, shown_key, items, comparator, context, drafts)
    return _unsupported(rule, shown_key, items, comparator, context, drafts)


def _class_key(item: Item) -> tuple[str, str, str]:
    # A quotation's class is its wording too: the speakers of two wordings
    # are compared wording by wording.
    a = item.assertion
    if a.kind != "quote":
        return (repr(item.value), item.mod or "", "")
    wording = " ".join(quotes.words(str(a.value)))
    # The words themselves are compared by their wording, case and
    # typography aside ("Les Lodévois…" and "les Lodévois…" are one class).
    if item.value == a.value:
        return (wording, item.mod or "", wording)
    # Given to a speaker: the sex told of an unnamed one ("le nouveau
    # ministre" and "…, a-t-il prévenu") is weighed too, so it keeps a class
    # of its own rather than hide behind a wording that tells none.
    told = " ".join(flag for flag in a.flags if flag in ("speaker-f", "speaker-m"))
    return (repr(item.value), " ".join(filter(None, (item.mod, told))), wording)


def _classes(items: Sequence[Item], key: Callable[[Item], Hashable] = _class_key) -> list[list[Item]]:
    """Items with the same value and modifier (or ``key``), the best supported first."""
    classes = group_by(items, key)
    return sorted(
        classes.values(),
        key=lambda c: (-len({i.article for i in c}), -len(c), _class_key(c[0])),
    )


def _compare_classes(
    rule: Rule,
    key: str,
    classes: Sequence[list[Item]],
    comparator: object,
    context: Context,
    across: bool = False,
) -> list[Finding]:
    """Each value against the better supported values before it.

    The values a value conflicts with are gathered into sides of values
    that agree among themselves ("PT2H" and "≈PT2H" against "PT3H"): one
    finding per side, naming every statement of it, the best supported
    first.  Values that disagree among themselves too (three wordings of a
    quotation) each get their own finding, with their own grade.
    """
    out = []

    def weighed(better: list[Item], worse: list[Item]) -> bool:
        """Whether a class is weighed against a better supported one."""
        if across and not _different_articles(better, worse):
            return False
        return not _parts_of_one_quotation(better[0], worse[0], classes)

    for j in range(1, len(classes)):
        right = classes[j]
        sides: list[tuple[list[list[Item]], Verdict, str]] = []
        for i, left in enumerate(classes[: min(j, MAX_CLASSES_ALL_PAIRS)]):
            if not weighed(left, right):
                continue
            verdict = comparator(left[0], right[0], context)  # type: ignore[operator]
            if verdict is None or verdict.agree:
                continue
            if any(_agrees(comparator, better[0], right[0], context) and _disagrees(comparator, better[0], left[0], context)
                   and weighed(better, left) for better in classes[:i]):  # fmt: skip
                # "une remontée particulièrement rapide" (a part of the words
                # two sources give whole) against the draft's "… brutale":
                # the conflict of the better supported whole, reported already
                continue
            severity = verdict.severity or rule.severity
            for members, _, _ in sides:
                together = comparator(members[0][0], left[0], context)  # type: ignore[operator]
                if together is not None and together.agree:
                    members.append(left)
                    break
            else:
                sides.append(([left], verdict, severity))
        for members, verdict, severity in sides:
            left_items = [item for member in members for item in member]
            out.append(_finding(rule, key, verdict, left_items, right, context, severity))
    return out


def _parts_of_one_quotation(left: Item, right: Item, classes: Sequence[list[Item]]) -> bool:
    """Two parts of one quotation another wording gives whole ("Nous ne
    faisons pas grève contre les passagers" and "Nous faisons grève pour
    leur sécurité", both within "Nous ne faisons pas grève contre les
    passagers, nous faisons grève pour leur sécurité"): not two wordings."""
    if left.assertion.kind != "quote" or right.assertion.kind != "quote":
        return False
    a, b = quotes.words(str(left.assertion.value)), quotes.words(str(right.assertion.value))
    if not a or not b or quotes.contains_run(a, b) or quotes.contains_run(b, a):
        return False  # one wording within the other: theirs to compare (and their speakers)
    for whole in classes:
        words = quotes.words(str(whole[0].assertion.value))
        if len(words) > max(len(a), len(b)) and quotes.contains_run(words, a) and quotes.contains_run(words, b):
            return True
    return False


def _different_articles(left: Sequence[Item], right: Sequence[Item]) -> bool:
    return len({i.article for i in (*left, *right)}) > 1


def _unsupported(
    rule: Rule, key: str, items: Sequence[Item], comparator: object, context: Context, drafts: frozenset[str]
) -> list[Finding]:
    flagged = frozenset(rule.selector.contested_flags)
    if drafts:
        targets = [i for i in items if i.article in drafts]
        sources = [i for i in items if i.article not in drafts]
    else:
        # Without drafts, a statement is unsupported when one article alone
        # makes it; one a source must contest is none ("les deux parties").
        if len({i.article for i in items}) != 1:
            return []
        targets, sources = [i for i in items if not flagged.intersection(i.assertion.flags)], []
    # (hours read as a clock time back a claim; as a claim they may be a length)
    targets = [i for i in targets if "clock-reading" not in i.assertion.flags]
    if not targets:
        return []
    if not drafts:
        verdict = Verdict(False, _display(targets[0]), "", "stated by no other article")
        return [_finding(rule, key, verdict, targets, [], context)]
    out = []
    source_classes = _classes(sources)
    contested = bool(context.options.get("contested"))
    # A claim is a value and what it counts: the draft's statements of one
    # value about one kind of thing stand or fall together ("quatorze
    # blessés", then "quatorze voyageurs ont été légèrement blessés", both
    # people: one backed backs the figure); "troisième titre" and "troisième
    # essai" are two claims.
    family = _unit_families(context)
    for target in _classes(targets, lambda i: (_class_key(i), family.get(i.assertion.unit or "", i.assertion.unit or ""))):
        if any(_supported(m, source_classes, comparator, context) for m in target):
            continue
        if flagged and all(flagged.intersection(m.assertion.flags) for m in target) and not any(
            _comparable(m, source_classes, comparator, context, same_unit=True) for m in target
        ):
            continue  # "les deux parties": no source counts parties
        if contested:
            # the sources say nothing of it ("la Ve République"): not theirs
            # to back; "le deuxième plus grand animal" beside "le deuxième
            # échouage" the sources give as the third is still reported
            target = [m for m in target if _comparable(m, source_classes, comparator, context)]
            if not target:
                continue
        verdict = Verdict(False, _display(target[0]), "", "stated by no other article")
        severity = rule.draft_severity if drafts and rule.draft_severity else None
        out.append(_finding(rule, key, verdict, target, [], context, severity))
    return out


def _in_context(
    rule: Rule, key: str, items: Sequence[Item], comparator: object, context: Context, drafts: frozenset[str]
) -> list[Finding]:
    """Each draft statement against the sources' statements told in the
    same words around them (``factcheck.rules.context``): reported when
    some can be weighed against it and none agrees, though another fact of
    the sources may have its value."""
    if not drafts or comparator is None:
        return []
    shared = int(context.options.get("min_shared_words", 3))
    needed = int(context.options.get("min_sources", 1))
    words = _WordsAround(context)
    sources = [i for i in items if i.article not in drafts]
    targets = [i for i in items if i.article in drafts]
    out = []
    by_clock = bool(context.options.get("precise_clock_is_one_account"))
    many_to_a_sentence = bool(context.options.get("cleared_by_any"))
    copied_relative = bool(context.options.get("copied_relative_day"))
    for target in targets:
        told = words(target, continued=True)
        clock = _precise_clock(target) if by_clock else None
        if len(told) < shared and clock is None:
            continue
        # the draft's other dates in the same words: a source date one of
        # them agrees with is theirs ("appris jeudi, reçoivent demain à 20
        # heures" against "reçoivent samedi à 20 heures")
        a = target.assertion
        article = context.articles.get(a.article)
        # (of the sentence: "inaugurée à 10 heures à la station Marengo par le
        # maire, avant d'ouvrir au public à 14 heures" against a source's
        # "à 10 heures, le maire avait coupé le ruban à Marengo")
        lo, hi = window(article.text, a.start, a.end, _SENTENCE_REACH) if article is not None else (a.start, a.end)
        neighbours = [i for i in targets if i is not target and i.article == a.article
                      and _overlaps(window(article.text, i.assertion.start, i.assertion.end, 3), (lo, hi))] if article is not None else []
        weighed = []
        for source in sources:
            common = len(told & words(source))
            if common < shared and (clock is None or _precise_clock(source) != clock):
                continue
            if any(_nearer(source, other, target, words) for other in neighbours):
                continue  # it tells what another date of the draft's account tells
            verdict = comparator(target, source, context)  # type: ignore[operator]
            if verdict is None:
                continue
            if not verdict.agree and any(
                _agrees(comparator, other, source, context)
                and (not _nearer(source, target, other, words)
                     or (many_to_a_sentence and not _told_beside(source, target, sources, comparator, context)))
                for other in neighbours
            ):
                # the counterpart of another date of the draft's account (of
                # values told many to a sentence, any, when the source tells
                # only that one: "Kerhervé, 6e au départ, se hisse à la 2e
                # place" tells the source's "pointait au 6e rang" too; not
                # two ranks swapped, "2e à 1 min 08, et …, 3e", both told)
                continue
            weighed.append((source, verdict, common))
        if clock is not None and weighed and all(common < shared for _, _, common in weighed) and not any(
            words(target, _SENTENCE_REACH) & words(source, _SENTENCE_REACH) for source, _, _ in weighed
        ):
            continue  # the same minute and no word of the story in common: two events
        if context.options.get("cleared_by_any") and any(v.agree for _, v, _ in weighed):
            # values told many to a sentence ("à la 41e minute …, à la 68e …"):
            # any of the same words with the draft's value clears it
            continue
        # in each source, the date told in most of the same words is the
        # counterpart ("Hier, les spéléologues sont remontés à la surface,
        # après l'arrivée des plongeurs lundi": "Hier", not "lundi")
        # (the words right beside the date first: "attaqué hier … n'est plus
        # engagé, a indiqué ce dimanche matin le CHU": "ce dimanche matin"
        # for the CHU's word, though "hier" shares more of the sentence)
        # (a figure told in both first: "culminé hier soir à 9,64 mètres"
        # is "atteint 9,64 mètres mercredi", not "culminé ce jeudi à 10,12
        # mètres" of the next town, though that shares more words)
        near = words(target, _NEAR_WORDS)
        figures = {word for word in told if _TELLING_FIGURE.fullmatch(word)}
        ranked = [(s, v, (len(figures & words(s)), len(near & words(s, _NEAR_WORDS)), common)) for s, v, common in weighed]
        most: dict[str, tuple[int, int, int]] = {}
        for source, _, rank in ranked:
            most[source.article] = max(rank, most.get(source.article, (0, 0, 0)))
        nearest = [(s, v) for s, v, rank in ranked if rank == most[s.article]]
        # A source stating less of the date ("Ce mercredi" for "la nuit de
        # mercredi à jeudi") is compatible, no confirmation: it clears the
        # draft only when no other source tells it in full otherwise.
        if not nearest or any(v.agree and not _states_less(s, target) for s, v in nearest):
            continue
        # A source stating less whose own article tells that day in full
        # otherwise ("Ce mercredi, le volcan est entré en éruption", then
        # "la lave a jailli dans la nuit de mardi à mercredi") tells it so.
        in_full = [(s, v) if not v.agree else (s, _told_in_full(target, s, sources, comparator, context))
                   for s, v in nearest]  # fmt: skip
        differing = [(s, v) for s, v in in_full if v is not None and not v.agree]
        # a source that tells the draft's day next to the same words, in
        # another sentence ("écroué mercredi. Il avait renversé lundi…"),
        # backs it: its other day is another fact
        differing = [(s, v) for s, v in differing
                     if not _told_nearby(target, neighbours, s.article, sources, comparator, context, words)]  # fmt: skip
        corroborating = (_corroborating(target, differing, sources, comparator, context, words, neighbours)
                         if len({s.article for s, _ in differing}) < needed else [])  # fmt: skip
        if len({s.article for s, _ in differing} | {s.article for s in corroborating}) < needed and not (
            copied_relative and _copied_relative_day(target, differing, weighed, words)
        ):
            continue
        out.append(_finding(rule, key, differing[0][1], [target], [s for s, _ in differing] + corroborating, context))
    return out


#: A figure that tells one fact: a decimal or a number of three digits
#: or more, not a year ("le budget 2026" is told of many facts).
_TELLING_FIGURE = re.compile(r"#(?:\d+\.\d+|(?!(?:19|20)\d\d$)\d{3,})")


def _corroborating(
    target: Item, differing: list[tuple[Item, Verdict]], sources: Sequence[Item], comparator: object,
    context: Context, words: _WordsAround, neighbours: Sequence[Item],
) -> list[Item]:  # fmt: skip
    """The statements of other articles that tell a differing source's value in fewer of
    the draft's words (``min_corroborating_words`` of them, an option, right
    beside both values): the draft's "Hier soir, une réunion entre le
    syndicat, la direction du port et l'opérateur …" against one source's
    "Mercredi soir, une réunion entre le syndicat, la direction du port …"
    and another's "Une première réunion, mercredi soir, n'a débouché sur
    rien" (not "demain lundi, la tarification du réseau Tisséo" for "la
    ligne samedi en fin d'après-midi, selon Tisséo"; nor a value the draft
    tells beside its own, "jeudi et vendredi" against "ce vendredi")."""
    least = context.options.get("min_corroborating_words")
    if not least or not differing:
        return []
    told_by = {s.article for s, _ in differing}
    told = words(target)
    if any(s.article in told_by and len(told & words(s)) >= _SAME_DAY_WORDS and _agrees(comparator, target, s, context)
           for s in sources):  # fmt: skip
        # the source tells the draft's day too in some of its words ("Jeudi
        # soir, le feu avait parcouru 1 150 hectares … contre 800 hectares
        # mercredi soir"): its other day may be another fact's
        return []
    near = words(target, _NEAR_WORDS)
    return [s for s in sources
            if s.article not in told_by and len(near & words(s, _NEAR_WORDS)) >= int(least)
            and any(_agrees(comparator, s, d, context) for d, _ in differing)
            and _disagrees(comparator, target, s, context)
            and not any(_nearer(s, other, target, words) or _agrees(comparator, other, s, context)
                        for other in neighbours)]  # fmt: skip


#: Words of the draft's around a source's date of the draft's day that
#: make it tell the draft's fact (``_corroborating``).
_SAME_DAY_WORDS = 2

#: The word of a relative day: what a hurried copy keeps as written.
_RELATIVE_DAY = re.compile(r"(avant-hier|hier|aujourd'hui|demain|ce matin|cette nuit|ce soir)(?![\w-])", re.IGNORECASE)


def _copied_relative_day(target: Item, differing: list[tuple[Item, Verdict]],
                         weighed: list[tuple[Item, Verdict, int]], words: _WordsAround) -> bool:  # fmt: skip
    """One source telling the draft's day otherwise is enough when the draft
    copies its words, its relative day as written ("avait été placé en
    vigilance rouge hier à 16 heures, après plusieurs jours de fortes
    pluies" in Wednesday's paper, "avait été déclenchée hier après-midi,
    après plusieurs jours de fortes pluies" in Thursday's draft): that
    source is of another day, and no other source tells the day at all."""
    if len(differing) != 1 or len(weighed) != 1:
        return False
    source = differing[0][0]
    mine = _RELATIVE_DAY.match(target.assertion.text)
    theirs = _RELATIVE_DAY.match(source.assertion.text)
    return (mine is not None and theirs is not None and mine.group(1).lower() == theirs.group(1).lower()
            and "relative" in target.assertion.flags and "relative" in source.assertion.flags
            and len(words(target) & words(source)) >= _COPIED_WORDS)  # fmt: skip


#: Content words a draft's sentence must share with one source to be its copy.
_COPIED_WORDS = 5


def _told_in_full(target: Item, source: Item, sources: Sequence[Item], comparator: object, context: Context) -> Verdict | None:
    """How the source's article tells, in full, the date its ``source``
    states less of: the verdict of its one fuller date that agrees with
    ``source`` (the night of that day), if that one disagrees with the
    target; None if it has none, or one that agrees with the target."""
    told = parse_date(target.value)
    fuller = [s for s in sources if s.article == source.article and s is not source
              and _states_less(source, s) and _same_part(s, told) and _agrees(comparator, s, source, context)]  # fmt: skip
    verdicts = [comparator(target, s, context) for s in fuller]  # type: ignore[operator]
    if len(verdicts) != 1 or verdicts[0] is None or verdicts[0].agree:
        return None
    return verdicts[0]


def _same_part(item: Item, told: DateParts | None) -> bool:
    """Whether an item states the same part of the day as ``told`` (a night
    for a night), or neither states one."""
    parts = parse_date(item.value)
    return parts is not None and told is not None and parts.part == told.part


def _states_less(source: Item, target: Item) -> bool:
    """Whether the source's date states only some of what the target's
    does: a day for a night of it, a month for a day."""
    s, t = parse_date(source.value), parse_date(target.value)
    if s is None or t is None:
        return False
    return _stated_parts(s) < _stated_parts(t)


def _stated_parts(parts: DateParts) -> frozenset[str]:
    return frozenset(name for name in _DATE_FIELDS if getattr(parts, name) is not None)


_DATE_FIELDS = ("year", "month", "day", "week", "hour", "minute", "part")


#: Words on either side of a date that tell which of a source's dates in
#: one account answers the draft's.
_NEAR_WORDS = 4


_CLOCK = re.compile(r"T(\d\d):(\d\d)")
#: Words either side that reach a sentence's ends.
_SENTENCE_REACH = 60


def _precise_clock(item: Item) -> str | None:
    """The clock time of a date told to a minute off the quarter hours
    ("vers 5 h 50", not "à 17 h 30"): two reports of one account give it
    alike whatever their words, and two events seldom share it."""
    found = _CLOCK.search(str(item.value))
    if found is None or int(found.group(2)) % 15 == 0:
        return None
    return found.group(0)


class _WordsAround:
    """The content words around an item's statement
    (``context.words_around``), each computed once per reach."""

    def __init__(self, context: Context) -> None:
        self._articles = context.articles
        self._known: dict[tuple[str, int, int, int, bool, bool], frozenset[str]] = {}

    def __call__(self, item: Item, reach: int = WINDOW_WORDS, *, continued: bool = False,
                 clause: bool = False) -> frozenset[str]:  # fmt: skip
        a = item.assertion
        place = (a.article, a.start, a.end, reach, continued, clause)
        got = self._known.get(place)
        if got is None:
            article = self._articles.get(a.article)
            got = self._known[place] = (
                words_around(article.text, a.start, a.end, reach, continued=continued, clause=clause)
                if article is not None else frozenset()
            )  # fmt: skip
        return got


def _told_nearby(
    target: Item, neighbours: Sequence[Item], article: str, sources: Sequence[Item], comparator: object,
    context: Context, words: _WordsAround,
) -> bool:  # fmt: skip
    """Whether a source article gives the target's day next to the same
    word: the word right before or after it ("écroué mercredi"), unless
    that word is as near another date of the draft's account."""
    mine = words(target, 1).difference(*(words(other, 3) for other in neighbours))
    return bool(mine) and any(
        s.article == article and _agrees(comparator, target, s, context) and mine & words(s, 1) for s in sources
    )


def _told_beside(source: Item, target: Item, sources: Sequence[Item], comparator: object, context: Context) -> bool:
    """Whether the source's article tells the target's value too, in the
    source's words (its window)."""
    article = context.articles.get(source.article)
    if article is None:
        return False
    lo, hi = window(article.text, source.assertion.start, source.assertion.end)
    return any(s.article == source.article and s is not source and lo <= s.assertion.start < hi
               and _agrees(comparator, target, s, context) for s in sources)  # fmt: skip


def _overlaps(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _nearer(source: Item, one: Item, other: Item, words: _WordsAround) -> bool:
    """Whether a source date shares more of its nearest words (three either
    side) with ``one`` than with ``other``.  Of the draft's dates, "a
    annoncé mardi l'ARS" is nearer "a annoncé avant-hier l'ARS" than "le
    déjeuner servi lundi midi"; "écroué mardi 4 novembre à Meaux" nearer
    "écroué jeudi 6 novembre à Meaux" than "Interpellé mardi 4 novembre"."""
    theirs = words(source, 3)
    # (each of the draft's dates by its own clause: "parcouru 320 hectares
    # dès lundi soir, puis 1 150 hectares hier soir" tells 1 150 of "hier")
    return len(theirs & words(one, 3, clause=True)) > len(theirs & words(other, 3, clause=True))


def _agrees(comparator: object, left: Item, right: Item, context: Context) -> bool:
    verdict = comparator(left, right, context)  # type: ignore[operator]
    return verdict is not None and verdict.agree


def _disagrees(comparator: object, left: Item, right: Item, context: Context) -> bool:
    verdict = comparator(left, right, context)  # type: ignore[operator]
    return verdict is not None and not verdict.agree


def _supported(target: Item, sources: Sequence[list[Item]], comparator: object, context: Context) -> bool:
    if comparator is None:
        return bool(sources)
    value = target.value
    if context.options.get("entail") and isinstance(value, str) and "/" in value:
        # a range ("du 10 au 14 juillet"), when each end is backed, be it
        # by two statements ("s'ouvrira le 10 juillet et s'achèvera le 14")
        implied = target.assertion.implied
        told_ends = implied.split("/", 1) if isinstance(implied, str) and "/" in implied else [implied, implied]
        return all(
            _supported(attrs.evolve(target, value=end, mod=None, assertion=attrs.evolve(target.assertion, implied=told)),
                       sources, comparator, context)
            for end, told in zip(value.split("/", 1), told_ends)
        )
    # Every member of a class, not its first: a class holds one value, but
    # what it counts may differ ("quatorze hommes", "quatorze coureurs").
    for source in sources:
        for item in source:
            verdict = comparator(target, item, context)  # type: ignore[operator]
            if verdict is not None and verdict.agree:
                return True
    if context.options.get("entail") and isinstance(value, str) and _DAY_AND_CLOCK.fullmatch(value):
        # a time of a day ("lundi vers 3 h 40") no source tells whole: its
        # day backed by a date, its clock by a time told with no day of its
        # own ("Le feu s'était déclaré vers 3 h 40", the day sentences before)
        day, clock = value.split("T", 1)
        at_clock = attrs.evolve(target, value="T" + clock)
        words = _WordsAround(context)
        told = words(target, continued=True)
        dated = [[i for i in source if isinstance(i.value, str) and _DAY_AND_CLOCK.fullmatch(i.value)
                  and _agrees(comparator, at_clock, attrs.evolve(i, value="T" + i.value.split("T", 1)[1]), context)
                  and len(told & words(i)) >= SAME_ACCOUNT_WORDS]
                 for source in sources]  # fmt: skip
        if any(dated):
            # "lundi vers 22 heures" told in the same words in a source: that
            # clock has its day, not the draft's
            return False
        undated = [[i for i in source if _undated_clock(i)] for source in sources]
        return _supported(attrs.evolve(target, value=day, mod=None), sources, comparator, context) and _supported(
            attrs.evolve(target, value="T" + clock), undated, comparator, context
        )
    return False


def _undated_clock(item: Item) -> bool:
    """A clock time told alone, with no day in its sentence (the day its
    article would give it is a guess)."""
    return str(item.value).startswith("T") and "day-in-sentence" not in item.assertion.flags


_DAY_AND_CLOCK = re.compile(r"[\dX]{4}-[\dX]{2}-\d{2}T\d{2}(?::\d{2}){0,2}(?:Z|[+-]\d{2}:\d{2})?")


def _unit_families(context: Context) -> dict[str, str]:
    """Each noun of the rule's ``generic_units`` option mapped to its
    generic noun ("blessé" and "voyageur" to "personne")."""
    families: dict[str, str] = {}
    for name, nouns in (context.options.get("generic_units") or {}).items():
        for noun in nouns if isinstance(nouns, list) else ():
            families.setdefault(noun, name)  # (the first generic noun listed: "personne" before "gens")
    return families


def _comparable(target: Item, sources: Sequence[list[Item]], comparator: object, context: Context,
                same_unit: bool = False) -> bool:  # fmt: skip
    """Some source states something the comparator can weigh against the
    target ("12e édition" for "13e édition"); with ``same_unit``, of the
    target's own unit ("trois parties" for "les deux parties")."""
    return comparator is not None and any(
        comparator(target, item, context) is not None  # type: ignore[operator]
        for source in sources
        for item in source
        if not same_unit or _same_unit(target, item)
    )


def _same_unit(a: Item, b: Item) -> bool:
    """Both count the same noun, or both are durations in the same unit
    ("P2D" and "P3D": days)."""
    if isinstance(a.value, str) and isinstance(b.value, str):
        return a.value[-1:] == b.value[-1:] and ("T" in a.value) == ("T" in b.value)
    return a.assertion.unit is not None and a.assertion.unit == b.assertion.unit


def _display(item: Item) -> str:
    return shown_item(item)


def _finding(
    rule: Rule,
    key: str,
    verdict: Verdict,
    left: Sequence[Item],
    right: Sequence[Item],
    context: Context,
    severity: str | None = None,
) -> Finding:
    evidence = tuple(_evidence(i, rule, context) for i in (*left, *right))
    articles = {i.article for i in (*left, *right)}
    message = rule.message.format(
        left=verdict.left, right=verdict.right, detail=verdict.detail, key=key, rule=rule.id, count=len(articles)
    )
    values = tuple(v for v in (verdict.left, verdict.right) if v)
    return Finding(
        rule=rule.id,
        kind=rule.kind,
        severity=severity or verdict.severity or rule.severity,
        message=message,
        evidence=evidence,
        values=values,
        key=key or None,
        notes=_notes([*left, *right], context),
    )


def _evidence(item: Item, rule: Rule, context: Context) -> Evidence:
    """The span an item gives as evidence: a figure credited to the wrong
    source is shown with the words crediting it ("Selon les Hôpitaux
    universitaires de Strasbourg, 312 passages"), the claim in question."""
    a = item.assertion
    evidence = Evidence.of(a, item.value)
    article = context.articles.get(a.article)
    if rule.kind != "misattribution" or a.kind == "quote" or a.speaker_start is None or a.speaker_end is None or article is None:
        return evidence
    start, end = min(a.start, a.speaker_start), max(a.end, a.speaker_end)
    return attrs.evolve(evidence, start=start, end=end, text=article.text[start:end], speaker=a.speaker)


def _notes(items: Sequence[Item], context: Context) -> tuple[str, ...]:
    """Say when a value rests on a publication date inferred from the cluster."""
    notes = set()
    for item in items:
        article = context.articles.get(item.article)
        if article is not None and article.published_source == "cluster" and item.assertion.kind in DATE_KINDS:
            notes.add(
                f"{article.id}: publication date {article.published} inferred from the other articles (cluster)"
            )
    return tuple(sorted(notes))


def _with_severity(finding: Finding, severity: str | None) -> Finding:
    if severity is None or severity == finding.severity:
        return finding
    import attrs

    return attrs.evolve(finding, severity=severity)


__all__ = ["evaluate", "evaluate_group", "select"]
