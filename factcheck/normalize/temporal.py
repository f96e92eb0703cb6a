"""French dates, times, intervals and durations to TIMEX3 values.

``find_mentions(text, published)`` scans a folded text once with the
grammar of ``temporal_grammar`` and interprets each match:

- values are TIMEX3 strings cut to the precision the words state ("juin"
  is a month, "XXXX-06" with no publication date, "2024-06" with one);
- relative expressions ("mercredi", "hier", "septembre dernier", "l'an
  dernier") resolve against the publication date and are flagged
  ``relative``; with no date they keep X digits and are flagged
  ``unanchored``;
- a stated weekday that the calendar contradicts is kept and flagged
  ``weekday-mismatch``.

Which "mercredi"?  French news names the days of the current week by their
name alone (AFP style: beyond a week, the date is given).  Most reports tell
what happened, so the clause's tense decides: a verb in a past tense ("ont
signé mercredi", "avait indiqué lundi") gives the most recent such day, on
or before the publication date; a future ("se rendra jeudi", "doit signer
mercredi", "est attendu mardi") the next one, on or after it.  With no tense
to go by (titles, the present) the next one too: news announces in the
present ("le sommet s'ouvre mardi", "Météo-France n'exclut pas de la neige
mardi") and narrates in the passé composé (in the held-out TimeML sets, 7
of 9 such weekdays pointed ahead; the publication's week, read before,
missed every "mardi" read on a Friday).  The same tense cue
picks the year of a month or a day without a year ("en septembre, Kim était
allé..." published in June 2024 is September 2023).

"la veille", "le lendemain", "le jour même" count from the last date the
text states in the same or the previous sentence (a narrative's own days),
else from the publication date; "le lendemain" and "le surlendemain" from
the last date stated however far back, and from the publication only when
no past tense tells a day before it.  Set beside a date ("Le lendemain, mercredi 17
février"), they are that date.  A part of the day with no day in reach
("en milieu de matinée"), told in the past after days stated sentences
before, is of no day known.

A day and month without a year take the publication year, or the
neighbouring year that the tense or the distance calls for ("le 28
décembre" read on 3 January is last December; see ``_year_for``).

A duration counted from the publication date implies a date, cut to the
unit stated (TIMEX3 practice: the grain of the expression), or to the finer
unit a fraction needs: "depuis 24 ans" in 2024 implies ``2000``, "il y a
deux mois" a month, "il y a trois semaines" a week, "il y a une demi-heure"
a minute, "un an et demi" a month ("la première visite en 24 ans" counts
like "depuis").  A duration counted from another time never counts from the
publication date: "six ans après celui de janvier 2019" counts from the date
named after "après"/"avant" in the same clause (``2025``), and implies
nothing when the words there name no date ("deux ans après sa mort");
"deux jours plus tard", "trois ans auparavant" or a clause-final "après"
count from the last date stated in this or the previous sentence, at any
precision ("En 2019 ... Cinq ans plus tard" implies ``2024``), else imply
nothing.  "au lendemain de sa rencontre" is the day the article tells of
(the event was the day before).

Modifiers (TIMEX3 ``mod``) before a point: "depuis", "dès", "à partir de"
``ON_OR_AFTER``; "avant" ``BEFORE``; "après", "plus tard que" ``AFTER``;
"jusqu'au", "jusqu'en", "d'ici" ``ON_OR_BEFORE`` (TimeML's "no later than";
``EQUAL_OR_LESS`` is for quantities: "jusqu'à trois ans" of prison);
"vers", "autour de" ``APPROX``.

A year after "de" is a date after a noun ("la crise de 2008", "la loi de
1905") but an amount after an amount noun ("un total de 2019"), as a round
hundred ("une amende de 1500") or before a counted noun or another number.

Values beyond plain dates: a part of the day is TIMEX3's ``TMO``, ``TAF``,
``TEV``, ``TNI`` ("hier soir" → ``2024-06-18TEV``); a decade ``199X``, a
century ``19XX``; a week ``2024-W25``; a weekend and a season are the
interval of their days; a clock time with no day is ``T08`` / ``T11:36``.

Ages are not durations: "un homme de 45 ans", "Marie, 45 ans,", "à 45 ans",
"(45 ans)", "ses 45 ans", "âgé de 71 ans", "les 18-25 ans" produce nothing.
"""

from __future__ import annotations

import re
from bisect import insort
from datetime import date
from typing import Callable

from factcheck.normalize.temporal_calendar import parse_anchor
from factcheck.normalize import temporal_dispatch as dispatch
from factcheck.normalize import temporal_dates, temporal_durations, temporal_times
from factcheck.normalize import temporal_grammar as g
from factcheck.normalize.temporal_base import (
    TemporalMention,
    _CLOCKED,
    _Ctx,
    _M,
    _converted,
    _day_of_time,
    _is_bound,
    _point_mod,
    _zone_of,
)
from factcheck.normalize.temporal_times import _converted_clock
from factcheck.normalize.temporal_durations import _count_from_clock, _count_from_next
from factcheck.normalize.temporal_merge import _is_time, _merge, _weekends_of

__all__ = ["COMPILED", "TemporalMention", "find_mentions", "normalise"]

#: Whether this module runs compiled by mypyc (see setup.py) or as Python.
COMPILED: bool = not __file__.endswith(".py")


def find_mentions(text: str, published: str | None) -> list[TemporalMention]:
    """Every temporal expression of ``text`` (already folded), in order."""
    return _restated([m.finish() for m in _read(text, published)], text)


#: Between a week or month and the day set off after it that restates it:
#: "La semaine dernière, le mardi 9 juin", "en juin (le 19)".
_APPOSED_DAY = re.compile(r"[^\S\n]*[,(][^\S\n]*(?:le[^\S\n]+|l')?")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")


def _restated(mentions: list[TemporalMention], text: str) -> list[TemporalMention]:
    """Flag ``restated`` a week or month that the day set off right after
    it restates ("La semaine dernière, le mardi 9 juin"): the article tells
    that day, and the week backs no other day of it."""
    for i in range(len(mentions) - 1):
        coarse, day = mentions[i], mentions[i + 1]
        if (coarse.kind == "date" and coarse.mod is None and day.kind in ("date", "datetime")
                and _APPOSED_DAY.fullmatch(text, coarse.end, day.start)
                and _day_within(str(coarse.value), str(day.value))):  # fmt: skip
            mentions[i] = coarse._replace(flags=tuple(sorted({*coarse.flags, "restated"})))
    return mentions


def _day_within(coarse: str, day: str) -> bool:
    """Whether the full day ``day`` (a TIMEX3 value) falls in the month or
    the week (weekend) ``coarse``."""
    try:
        told = date.fromisoformat(day[:10])
    except ValueError:
        return False
    if len(coarse) == 7 and coarse[4] == "-" and coarse[5:].isdigit():
        return day.startswith(coarse + "-")
    week = _WEEK_VALUE.fullmatch(coarse)
    if week is None:
        return False
    year, number, _ = told.isocalendar()
    return (year, number) == (int(week.group(1)), int(week.group(2))) and (not week.group(3) or told.isoweekday() >= 6)


def normalise(expression: str, published: str | None = None) -> TemporalMention | None:
    """The value of one expression: the longest mention found in it."""
    ctx = _Ctx(expression, parse_anchor(published))
    found = _merged(ctx)
    if not found:
        return None
    best = found[0] if len(found) == 1 else max(found, key=lambda m: (m.end - m.start, -m.start))
    if _is_time(best):
        _day_of_time(best, ctx)
    if best.when is not None and best.when.hour is not None:
        _zone_of(best, ctx)
    return best.finish()


def _merged(ctx: _Ctx) -> list[_M]:
    """The mentions of the text, neighbours read together ("le 2 mars à
    5 h", "le week-end du 15 août")."""
    found = _scan(ctx)
    if len(found) > 1:
        found = _merge(found, ctx)
        _count_from_next(found, ctx)
    if "week" in ctx.lowered:
        found = _weekends_of(found, ctx.lowered)
    return found


def _read(text: str, published: str | None) -> list[_M]:
    ctx = _Ctx(text, parse_anchor(published))
    found = _merged(ctx)
    before = None
    for m in found:
        if _is_time(m):
            _day_of_time(m, ctx)
        elif m.when is not None and m.when.hour is not None and m.when.hour >= 18 and m.when2 is None and m.kind == "datetime":
            told = m.when.as_date()
            if told is not None:
                # a day and its clock time ("ce samedi à 21 heures"): the
                # small hours after it are the next morning's
                insort(ctx.clocks, (m.end, told, m.when.hour))
        if m.when is not None and m.when.hour is not None:
            _zone_of(m, ctx)
            if before is not None:
                _converted(before, m, ctx.text)
            before = m
        elif m.by_clock is not None and before is not None:
            _count_from_clock(m, before, ctx)
    return found


# --------------------------------------------------------------------------
# Scanning


def _scan(ctx: _Ctx) -> list[_M]:
    """One pass over the words: at each word, the rules that can start
    there (``temporal_dispatch``) are tried in priority order; the first
    whose reading holds wins and the scan goes on after it."""
    text = ctx.text
    out: list[_M] = []
    free = 0
    length = len(text)
    interpreters = _RULES
    points = ctx.points
    next_start = _NEXT_START
    get_chain = _CHAINS_GET
    lowered = ctx.lowered
    for word in _WORD_START(lowered):
        pos = word.start()
        if pos < free:
            continue  # inside what was read: a match is never re-entered
        # The rules that may start here (temporal_dispatch.candidates, inlined).
        entry = get_chain(word.group(2) or "#")
        if entry is None:
            continue
        chain, by_second = entry
        if by_second is not None:
            after = next_start(lowered, word.end())
            if after is not None:
                chain = by_second.get(after.group(2) or "#", chain)
        matchers = chain.matchers
        k, n = 0, len(matchers)
        while k < n:
            m = (matchers[k] or chain.match(k))(lowered, pos)
            if m is None:
                break
            rule = m.lastgroup
            try:
                got = interpreters[rule](m, ctx)
            except (ValueError, OverflowError, KeyError):
                got = None
            if got is None:
                k = chain.index[rule] + 1  # the next rules, after this one
                continue
            if got.mod is None and got.start > 2 and got.kind not in ("duration", "interval"):
                got.mod = _point_mod(lowered, got.start)
            if ctx.stated and ctx.stated[-1][0] == got.end and _is_bound(got, text):
                # a clock time after a bound is not on it
                ctx.stated.pop()
            if got.kind in _CLOCKED and _converted_clock(text, got.start, got.end):
                got.flags.add("other-zone")  # "…, soit 4 h 10 à Pékin": a time told already, elsewhere
            if got.also is not None:  # a rule that reads two mentions at once
                out.append(got.also)
            out.append(got)
            when = got.when
            if when is not None and got.when2 is None and when.year is not None:
                points.append(got)
            elif got.value and _WEEK_VALUE.fullmatch(got.value):
                ctx.weeks.append(got)
            elif got.kind == "set":
                ctx.sets.append(got.end)
            free = m.end()
            break
        if free >= length:
            break
    return out


_NEXT_START = dispatch.NEXT_START.match
_CHAINS_GET = dispatch.CHAINS.get
_WORD_START = dispatch.WORD_START.finditer

#: The modules holding the interpreter of each rule of the grammar.
_RULE_MODULES = (temporal_dates, temporal_times, temporal_durations)


def _interpreter(name: str) -> Callable[[re.Match[str], _Ctx], _M | None]:
    for module in _RULE_MODULES:
        found: Callable[[re.Match[str], _Ctx], _M | None] | None = getattr(module, "_rule_" + name, None)
        if found is not None:
            return found
    raise LookupError(f"no interpreter for the rule {name!r}")


_RULES: dict[str, Callable[[re.Match[str], _Ctx], _M | None]] = {name: _interpreter(name) for name in g.RULE_NAMES}
