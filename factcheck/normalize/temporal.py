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
from bisect import bisect_left, bisect_right, insort
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Callable, NamedTuple

from factcheck.normalize.numbers import parse_cardinal, parse_ordinal
from factcheck.resolve.lexicon import norm, speech_lexicon
from factcheck.normalize.temporal_calendar import (
    DAY,
    HOUR,
    MINUTE,
    MONTH,
    SECOND,
    YEAR,
    Anchor,
    When,
    add_months,
    easter,
    finer,
    iso_week,
    last_day,
    parse_anchor,
    season_days,
    time_value,
    timex_value,
    valid,
    weekday_of,
    zone_minutes,
    zone_offset,
    zone_text,
)
from factcheck.normalize import temporal_dispatch as dispatch
from factcheck.normalize import temporal_grammar as g
from factcheck.normalize.temporal_lexicon import (
    APPROX_COUNTS,
    DURATION_MODS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTHS,
    PARTS_AT_START,
    PARTS_OF_DAY,
    PERSON_NOUNS,
    SEASON_CODES,
    UNIT_FACTOR,
    UNITS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
    ZONE_NAMES,
    key,
    roman_to_int,
)

__all__ = ["COMPILED", "TemporalMention", "find_mentions", "normalise"]

#: Whether this module runs compiled by mypyc (see setup.py) or as Python.
COMPILED: bool = not __file__.endswith(".py")


class TemporalMention(NamedTuple):
    """One temporal expression found in a (folded) text.

    A named tuple rather than an attrs class: thousands are made per
    article and a tuple is built in C (immutable and picklable all the same).
    """

    start: int
    end: int
    kind: str
    value: str
    mod: str | None = None
    weekday: int | None = None
    implied: str | None = None
    flags: tuple[str, ...] = ()


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


# A clock time's zone: "07h00 GMT", "8 heures, heure de Paris", "(14 h
# heure de Moscou)".  The offset is added to the value as ISO 8601 writes
# it ("T07:00Z", "2024-03-11T08+01:00"), at the summer or winter time of
# the day told (else the publication's), so that the rules can compare
# times given in two zones.  "heure locale" names no zone: nothing added.
_ZONE_AFTER = re.compile(
    r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]*(?P<paren>\()[^\S\n]*|[^\S\n]+)(?:"
    r"(?P<abbr>" + "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True)) + r")"
    r"(?:[^\S\n]*(?P<sign>[+-])[^\S\n]*(?P<hours>\d{1,2})(?::?(?P<minutes>[0-5]\d))?)?(?![\w'])"
    r"|(?i:heures?)[^\S\n]+(?:(?P<adj>(?i:fran[çc]aise))(?![\w'])"
    r"|(?i:de[^\S\n]+|d')(?P<place>(?:(?i:l'|la[^\S\n]+))?[^\W\d_]+(?:[^\S\n]+[^\W\d_]+|-[^\W\d_]+){0,2}))"
    # "soit 18 heures à Paris": a place only after a conversion
    r"|(?P<at>(?i:à|en))[^\S\n]+(?P<at_place>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+|-[^\W\d_]+){0,2}))"
)
_PLACE_WORDS = re.compile(r"[^\W\d_]+")
_PAREN_CLOSE = re.compile(r"[^\S\n]*\)")


def _zone_of(m: _M, ctx: _Ctx) -> None:
    found = _ZONE_AFTER.match(ctx.text, m.end)
    if found is None:
        return
    end, zone = found.end(), None
    if found.group("abbr"):
        zone = ZONE_ABBREVIATIONS[found.group("abbr")]
        if found.group("sign"):
            shift = int(found.group("hours")) * 60 + int(found.group("minutes") or 0)
            if shift > 14 * 60 or not isinstance(zone, int):
                return
            zone += shift if found.group("sign") == "+" else -shift
    elif found.group("adj"):
        zone = ZONE_NAMES["francaise"]
    else:
        if found.group("at") and "other-zone" not in m.flags:
            return  # "à 8 heures à Paris" tells where, not on which clock
        place = found.group("place") or found.group("at_place")
        # the longest run of its first words that names a place ("Paris et
        # Berlin" is Paris)
        words = list(_PLACE_WORDS.finditer(place))
        for n in range(len(words), 0, -1):
            zone = ZONE_NAMES.get(key(place[: words[n - 1].end()]))
            if zone is not None:
                end = found.start("place" if found.group("place") else "at_place") + words[n - 1].end()
                break
    if zone is None:
        return
    if found.group("paren"):
        closed = _PAREN_CLOSE.match(ctx.text, end)
        if closed is None:
            return  # "(heure de Paris et de Berlin)": more than a zone
        end = closed.end()
    offset = zone if isinstance(zone, int) else _offset_in(zone, m, ctx)
    if offset is None:
        return
    m.zone = zone_text(offset)
    m.end = end


#: Between a clock time and the same time on another clock: "16h00 heure
#: locale (07h00 GMT)", "à 22 h 10, soit 4 h 10 à Pékin".
_CONVERSION_GAP = re.compile(
    r"[^\S\n]*(?:,?[^\S\n]*heures?[^\S\n]+locales?)?[^\S\n]*(?:\(|,?[^\S\n]*soit)[^\S\n]*", re.IGNORECASE
)


def _converted(first: _M, then: _M, text: str) -> None:
    """A clock time followed by its conversion to a zone: the conversion
    is flagged ``other-zone`` (a time told already), and the first, given
    with no zone, takes the offset their difference tells ("16h00 heure
    locale (07h00 GMT)": 16h00 is +09:00), flagged ``zone-derived`` (a
    wrong conversion makes it wrong: the rules weigh it as stated too)."""
    if then.zone is None or first.when2 is not None or then.when2 is not None:
        return
    if not _CONVERSION_GAP.fullmatch(text, first.end, then.start):
        return
    then.flags.add("other-zone")
    a, b = first.when, then.when
    assert a is not None and b is not None and a.hour is not None and b.hour is not None
    if first.zone is None:
        shift = (a.hour * 60 + (a.minute or 0)) - (b.hour * 60 + (b.minute or 0)) + zone_minutes(then.zone)
        shift = (shift + 12 * 60) % (24 * 60) - 12 * 60
        first.zone = zone_text(shift)
        first.flags.add("zone-derived")
    # The conversion's day is the first time's, moved to its clock ("mardi 9 h
    # (13 h GMT)": Tuesday's; "22 h 10 heure de Paris, soit 5 h 10 à Pékin":
    # the next day's), not a day told before.
    day = _day_of(first)
    if day is not None and b.as_date() is None and day not in (date.min, date.max):
        moment = datetime(day.year, day.month, day.day, a.hour, a.minute or 0) + timedelta(
            minutes=zone_minutes(then.zone) - zone_minutes(first.zone))
        then.implied = When(moment.year, moment.month, moment.day, b.hour, b.minute, b.second,
                            precision=b.precision).timex()


def _day_of(m: _M) -> date | None:
    """The day a clock time is on: its own date, else the one it implies."""
    day = m.when.as_date() if m.when is not None else None
    if day is None and m.implied is not None and len(m.implied) >= 10:
        try:
            day = date.fromisoformat(m.implied[:10])
        except ValueError:
            day = None
    return day


def _offset_in(zone: str, m: _M, ctx: _Ctx) -> int | None:
    """Minutes east of UTC of an IANA zone on the day of ``m`` (its own,
    the one it implies, else the publication's); None with no day or no
    zone data."""
    when = m.when
    assert when is not None
    day = _day_of(m)
    if day is None:
        day = ctx.pub
    if day is None or day == date.max:
        return None
    return zone_offset(zone, day, when.hour or 0)


def _day_of_time(m: _M, ctx: _Ctx) -> None:
    """A clock time with no day is on the day being told: the date stated
    last before it in its sentence or the one before, else the publication
    day.  Its value stays the time (``T14``); that day and time are implied
    (``2024-06-19T14``)."""
    when, until = m.when, m.when2
    if when is None or when.hour is None or m.implied is not None:
        return
    if until is not None and (until.hour is None or until.year is not None or when.year is not None):
        return
    if (until is None and ctx.pub is not None and _LIVE_STAMP.match(ctx.text, m.end)
            and _SENTENCE_OPENS.search(ctx.text, max(0, m.start - 3), m.start)):  # fmt: skip
        # a live blog's time stamp ("19 h 55 : le cortège parisien, parti
        # vers 14 heures, …"): the day of writing, and of the entry's times
        at = When(ctx.pub.year, ctx.pub.month, ctx.pub.day, when.hour, when.minute, when.second, precision=when.precision)
        m.implied = at.timex()
        insort(ctx.stated, (m.end, ctx.pub))
        return
    day, told_at = None, -1
    here = ctx.sentence_index(m.start)
    for end, stated in reversed(ctx.stated):
        if end <= m.start:
            if here - ctx.sentence_index(end - 1) <= 1:
                day, told_at = stated, end
            elif ("\n" not in ctx.text[end:m.start] and ctx.pub is not None
                  and ctx.pub - timedelta(days=7) <= stated <= ctx.pub and ctx.tense(m.start, m.end) < 0):  # fmt: skip
                # a past of the last days told in the paragraph ("a remporté
                # dimanche le Tour … La dernière étape s'est jouée au sprint
                # vers 16 h 40"): the day it narrates, sentences on (not a
                # day of history: "le 11 novembre 1918 … à 10 h 45")
                day, told_at = stated, end
            break
    for end, evening in reversed(ctx.nights):
        if told_at < end <= m.start:
            if here - ctx.sentence_index(end - 1) <= 1 and not 12 <= when.hour < 18:
                # "dans la nuit de samedi à dimanche, vers 3 heures": the
                # small hours are the next morning's, 23 heures the evening's
                # (an afternoon hour is no part of a night: not counted from it)
                day = evening if when.hour >= 18 or evening == date.max else evening + timedelta(days=1)
                told_at = end
            break
    if ctx.sets:
        i = bisect_right(ctx.sets, m.start) - 1
        if i >= 0 and ctx.sets[i] > told_at and here == ctx.sentence_index(ctx.sets[i] - 1):
            return  # "tous les samedis matin, vers 8 heures": every Saturday's, no one day's
    if (day is not None and ctx.pub is not None and day < ctx.pub and here != ctx.sentence_index(told_at - 1)
            and ctx.tense(m.start, m.end) > 0):  # fmt: skip
        day = None  # "rouvrira à 21 heures" after "hier soir" the sentence before: no past day's
    if day is not None and here == ctx.sentence_index(told_at - 1):
        # the day is told in the time's own sentence ("Hier, vers 10 h 20"),
        # not guessed from the sentence before or the publication
        m.flags.add("day-in-sentence")
    if day is None:
        a = ctx.anchor
        if (a is not None and a.hour is not None and (when.hour, when.minute or 0) > (a.hour, a.minute or 0)
                and until is None and m.mod in (None, "APPROX") and ctx.tense(m.start, m.end) < 0
                and not _SCHEDULED_BEFORE.search(ctx.text, max(0, m.start - 32), m.start)):  # fmt: skip
            return  # "des photos publiées vers 22 heures" in an article of 6 h 30: no day known, not today's
        day = ctx.pub
        if (day is not None and day != date.max and when.hour == 0 and not when.minute and until is None
                and "minuit" in ctx.lowered[m.start : m.end] and ctx.tense(m.start, m.end) >= 0
                and "depuis" not in ctx.lowered[max(0, m.start - 12) : m.start]):  # fmt: skip
            # "minuit" told of the day of writing, ahead or in the present
            # of news ("les résultats sont attendus à partir de minuit"): the
            # midnight that ends it (not "depuis minuit", "a commencé à minuit")
            day += timedelta(days=1)
    clocks = ctx.clocks
    i = bisect_right(clocks, (m.start, date.max, 99)) - 1
    clock = clocks[i] if i >= 0 else None
    if (day is not None and clock is not None and when.hour < 6 and clock[2] >= 18 and clock[1] == day
            and day != date.max and here - ctx.sentence_index(clock[0] - 1) <= 1
            and not (ctx.pub is not None and day >= ctx.pub and ctx.tense(m.start, m.end) < 0)):  # fmt: skip
        # "rouvrira à 21 heures, jusqu'à 2 heures du matin": the next day's
        # (not a past told on the day of writing: "a été lancé vers 4 heures
        # du matin" after this evening's launch window is this morning's)
        day += timedelta(days=1)
    if day is not None:
        at = When(day.year, day.month, day.day, when.hour, when.minute, when.second, precision=when.precision)
        m.implied = at.timex()
        if until is not None:
            # "de 9 heures à 19 heures": both ends that day ("de 22 h à 2 h": the end the next)
            last = day + timedelta(days=1) if until.hour < when.hour and day < date.max else day  # type: ignore[operator]
            end_at = When(last.year, last.month, last.day, until.hour, until.minute, until.second, precision=until.precision)
            m.implied += "/" + end_at.timex()
        insort(ctx.clocks, (m.end, day, when.hour))


# --------------------------------------------------------------------------
# Internal mentions


class _M:
    """A mention being built: mutable, turned into a TemporalMention last.

    Optional fields default at class level, so that making one (thousands
    per article) sets only what a rule knows."""

    when: When | None = None
    when2: When | None = None
    value: str | None = None
    mod: str | None = None
    weekday: int | None = None
    implied: str | None = None
    #: A mention read with this one and reported before it ("les 18 et 19 juin").
    also: _M | None = None
    #: (signed amount, unit) of a duration counted from the date named after
    #: it ("six ans après celui de janvier 2019"), resolved by ``_count_from_next``.
    shift: tuple[float, str] | None = None
    #: (signed amount, unit) of an offset in hours or less that no date
    #: anchored ("vingt minutes plus tard"): counted from the clock time
    #: before it once clock times have their days (``_count_from_clock``).
    by_clock: tuple[float, str] | None = None
    #: The zone a clock time is given in, as ISO 8601 writes it ("Z",
    #: "+01:00"), added to its value and implied date (``_zone_of``).
    zone: str | None = None

    def __init__(self, start: int, end: int, kind: str, rule: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.rule = rule
        self.flags: set[str] = set()

    def finish(self) -> TemporalMention:
        kind = self.kind
        value = self.value
        if value is None:
            when = self.when
            assert when is not None
            if self.when2 is not None:
                k = "time" if self.rule == "trange" else kind
                value = f"{_timex(when, k)}/{_timex(self.when2, k)}"
            elif kind == "time":
                value = _timex(when, kind)
            else:
                if kind == "date" and (when.hour is not None or when.part):
                    kind = "datetime"
                value = when.timex()
                if self.weekday is not None and value.startswith("XXXX-XX-XX"):
                    # a weekday with no date to place it: TIMEX3's "XXXX-WXX-4"
                    value = f"XXXX-WXX-{self.weekday}" + value[10:]
        implied = self.implied
        if self.zone is not None:
            value = _zoned(value, self.zone)
            implied = _zoned(implied, self.zone) if implied is not None else None
        flags = self.flags
        # tuple.__new__ directly: the named tuple's own __new__ is Python code.
        return _new_mention(TemporalMention, (
            self.start, self.end, kind, value, self.mod, self.weekday, implied,
            (tuple(sorted(flags)) if len(flags) > 1 else tuple(flags)) if flags else (),
        ))  # fmt: skip


_new_mention = tuple.__new__


def _zoned(value: str, zone: str) -> str:
    """Each clock time of a value ("T08", "2024-03-11T08/2024-03-11T10")
    with its zone."""
    return "/".join(part + zone if "T" in part else part for part in value.split("/"))


def _timex(w: When, kind: str) -> str:
    if kind == "time" and w.day is None and w.hour is not None and w.year is None and w.month is None:
        precision = w.precision
        if precision == HOUR:
            return time_value(w.hour, None)
        minute = w.minute if precision in (MINUTE, SECOND) else None
        return time_value(w.hour, minute, w.second if precision == SECOND else None)
    return w.timex()


class _Ctx:
    """The text being read, its publication date and lazily computed cues."""

    __slots__ = ("text", "lowered", "anchor", "pub", "_cues", "_ends", "_quotes", "stated", "weekdays", "ranges", "weeks", "nights", "points",
                 "clocks", "sets")

    def __init__(self, text: str, anchor: Anchor | None) -> None:
        self.text = text
        #: The text in lower case, offset for offset: what the rules and the
        #: cheap context patterns are matched on (``_lowered``).
        self.lowered = _lowered(text)
        self.anchor = anchor
        self.pub = anchor.day_date if anchor else None
        #: Tense cues and clause breaks of each sentence read so far, by
        #: sentence start.
        self._cues: dict[int, tuple[list[tuple[int, int, int]], list[int]]] | None = None
        self._ends: list[int] | None = None
        #: (end offset, day) of each day the text names: a full date, a day
        #: number, a weekday, "hier", "deux jours plus tard" (``_state``).
        self.stated: list[tuple[int, date]] = []
        #: (start offset, day) of each weekday alone read so far, bounds
        #: included ("depuis jeudi"): the day a later "Jeudi" with no tense
        #: may tell again (``_weekday_told``).
        self.weekdays: list[tuple[int, date]] = []
        #: (end offset, first day, last day) of each range of days read so
        #: far ("du jeudi 18 au dimanche 21 juillet"): the days a later
        #: weekday in a future clause may fall in (``_weekday_in_frame``).
        self.ranges: list[tuple[int, date, date]] = []
        #: Each week read so far ("la semaine prochaine"): what "la semaine
        #: suivante" counts from.
        self.weeks: list[_M] = []
        #: (end offset, evening) of each night the text names.
        self.nights: list[tuple[int, date]] = []
        #: Each point in time read so far with at least its year, any
        #: precision ("en 2019", "mercredi"), for "cinq ans plus tard".
        self.points: list[_M] = []
        #: (start, end) of each quotation, inside its marks (``quotations``).
        self._quotes: list[tuple[int, int]] | None = None
        #: (end, day, hour) of each clock time given a day, and of each
        #: evening or night named ("samedi soir": hour 20), for the small
        #: hours after them.
        self.clocks: list[tuple[int, date, int]] = []
        #: End offset of each recurring time read ("chaque samedi"): a
        #: clock time after one recurs with it, on no day of its own.
        self.sets: list[int] = []

    # Sentences ------------------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        ends = self._ends
        if ends is None:
            text = self.text
            # Most texts the normaliser gets alone are one sentence: no search.
            if "." in text or "\n" in text or "!" in text or "?" in text:
                ends = [m.end() for m in g.SENTENCE_END.finditer(text)]
            else:
                ends = []
            self._ends = ends
        return bisect_right(ends, pos) if ends else 0

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        i = self.sentence_index(pos)
        ends = self._ends or []
        start = ends[i - 1] if i > 0 else 0
        end = ends[i] if i < len(ends) else len(self.text)
        return start, end

    # Tense ----------------------------------------------------------------
    def tense(self, start: int, end: int) -> int:
        """-1 past, +1 future, 0 unknown: "depuis" (past) or "d'ici"
        (future) before the mention, else the verb cue of its sentence
        fewest clause breaks away, then nearest (as near, the past, but for a
        plan changed after it):
        "rendra son jugement le 3 septembre, a annoncé la présidente" is
        future, the incise's "a annoncé" tells of the announcement."""
        text = self.text
        if start == 0 and end == len(text):
            return 0  # the mention is the whole text: no verb
        lo, hi = self.sentence_bounds(start)
        known = self._cues
        if known is None:
            known = self._cues = {}
        found = known.get(lo)
        if found is None:
            if not _verb_around(text, lo, start, end, hi):
                # "la première quinzaine d'avril": no verb around it; but
                # "Travaux jusqu'en mars" looks ahead with no verb as with one
                return 1 if self._until_before(lo, start) else 0
            found = known[lo] = (_cues(text, lo, hi), [b.start() for b in g.CLAUSE_BREAK.finditer(text, lo, hi)])
        if start - lo > 5:
            direction = self.direction_before(start, lo)
            if direction is not None:
                return -1 if direction == "since" else 1
        cues, breaks = found
        # only the statement of the mention, between semicolons
        s_lo = text.rfind(";", lo, start) + 1 or lo
        s_hi = text.find(";", end, hi)
        if s_hi < 0:
            s_hi = hi
        # A quotation has its own time: inside one, only its words tell the
        # tense (« je vais garder le maillot jusqu'à mercredi », a souri le
        # coureur); outside, the quoted words do not tell the narration's.
        # (A quotation of a few words with no verb of its own, « les
        # violences de lundi soir », takes the tense of the clause quoting it.)
        quotes = self.quotations() if '"' in text else ()
        inside = self._quotation_at(start, end) if quotes else None
        if inside is not None:
            q_first = bisect_left(cues, (inside[0], -1, -2))
            if (q_first < len(cues) and cues[q_first][1] <= inside[1]) or _SUBJECT.search(
                text, inside[0], inside[1]
            ):
                s_lo, s_hi = max(s_lo, inside[0]), min(s_hi, inside[1])
            else:
                inside = None
        best, best_sign, best_start = None, 0, 0
        participles = self._participle_before(start, s_lo, breaks) if start - s_lo > 4 else ()
        if participles and inside is None:
            # a bare participle governing the date tells its time, whatever
            # the verb after ("les conseils élus le 15 mars pourront siéger";
            # not "le président élu prêtera serment lundi")
            p_start, p_end, p_sign = participles[-1]
            between = bisect_left(cues, (p_end, -1, -2))
            if (between == len(cues) or cues[between][0] >= start) and not (
                    quotes and self._quotation_at(p_start, p_end) is not None):  # fmt: skip
                return p_sign
        # only the cues within reach: a long sentence costs no more per mention
        first = bisect_left(cues, (max(s_lo, start - _CUE_REACH), -1, -2))
        last = bisect_left(cues, (min(s_hi, end + _CUE_REACH) + 1, -1, -2))
        for c_start, c_end, sign in (*cues[first:last], *participles):
            if c_start < s_lo or c_end > s_hi:
                continue
            if inside is None and quotes and self._quotation_at(c_start, c_end) is not None:
                continue
            if c_start >= end:
                gap = (bisect_left(breaks, c_start) - bisect_left(breaks, end), c_start - end)
            else:
                gap = (bisect_left(breaks, start) - bisect_left(breaks, c_end), max(0, start - c_end))
            if sign == 0 and (c_start >= end or gap[0] > 0):
                continue  # a present tells only the dates after it in its clause
            if best is None or gap < best:
                best, best_sign, best_start = gap, sign, c_start
            elif gap == best and sign != best_sign:
                # as near on both sides: the past ("la manifestation prévue
                # samedi a rassemblé 2 000 personnes"), unless the verb after
                # changes a plan the one before told ("le conseil prévu
                # vendredi a été reporté": ahead)
                after_start = max(c_start, best_start)
                if _CHANGED_PLAN.match(text, after_start, min(s_hi, after_start + 32)):
                    best_sign = sign if c_start < start else best_sign
                elif sign < 0:
                    best_sign, best_start = sign, c_start
        if best_sign == 0 and self._until_before(lo, start):
            return 1  # "n'est rempli que jusqu'en mars": with no tense, ahead
        return best_sign

    def direction_before(self, start: int, lo: int = 0) -> str | None:
        """"since" ("depuis le …") or "until" ("d'ici …") right before
        ``start`` (not before ``lo``), if either."""
        before = g.DIRECTION_BEFORE.search(self.text, max(lo, start - 16), start)
        return before.lastgroup if before is not None else None

    def _until_before(self, lo: int, start: int) -> bool:
        """Whether "jusqu'à", "jusqu'en" comes right before ``start``
        (the plain find first: most mentions have no "jusqu" before them)."""
        lo = max(lo, start - 12)
        return self.lowered.find("jusqu", lo, start) >= 0 and _UNTIL_BEFORE.search(self.text, lo, start) is not None

    def quotations(self) -> list[tuple[int, int]]:
        """The spans inside quotation marks (folded to '"'), in order,
        paired in each paragraph (blank-line separated).  A mark after a
        digit is inches ("un écran 27\""), none; a paragraph whose marks do
        not pair is left without quotations rather than guessed."""
        quotes = self._quotes
        if quotes is None:
            quotes = self._quotes = []
            text = self.text
            for paragraph in _PARAGRAPH.finditer(text):
                marks = [q.start() for q in _QUOTE_MARK.finditer(text, paragraph.start(), paragraph.end())]
                if len(marks) % 2 == 0:
                    quotes.extend((marks[i] + 1, marks[i + 1]) for i in range(0, len(marks), 2))
        return quotes

    def _quotation_at(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation holding [start, end), if any (quotations do not overlap)."""
        quotes = self.quotations()
        i = bisect_right(quotes, (start, len(self.text) + 1)) - 1
        if i >= 0 and quotes[i][0] <= start and end <= quotes[i][1]:
            return quotes[i]
        return None

    def _participle_before(self, start: int, lo: int, breaks: list[int]) -> list[tuple[int, int, int]]:
        """A past cue from a bare participle governing the mention: at most
        four words before it, in its clause ("interrogés vendredi")."""
        text = self.text
        window = max(lo, start - 48)
        if bisect_left(breaks, start) > bisect_left(breaks, window):
            window = breaks[bisect_left(breaks, start) - 1] + 1
        out = []
        for p in g.BARE_PARTICIPLE.finditer(text, window, start):
            if not p.group("w")[0].islower() and not _SENTENCE_OPENS.search(text, max(0, p.start() - 3), p.start()):
                continue  # "Bison Futé": a name, no participle ("Battu samedi, ..." opens a sentence)
            word = p.group("w").lower().rstrip("s")
            if g.NOT_BARE_BEFORE.search(text, max(0, p.start() - 32), p.start()):
                continue
            if word in g.NOT_PARTICIPLES:
                if g.POINTS_AHEAD.fullmatch(word) and _DAY_RIGHT_AFTER.fullmatch(text, p.end(), start):
                    # "le lancement, reporté jeudi, aura lieu vendredi": the
                    # day the plan changed (not "reporté à jeudi", its new day)
                    out.append((p.start(), p.end(), -1))
                continue
            if (text.count(" ", p.end(), start) <= 4 and "jusqu" not in text[p.end() : start]
                    and not _VERB_AFTER_PARTICIPLE.match(text, p.end())):  # fmt: skip
                # ("ouvert jusqu'au 24 décembre" is a state; "devront avoir
                # quitté les lieux le 18 septembre" a future perfect)
                ahead = (_FUTURE_PERFECT_BEFORE.search(text, max(0, p.start() - 32), p.start())
                         or (word.startswith(_CALLED_TO) and _TO_AFTER.match(text, p.end())))  # fmt: skip
                # ("appelés à la grève du 26 décembre": a call, ahead)
                out.append((p.start(), p.end(), 1 if ahead else -1))
        return out

    # Narrative anchor -----------------------------------------------------
    def narrative(self, pos: int) -> tuple[date | None, bool]:
        """The day "la veille" counts from: the last date stated in this or
        the previous sentence, else the publication date.  The flag says
        whether the publication date was used."""
        if self.stated:
            end, day = self.stated[-1]
            if end <= pos and self.sentence_index(pos) - self.sentence_index(end - 1) <= 1:
                return day, False
        return self.pub, True

    def last_told(self, pos: int) -> date | None:
        """The last day the text states before ``pos``, however far back."""
        for end, day in reversed(self.stated):
            if end <= pos:
                return day
        return None

    def last_point(self, pos: int) -> _M | None:
        """The last point in time read before ``pos`` in this or the previous
        sentence: what "deux ans plus tard" counts from."""
        if self.points:
            last = self.points[-1]
            if last.end <= pos and self.sentence_index(pos) - self.sentence_index(last.end - 1) <= 1:
                return last
        return None


def _verb_around(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether text[lo:hi] has a word that may be a verb outside the mention
    text[start:end]: searched for from each side of it, as most sentences
    give one within a few words and a lone expression has few around it."""
    return _may_be_verb(text, lo, start) or _may_be_verb(text, end, hi)


def _may_be_verb(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] has a word that may be a verb: any but
    ``_NO_VERB_WORDS``, or one whose letters are glued to more ("mars2" is
    no month)."""
    for word in _LETTER_RUN.finditer(text, lo, hi):
        after = word.end()
        if after < hi and (text[after] == "_" or text[after].isdecimal()):
            return True
        if word.group().lower() not in _NO_VERB_WORDS:
            return True
    return False


#: A clock time set for later: "a été convoqué à 14 heures", "prévu à".
_SCHEDULED_BEFORE = re.compile(
    r"(?:convoqu|pr[ée]vu|attendu|programm|fix|appel|rendez-vous|invit)[^\W\d_]*[^\S\n]+"
    r"(?:[^\W\d_]+[^\S\n]+){0,3}(?:[àa]|pour|vers)[^\S\n]+$",
    re.IGNORECASE,
)
#: A verb that changes a plan: "a été reporté", "sont annulés".
_CHANGED_PLAN = re.compile(
    r"(?:[^\W\d_]+[^\S\n]+){0,2}(?:report|annul|repouss|d[ée]cal|ajourn|suspendu|avanc|diff[ée]r)[ée]?e?s?(?!\w)",
    re.IGNORECASE,
)
#: Nothing but a space, a comma or "ce"/"le" between a word and a day.
_DAY_RIGHT_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:ce|le)[^\S\n]+)?", re.IGNORECASE)
#: A quotation mark, not inches after a figure ("un écran 27\"").
_QUOTE_MARK = re.compile(r'(?<!\d)"')
#: A paragraph: quotation marks are paired within one.
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![^\S\n]*\n))+")
#: A subject pronoun: a quotation with one is a sentence of its own, with
#: its own tense even when its verb is none we know.
_SUBJECT = re.compile(r"(?<![\w'])(?:je|j'|tu|nous|vous|on|il|elle|ils|elles)(?![\w'])", re.IGNORECASE)
#: "jusqu'à", "jusqu'en", "jusqu'au" right before a mention.
_UNTIL_BEFORE = re.compile(
    r"jusqu'(?:(?:[àa]|en|au|aux)[^\S\n]+(?:l'|la[^\S\n]+|le[^\S\n]+)?)?$", re.IGNORECASE
)
#: Participles of a call or an invitation to do something ("appelés à la
#: grève", "invités à voter"): what they call to lies ahead.
_CALLED_TO = ("appel", "invit", "convi", "convoqu", "exhort")
_TO_AFTER = re.compile(r"[^\S\n]+[àa][^\S\n]+")
#: A future or a modal of obligation, then "avoir"/"être", before a
#: participle: a future perfect ("devront avoir quitté", "auront été").
_FUTURE_PERFECT_BEFORE = re.compile(
    r"(?<!\w)(?:devr(?:a|ont|ait|aient)|doi(?:t|vent)|pourr(?:a|ont)|faudra)[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?"
    r"(?:avoir|[êe]tre)[^\S\n]+$",
    re.IGNORECASE,
)
#: After a clock time opening a paragraph or a sentence, a live blog's
#: colon or dash ("19 h 55 : le cortège", "14 h 30 – Le trafic").
_LIVE_STAMP = re.compile(r"[^\S\n]*(?::|–|—|-)[^\S\n]+(?=\w)")
#: A verb of lasting in the past before "jusqu'en": the bound is past too.
_LASTED_BEFORE = re.compile(
    r"(?<!\w)(?:rest[ée]e?s?|demeur[ée]e?s?|dur[ée]|[ée]t[ée]|v[ée]cu|travaill[ée]|rest[ae]i(?:t|ent)|[ée]tai(?:t|ent))"
    r"(?!\w)[^.;!?]*$",
    re.IGNORECASE,
)
#: "pour", "à compter de" right before a weekday: what is set for that day
#: ("un préavis pour jeudi", "un doublement des droits de douane à compter
#: de mercredi"; not "à partir de", as often of what was done: "levé à
#: partir de vendredi").
_FOR_BEFORE = re.compile(r"(?<!\w)(?:pour|[àa][^\S\n]+compter[^\S\n]+d[eu])[^\S\n]+$", re.IGNORECASE)
#: How far from a mention (characters) a verb may tell its tense.
_CUE_REACH = 400
#: Words around a mention that can be no verb nor tell a direction: the
#: function words, and the words of other dates and times ("le 2 mars à
#: 5h", "jeudi de 9h à 11h"), so that a text of dates alone costs no
#: search for verbs.  A set rather than an alternation in the pattern: a
#: regex tries each of a hundred words at every word start, a set looks
#: the word up once.
_NO_VERB_WORDS = frozenset(
    "le la les l d de du des au aux à en un une ce cet cette et ou par pour sur dans"
    " h min heure heures midi minuit matin soir vers environ entre jusqu"
    " lundi mardi mercredi jeudi vendredi samedi dimanche"
    " janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre"
    " décembre decembre"
    " mois semaine semaines année années annee annees an ans jour jours minute minutes seconde"
    " secondes nuit nuits soirée soirées soiree soirees journée journées journee journees"
    " prochain prochaine prochains prochaines dernier derniere dernière derniers dernieres dernières"
    " lendemain veille fin début debut mi plus tard tôt tot après apres avant partir"
    " que qu mais puis alentours autour exemple plutôt plutot peu cours mat".split()
)
#: A run of letters starting a word (never inside one: "5h" has no word).
_LETTER_RUN = re.compile(r"\b[^\W\d_]+")


#: What a sentence opens after (a capitalised participle there is one).
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n\"(«-])[^\S\n]*$")
#: A verb right after a participle: the participle is an adjective of the
#: subject ("les tarifs réglementés prend fin le 31 décembre"), no past of
#: its own; adverbs, attributes and complements may come between a bare
#: participle and its date ("rendu public mardi", "retrouvé mort samedi",
#: "adopté définitivement jeudi", "blessée au genou en décembre").
_VERB_AFTER_PARTICIPLE = re.compile(
    r"[^\S\n]+(?:est|sont|a|ont|était|étaient|sera|seront|fait|font|prend|prennent|reste|restent"
    r"|doit|doivent|peut|peuvent|va|vont|devient|deviennent|entrent|expire|expirent|passe"
    r"|passent|dure|durent|court|courent|commence|commencent|débute|débutent|s'|se|y|n'|ne)(?!\w)",
    re.IGNORECASE,
)
_HAVE = frozenset(("a", "ont", "avait", "avaient", "eut", "eurent", "avons", "avez"))
#: "initialement prévu", "d'abord programmé": what was planned, no future.
_PAST_PLAN_BEFORE = re.compile(r"(?<!\w)(?:avai(?:t|ent)[^\S\n]+[ée]t[ée]|[ée]tai(?:t|ent))[^\S\n]+$", re.IGNORECASE)
_ONCE_PLANNED = re.compile(r"(?:initialement|d'abord|originellement|au d[ée]part)[^\S\n]+$", re.IGNORECASE)
_PLANNED_ONCE = re.compile(r"[^\S\n]+(?:initialement|d'abord|originellement|[àa] l'origine)(?!\w)", re.IGNORECASE)
#: A plan's participle ending its noun phrase, the clause's verb right
#: after it: "les vols programmés ont été annulés" tells no future.
_PLANNED_THEN_VERB = re.compile(
    r"(?:pr[ée]vu|attendu|programm[ée])e?s?[^\S\n]+(?:a|ont|avait|avaient|est|sont|[ée]tai(?:t|ent)|fut|furent)(?!\w)",
    re.IGNORECASE,
)
#: A verb of intent or request governing an infinitive with "de" or "à",
#: a few words between ("a appelé les salariés à manifester", "a promis
#: aux riverains de rouvrir").
_INTENT_BEFORE = re.compile(
    r"(?<!\w)(?:promi[st]e?s?|promet(?:tent)?|d[ée]cid[ée]?e?s?|d[ée]cident|propos[ée]?e?s?|proposent"
    r"|envisag[ée]?e?s?|envisagent|accept[ée]?e?s?|acceptent|menac[ée]?e?s?|menacent|appel[ée]e?s?|appelle"
    r"|appellent|engag[ée]?e?s?|engagent|invit[ée]?e?s?|invitent|autoris[ée]?e?s?|autorisent|demand[ée]?e?s?"
    r"|demandent|exhort[ée]?e?s?|exhortent|pri[ée]e?s?|somm[ée]e?s?|ordonn[ée]?e?s?|ordonnent|convi[ée]e?s?"
    r"|refus[ée]?e?s?|refusent|pr[ée]voi[tr]|pr[ée]voient|pr[ée]vu|compte|comptent|r[ée]solue?s?|pr[êe]te?s?"
    r"|d[ée]termin[ée]e?s?|charg[ée]e?s?|tenus?|tenues?|oblig[ée]e?s?|contraint(?:e|s|es)?|appr[êe]t[ée]?e?s?)"
    r"(?:[^\S\n]+[^\W\d_]+){0,4}[^\S\n]+$",
    re.IGNORECASE,
)
#: Stems of the conditional before "-rait", "-raient" of the verbs other
#: than -er met in news; two letters or less must be the whole stem ("irait",
#: not "tirait", the imperfect of "tirer").
_CONDITIONAL_STEMS = (
    "se", "au", "i", "fe", "di", "li", "pour", "dev", "faud", "voud", "vaud", "sau", "ver", "enver", "cour",
    "mour", "viend", "tiend", "prend", "rend", "pend", "tend", "cend", "fend", "perd", "vend", "pond", "mett",
    "batt", "sorti", "parti", "ouvri", "offri", "souffri", "fini", "choisi", "réussi", "agi", "écri", "condui",
    "produi", "construi", "recev", "percev", "boi", "croi", "plai", "connaît", "connait", "paraît", "parait",
    "naît", "nait", "viv", "suiv", "suffi", "vaincr", "ri",
)  # fmt: skip


def _conditional(word: str) -> bool:
    """Whether a word in -rait/-raient is a conditional: of an -er verb
    ("donnerait"; not "espérait", "serrait", imperfects) or of another
    met in news ("sortirait", "prendrait", "serait")."""
    stem = word[:-6] if word.endswith("raient") else word[:-4] if word.endswith("rait") else None
    if not stem:
        return False
    if len(stem) >= 3 and stem[-1] == "e" and stem[-2] not in "éèr":
        return True
    return any(stem == s or (len(s) >= 3 and stem.endswith(s)) for s in _CONDITIONAL_STEMS)


#: Conditionals that are the auxiliary of a compound tense.
_COMPOUND_CONDITIONALS = frozenset(("aurait", "auraient", "serait", "seraient"))


def _imperfect(word: str) -> bool:
    """A word in -ait/-aient that is an imperfect: no noun ("portrait",
    "souhait") nor conditional ("serait", "devraient")."""
    return word not in g.NOT_IMPERFECT and not _conditional(word)

#: "si le conflit", "s'il": a supposition before its verb.
_IF_BEFORE = re.compile(r"(?<![\w'])(?:si|s'(?:il|ils))(?!\w)[^,;:]*$", re.IGNORECASE)


#: A verb in the present right after its subject: "qui", a subject pronoun.
_PRESENT_AFTER_SUBJECT = re.compile(
    r"(?<![\w'])(?<!chez )(?<!avec )(?<!pour )(?<!sans )(?<!par )(?<!contre )(?<!selon )(?<!vers )(?<!à )(?<!de )"
    r"(?:qui|il|elle|on|ils|elles|qu'il|qu'elle|qu'ils|qu'elles|qu'on)[^\S\n]+(?:ne[^\S\n]+|n')?"
    r"([^\W\d_]{2,})(?![\w'-])",
    re.IGNORECASE,
)
#: Words of dates, never a verb ("chez elle lundi soir", "qui lundi a annoncé").
_DATE_WORDS = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier demain aujourd'hui janvier février fevrier mars avril"
    " mai juin juillet août aout septembre octobre novembre décembre decembre matin soir midi minuit".split()
)
#: ... not an auxiliary (its participle tells), an imperfect, a future, a
#: conditional or a past participle.
_NOT_PRESENT = re.compile(
    r"^(?:a|ont|avait|avaient|eut|était|étaient|fut|furent|sera|seront|se|y|en|lui|leur|le|la|les)$"
    r"|(?:ait|aient|ra|ront|rai|rais|rait|raient|é|ée|és|ées)$"
)


def _cues(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, -1 past | +1 future | 0 present) of the tense cues in
    text[lo:hi]."""
    cues: list[tuple[int, int, int]] = []
    for m in g.TENSE_CUE.finditer(text, lo, hi):
        kind = m.lastgroup
        if kind == "fut" and (_ONCE_PLANNED.search(text, max(lo, m.start() - 16), m.start())
                              or _PLANNED_ONCE.match(text, m.end())
                              or _PAST_PLAN_BEFORE.search(text, max(lo, m.start() - 24), m.start())):  # fmt: skip
            continue  # "initialement prévu le 10 février", "avait été programmé": a plan of the past
        if kind == "fut" and _PLANNED_THEN_VERB.match(text, m.start()):
            continue
        if (kind == "peri" and m.group("peri").lower().startswith(("devai", "allai"))
                and not _IF_BEFORE.search(text, max(lo, m.start() - 40), m.start())):  # fmt: skip
            # "devait recevoir jeudi", "allait signer": a future seen from
            # the past, before or after the day of writing: the nearer day
            # (not "si le conflit devait durer": a future supposed)
            sign = 0
        elif kind in ("fut", "peri"):
            sign = 1
        elif kind == "inf":
            if m.group("inf").rsplit(None, 1)[-1].split("'")[-1].lower() in _DATE_WORDS:
                continue  # "pour janvier", "de février": a date, no verb
            if not m.group("inf").lower().startswith(("pour", "afin")) and not _INTENT_BEFORE.search(
                text, max(lo, m.start() - 48), m.start()
            ):
                continue  # "le projet de loi de finances", "la peine à purger": no intent
            # a future seen from the verb governing it, before or after the
            # day of writing: the nearer day (as "devait recevoir jeudi")
            sign = 0
        elif kind == "imp":
            word = m.group("imp").lower()
            if word in g.NOT_IMPERFECT or word in _COMPOUND_CONDITIONALS:
                continue  # ("aurait débuté mardi": its participle tells)
            # a conditional: a future seen from the past ("a annoncé
            # qu'aucun bateau ne sortirait avant jeudi"), before or after the
            # day of writing, the nearer day (as "devait recevoir jeudi")
            sign = 0 if _conditional(word) else -1
        elif kind == "part":
            # "est attendu", "sont prévus": a passive that announces.
            sign = -1
            aux, part = m.group("aux"), m.group("part")
            if part == "lieu":
                continue  # "a lieu", "ont lieu": avoir lieu, a present
            if aux in ("serait", "seraient") and not g.ETRE_PARTICIPLE.fullmatch(part):
                sign = 1  # "des nuits seraient organisées": a future, reported
            elif aux in ("était", "etait", "étaient", "etaient") and part in g.FUTURE_PARTICIPLES:
                continue  # "qui était prévu le 10 février": a plan of the past
            if part in g.FUTURE_PARTICIPLES and aux not in _HAVE:
                sign = 1
            elif aux in ("est", "sont") and not g.ETRE_PARTICIPLE.fullmatch(part):
                continue  # a present passive ("un redoux est annoncé"), no past
            elif g.POINTS_AHEAD.fullmatch(m.group("part")) and g.TO_A_DATE.match(text, m.end()):
                sign = 1  # "le vote est reporté au 14 septembre"
        else:
            sign = -1
        cues.append((m.start(), m.end(), sign))
    # A present after a subject pronoun or "qui" ("qui annonce une
    # réimpression avant la fin du mois", "il prévoit"): the clause's tense
    # is the present, whatever a verb of another clause tells.
    for m in _PRESENT_AFTER_SUBJECT.finditer(text, lo, hi):
        start, end = m.span(1)
        word = m.group(1).lower()
        if _NOT_PRESENT.search(word) or word in _DATE_WORDS or any(c[0] <= start < c[1] for c in cues):
            continue
        insort(cues, (start, end, 0))
    # "lorsque" tells a narrated moment only with a present after it: a
    # tense in its own clause ("lorsque le train arrivera") is that clause's
    for i in range(len(cues) - 1, -1, -1):
        start, end, _sign = cues[i]
        if text[start:end].lower().startswith("lorsqu"):
            stop = g.CLAUSE_BREAK.search(text, end, hi)
            limit = stop.start() if stop else hi
            if any(c[0] < limit for c in cues[i + 1 : i + 2]):
                del cues[i]
    return cues


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


_CLOCKED = frozenset(("time", "datetime"))


def _is_bound(m: _M, text: str) -> bool:
    """Whether a date bounds something ("proscrits jusqu'au 2 janvier",
    "visé depuis le 12 janvier"): no day the text tells of."""
    return m.mod in _BOUNDS or (
        m.mod == "ON_OR_AFTER" and _SINCE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
    )


_SINCE_BEFORE = re.compile(r"depuis\s+(?:le\s+|l'|la\s+)?$", re.IGNORECASE)
#: Mods that make a date a bound of something, not a day told.
_BOUNDS = frozenset(("ON_OR_BEFORE", "BEFORE", "AFTER"))

_NEXT_START = dispatch.NEXT_START.match
_CHAINS_GET = dispatch.CHAINS.get
_WORD_START = dispatch.WORD_START.finditer


def _lowered(text: str) -> str:
    """The text in lower case, offset for offset: the rules are matched on
    it as case-sensitive patterns (faster than ignoring case); the
    interpreters read case, where it tells, in the text itself.  A letter
    whose lower case is longer ("İ") is left as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_SPAN_GROUP = {name: name + "__s" for name, body in g.RULES if f"(?P<{name}__s>" in body}


def _span(m: re.Match[str], rule: str) -> tuple[int, int]:
    name = _SPAN_GROUP.get(rule)
    if name is not None:
        start = m.start(name)
        if start >= 0:
            return start, m.end(name)
    return m.span(rule)


def _new(m: re.Match[str], rule: str, kind: str) -> _M:
    name = _SPAN_GROUP.get(rule)
    if name is not None:
        start, end = m.span(name)
        if start >= 0:
            return _M(start, end, kind, rule)
    start, end = m.span(rule)
    return _M(start, end, kind, rule)


_POINT_MODS = {
    "depuis": "ON_OR_AFTER",
    "des": "ON_OR_AFTER",
    "apartir": "ON_OR_AFTER",
    "avant": "BEFORE",
    "apres": "AFTER",
    "plustard": "AFTER",
    "vers": "APPROX",
    "approx": "APPROX",
    # TIMEX3's mod for "no later than" a point; EQUAL_OR_LESS is for
    # quantities ("jusqu'à trois ans" of prison: a duration's bound).
    "jusque": "ON_OR_BEFORE",
}


#: A negation before "avant", in its clause: "ne sortira avant", "n'est pas
#: attendu avant", "pas avant", "jamais avant"; "n'importe quand" denies nothing.
_DENIED_BEFORE = re.compile(r"(?:(?<!\w)(?:ne|n')(?![^\S\n]*importe)[^.;:!?,\n]*|(?<!\w)(?:pas|jamais|plus|gu[èe]re)[^\S\n]+)$")
#: A word POINT_MOD_BEFORE may end on: most mentions have none before them.
_POINT_MOD_GATE = re.compile("depuis|dès|partir|avant|apr|tard|vers|alentours|autour|environ|jusqu|d'ici|horizon")


def _point_mod(lowered: str, start: int) -> str | None:
    """The mod a word before a point gives it ("depuis", "vers"), read on
    the lowered text: a case-sensitive search is several times faster."""
    if start < 3 or _POINT_MOD_GATE.search(lowered, max(0, start - 24), start) is None:
        return None
    m = g.POINT_MOD_BEFORE.search(lowered, max(0, start - 24), start)
    if m is None:
        return None
    mod = _POINT_MODS.get(m.lastgroup or "")
    if mod == "BEFORE" and _DENIED_BEFORE.search(lowered, max(0, m.start() - 60), m.start()):
        # "aucun bateau ne sortira avant jeudi", "pas avant 2027": on or
        # after that day, at the earliest
        return "ON_OR_AFTER"
    return mod


# --------------------------------------------------------------------------
# Numbers and names


@lru_cache(maxsize=512)
def _number(word: str) -> int | float | None:
    word = word.strip()
    digits = re.match(r"(\d+)(?:[,.](\d+))?", word)
    if digits:
        if digits.group(2):
            return float(f"{digits.group(1)}.{digits.group(2)}")
        return int(digits.group(1))
    lowered = key(word)
    if lowered in ("premier", "premiere", "1er"):
        return 1
    value = parse_cardinal(" ".join(word.replace("-", " ").split()))
    if value is None:
        value = parse_cardinal(word)
    return value


@lru_cache(maxsize=512)
def _int(word: str) -> int | None:
    value = _number(word)
    if value is None or (isinstance(value, float) and not value.is_integer()):
        return None
    return int(value)


@lru_cache(maxsize=256)
def _month(word: str) -> int:
    return MONTHS[key(word)]


def _year2(two: str, anchor: Anchor | None) -> int:
    yy = int(two)
    pivot = (anchor.year % 100 + 10) if anchor else 50
    return (2000 if yy <= pivot else 1900) + yy


# --------------------------------------------------------------------------
# Resolution against the publication date


def _direction(ctx: _Ctx, start: int, end: int, rel: str | None) -> tuple[int, bool]:
    """(-1|0|+1, strict): the explicit "dernier"/"prochain" or the tense."""
    if rel:
        r = key(rel)
        if r.startswith(("dernier", "derniere", "passe", "precedent")):
            return -1, True
        if r.startswith(("prochain", "suivant", "qui")):
            return 1, True
    return ctx.tense(start, end), False


def _weekday_told(ctx: _Ctx, start: int, wd: int, pub: date) -> date | None:
    """The day of the week before the publication that the text stated
    last, before ``start``, with weekday ``wd``."""
    # only in a narration going forward: the last day told before it is an
    # earlier one of that week ("Parti mercredi à l'aube … Jeudi, sa compagne
    # donne l'alerte"; not "en grève depuis jeudi. Jeudi, le Premier
    # ministre reçoit les syndicats", an announcement)
    last = ctx.last_told(start)
    for told_at, day in reversed(ctx.weekdays):
        if told_at < start and day.isoweekday() == wd and 0 < (pub - day).days < 7:
            return day if last is not None and 0 < (day - last).days < 7 else None
    return None


def _weekday_in_frame(ctx: _Ctx, start: int, wd: int, next_one: date) -> date | None:
    """In a future clause, the day of the week within a range of days
    the text just told ahead, beyond the next one (``next_one``): "du jeudi
    18 au dimanche 21 juillet … Le concert d'ouverture, jeudi à 21 heures,
    sera suivi…", "Samedi, une scène accueillera…" (read on 2 July: the
    festival's days, not the next ones).  Not a day told alone ("ne
    rouvriront pas avant le 7 janvier. Vendredi, …" is the next Friday),
    nor a longer range ("du 14 au 30 juillet")."""
    sentence = ctx.sentence_index(start)
    for end, first, last in reversed(ctx.ranges):
        # (a week at most: in "du 11 au 29 mai", a weekday is no day of it)
        if end <= start and sentence - ctx.sentence_index(end - 1) <= 2 and first > next_one and (last - first).days < 7:
            day = first + timedelta(days=(wd - first.isoweekday()) % 7)
            return day if day <= last else None
    return None


def _since_before(ctx: _Ctx, start: int) -> bool:
    """Whether "depuis" (le, la ...) comes right before ``start``."""
    # (the plain find first: most mentions have no "depuis" before them)
    return "depuis" in ctx.lowered[max(0, start - 16) : start] and ctx.direction_before(start) == "since"


#: Flags shared by the resolutions (added to a mention's own set, never changed).
_RELATIVE = frozenset(("relative",))
_UNANCHORED = frozenset(("unanchored",))


def _year_for(ctx: _Ctx, start: int, end: int, month: int, day: int | None,
              rel: str | None = None) -> tuple[int | None, frozenset[str]]:  # fmt: skip
    """The year of a month (and day) the text gives without one.

    "dernier"/"prochain" ask for the nearest one strictly before/after the
    publication; a past (future) tense for the nearest one not after (not
    before) it, give or take a week; with neither, the publication year
    unless that puts the date more than half a year away while the
    neighbouring year brings it within two months ("le 28 décembre" read on
    3 January).
    """
    if rel is None:
        frame = _year_framed(ctx, start)
        if frame is not None and frame.when is not None:
            # (relative when the framing year is: "L'an dernier, à Pâques")
            return frame.when.year, frozenset(frame.flags & _RELATIVE)
        clause_of = _year_of_when_clause(ctx, start)
        if clause_of is not None and clause_of.when is not None:
            # (relative when the year it is about is: "l'an dernier, quand")
            return clause_of.when.year, frozenset(clause_of.flags & _RELATIVE)
        narrated = _year_narrated(ctx, start, month, day)
        if narrated is not None:
            return narrated, frozenset()
    a = ctx.anchor
    if a is None:
        return None, _UNANCHORED
    if a.month is None:
        return a.year, _RELATIVE
    year = a.year
    # How far the date falls from the publication in the publication's year
    # (months, or days when both state a day), then a year before, after.
    if day is None or a.day is None:
        mid = month - a.month
        near, far, window = 0, 6, 2
    else:
        pub = a.day_date.toordinal()  # type: ignore[union-attr]
        mid = date(year, month, min(day, last_day(year, month))).toordinal() - pub
        near, far, window = 7, 183, 62
    if rel is None and -near <= mid <= near:
        return year, _RELATIVE  # every reading agrees: no need for the tense
    sign, strict = _direction(ctx, start, end, rel)
    if (sign < 0 and not strict and rel is None and ctx._until_before(max(0, start - 16), start)
            and not _LASTED_BEFORE.search(ctx.text, max(0, start - 48), start)):  # fmt: skip
        # "a bouclé le prêt d'un défenseur jusqu'en juin": a past verb sets a
        # bound that may lie ahead; the nearer June (as for weekdays; not
        # "est resté fermé jusqu'en juin": a state that lasted till then)
        sign = 0
    if sign < 0 and day is not None and not strict and _since_before(ctx, start):
        # "depuis le 1er janvier" read on 27 December: this year's; a day
        # since which never lies ahead (a past verb allows a week's slack)
        strict = True
    if sign == 0 and -far <= mid <= far:
        return year, _RELATIVE
    if day is None or a.day is None:
        before, after = mid - 12, mid + 12
    else:
        before = date(year - 1, month, min(day, last_day(year - 1, month))).toordinal() - pub
        after = date(year + 1, month, min(day, last_day(year + 1, month))).toordinal() - pub
    offsets = (before, mid, after)
    if strict:
        allowed = [i for i in (0, 1, 2) if (offsets[i] < 0 if sign < 0 else offsets[i] > 0)]
    elif sign < 0:
        allowed = [i for i in (0, 1, 2) if offsets[i] <= near]
    elif sign > 0:
        allowed = [i for i in (0, 1, 2) if offsets[i] >= -near]
    else:
        # No tense: the publication year, unless the date is more than half
        # a year away and the neighbouring year brings it near.
        other = 0 if abs(before) <= abs(after) else 2
        if abs(offsets[other]) <= window:
            return year - 1 + other, _RELATIVE
        return year, _RELATIVE
    best = min(allowed or (0, 1, 2), key=lambda i: abs(offsets[i]))
    return year - 1 + best, _RELATIVE


def _year_of(ctx: _Ctx, out: _M, stated: str | None, month: int, rel: str | None = None) -> int | None:
    """The year a month is in: the four digits stated, else the one the
    publication and the tense give (``_year_for``), its flags added to
    ``out``."""
    if stated:
        return int(stated)
    year, flags = _year_for(ctx, out.start, out.end, month, None, rel)
    out.flags |= flags
    return year


def _weekday_date(ctx: _Ctx, start: int, end: int, wd: int,
                  rel: str | None, yesterday: bool = True) -> tuple[When, frozenset[str]]:  # fmt: skip
    """The day a weekday alone names (see the module docstring);
    ``yesterday`` allows the day before the publication for a weekday with
    no tense (not for the morning of a night: its evening is two days back)."""
    a = ctx.anchor
    if a is None:
        return When(), _UNANCHORED
    if a.month is None or a.day is None:
        return When(a.year, a.month, None), _RELATIVE
    pub = a.day_date
    assert pub is not None
    if rel is None:
        # The usual case: no "prochain", "dernier", "en huit" ... (docstring).
        today = pub.isoweekday()
        sign = 0 if wd == today else ctx.tense(start, end)  # (today needs no tense)
        if wd == today:
            day = pub
        elif sign < 0 and (_UNTIL_BEFORE.search(ctx.text, max(0, start - 16), start)
                           or _FOR_BEFORE.search(ctx.text, max(0, start - 16), start)):  # fmt: skip
            # "prolongée jusqu'à lundi midi", "un préavis pour jeudi": a past
            # verb sets a bound or a target that may lie ahead; the nearer
            # of the last and the next one
            back, ahead = (today - wd) % 7, (wd - today) % 7
            day = pub - timedelta(days=back) if back < ahead else pub + timedelta(days=ahead)
        elif sign < 0 or (
                sign == 0 and _NAMES_AN_EVENT.search(ctx.text, max(0, start - 24), start)
                and not _RANGE_END_AFTER.match(ctx.text, end)):  # fmt: skip
            # a past, or an event named by its day ("l'attaque de lundi")
            day = pub - timedelta(days=(today - wd) % 7)
        elif sign == 0 and yesterday and (today - wd) % 7 == 1 and not _AHEAD_BEFORE.search(
            ctx.text, max(0, start - 16), start
        ):
            # no tense, and the day was yesterday: a result told in the
            # present ("Pogacar s'impose jeudi à Lyon" read on Friday); a
            # day six days ahead would be written "jeudi prochain"
            day = pub - timedelta(days=1)
        else:
            # A future, or no tense: the present of news announces ("le
            # sommet s'ouvre mardi"), narration takes the passé composé;
            # but with no tense the day the text already gave that weekday,
            # in the week past ("porté disparu depuis jeudi … Jeudi, sa
            # compagne donne l'alerte": the historical present)
            day = pub + timedelta(days=(wd - today) % 7)
            if sign == 0:
                day = _weekday_told(ctx, start, wd, pub) or day
            elif sign > 0:
                day = _weekday_in_frame(ctx, start, wd, day) or day
        ctx.weekdays.append((start, day))
        since = _range_start(ctx, start)
        if since is not None and day < since:
            # "de mercredi 22 heures à jeudi midi": the end is on or after the start
            day = since + timedelta(days=(wd - since.isoweekday()) % 7)
        joined = _joined_to(ctx, start)
        if joined is not None and (wd - joined.isoweekday()) % 7:
            # "les crues de jeudi et vendredi": the days after the one it is joined to
            run_on = joined + timedelta(days=(wd - joined.isoweekday()) % 7)
            # (in a past clause, ahead only when the day it is joined to is)
            if not ((sign < 0 and run_on > pub >= joined) or (sign > 0 and run_on < pub)):
                day = run_on
        return When(day.year, day.month, day.day), _RELATIVE
    r = key(rel)
    base = pub
    if r and ("suivant" in r or "apres" in r or "precedent" in r or "d'avant" in r):
        narrative, _ = ctx.narrative(start)
        base = narrative or pub
    monday = base - timedelta(days=base.isoweekday() - 1)
    if r.startswith(("prochain",)):
        day = base + timedelta(days=((wd - base.isoweekday() - 1) % 7) + 1)
    elif r.startswith(("dernier", "passe")):
        day = base - timedelta(days=((base.isoweekday() - wd - 1) % 7) + 1)
    elif r.startswith(("suivant", "d'apres")) or ("semaine" in r and (
            "prochaine" in r or "suivante" in r or "apres" in r or "qui vient" in r)):  # fmt: skip
        day = monday + timedelta(days=7 + wd - 1)
    elif r.startswith(("precedent", "d'avant")) or ("semaine" in r and (
            "derniere" in r or "passee" in r or "precedente" in r)):  # fmt: skip
        day = monday + timedelta(days=-7 + wd - 1)
    elif "cette semaine" in r:
        day = monday + timedelta(days=wd - 1)
    elif r.startswith("en "):
        weeks = 1 if r.endswith(("huit", "8")) else 2
        day = base + timedelta(days=(wd - base.isoweekday()) % 7 + 7 * weeks)
    elif wd == base.isoweekday():
        day = base  # the day itself, whatever the tense
    else:
        sign = ctx.tense(start, end)
        if sign < 0:
            day = base - timedelta(days=(base.isoweekday() - wd) % 7)
        elif sign > 0:
            day = base + timedelta(days=(wd - base.isoweekday()) % 7)
        else:
            day = monday + timedelta(days=wd - 1)
    return When(day.year, day.month, day.day), _RELATIVE


#: "… à", "… jusqu'à" between the day a range starts and its end.
_TO_RANGE_END = re.compile(
    r"(?:[^\S\n]++(?:\d{1,2}[^\S\n]*+h(?:eures?)?(?:[^\S\n]*+\d{2})?|midi|minuit|matin|soir))?"
    r"[^\S\n]*+,?[^\S\n]*+(?:à|au|jusqu'à|jusqu'au)[^\S\n]++"
    # the end's clock time before its day: "de 18 heures jeudi à 8 heures vendredi"
    r"(?:(?:\d{1,2}[^\S\n]*+h(?:eures?)?(?:[^\S\n]*+\d{2})?|midi|minuit)[^\S\n]++)?",
    re.IGNORECASE,
)
_FROM_RANGE_START = re.compile(r"(?:^|[^\w'])(?:de|du|depuis|dès)[^\S\n]+[^.;:!?]{0,40}$", re.IGNORECASE)
#: Verbs that move an event from one day to another: "avancée de jeudi à
#: mardi" is no range.
_MOVED = re.compile(
    r"\b(?:(?:avanc|report|d[ée]cal|d[ée]plac|repouss|pass)[ée]e?s?|avancer?|reporter?|d[ée]caler?)\b", re.I
)
#: "l'attaque de lundi", "l'incendie de mardi": an event named by its day,
#: one that has happened (with no tense to say otherwise).
_NAMES_AN_EVENT = re.compile(
    r"(?:\b(?:l'|le|la|les|du|des|au|aux|celui|celle|ceux|celles)[^\S\n]*)"
    r"(?:(?!(?:nuit|journ[ée]e|matin[ée]e|soir[ée]e|apr[èe]s-midi|week-end|semaine|r[ée]union|programme"
    r"|pr[ée]visions?|s[ée]ance|rendez-vous)[^\S\n])[^\W\d_][\w-]{2,}[^\S\n]+)?"
    r"(?:de|du)[^\S\n]+$",
    re.IGNORECASE,
)
#: Before a weekday: words that look ahead ("pour jeudi", "dès lundi").
_AHEAD_BEFORE = re.compile(r"(?:\bpour|\bdès|\bd[èe]s|partir de|d'ici|jusqu'(?:[àa]|au))[^\S\n]+$", re.IGNORECASE)
#: After a weekday, the end of a range: "à" or "au" then a day or an hour.
_RANGE_END_AFTER = re.compile(
    rf"[^\S\n]+(?:[àa]|au|jusqu'(?:[àa]|au))[^\S\n]+(?:{g.WEEKDAY}|\d|midi|minuit)",
    re.IGNORECASE,
)


def _joined_to(ctx: _Ctx, start: int) -> date | None:
    """The day a weekday is joined to by "et"/"ou" ("jeudi et vendredi",
    "mardi ou mercredi"): the day stated just before."""
    if not ctx.stated:
        return None
    end, day = ctx.stated[-1]
    if end <= start <= end + 6 and _JOINED.fullmatch(ctx.text, end, start) and _WEEKDAY_BEFORE.search(
        ctx.text, max(0, end - 9), end
    ):
        return day
    return None


_JOINED = re.compile(r"[^\S\n]+(?:et|ou)[^\S\n]+", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(rf"{g.WEEKDAY}$", re.IGNORECASE)


def _range_start(ctx: _Ctx, start: int) -> date | None:
    """The day a range opened by "de"/"du" starts, when the mention at
    ``start`` is its end ("de mercredi 22 heures à jeudi midi")."""
    if not ctx.stated:
        return None
    end, day = ctx.stated[-1]
    if end > start or start - end > 40 or not _TO_RANGE_END.fullmatch(ctx.text, end, start):
        return None
    opener = _FROM_RANGE_START.search(ctx.text, max(0, end - 48), end)
    if opener is None or _MOVED.search(ctx.text, max(0, opener.start() - 24), opener.start() + 1):
        return None
    return day


def _year_of_weekday(ctx: _Ctx, m: _M, wd: int) -> None:
    """A day and month stated with their weekday but no year: when the
    year the tense gave puts another weekday there and the neighbouring
    year, within half a year of the publication, fits ("vendredi 10
    janvier" read on 2 January 2025 in a past clause), take that one.  A
    weekday that fits no year near the publication stays a mismatch to
    report ("mercredi 18 juin" read in June 2024).

    A narrative's year comes first: the year of the last full date the text
    states with its year, when the weekday fits there within half a year
    of it ("Le soir du mercredi 21 juin 2023, … Il sera interpellé le
    vendredi 23 juin" in an article of 2026)."""
    when, pub = m.when, ctx.pub
    if when is None or pub is None or when.year is None or when.month is None or when.day is None:
        return
    if valid(when.year, when.month, when.day) and weekday_of(when.year, when.month, when.day) == wd:
        return
    told = _last_full_date(ctx, m.start)
    if told is not None and told.year != when.year and valid(told.year, when.month, when.day):
        d = date(told.year, when.month, when.day)
        if d.isoweekday() == wd and abs((d - told).days) <= 183:
            when.year = told.year
            return
    for year in (when.year - 1, when.year + 1):
        if valid(year, when.month, when.day):
            d = date(year, when.month, when.day)
            if d.isoweekday() == wd and abs((d - pub).days) <= 183:
                when.year = year
                return


def _last_full_date(ctx: _Ctx, pos: int) -> date | None:
    """The last day stated before ``pos`` with its year in the words
    ("mercredi 21 juin 2023", not "le 21 juin" given a year)."""
    for point in reversed(ctx.points):
        when = point.when
        if point.end <= pos and when is not None and when.precision == DAY and when.day is not None:
            if point.kind not in ("date", "datetime") or point.flags & _RESOLVED:
                return None
            return when.as_date()
    return None


#: Flags of a value the publication date or the tense gave, not the words.
_RESOLVED = frozenset(("relative", "unanchored"))


def _check_weekday(m: _M, wd: int | None) -> None:
    if wd is None or m.when is None:
        return
    m.weekday = wd
    d = m.when.as_date()
    if d is not None and d.isoweekday() != wd:
        m.flags.add("weekday-mismatch")


def _offset_day(base: date | None, days: int) -> When:
    if base is None:
        return When()
    d = base + timedelta(days=days)
    return When(d.year, d.month, d.day)


def _today_partial(ctx: _Ctx, days: int) -> When:
    """A day relative to a publication date known only to the month."""
    a = ctx.anchor
    if a is None:
        return When()
    if days == 0:
        return When(a.year, a.month, None)
    return When()


# --------------------------------------------------------------------------
# Rules


def _date_parts(m: re.Match[str], p: str) -> tuple[int | None, int, int | None, int | None]:
    """(weekday, day, month, year) of a _dpart group set."""
    wd = m.group(p + "wd")
    day = _int(m.group(p + "d"))
    if day is None:
        raise ValueError(m.group(p + "d"))
    month = m.group(p + "m")
    year = m.group(p + "y")
    return (
        WEEKDAYS[key(wd)] if wd else None,
        day,
        _month(month) if month else None,
        int(year) if year else None,
    )


#: Between a year and the day and month it gives theirs: "de 2018, les 8
#: et 9 février" (nothing more: "fondé en 1905, jouera le 29 juin" is no 1905).
_BESIDE_A_YEAR = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:les?|du|la)[^\S\n]+)?(?:\d{1,2}(?:er)?[^\S\n]+(?:et|au|ou)[^\S\n]+)?"
)


def _year_told(ctx: _Ctx, pos: int) -> int | None:
    """The year stated right before a day and month ("L'épisode de 2018,
    les 8 et 9 février"), for them."""
    if ctx.points:
        last = ctx.points[-1]
        when = last.when
        if (when is not None and when.precision == YEAR and last.value is None and last.kind == "date"
                and last.mod is None and last.end <= pos
                and _BESIDE_A_YEAR.fullmatch(ctx.text, last.end, pos)):  # fmt: skip
            return when.year
    return None


#: What may open a sentence before the year that frames it: "En 2019,",
#: "Déjà en 2019,", "Mais l'an dernier,".
_FRAME_OPENER = re.compile(
    r"[^\S\n]*(?:[«\"(][^\S\n]*)?(?:(?:et|mais|d[ée]j[àa]|or|puis|ainsi)[^\S\n]+)?(?:en[^\S\n]+)?", re.IGNORECASE
)
#: After the framing year: the comma closing the frame.
_FRAME_CLOSE = re.compile(r"[^\S\n]*(?:d[ée]j[àa][^\S\n]*)?,")


def _year_framed(ctx: _Ctx, pos: int) -> _M | None:
    """The year (its mention) a sentence opens with, set off by a comma, for the days,
    months and holidays its statement gives without one ("En 2019, la
    cathédrale avait brûlé le 15 avril"; "L'an dernier, à Pâques, …"); a
    semicolon ends the statement it frames; a colon opens one ("Ce
    week-end est le plus chargé de l'été : l'an dernier, le pic avait
    atteint 870 km le 1er août")."""
    points = ctx.points
    if not points:
        return None
    sentence = ctx.sentence_bounds(pos)[0]
    # the sentence's opening first ("En 2019, la crue avait connu deux pics :
    # le 3 mars et le 12 avril"), then the statement after its last colon
    for lo in (sentence, *[c.end() for c in _COLON.finditer(ctx.text, sentence, pos)][-1:]):
        i = bisect_left(points, lo, key=_start_of)
        if i == len(points):
            return None
        frame = points[i]
        when = frame.when
        if not (frame.end > pos or when is None or when.precision != YEAR or frame.kind != "date"
                or frame.mod is not None or frame.when2 is not None or ";" in ctx.text[frame.end : pos]
                or not _FRAME_OPENER.fullmatch(ctx.text, lo, frame.start)
                or not _FRAME_CLOSE.match(ctx.text, frame.end)):  # fmt: skip
            return frame
    return None


_COLON = re.compile(r"[^\S\n]:[^\S\n]*")

#: A clause that tells what happened in the year before it: ", quand",
#: ", lorsque", ", où", up to the mention with no break.
_WHEN_CLAUSE = re.compile(r"[^\S\n]*,[^\S\n]*(?:quand|lorsqu(?:e|')|où)(?![\w-])[^,.;!?\n]*", re.IGNORECASE)


def _year_of_when_clause(ctx: _Ctx, pos: int) -> _M | None:
    """The year a clause of "quand", "lorsque" or "où" is about, told
    right before it: "contre 1 800 l'an dernier, quand le gel d'avril avait
    détruit …" (last year's April), "en 2019, où la crue de juin …"."""
    points = ctx.points
    lo = ctx.sentence_bounds(pos)[0]
    i = bisect_left(points, pos, key=_start_of) - 1
    if i < 0:
        return None
    frame = points[i]
    when = frame.when
    if (frame.start < lo or frame.end > pos or when is None or when.precision != YEAR or frame.kind != "date"
            or frame.mod is not None or frame.when2 is not None):  # fmt: skip
        return None
    clause = _WHEN_CLAUSE.match(ctx.text, frame.end)
    return frame if clause is not None and clause.end() >= pos else None


def _year_narrated(ctx: _Ctx, pos: int, month: int, day: int | None) -> int | None:
    """The year of a day or month told without one in a narrative past
    (imperfect, pluperfect, passé simple) right after a date of history
    stated with its year: "le 9 octobre 1981, la loi était promulguée, après
    son adoption par le Sénat le 30 septembre" (1981), "Les épreuves
    s'étaient déroulées jusqu'au 5 février" after "le 25 janvier 1924". The
    nearest such date to the one stated; none when the last date told is no
    stated date over a year before the publication (not "Né le 3 mars 1950,
    il est mort le 12 janvier": the passé composé tells of now), nor when
    the day falls more than two months from the one stated."""
    pub = ctx.pub
    if pub is None or not ctx.points:
        return None
    last = ctx.points[-1]
    when = last.when
    if (last.end > pos or when is None or when.precision not in (DAY, MONTH) or last.kind not in ("date", "datetime")
            or "relative" in last.flags or last.mod is not None):  # fmt: skip
        return None
    here = ctx.sentence_index(pos)
    if here - ctx.sentence_index(last.end - 1) > 1 or "\n" in ctx.text[last.end : pos]:
        return None
    told = date(when.year or 1, when.month or 1, when.day or 1)
    if (pub - told).days < 400 or ctx.tense(pos, pos + 1) >= 0:
        return None
    lo, hi = ctx.sentence_bounds(pos)
    if not any(_imperfect(m.group(0).lower()) for m in _NARRATIVE_PAST.finditer(ctx.text, lo, hi)):
        return None

    def distance(year: int) -> int:
        return abs((date(year, month, min(day or 15, last_day(year, month))) - told).days)

    assert when.year is not None
    year = min((when.year - 1, when.year, when.year + 1), key=distance)
    # (a narration's days lie near one another: "l'audience du 8 janvier"
    # after "le 12 juin 2024" is no day of that narration's)
    return year if distance(year) <= 62 else None


#: Forms of the narrative past: imperfects (and so the pluperfect's
#: auxiliaries, "était promulguée", "avait défendu") and the passé simple's
#: ("fut signé", "eut lieu").
_NARRATIVE_PAST = re.compile(r"(?<!\w)(?:fu(?:t|rent)|eu(?:t|rent)|[^\W\d_]{2,}(?:ait|aient))(?!\w)", re.IGNORECASE)


def _start_of(m: _M) -> int:
    return m.start


def _full_date(ctx: _Ctx, m: _M, day: int, month: int | None, year: int | None,
               rel: str | None = None) -> When:  # fmt: skip
    """A stated day (and month, year): the missing parts resolved."""
    a = ctx.anchor
    if month is None:
        if a is None or a.month is None:
            m.flags.add("unanchored" if a is None else "relative")
            if a is not None:
                return When(a.year, None, day)
            return When(None, None, day)
        month = a.month
        year = year or a.year
        m.flags.add("relative")
        if a.day is not None and day < a.day and ctx.last_told(m.start) is None and ctx.tense(m.start, m.end) > 0:
            # a day alone is of the publication's month, unless a future puts
            # it in the next ("aura lieu le 18" read on 31 March); not after a
            # day told ("Le 3 janvier, … Le 17, il était relâché"), nor back
            # under a past, which may govern a plan ("initialement prévu le
            # 25, a été reporté", "ont appelé à la grève le 26")
            next_year, next_month = add_months(year, month, 1)
            if valid(next_year, next_month, day):
                year, month = next_year, next_month
    if year is None and rel is None:
        year = _year_told(ctx, m.start)  # "L'épisode de 2018, les 8 et 9 février"
    if year is None:
        year, flags = _year_for(ctx, m.start, m.end, month, day, rel)
        m.flags |= flags
    if year is not None and not valid(year, month, day):
        raise ValueError("no such day")
    if year is None and not valid(2024, month, day):
        raise ValueError("no such day")
    return When(year, month, day)


def _names_a_place(text: str, start: int) -> bool:
    """"rue du 8-Mai-1945", "le marché de Noël": a name, no date."""
    before = text[max(0, start - 6) : start].lower()
    if not before.endswith(("du ", "de ", "des ", "la ", "re ", "el ")):
        return False  # (a name is "... du 8-Mai", "... de la ...", "père Noël")
    return g.NAMED_AFTER.search(text, max(0, start - 30), start) is not None


def _rule_dmy(m: re.Match[str], ctx: _Ctx) -> _M | None:
    if _names_a_place(ctx.text, m.start()):
        return None
    out = _M(m.start(), m.end(), "date", "dmy")
    wd, day_text, month_text, y4, y2, rel = m.group(
        "dmy_wd", "dmy_d", "dmy_m", "dmy_y", "dmy_y2", "dmy_rel"
    )
    day = _int(day_text)
    if day is None or not 1 <= day <= 31:
        return None
    month = _month(month_text)
    year = None
    if y4:
        year = int(y4)
    elif y2:
        year = _year2(y2, ctx.anchor)
    told = m.group("dmy_told")
    if told and year is None and month is not None:
        # "le 14 novembre suivant" after "le 6 mai 1994": the first after the
        # day told last (before it, "précédent"), not after the publication
        # (with no day told, as the publication's: "prochain", "dernier")
        base = ctx.last_told(out.start)
        if base is not None:
            if key(told).startswith("suivant"):
                year = base.year + (0 if (month, day) > (base.month, base.day) else 1)
            else:
                year = base.year - (0 if (month, day) < (base.month, base.day) else 1)
            out.flags.add("relative")
    out.when = _full_date(ctx, out, day, month, year, rel)
    if wd and year is None and rel is None:
        _year_of_weekday(ctx, out, WEEKDAYS[key(wd)])
    _check_weekday(out, WEEKDAYS[key(wd)] if wd else None)
    _set_part(out, m.group("dmy_pod") or m.group("dmy_pod2") or _dawn(m, "dmy_dawn", ctx))
    _state(ctx, out)
    return out


def _rule_cd(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """"les 18 et 19 juin": the second day names the month of both."""
    second = _M(m.start("cd__s"), m.end("cd__s"), "date", "cd")
    day_a, day_b = _int(m.group("cd_a")), _int(m.group("cd_b"))
    if day_a is None or day_b is None:
        return None
    month = _month(m.group("cd_m"))
    year = int(m.group("cd_y")) if m.group("cd_y") else None
    second.when = _full_date(ctx, second, day_b, month, year)
    first = _M(m.start("cd_a"), m.end("cd_a"), "date", "cd")
    first.when = _full_date(ctx, first, day_a, month, second.when.year)
    first.flags = set(second.flags)
    _state(ctx, first)
    _state(ctx, second)
    second.also = first
    return second


def _rule_numeric(ctx: _Ctx, out: _M, d: str, mo: str, y: str | None) -> _M | None:
    day, month = int(d), int(mo)
    year = None
    if y:
        year = int(y) if len(y) == 4 else _year2(y, ctx.anchor)
    out.when = _full_date(ctx, out, day, month, year)
    _state(ctx, out)
    return out


def _rule_nd1(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "nd1", "date")
    _rule_numeric(ctx, out, m.group("nd1_d"), m.group("nd1_m"), m.group("nd1_y"))
    if m.group("nd1_h") and out.when is not None:
        out.when.hour = int(m.group("nd1_h"))
        out.when.minute = int(m.group("nd1_mi"))
        out.when.precision = MINUTE
    return out


def _rule_nd2(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _rule_numeric(ctx, _new(m, "nd2", "date"), m.group("nd2_d"), m.group("nd2_m"),
                         m.group("nd2_y"))  # fmt: skip


def _article_before(text: str, start: int) -> bool:
    return g.ARTICLE_BEFORE.search(text, max(0, start - 16), start) is not None


def _rule_nd4(m: re.Match[str], ctx: _Ctx) -> _M | None:
    year = m.group("nd4_y")
    month = m.group("nd4_m")
    if not (year and len(year) == 4) and not (year and len(month) == 2):
        if not _article_before(ctx.text, m.start()):
            return None
    return _rule_numeric(ctx, _new(m, "nd4", "date"), m.group("nd4_d"), month, year)


def _rule_nd3(m: re.Match[str], ctx: _Ctx) -> _M | None:
    d, mo = m.group("nd3_d"), m.group("nd3_m")
    if not (int(d) >= 13 or len(mo) == 2 or _article_before(ctx.text, m.start())):
        return None
    return _rule_numeric(ctx, _new(m, "nd3", "date"), d, mo, None)


def _rule_my(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "my", "date")
    out.when = When(int(m.group("my_y")), _month(m.group("my_m")), precision=MONTH)
    return out


def _rule_yc(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "yc", "date")
    out.when = When(int(m.group("yc_y")), precision=YEAR)
    return out


def _rule_yde(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """"la crise de 2008": a year unless the noun before counts or measures
    ("un total de 2019") or the number is a round hundred ("une amende de
    1500"), which is an amount far more often than a year."""
    year = int(m.group("yde_y"))
    if year % 100 == 0:
        return None
    before = g.WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if before is None or key(before.group(1)) in g.AMOUNT_BEFORE_DE:
        return None
    out = _new(m, "yde", "date")
    out.when = When(year, precision=YEAR)
    return out


def _rule_dec(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "dec", "date")
    y = m.group("dec_y")
    year = int(y) if len(y) == 4 else 1900 + int(y)
    out.value = f"{year // 10}X"
    return out


def _rule_cent(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """A century, TIMEX3 ``19XX`` for the 20th; before the common era
    ``BC00XX`` for the first (the TimeML prefix, as ``BC0052`` for a year)."""
    if m.group("cent_1"):
        century: int | None = 1
    elif m.group("cent_d"):
        century = int(m.group("cent_d"))
    else:
        century = roman_to_int(m.group("cent_r"))
    if century is None or not 1 <= century <= 21:
        return None
    out = _new(m, "cent", "date")
    out.value = f"{'BC' if m.group('cent_bc') else ''}{century - 1:02d}XX"
    return out


def _rule_era(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """A year with its era: ``BC0052`` before the common era, else the year."""
    year = int("".join(m.group("era_y").split()))
    out = _new(m, "era", "date")
    if m.group("era_bc"):
        out.value = f"BC{year:04d}"
    else:
        out.when = When(year, precision=YEAR)
    return out


def _rule_qh(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """Quarters and halves of a year, TIMEX3 ``2024-Q1`` and ``2023-H2``."""
    letter = m.group("qh_c")
    n: int | None
    if letter:
        n = int(m.group("qh_n"))
        per_year = 2 if letter.upper() == "S" else 4
        year_text = m.group("qh_y2")
    else:
        per_year = 4 if key(m.group("qh_u")) == "trimestre" else 2
        word = m.group("qh_o")
        n = per_year if key(word) == "dernier" else parse_ordinal(word)
        if n is None:
            return None
        year_text = m.group("qh_y")
    if not 1 <= n <= per_year:
        return None
    out = _new(m, "qh", "date")
    months = 12 // per_year
    # The period's first month places it before or after the publication;
    # a period the publication falls in is the current one, whatever the tense.
    a, first = ctx.anchor, (n - 1) * months + 1
    year: int | None
    if not year_text and not m.group("qh_r") and a is not None and a.month is not None \
            and first <= a.month < first + months:  # fmt: skip
        year = a.year
        out.flags.add("relative")
    else:
        year = _year_of(ctx, out, year_text, first, m.group("qh_r"))
    out.value = f"{'XXXX' if year is None else f'{year:04d}'}-{'Q' if per_year == 4 else 'H'}{n}"
    if year is not None:
        out.when = When(year, precision=YEAR)  # what "un an plus tard" counts from
    return out


#: TIMEX3 values of the temporal references, by the group that matched.
_REFERENCES = {"ref_now": "PRESENT_REF", "ref_past": "PAST_REF", "ref_future": "FUTURE_REF"}


#: A recurring part of the day: TIMEX3's code after the day's "T".
_SET_PARTS = {"matin": "TMO", "soir": "TEV", "nuit": "TNI", "apres midi": "TAF", "midi": "T12:00"}
#: "deux fois par jour": the period each time recurs in.
_SET_PERIODS = {"jour": "P1D", "semaine": "P1W", "mois": "P1M", "an": "P1Y", "annee": "P1Y"}


def _rule_set(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """Recurring times, TIMEX3 SETs ("chaque lundi" ``XXXX-WXX-1``, "tous
    les samedis soir" ``XXXX-WXX-6TEV``, "toutes les 15 minutes" ``PT15M``,
    "chaque été" ``XXXX-SU``, "tous les 1er mai" ``XXXX-05-01``): no date
    of their own, so their words are never read as one."""
    out = _new(m, "set", "set")
    wd, part = m.group("set_wd", "set_pod")
    if m.group("set_per"):
        value = _SET_PERIODS[key(m.group("set_per"))]
    elif wd:
        value = _weekday_set(wd, part)
    elif m.group("set_m"):
        day = _int(m.group("set_d"))
        if day is None or not 1 <= day <= 31:
            return None
        value = f"XXXX-{_month(m.group('set_m')):02d}-{day:02d}"
    elif m.group("set_mm"):
        value = f"XXXX-{_month(m.group('set_mm')):02d}"
    elif m.group("set_se"):
        value = f"XXXX-{SEASON_CODES[key(m.group('set_se'))]}"
    elif m.group("set_p"):
        p = m.group("set_p")
        value = "XXXX-WXX-WE" if key(p).startswith("week") else _day_part_set(p)
    else:
        unit = _unit(m.group("set_u"))
        amount = _number(m.group("set_n")) if m.group("set_n") else 1
        if amount is None or amount <= 0:
            return None
        # "tous les ans en juillet": every July
        value = f"XXXX-{_month(m.group('set_in')):02d}" if m.group("set_in") else _iso_duration(amount, unit)
    out.value = value
    return out


def _weekday_set(weekday: str, part: str | None) -> str:
    """"lundi" -> ``XXXX-WXX-1``, "samedi soir" -> ``XXXX-WXX-6TEV``."""
    return f"XXXX-WXX-{WEEKDAYS[key(weekday)]}" + (_SET_PARTS[key(part)] if part else "")


def _day_part_set(part: str) -> str:
    """"le matin" as a habit: ``XXXX-XX-XXTMO``."""
    return "XXXX-XX-XX" + _SET_PARTS[key(part)]


def _habit(m: re.Match[str], ctx: _Ctx, rule: str, value: str) -> _M | None:
    """A habit told by a bare "le mardi", "la nuit": a SET, unless the
    clause tells the past ("reparti le mardi", "le soir, il est rentré": a
    day told)."""
    out = _new(m, rule, "set")
    if ctx.tense(out.start, out.end) < 0:
        return None
    out.value = value
    return out


def _rule_hab(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """"le mardi", "le samedi matin": a weekday habit (``XXXX-WXX-2``)."""
    return _habit(m, ctx, "hab", _weekday_set(m.group("hab_w"), m.group("hab_p")))


def _rule_habp(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """"la nuit", "le matin", "le soir" alone: a habit (``XXXX-XX-XXTNI``)."""
    if ctx.stated and 0 <= _span(m, "habp")[0] - ctx.stated[-1][0] <= 3:
        return None  # "le 15 février le matin", "aujourd'hui le matin": that day's
    return _habit(m, ctx, "habp", _day_part_set(m.group("habp_n") or m.group("habp_p")))


def _rule_ref(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """"maintenant", "récemment", "bientôt": no date of their own.  The
    present is the publication's moment ("maintenant", "à présent"), its
    day ("actuellement", "en ce moment": a period around it) or nothing
    ("de nos jours": an era), given as ``implied``; the flag ``vague``
    keeps them out of the comparisons of dates."""
    out = _new(m, "ref", "date")
    which = next(name for name in _REFERENCES if m.group(name))
    out.value = _REFERENCES[which]
    out.flags.add("vague")
    a = ctx.anchor
    if which == "ref_now" and a is not None:
        words = key(m.group("ref_now"))
        if words in _PRESENT_PERIODS:
            # "actuellement", "en ce moment": the present period, not the
            # instant of publication; its day is what the text can stand for
            out.implied = _anchor_value(a, DAY)
        elif words not in _PRESENT_ERAS:
            out.implied = _anchor_value(a)  # "maintenant", "à présent": the moment
    return out


#: References to the present that name a period around the publication
#: (implied: its day) or an era (no day at all), not the instant itself.
_PRESENT_PERIODS = frozenset(
    ("actuellement", "en ce moment", "a l'heure actuelle", "presentement", "a l'heure qu'il est")
)
_PRESENT_ERAS = frozenset(("de nos jours",))


def _anchor_value(a: Anchor, finest: str = SECOND) -> str:
    """The publication date as precise as it is known, at most ``finest``."""
    precision = (
        SECOND if a.second is not None else MINUTE if a.minute is not None else HOUR if a.hour is not None
        else DAY if a.day is not None else MONTH if a.month is not None else YEAR
    )  # fmt: skip
    if finer(precision, finest):
        precision = finest
    return timex_value(a.year, a.month, a.day, a.hour, a.minute, a.second, None, precision)


def _rule_bm(m: re.Match[str], ctx: _Ctx) -> _M | None:
    word = m.group("bm_m")
    rel = m.group("bm_r")
    if not m.group("bm_c") and not rel and not ctx.text[m.start("bm_m")].islower():
        return None  # "Mars" the planet, "Mai" a name
    out = _new(m, "bm", "date")
    month = _month(word)
    out.when = When(_year_of(ctx, out, None, month, rel), month, precision=MONTH)
    return out


_PP_MODS = {"debut": "START", "fin": "END", "mi": "MID", "milieu": "MID", "courant": None}


#: The part of a week (ISO weekdays), a month (days) and a year (months)
#: that "début", "mi-"/"milieu" and "fin" name.
_PERIOD_PARTS = {
    "semaine": {"START": (1, 2), "MID": (3, 4), "END": (5, 7)},
    "mois": {"START": (1, 10), "MID": (11, 20), "END": (21, 31)},
    "annee": {"START": (1, 3), "MID": (5, 8), "END": (10, 12)},
    "an": {"START": (1, 3), "MID": (5, 8), "END": (10, 12)},
}


def _part_over(ctx: _Ctx, out: _M, unit: str, pub: date) -> int:
    """-1, 0 or +1 period: "en milieu de semaine" in a future clause read
    on a Sunday is next week's (this week's middle is over); "en fin
    d'année" in a past clause read in January is last year's."""
    part = _PERIOD_PARTS.get(unit, {}).get(out.mod or "")
    if part is None:
        return 0
    now = pub.isoweekday() if unit == "semaine" else pub.day if unit == "mois" else pub.month
    first, last = part
    if now > last and ctx.tense(out.start, out.end) > 0:
        return 1
    if now < first and ctx.tense(out.start, out.end) < 0 and not _UNTIL_BEFORE.search(
        ctx.text, max(0, out.start - 12), out.start
    ):
        return -1  # (not "privés de leurs internationaux jusqu'à la fin du mois": a bound ahead)
    return 0


def _rule_pp(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "pp", "date")
    word = key(m.group("pp_w")).split()[-1]
    out.mod = _PP_MODS[word]
    a = ctx.anchor
    if m.group("pp_m"):
        month = _month(m.group("pp_m"))
        out.when = When(_year_of(ctx, out, m.group("pp_my"), month), month, precision=MONTH)
    elif m.group("pp_y"):
        out.when = When(int(m.group("pp_y")), precision=YEAR)
    elif m.group("pp_se"):
        # "la fin de l'été": the season, its end
        year = int(m.group("pp_sey")) if m.group("pp_sey") else None
        return _season(ctx, out, key(m.group("pp_se")), year, None, False)
    elif m.group("pp_dec"):
        y = m.group("pp_dec")
        out.value = f"{(int(y) if len(y) == 4 else 1900 + int(y)) // 10}X"
    else:
        unit = key(m.group("pp_u"))
        year = int(m.group("pp_uy")) if m.group("pp_uy") else None
        # "fin de la semaine prochaine", "début du mois dernier"
        rel = m.group("pp_ur")
        step = 0 if rel is None else 1 if key(rel).startswith("prochain") else -1
        if year is None:
            out.flags.add("unanchored" if a is None else "relative")
        if rel is None and year is None and a is not None and a.date is not None:
            step = _part_over(ctx, out, unit, a.date)
        if unit in ("annee", "an"):
            base = year or (a.year if a else None)
            out.when = When(None if base is None else base + step, precision=YEAR)
        elif unit == "mois":
            if year is not None:
                return None
            if a is None or a.month is None:
                out.when = When(a.year if a else None, None, precision=MONTH)
            else:
                y, month = add_months(a.year, a.month, step)
                out.when = When(y, month, precision=MONTH)
        elif unit == "semaine":
            if a is None or a.date is None:
                out.value = "XXXX-WXX"
            else:
                out.value = iso_week(a.date + timedelta(days=7 * step))
        else:
            base = year or (a.year if a else None)
            if base is None:
                out.value = "XXXX"
            elif unit == "decennie":
                out.value = f"{base // 10 + step}X"
            else:  # siècle
                out.value = f"{base // 100 + step:02d}XX"
    return out


def _season_bounds(name: str, year: int) -> tuple[When, When]:
    first, last = season_days(name, year)
    return When(first.year, first.month, first.day), When(last.year, last.month, last.day)


def _season_year(ctx: _Ctx, out: _M, a: Anchor, name: str, rel: str | None, deictic: bool) -> int:
    """The year of the season of this name around the publication;
    "dernier", "prochain" or the tense move it a year back or forward."""
    pub = date(a.year, a.month or 6, a.day or 15)
    year = a.year - 1 if name == "hiver" and (a.month or 6) <= 3 else a.year
    first, last = (w.as_date() or pub for w in _season_bounds(name, year))
    sign, strict = _direction(ctx, out.start, out.end, rel)
    # "cet été" is this one, unless the tense says otherwise by a margin:
    # "cet été, les touristes sont revenus" read in January is last summer.
    margin = timedelta(days=45 if deictic else 0)
    if sign < 0 and (last >= pub if strict else first > pub + margin):
        year -= 1
    elif sign > 0 and (first <= pub if strict else last < pub - margin):
        year += 1
    elif sign == 0 and not deictic and rel is None:
        # no tense: the nearer of this year's and the next one ("promet un
        # bilan au printemps" read on 31 December is next spring's)
        following = _season_bounds(name, year + 1)[0].as_date()
        if following is not None and last < pub and (following - pub) < (pub - last):
            year += 1
    return year


def _rule_se(m: re.Match[str], ctx: _Ctx) -> _M | None:
    prefix = key(m.group("se_p"))
    name = key(m.group("se_s"))
    year = int(m.group("se_y")) if m.group("se_y") else None
    rel = m.group("se_rel")
    deictic = prefix in ("cet", "ce")
    # "l'été" alone is any summer, unless a tense places it ("reporté à
    # l'automne", "l'hiver a été rude"); "en été" is a habit; "a été" is no
    # season at all.
    if year is None and rel is None and not deictic and (
        prefix == "en" or (prefix in ("l'", "de l'") and not ctx.tense(m.start(), m.end()))
    ):
        return None
    out = _new(m, "se", "date")
    if deictic:
        out.start = m.start("se_p")
    return _season(ctx, out, name, year, rel, deictic)


def _season(ctx: _Ctx, out: _M, name: str, year: int | None, rel: str | None, deictic: bool) -> _M:
    """TIMEX3 names the season ("2024-SU"); its days, as the corpora bound
    them, are what it implies.  A year not stated is resolved around the
    publication."""
    a = ctx.anchor
    if year is None:
        if a is None or a.month is None:
            out.flags.add("unanchored")
            out.value = f"{a.year if a else 'XXXX'}-{SEASON_CODES[name]}"
            return out
        out.flags.add("relative")
        year = _season_year(ctx, out, a, name, rel, deictic)
    first_day, final_day = _season_bounds(name, year)
    out.value = f"{year:04d}-{SEASON_CODES[name]}"
    out.implied = f"{first_day.timex()}/{final_day.timex()}"
    out.when = When(year, precision=YEAR)  # what "un an plus tard" counts from
    return out


#: Holidays whose night is the one leading into them.
_NIGHT_INTO = frozenset(("noel", "nouvel an", "jour de l'an"))


def _rule_hol(m: re.Match[str], ctx: _Ctx) -> _M | None:
    name = key(m.group("hol_h"))
    text = ctx.text
    if name == "noel" and g.CAPITALISED_NEXT.match(text, m.end()):
        return None  # Noël Le Graët
    if name == "paques" and text[max(0, m.start() - 8) : m.start()].lower().endswith("le de "):
        return None  # l'île de Pâques
    if _names_a_place(text, m.start("hol__s")):
        return None
    out = _new(m, "hol", "date")
    year = int(m.group("hol_y")) if m.group("hol_y") else None
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        out.when = _full_date(ctx, out, day, month, year)
        if m.group("hol_n"):
            # "la nuit de Noël", "la nuit du Nouvel An": the night into the
            # day; "la nuit de la Saint-Sylvestre": the eve's own night
            d = out.when.as_date()
            if d is not None:
                return _night(ctx, out, d if name in _NIGHT_INTO else d + timedelta(days=1))
        return out
    if year is None:
        a = ctx.anchor
        if a is None:
            out.flags.add("unanchored")
            out.when = When()
            return out
        # the tense places it like a day of the year ("Mardi gras aura lieu"
        # read in April is next year's), this year's date standing for it
        near = easter(a.year) + timedelta(days=EASTER_HOLIDAYS[name])
        year, flags = _year_for(ctx, out.start, out.end, near.month, near.day)
        out.flags |= flags
        if year is None:
            out.when = When()
            return out
    d = easter(year) + timedelta(days=EASTER_HOLIDAYS[name])
    out.when = When(d.year, d.month, d.day)
    return out


def _rule_qz(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "qz", "interval")
    month = _month(m.group("qz_m"))
    year = _year_of(ctx, out, m.group("qz_y"), month)
    first = key(m.group("qz_o")).startswith(("premiere", "1re", "1ere"))
    end = last_day(year or 2001, month)
    out.when = When(year, month, 1 if first else 16)
    out.when2 = When(year, month, 15 if first else end)
    return out


def _rule_nth(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "nth", "date")
    month = _month(m.group("nth_m"))
    year = int(m.group("nth_y")) if m.group("nth_y") else None
    which = key(m.group("nth_o"))
    if which == "dernier":
        year = _year_of(ctx, out, m.group("nth_y"), month)
        out.when = When(year, month, last_day(year or 2001, month))
        return out
    day = 1 if which == "premier" else int(re.match(r"\d+", which).group())  # type: ignore[union-attr]
    out.when = _full_date(ctx, out, day, month, year)
    return out


def _rule_nthw(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "nthw", "date")
    month = _month(m.group("nthw_m"))
    year = _year_of(ctx, out, m.group("nthw_y"), month)
    if year is None:
        return None
    # The weeks of a month are the weeks wholly in it (Monday to Sunday).
    if key(m.group("nthw_o")).startswith("prem"):
        first = date(year, month, 1)
        day = first + timedelta(days=(1 - first.isoweekday()) % 7)
    else:
        last = date(year, month, last_day(year, month))
        day = last - timedelta(days=last.isoweekday() % 7)
    out.value = iso_week(day)
    return out


def _rule_wof(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "wof", "date")
    day = _int(m.group("wof_d"))
    if day is None:
        return None
    year = int(m.group("wof_y")) if m.group("wof_y") else None
    when = _full_date(ctx, out, day, _month(m.group("wof_m")), year)
    d = when.as_date()
    # A week named by its Sunday is the week that Sunday opens.
    out.value = iso_week(d + timedelta(days=1)) if d else "XXXX-WXX"
    return out


def _interval_dates(ctx: _Ctx, out: _M, m: re.Match[str], a: str, b: str) -> _M | None:
    wd_a, day_a, month_a, year_a = _date_parts(m, a)
    wd_b, day_b, month_b, year_b = _date_parts(m, b)
    if month_b is None:
        month_b = month_a
    if month_a is None:
        month_a = month_b
    year_b = year_b or year_a
    probe = _M(out.start, out.end, "date", out.rule)
    if (year_b is None and month_a is not None and month_b is not None and month_a > month_b and day_a is not None
            and ctx.tense(out.start, out.end) >= 0):  # fmt: skip
        # a range across the new year with no year stated, not in the past
        # ("appelés à la grève du 26 décembre au 2 janvier" read on 24
        # December): its year is its start's, the nearer end
        start = _full_date(ctx, probe, day_a, month_a, None)
        year_b = None if start.year is None else start.year + 1
        year_a = start.year
    end = _full_date(ctx, probe, day_b, month_b, year_b)
    out.flags |= probe.flags
    if year_a is None and end.year is not None:
        year_a = end.year - 1 if (month_a or 0) > (month_b or 0) else end.year
    start = _full_date(ctx, probe, day_a, month_a, year_a)
    ds, de = start.as_date(), end.as_date()
    if ds is not None and de is not None and ds > de:
        return None
    if ds is None and de is None and (month_a, day_a) > (month_b, day_b):
        return None
    out.when, out.when2 = start, end
    if ds is not None and de is not None:
        ctx.ranges.append((out.end, ds, de))
    for wd, when in ((wd_a, start), (wd_b, end)):
        d = when.as_date()
        if wd is not None and d is not None and d.isoweekday() != wd:
            out.flags.add("weekday-mismatch")
    return out


def _rule_ivd1(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _interval_dates(ctx, _new(m, "ivd1", "interval"), m, "ivd1a_", "ivd1b_")


def _rule_ivd2(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _interval_dates(ctx, _new(m, "ivd2", "interval"), m, "ivd2a_", "ivd2b_")


def _rule_ivd3(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _interval_dates(ctx, _new(m, "ivd3", "interval"), m, "ivd3a_", "ivd3b_")


def _years(m: re.Match[str], rule: str, limit: int) -> _M | None:
    a = int(m.group(rule + "_a"))
    b_text = m.group(rule + "_b")
    b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
    if not a < b <= a + limit:
        return None
    out = _new(m, rule, "interval")
    out.value = f"{a}/{b}"
    return out


def _rule_ivy1(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _years(m, "ivy1", 200)


def _rule_ivy2(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _years(m, "ivy2", 200)


def _rule_ivy3(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _years(m, "ivy3", 100)


def _months_interval(ctx: _Ctx, out: _M, a: str, ay: str | None, b: str,
                     by: str | None) -> _M | None:  # fmt: skip
    month_a, month_b = _month(a), _month(b)
    year_b = int(by) if by else (int(ay) if ay else None)
    if year_b is None:
        year_b, flags = _year_for(ctx, out.start, out.end, month_b, None)
        out.flags |= flags
    year_a = int(ay) if ay else (None if year_b is None else
                                 year_b - 1 if month_a > month_b else year_b)  # fmt: skip
    if year_a is not None and year_b is not None and (year_a, month_a) >= (year_b, month_b):
        return None
    out.when = When(year_a, month_a, precision=MONTH)
    out.when2 = When(year_b, month_b, precision=MONTH)
    return out


def _rule_ivm(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _months_interval(ctx, _new(m, "ivm", "interval"), m.group("ivm_a"),
                            m.group("ivm_ay"), m.group("ivm_b"), m.group("ivm_by"))  # fmt: skip


def _rule_ivm2(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _months_interval(ctx, _new(m, "ivm2", "interval"), m.group("ivm2_a"),
                            None, m.group("ivm2_b"), m.group("ivm2_y"))  # fmt: skip


def _rule_niv(m: re.Match[str], ctx: _Ctx) -> _M | None:
    """"la nuit de mardi à mercredi": TIMEX3's night of the first day
    (``2024-06-18TNI``); both days are implied."""
    out = _new(m, "niv", "datetime")
    if m.group("niv_d1"):
        first, second = _int(m.group("niv_d1")), _int(m.group("niv_d2"))
        year = int(m.group("niv_y")) if m.group("niv_y") else None
        end = _full_date(ctx, out, second, _month(m.group("niv_m")), year)  # type: ignore[arg-type]
        d = end.as_date()
        if d is None:
            return None
        before = d - timedelta(days=1)
        if before.day != first or (
                m.group("niv_m1") and _month(m.group("niv_m1")) != before.month):  # fmt: skip
            return None  # "du 2 au 5 juillet", "du 30 juin au 2 juillet" are no night
        return _night(ctx, out, d)
    wd_a = WEEKDAYS[key(m.group("niv_a"))]
    wd_b = WEEKDAYS[key(m.group("niv_b"))]
    if m.group("niv_bd"):
        month = _month(m.group("niv_bm")) if m.group("niv_bm") else None
        year = int(m.group("niv_by")) if m.group("niv_by") else None
        end = _full_date(ctx, out, int(re.match(r"\d+", m.group("niv_bd")).group()),  # type: ignore[union-attr]
                         month, year)  # fmt: skip
    else:
        end, flags = _weekday_date(ctx, out.start, out.end, wd_b, None, yesterday=False)
        out.flags |= flags
    d = end.as_date()
    if d is None:
        out.value = f"{end.timex()}TNI"
        return out
    if d.isoweekday() != wd_b or (d - timedelta(days=1)).isoweekday() != wd_a:
        out.flags.add("weekday-mismatch")
    return _night(ctx, out, d)


def _night(ctx: _Ctx, out: _M, morning: date) -> _M:
    evening = morning - timedelta(days=1)
    ctx.nights.append((out.end, evening))
    out.value = f"{evening.isoformat()}TNI"
    out.implied = f"{evening.isoformat()}/{morning.isoformat()}"
    out.when = When(evening.year, evening.month, evening.day)  # what "le lendemain" counts from
    return out


_REL_DAYS = {
    "aujourd'hui": (0, False), "ce jour": (0, False), "hier": (-1, False),
    "avant hier": (-2, False), "demain": (1, False), "apres demain": (2, False),
    "le jour meme": (0, True), "ce jour la": (0, True), "la veille": (-1, True), "l'avant veille": (-2, True),
    "le lendemain": (1, True), "le surlendemain": (2, True), "au lendemain": (0, False),
    "jour d'avant": (-1, True), "jour precedent": (-1, True),
    "jour suivant": (1, True), "jour d'apres": (1, True),
    "ce matin": (0, False), "ce soir": (0, False), "cette nuit": (0, False),
    "cet apres midi": (0, False), "la nuit derniere": (-1, False),
    # "ce soir-là", "cette nuit-là": of the day the text told
    "ce matin la": (0, True), "ce soir la": (0, True), "cette nuit la": (0, True), "cet apres midi la": (0, True),
}  # fmt: skip
_REL_PART = {"ce matin": "MO", "ce soir": "EV", "cette nuit": "NI", "cet apres midi": "AF",
             "la nuit derniere": "NI", "ce matin la": "MO", "ce soir la": "EV", "cette nuit la": "NI",
             "cet apres midi la": "AF"}  # fmt: skip
#: Words that name a day the text told, or nothing when it told none.
_THAT_DAY = frozenset(("ce jour la", "le jour meme", "ce matin la", "ce soir la", "cette nuit la", "cet apres midi la"))


def _rule_rd(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "rd", "date")
    word = key(m.group("rd_w"))
    if word == "aujourd'hui" and (
        _NOWADAYS_BEFORE.search(ctx.text, max(0, out.start - 40), out.start)
        or _NOWADAYS_AFTER.match(ctx.text, out.end)
        or (_STATE_BEFORE.search(ctx.text, max(0, out.start - 12), out.start) and _is_a_state(ctx.text, out.end))
        or _KNOWN_BEFORE.search(ctx.text, max(0, out.start - 30), out.start)
    ):
        # "de 8,5 millions d'euros aujourd'hui à 14 millions", "la France
        # d'aujourd'hui", "encore aujourd'hui": the present, no day
        out.value = "PRESENT_REF"
        out.flags.add("vague")
        if ctx.anchor is not None:
            out.implied = _anchor_value(ctx.anchor, DAY)
        return out
    if word.startswith("le jour ") and word != "le jour meme":
        word = word[3:]
    # "au lendemain de sa rencontre": the day after an event of the day
    # before, i.e. the day the article tells of.
    days, narrative = _REL_DAYS[word]
    if narrative:
        base, from_pub = ctx.narrative(out.start)
        if from_pub and word in _THAT_DAY:
            return None  # "ce jour-là", "le jour même" name a day the text told: none here
        if from_pub and days and _OF_AN_EVENT.match(ctx.text, out.end):
            base = None  # "le lendemain de la fermeture", "la veille de son départ": of a day not told
        elif from_pub and days > 0:
            # "dès le lendemain" counts from the last day the text told,
            # however far back; from the publication only with no past
            # tense (a past day after the publication is none)
            told = ctx.last_told(out.start)
            if told is not None:
                base, from_pub = told, False
            elif ctx.tense(out.start, out.end) < 0:
                base = None
        if from_pub:
            out.flags.add("relative" if base is not None else "unanchored")
    else:
        base = ctx.pub
        out.flags.add("relative" if ctx.anchor is not None else "unanchored")
    if word == "cette nuit la" and base is not None:
        return _night(ctx, out, base + timedelta(days=1))  # the night of the day told
    if word == "cette nuit" and base is not None:
        # TIMEX3 names a night by its evening: last night's is yesterday's
        evening = base - timedelta(days=1) if _last_night(ctx, out) else base
        return _night(ctx, out, evening + timedelta(days=1))
    if base is None and ctx.anchor is not None and not narrative:
        out.when = _today_partial(ctx, days)
    else:
        out.when = _offset_day(base, days)
    part = _REL_PART.get(word)
    if part:
        out.when.part = part
    else:
        _set_part(out, m.group("rd_p") or _dawn(m, "rd_dawn", ctx))
    _state(ctx, out)
    return out


#: "de", "du", "des" after "le lendemain": the day after an event named.
_OF_AN_EVENT = re.compile(r"[^\S\n]+(?:de|du|des|d')(?![\w-])", re.IGNORECASE)
#: "aujourd'hui" as "nowadays": after a figure ("300 salariés aujourd'hui"),
#: "d'" or "encore", or before "encore".
_NOWADAYS_BEFORE = re.compile(
    r"(?:(?<!\w)d'|(?<!\w)encore[^\S\n]+"
    r"|\d[\d.,]*(?:[^\S\n]\d{3})*(?:[^\S\n]*%|[^\S\n]+[^\W\d_]+(?:[^\S\n]+d'[^\W\d_]+|[^\S\n]+de[^\S\n]+[^\W\d_]+)?)[^\S\n]+)$",
    re.IGNORECASE,
)
_NOWADAYS_AFTER = re.compile(r"[^\S\n]+encore(?!\w)", re.IGNORECASE)
#: ... and between a verb of state and what is so: "58 % du chantier est
#: aujourd'hui réalisé", "il est aujourd'hui maire", "l'usine compte
#: aujourd'hui 300 salariés" (but "c'est aujourd'hui que", "est aujourd'hui même").
_STATE_BEFORE = re.compile(
    r"(?<!c')(?<!\bce )\b(?:est|sont|compte|comptent|emploie|emploient|regroupe|regroupent|offre|offrent"
    r"|accueille|accueillent|abrite|abritent|r[ée]unit|r[ée]unissent|totalise|totalisent|repr[ée]sente"
    r"|repr[ée]sentent|p[èe]se|p[èe]sent|mesure|mesurent|poss[èe]de|poss[èe]dent|rassemble|rassemblent"
    r"|avoisine|avoisinent|d[ée]passe|d[ée]passent|reste|restent|demeure|demeurent)[^\S\n]+$",
    re.IGNORECASE,
)
#: ... or after a participle of what is known or kept: "une quarantaine de
#: ses toiles sont connues aujourd'hui", "sont conservées aujourd'hui".
_KNOWN_BEFORE = re.compile(
    r"(?<!\w)(?:est|sont|reste|restent)[^\S\n]+(?:connu|recens[ée]|conserv[ée]|r[ée]pertori[ée]|class[ée]"
    r"|implant[ée])e?s?[^\S\n]+$",
    re.IGNORECASE,
)
#: ... the state: a figure ("compte aujourd'hui 300 salariés", "est
#: aujourd'hui de 7,4 %"), a work done or a measure ("est aujourd'hui
#: réalisé", "estimée à"), what a thing has become ("est aujourd'hui un
#: musée", "demeure aujourd'hui la seule femme"); not a place, an hour, an
#: event of the day ("est aujourd'hui reçu à Matignon", "est aujourd'hui à
#: 15 heures", "est aujourd'hui un grand jour", "l'invité du journal").
_STATE_AFTER = re.compile(
    r"[^\S\n]+(?:(?:de[^\S\n]+|d')?\d(?![\d,.]*[^\S\n]*(?:h(?:eures?)?|degr[ée]s?|°)(?!\w))"
    r"|(?:r[ée]alis|achev|termin|accompli|effectu|rempli|construit|vaccin|raccord|r[ée]nov|rembours)"
    r"[^\W\d_]*(?![\w'-])"
    # a measure: "estimée à 3 300 milliards" (not "évalué par une équipe")
    r"|(?:estim|[ée]valu|chiffr)[^\W\d_]*[^\S\n]+[àa](?!\w)"
    r"|(?:une?|(?:le|la|les)[^\S\n]+(?:seule?s?|premi[eè]re?s?|derni[eè]re?s?|plus|principale?s?)|l'une?[^\S\n]+des)"
    r"(?![\w'-])(?![^\S\n]+(?:[^\W\d_]+[^\S\n]+)?(?:jour|journ[ée]e|date|soir|matin)s?(?!\w))"
    # (not a count, "un millier à défiler", nor "le premier à se rendre au
    # marché"; "la seule femme à avoir gagné" is so)
    r"(?![^\S\n]+(?:millier|centaine|dizaine|vingtaine|trentaine|quarantaine|cinquantaine)s?(?!\w))"
    r"(?![^\S\n]+(?:[^\W\d_]+[^\S\n]+)?[àa][^\S\n]+(?!avoir|[êe]tre)))",
    re.IGNORECASE,
)


_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_][\w-]*)")


def _is_a_state(text: str, end: int) -> bool:
    """Whether what follows "est aujourd'hui" is a lasting state (see
    _STATE_AFTER), or a role held with no determiner ("il est aujourd'hui
    maire de Quimper", "entraîneur des moins de 19 ans")."""
    if _STATE_AFTER.match(text, end):
        return True
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    role = norm(word.group(1))
    return role in speech_lexicon().person_roles and role not in _ROLES_OF_A_DAY


#: Roles one holds for a day: "Il est aujourd'hui témoin au procès".
_ROLES_OF_A_DAY = frozenset(("témoin", "invité", "invitée", "hôte"))


def _last_night(ctx: _Ctx, out: _M) -> bool:
    """Whether "cette nuit" is the night that has just ended: told in a
    past clause ("cette nuit, un incendie a ravagé…"), or with no tense in
    an article published in the morning; a future is tonight."""
    a = ctx.anchor
    if _NAMES_AN_EVENT.search(ctx.text, max(0, out.start - 24), out.start):
        return True  # "celle de cette nuit": an event named by its night
    sign = ctx.tense(out.start, out.end)
    if sign:
        return sign < 0
    # no tense: the night just ended in a morning article, tonight in an evening one
    return a is not None and a.hour is not None and a.hour < 12


def _rule_dd(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "dd", "date")
    day = _int(m.group("dd_d"))
    if day is None:
        return None
    if day in _EMERGENCY_NUMBERS and _CALLED_BEFORE.search(ctx.lowered, max(0, out.start - 32), out.start):
        return None  # "un voisin qui compose le 18", "appeler le 15": a number to call
    out.when = _full_date(ctx, out, day, None, None)
    _state(ctx, out)
    return out


#: The emergency numbers that read as days of the month (Samu, police, pompiers).
_EMERGENCY_NUMBERS = frozenset((15, 17, 18))
_CALLED_BEFORE = re.compile(
    r"(?<!\w)(?:compos\w*|appeler|appelez|appelle|appellent|appelant|joindre|num[ée]ro)[^\S\n]+(?:le|au)[^\S\n]+$"
)  # (not "appelés le 18 vers 22 heures", "contactée le 15": days)


def _state(ctx: _Ctx, out: _M) -> None:
    """Remember a day the text names: "la veille", "le lendemain" and clock
    times count from it."""
    when = out.when
    d = when.as_date() if when is not None else None
    if when is not None and d is not None:
        ctx.stated.append((out.end, d))
        if when.part in ("EV", "NI"):
            insort(ctx.clocks, (out.end, d, 20))  # "samedi soir ... vers 2 h 30": the next morning

def _rule_dl(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "dl", "date")
    a = ctx.anchor
    unit = key(m.group("dl_u"))
    part = PARTS_OF_DAY.get(unit)
    if part is not None and ctx.text[m.start("dl_u")].isupper():
        return None  # "venus depuis l'Aube": the département
    if part is not None and _after_a_set(ctx, out.start):
        return None  # "Tous les jours, à l'aube": every day's, no one day's
    edge = m.group("dl_pp") or m.group("dl_pp2")
    if unit in PARTS_AT_START:
        out.mod = "START"
    if edge:
        if unit == "semaine":
            return None  # "en fin de semaine" is read by the "début/fin" rule
        out.mod = _PP_MODS[key(edge)]
    if part is not None or unit == "journee":
        # "dans la soirée", "en fin de matinée", "en fin de journée": of the
        # day being told ("annoncée samedi en fin de journée")
        base, from_pub = ctx.narrative(out.start)
        morning = _morning_after_night(ctx, out.start) if part == "MO" else None
        if morning is not None:
            # "Dans la nuit du 11 au 12 mars 2019, … Découvert au petit matin"
            base, from_pub = morning, False
        tense = ctx.tense(out.start, out.end)
        if not from_pub and base is not None and ctx.pub is not None and (
                (base < ctx.pub and tense > 0) or (base > ctx.pub and tense < 0)):  # fmt: skip
            # "déclenchée mardi soir, sera levée en début d'après-midi",
            # "repartiront dans la nuit": a part of a day ahead, not of the
            # past day told before it (the day of writing's); "la grève sera
            # reconduite demain et samedi. 7 h 50 – Dans la nuit, des dépôts
            # ont été bloqués": a part of a day past, not of the day ahead
            base, from_pub = ctx.pub, True
        since = ctx.lowered.startswith("depuis", out.start)
        if since and not from_pub and tense >= 0:
            base, from_pub = ctx.pub, True  # "Depuis l'aube, ils fouillent": up to now, today's
        told = ctx.last_told(out.start) if from_pub else None
        if from_pub and not since and tense < 0 and (
            (told is not None and base is not None and told != base and abs((told - base).days) <= 7
             and (ctx.pub is None or told <= ctx.pub))
            or (a is not None and a.hour is not None and a.hour < _PART_STARTS.get(part or "", 0))
        ):
            # "des rames bondées jusqu'en milieu de matinée", paragraphs after
            # "avant-hier matin": of that day or of the publication's, a
            # guess (after "ce mardi", the publication day's; after a day of
            # years ago, background); "ont été élus dans l'après-midi" in an
            # article of 11 h 20: an afternoon past, not the publication
            # day's; no day is stated
            base = None
        if part == "NI" and from_pub and not since and tense < 0 and base is not None and base == ctx.pub:
            # "Dans la nuit, 3 000 habitants ont été évacués" told at 12 h 40:
            # the night that has just ended, the evening before's
            base = base - timedelta(days=1)
        if from_pub:
            out.flags.add("relative" if base is not None else "unanchored")
        out.when = When() if base is None else When(base.year, base.month, base.day)
        if part is not None:
            out.when.part = part
        if not from_pub:
            # the day told goes on ("Le 11 septembre 1973, … Allende s'y
            # donnait la mort en début d'après-midi. Le mois suivant, …")
            _state(ctx, out)
        return out
    out.flags.add("relative" if a is not None else "unanchored")
    if unit == "semaine":
        out.value = iso_week(a.date) if a is not None and a.date is not None else "XXXX-WXX"
    elif a is not None and a.date is not None:
        out.when = When(a.year, a.month, a.day)
    else:
        out.when = _today_partial(ctx, 0)
    return out


def _after_a_set(ctx: _Ctx, pos: int) -> bool:
    """Whether a set ("tous les jours", "chaque samedi") was read before
    ``pos`` in its sentence, and no day ("Le pic a été atteint dimanche,
    avec un patient toutes les quatre minutes en début d'après-midi")."""
    i = bisect_right(ctx.sets, pos) - 1
    here = ctx.sentence_index(pos)
    if i < 0 or ctx.sentence_index(ctx.sets[i] - 1) != here:
        return False
    return not (ctx.stated and ctx.stated[-1][0] <= pos and ctx.sentence_index(ctx.stated[-1][0] - 1) == here)


def _morning_after_night(ctx: _Ctx, pos: int) -> date | None:
    """The morning that ends the night told last before ``pos``, in this
    or the previous sentence, when no day was told since."""
    if not ctx.nights:
        return None
    end, evening = ctx.nights[-1]
    if end > pos or evening == date.max or ctx.sentence_index(pos) - ctx.sentence_index(end - 1) > 1:
        return None
    if ctx.stated and end < ctx.stated[-1][0] <= pos:
        return None
    return evening + timedelta(days=1)


#: A date of birth or foundation set off ("Né en 1975, …", "fondée en mars
#: 2015"): background, no time the story goes on from.
_SINCE_FOUNDED = re.compile(
    r"(?<!\w)(?:n[ée]e?s?|cr[ée][ée]e?s?|fond[ée]e?s?|ouverte?s?|construite?s?|inaugur[ée]e?s?|b[âa]tie?s?)"
    r"[^\S\n]+(?:en|le|au|dans|l')?[^\S\n]*$"
)


#: The hour a part of the day begins (a night has begun by the morning after).
_PART_STARTS = {"MO": 5, "AF": 12, "EV": 18}


def _rule_nwd(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "nwd", "date")
    weekend = key(m.group("nwd_w")) in ("week end", "weekend")
    wd = 6 if weekend else WEEKDAYS[key(m.group("nwd_w"))]  # a weekend: its Saturday
    order = m.group("nwd_o")
    n = -1 if key(order) == "dernier" else parse_ordinal(order)
    if n is None:
        return None
    a = ctx.anchor
    if m.group("nwd_m"):
        month = _month(m.group("nwd_m"))
        year = _year_of(ctx, out, m.group("nwd_y"), month)
    else:
        if a is None or a.month is None:
            out.flags.add("unanchored")
            out.when = When()
            out.weekday = wd
            return out
        step = -1 if key(m.group("nwd_r")).startswith(("dernier", "passe", "precedent")) else 1
        year, month = add_months(a.year, a.month, step)
        out.flags.add("relative")
    out.weekday = wd
    if year is None:
        out.when = When(None, month, None)
        return out
    if n > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        if d.month != month:
            return None
    elif weekend:
        # the last weekend whole in the month: "le dernier week-end d'octobre
        # 2026" is the 24th and 25th, not Saturday the 31st and 1 November
        last = date(year, month, last_day(year, month))
        d = last - timedelta(days=last.isoweekday() % 7) - timedelta(days=1)
    else:
        last = date(year, month, last_day(year, month))
        d = last - timedelta(days=(last.isoweekday() - wd) % 7)
    if weekend:
        # "le premier week-end d'août": TIMEX3 2024-W31-WE, its days implied
        out.weekday = None
        out.value = iso_week(d) + "-WE"
        out.implied = f"{d.isoformat()}/{(d + timedelta(days=1)).isoformat()}"
        return out
    out.when = When(d.year, d.month, d.day)
    return out


def _rule_wdd(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "wdd", "date")
    wd = WEEKDAYS[key(m.group("wdd_w"))]
    day = _int(m.group("wdd_d"))
    if day is None or not 1 <= day <= 31:
        return None
    a = ctx.anchor
    out.weekday = wd
    if a is None or a.month is None:
        out.flags.add("unanchored" if a is None else "relative")
        out.when = When(a.year if a else None, None, day)
        return out
    out.flags.add("relative")
    # The month around the publication where that day is that weekday.
    for months in (0, -1, 1, -2, 2):
        year, month = add_months(a.year, a.month, months)
        if valid(year, month, day) and weekday_of(year, month, day) == wd:
            out.when = When(year, month, day)
            _state(ctx, out)
            return out
    if not valid(a.year, a.month, day):
        return None
    out.when = When(a.year, a.month, day)
    out.flags.add("weekday-mismatch")
    return out


def _rule_wd(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "wd", "date")
    word, rel, pod, pod2 = m.group("wd_w", "wd_r", "wd_pod", "wd_pod2")
    dawn = _dawn(m, "wd_dawn", ctx)
    wd = WEEKDAYS[key(word)]
    rel = " ".join(rel.split()) if rel else None
    out.when, flags = _weekday_date(ctx, out.start, out.end, wd, rel)
    out.flags |= flags
    out.weekday = wd
    _set_part(out, pod or pod2 or dawn)
    _state(ctx, out)
    return out


def _dawn(m: re.Match[str], group: str, ctx: _Ctx) -> str | None:
    """The dawn a rule read, unless written with a capital: "depuis l'Aube"
    is the département, no morning."""
    word = m.group(group)
    return None if word is None or ctx.text[m.start(group)].isupper() else word


def _set_part(out: _M, word: str | None) -> None:
    """The part of the day after a day ("mardi soir", "mardi à l'aube"),
    a START when it is a part's start ("au petit matin")."""
    if word and out.when is not None:
        out.when.part = PARTS_OF_DAY[key(word)]
        if key(word) in PARTS_AT_START and out.mod is None:
            out.mod = "START"


def _rule_ru(m: re.Match[str], ctx: _Ctx) -> _M | None:
    det = key(m.group("ru_d"))
    unit = key(m.group("ru_u"))
    rel = m.group("ru_r")
    deictic = det in ("cette", "ce", "cet")
    weekend = unit in ("week end", "weekend")
    if not deictic and rel is None and not (weekend and ctx.tense(m.start(), m.end())):
        return None  # ("le week-end" with a tense to go by is the last or next one)
    if unit in ("an",) and det != "l'":
        return None
    if deictic and unit in ("annee", "an", "semaine") and det != "cette":
        return None
    step = 0
    narrative = False
    if rel:
        r = key(rel)
        step = -1 if r.startswith(("dernier", "passe", "precedent")) else 1
        narrative = r.startswith(("suivant", "qui suit", "d'apres", "precedent"))
    out = _new(m, "ru", "date")
    a = ctx.anchor
    if narrative:
        base, from_pub = ctx.narrative(out.start)
        base_year = base.year if base else (a.year if a else None)
        base_month = base.month if base else (a.month if a else None)
        told = ctx.last_point(out.start) if from_pub else None
        if told is not None and _SINCE_FOUNDED.search(ctx.lowered, max(0, told.start - 24), told.start):
            told = None  # "Né en 1975, il a vu son chiffre doubler par rapport à l'année précédente"
        if told is not None and told.when is not None and (told.when.month is not None or unit in ("annee", "an")):
            # "En 2018, … contre 520 l'année précédente", "fermée en mars
            # 2015. Le mois suivant": from the year or month told, as a day
            base_year, base_month = told.when.year, told.when.month
        week = ctx.weeks[-1] if unit == "semaine" and ctx.weeks else None
        if (week is not None and week.value and week.end <= out.start
                and ctx.sentence_index(out.start) - ctx.sentence_index(week.end - 1) <= 1
                and (not ctx.stated or ctx.stated[-1][0] <= week.end)):  # fmt: skip
            # "les experts la semaine prochaine et les parties civiles la
            # semaine suivante": the week after the week told last
            base = date.fromisocalendar(int(week.value[:4]), int(week.value[6:8]), 1)
    else:
        base = ctx.pub
        base_year = a.year if a else None
        base_month = a.month if a else None
    if base_year is None:
        out.flags.add("unanchored")
    else:
        out.flags.add("relative")
    if unit in ("annee", "an"):
        out.when = When(None if base_year is None else base_year + step, precision=YEAR)
    elif unit == "mois":
        if base_month is None:
            out.when = When(None, None, precision=MONTH)
            out.flags.discard("relative")
            out.flags.add("unanchored")
        else:
            year, month = add_months(base_year, base_month, step)  # type: ignore[arg-type]
            out.when = When(year, month, precision=MONTH)
    elif unit in ("trimestre", "semestre"):
        months = 3 if unit == "trimestre" else 6
        letter = "Q" if unit == "trimestre" else "H"
        if base_month is None:
            out.value = f"XXXX-{letter}X"
            out.flags.discard("relative")
            out.flags.add("unanchored")
        else:
            year, month = add_months(base_year, base_month, step * months)  # type: ignore[arg-type]
            out.value = f"{year:04d}-{letter}{(month - 1) // months + 1}"
            out.when = When(year, precision=YEAR)
    elif unit == "semaine":
        out.value = "XXXX-WXX" if base is None else iso_week(base + timedelta(days=7 * step))
    elif unit in ("week end", "weekend"):
        if base is None:
            out.value = "XXXX-WXX-WE"
        else:
            # TIMEX3 "2024-W25-WE"; its Saturday and Sunday are implied.
            day = base + timedelta(days=7 * step)
            if step == 1 and not narrative and base.isoweekday() <= 4:
                day = base  # "le week-end prochain" said on Monday to Thursday: the coming one, as "samedi prochain"
            saturday = day + timedelta(days=6 - day.isoweekday())
            if not step and not narrative:
                # "ce week-end, trois accidents ont eu lieu" read on Monday: the
                # last one; "un redoux est attendu pour le week-end": the next
                sign = ctx.tense(out.start, out.end)
                if sign < 0 and saturday > base:
                    saturday -= timedelta(days=7)
                elif sign > 0 and saturday + timedelta(days=1) < base:
                    saturday += timedelta(days=7)
            sunday = saturday + timedelta(days=1)
            out.value = iso_week(saturday) + "-WE"
            out.implied = f"{saturday.isoformat()}/{sunday.isoformat()}"
    else:  # siècle
        out.value = "XXXX" if base_year is None else f"{base_year // 100 + step:02d}XX"
    return out


def _rule_lastn(m: re.Match[str], ctx: _Ctx) -> _M | None:
    n = _int(m.group("lastn_n"))
    if n is None or n <= 0:
        return None
    unit_word = key(m.group("lastn_u1") or m.group("lastn_u2"))
    unit = _unit(unit_word)
    rel = key(m.group("lastn_r1") or m.group("lastn_r2"))
    step = -1 if rel.startswith(("dernier", "passe")) else 1
    a = ctx.anchor
    if a is None:
        return None
    out = _new(m, "lastn", "interval")
    out.flags.add("relative")
    code, is_time, _, grain = UNITS[unit]
    lo, hi = (-n, -1) if step < 0 else (1, n)
    if grain == DAY and code == "D":
        if a.date is None:
            return None
        out.when, out.when2 = _offset_day(a.date, lo), _offset_day(a.date, hi)
    elif code == "W":
        if a.date is None:
            return None
        out.value = f"{iso_week(a.date + timedelta(weeks=lo))}/{iso_week(a.date + timedelta(weeks=hi))}"
    elif grain == MONTH:
        if a.month is None:
            return None
        factor = UNIT_FACTOR.get(unit, 1)
        y1, m1 = add_months(a.year, a.month, lo * factor)
        y2, m2 = add_months(a.year, a.month, hi * factor)
        out.when, out.when2 = When(y1, m1, precision=MONTH), When(y2, m2, precision=MONTH)
    elif grain == YEAR:
        factor = UNIT_FACTOR.get(unit, 1)
        out.value = f"{a.year + lo * factor:04d}/{a.year + hi * factor:04d}"
    else:
        base = _anchor_datetime(a, grain)
        if base is None:
            return None
        delta = {HOUR: timedelta(hours=1), MINUTE: timedelta(minutes=1), SECOND: timedelta(seconds=1)}[grain]
        out.when = _dt_when(base + lo * delta, grain)
        out.when2 = _dt_when(base + hi * delta, grain)
    # TIMEX3 reads "les trois dernières années" as a duration (P3Y); the
    # stretch of time it covers is implied (2021/2023).
    if out.value is None:
        assert out.when is not None and out.when2 is not None
        out.value = f"{_timex(out.when, 'interval')}/{_timex(out.when2, 'interval')}"
    out.kind, out.implied, out.value = "duration", out.value, _iso_duration(float(n), unit)
    out.when = out.when2 = None
    return out


def _anchor_datetime(a: Anchor, grain: str) -> datetime | None:
    if a.month is None or a.day is None or a.hour is None:
        return None
    if grain in (MINUTE, SECOND) and a.minute is None:
        return None
    if grain == SECOND and a.second is None:
        return None
    return datetime(a.year, a.month, a.day, a.hour, a.minute or 0, a.second or 0)


def _dt_when(d: datetime, grain: str) -> When:
    return When(d.year, d.month, d.day, d.hour, d.minute, d.second, precision=grain)


# Times ----------------------------------------------------------------------

_EVENING = ("soir", "apres-midi", "apres midi", "soiree")
_TIME_MODS = {"vers": "APPROX", "aux alentours de": "APPROX", "autour de": "APPROX",
              "a environ": "APPROX", "avant": "BEFORE", "apres": "AFTER",
              "plus tard que": "AFTER", "des": "ON_OR_AFTER", "a partir de": "ON_OR_AFTER", "a compter de": "ON_OR_AFTER",
              "jusqu'a": "ON_OR_BEFORE"}  # fmt: skip


def _time_mention(m: re.Match[str], rule: str, ctx: _Ctx, hour: int, minute: int | None,
                  tp: str | None) -> _M | None:  # fmt: skip
    if tp:
        t = key(tp)
        if t.endswith(_EVENING) and hour < 12:
            hour += 12
        elif t.endswith(("matin", "mat")) and hour == 12:
            hour = 0
    if not (0 <= hour <= 23 and (minute is None or 0 <= minute <= 59)):
        return None
    out = _new(m, rule, "time")
    out.when = When(hour=hour, minute=minute, precision=MINUTE if minute is not None else HOUR)
    if tp and key(tp).startswith(("ce ", "cet ")):
        a = ctx.anchor
        out.flags.add("relative" if a is not None else "unanchored")
        if a is not None:
            out.when.year, out.when.month, out.when.day = a.year, a.month, a.day
        out.kind = "datetime"
    return out


def _rule_tm1(m: re.Match[str], ctx: _Ctx) -> _M | None:
    hour, minute, past, tp = m.group("tm1_h", "tm1_m", "tm1_pm", "tm1_tp")
    if past:
        if minute or not 0 < (_int(past) or 0) < 60:
            return None  # "15h30 passées de 10 minutes"
        minute = past
    if not tp and not past and _clock_is_an_amount(ctx.text, m.start(), m.end()):
        out = _new(m, "tm1", "duration")
        out.value = _clock_duration(int(hour), int(minute or 0), None, None)
        return out
    return _time_mention(m, "tm1", ctx, int(hour), _int(minute) if minute else None, tp)


def _clock_is_an_amount(text: str, start: int, end: int) -> bool:
    """Whether "2 h 40" is how long something lasted, not a time of day: a
    noun of what it measured after it ("2 h 40 de retard", "3 h 20
    d'attente", "1h30 de discussion") or a wait before it ("un retard de
    2 h 40", "ont attendu 1 h 30"), and no word of a time before it ("à",
    "vers", "dès", "de … à")."""
    if _WAIT_BEFORE.search(text, max(0, start - 30), start):
        return True
    if _CLOCK_CONTEXT_BEFORE.search(text, max(0, start - 12), start):
        return False
    return bool(_AMOUNT_NOUN_AFTER.match(text, end))


#: Words before a time of day ("à 2 h 40", "vers 8h15"); not "après", which
#: the noun after decides ("après 14 h 30" a time, "après 3 h 20 d'attente"
#: an amount).
_CLOCK_CONTEXT_BEFORE = re.compile(
    r"(?<!\w)(?:[àa]|vers|d[èe]s|avant|jusqu'[àa]|depuis|de|d'|entre|et|ou|il est|il était)[^\S\n]*$",
    re.IGNORECASE,
)
#: "de retard", "d'attente": a noun, not a part of the day ("de l'après-midi")
#: nor a determiner's noun phrase ("de la gare").
_AMOUNT_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:de[^\S\n]+|d')(?!(?:la|le|les|l'|du|des|ce|cette|mon|son|sa|ses|notre|leur)(?!\w))"
    r"(?!(?:matin|soir|nuit|apr[èe]s-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\w))[^\W\d_]{3,}",
    re.IGNORECASE,
)
_WAIT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:retard|attente|dur[ée]e|d[ée]lai|trajet|voyage|vol|coupure|panne|interruption|arr[êe]t)s?"
    r"[^\S\n]+(?:de|d')|attendu|patient[ée]|bloqu[ée]e?s?|coinc[ée]e?s?|immobilis[ée]e?s?"
    r"|accus(?:e|ent|ait|aient|é|ée|és|ées))[^\S\n]*$",
    re.IGNORECASE,
)


def _rule_tm2(m: re.Match[str], ctx: _Ctx) -> _M | None:
    return _time_mention(m, "tm2", ctx, int(m.group("tm2_h")), int(m.group("tm2_m")), None)


def _minutes_of(m: re.Match[str], p: str, hour: int) -> tuple[int, int | None] | None:
    if m.group(p + "m"):
        minute = _int(m.group(p + "m"))
        if minute is None or not 0 <= minute <= 59:
            return None
        return hour, minute
    if m.group(p + "q"):
        return hour, 15 if key(m.group(p + "q")) == "quart" else 30
    if (p + "pm") in m.re.groupindex and m.group(p + "pm"):
        minute = _int(m.group(p + "pm"))
        if minute is None or not 0 < minute < 60:
            return None
        return hour, minute
    if m.group(p + "mq"):
        return hour - 1, 45
    if m.group(p + "mm"):
        minute = _int(m.group(p + "mm"))
        if minute is None or not 0 < minute < 60:
            return None
        return hour - 1, 60 - minute
    if (p + "tq") in m.re.groupindex and m.group(p + "tq"):
        return hour, 45
    return hour, None


#: The other end of "de N heures": "à", "jusqu'à", or a bare "a" (typed
#: without its accent) only before a number: "de 6 heures a touché" is the
#: verb; the day of the first end may come between ("de 18 heures ce jeudi
#: à 8 heures vendredi").
_RANGE_TO = re.compile(
    g._p(rf"(?:~(?:ce~)?{g.WEEKDAY}(?:~{g.DAY_NUM})?|~demain|~aujourd'hui)?"
         rf"¤(?:à~|jusqu'[àa]~|a~(?={g.CARD}|midi|minuit))"),
    re.I,
)
_RANGE_AND = re.compile(g._p(r"~et~"), re.I)


def _rule_tm3(m: re.Match[str], ctx: _Ctx) -> _M | None:
    hour = _int(m.group("tm3_h"))
    if hour is None:
        return None
    got = _minutes_of(m, "tm3_", hour)
    if got is None:
        return None
    hour, minute = got
    context = key(m.group("tm3_c") or "")
    tp = m.group("tm3_tp")
    text = ctx.text
    if not context and minute is None and not _clock_before(text, m.start(), m.end()):
        if not tp:
            return None  # "deux heures" is a duration; "dimanche 20 heures" a time
        if not _part_tells_clock(text, m.start(), tp):
            return None  # "il a dormi 2 heures ce matin": an amount
    # "de"/"entre" open a range of times; without its other end the hours
    # are a duration ("une pause de 2 heures").
    if context == "de" and not _RANGE_TO.match(text, m.end()) and not _INSTEAD_OF.search(text, max(0, m.start() - 12), m.start()):
        return None  # (but "à 8 heures, au lieu de 9 heures" is a time)
    if context == "entre" and not _RANGE_AND.match(text, m.end()):
        return None
    if context == "et" and "entre" not in text[max(0, m.start() - 24) : m.start()].lower():
        return None
    if not tp and _AMOUNT_BOUND_AFTER.match(text, m.end()):
        return None  # "passera à une heure et demie au minimum": an amount of time
    if m.group("tm3_a") and not tp and _OF_AFTER.match(text, m.end()) and not _clock_from_a_place(text, m, hour):
        return None  # "à 2 heures de route", "situé à 3 heures de Lyon": a distance
    out = _time_mention(m, "tm3", ctx, hour, minute, tp)
    if out is not None:
        out.mod = _TIME_MODS.get(context)
    return out


_INSTEAD_OF = re.compile(r"au[^\S\n]+lieu[^\S\n]+$", re.IGNORECASE)


def _part_tells_clock(text: str, start: int, part: str) -> bool:
    """Whether the part of the day after bare hours makes them a clock time:
    "du matin", "de l'après-midi" do; "ce matin", "dans la soirée" tell only
    the day, so the hours are an amount after a verb of lasting ("il a
    dormi 2 heures ce matin") and a time elsewhere ("il est arrivé 8 heures
    ce matin", "rendez-vous 14 heures cet après-midi")."""
    return part[:3].lower() in ("du ", "de ") or not _LASTING_BEFORE.search(text, max(0, start - 64), start)


#: A verb of lasting right before hours: they are how long it lasted.
_LASTING_BEFORE = re.compile(
    r"(?<!\w)(?:dormi|dormir|dort|dorment|dur[ée]e?s?|dure|durent|durer|attendu|attendre|patient[ée]|travaill[ée]"
    r"|march[ée]|roul[ée]|n[ée]goci[ée]|discut[ée]|lutt[ée]|combattu|d[ée]lib[ée]r[ée]|si[ée]g[ée]"
    r"|rest[ée]e?s?"
    r"|pass[ée]|mis|mettre|bloqu[ée]e?s?|coinc[ée]e?s?"
    # what goes on for a while: "interrompu 2 heures ce matin", "ont cherché 4 heures"
    r"|interrompue?s?|suspendue?s?|(?:cherch|entra[îi]n|confin|occup|fouill|coup|priv|retard|interrog|auditionn"
    r"|manifest|veill|parl|jou)[ée]e?s?|d[ée]battue?s?)"
    # (with a short object: "ont occupé le hall de la mairie 4 heures")
    r"(?:[^\S\n]+(?:l'|d')?[^\W\d_][\w'-]*){0,5}[^\S\n]+$",
    re.IGNORECASE,
)


def _clock_before(text: str, start: int, end: int) -> bool:
    """Whether the words around bare hours make them a clock time: a day
    before ("dimanche 20 heures"), "il est", or a clock time converted ("à
    12 heures heure locale, soit 18 heures à Paris": the same time in
    another place; not "de 8 à 20 heures, soit 12 heures sur place")."""
    return bool(g.CLOCK_BEFORE.search(text, max(0, start - 28), start)) or _converted_clock(text, start, end)


def _converted_clock(text: str, start: int, end: int) -> bool:
    """"(à 22 h 10 heure de Paris), soit (vendredi) 4 h 10 à Pékin": a clock
    time, then "soit", then the time of a zone ("à Paris", "heure de
    Pékin", "GMT"), or of any place when the first was said local or of a
    zone ("à 12 heures heure locale, soit 18 heures à Dakar"). Not "de 14
    heures à 20 heures, soit 6 heures à Lyon": six hours there."""
    before = None
    if "soit" in text[max(0, start - 60) : start].lower():  # (a plain test first: the search costs more)
        before = _CLOCK_THEN_SOIT.search(text, max(0, start - 60), start)
    if before is None and text[max(0, start - 2) : start] == ", ":
        # "à 22 heures heure locale, 21 heures à Paris"
        before = _CLOCK_THEN_COMMA.search(text, max(0, start - 40), start)
    if before is None:
        return False
    if _ZONE_NAMED.match(text, end):
        return True
    return bool(_TIME_ZONE.match(text, end) and _LOCAL_TIME.search(text, before.start(), start))


_CLOCK_THEN_SOIT = re.compile(
    r"(?:\d\s*(?:h|heures?)|\bmidi|\bminuit)(?!\w)[^.;!?\n]{0,40}?\bsoit\s+(?:[^\W\d]+\s+|\d+\s+(?!h)[^\W\d]+\s+){0,3}$", re.IGNORECASE
)
_CLOCK_THEN_COMMA = re.compile(r"(?:\d\s*(?:h|heures?)|\bmidi|\bminuit)(?!\w)[^.;!?\n,]{0,24}?,\s$", re.IGNORECASE)
#: A time said of a zone: "à Paris", "en France", "heure de Pékin", "GMT".
_ZONE_NAMED = re.compile(
    r"\s*(?:à\s+Paris|en\s+France|en\s+métropole|\(?heures?\s+(?:de\s+[A-ZÀ-Ý]|française|locale)|GMT|UTC|TU\b)"
)
#: The first time said local or of a zone: "heure locale", "heure de Paris".
_LOCAL_TIME = re.compile(r"[Hh]eures?\s+(?:locales?|de\s+[A-ZÀ-Ý]|française)|GMT|UTC")
#: Where a converted time is told: "à Paris", "en France", "heure de Paris", "GMT".
_TIME_ZONE = re.compile(r"\s*(?:(?:à|en|au|aux)\s+[A-ZÀ-Ý]|\(?heure\b|GMT|UTC|TU\b|en\s+métropole)")

#: A bound after hours makes them an amount, not a time of day.
_AMOUNT_BOUND_AFTER = re.compile(g._p(rf"~(?:{g.AMOUNT_BOUND})(?!\w)"), re.I)


def _rule_tm4(m: re.Match[str], ctx: _Ctx) -> _M | None:
    word = key(m.group("tm4_w"))
    if word == "midi" and g.CAPITALISED_NEXT.match(ctx.text, m.end()):
        return None  # Midi Libre
    hour = 12 if word == "midi" else 0
    got = _minutes_of(m, "tm4_", hour)
    if got is None:
        return None
    hour, minute = got
    return _time_mention(m, "tm4", ctx, hour % 24, minute, None)


# Durations ------------------------------------------------------------------


@lru_cache(maxsize=128)
def _unit(word: str) -> str:
    w = key(word)
    if w in UNITS:
        return w
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    if w in ("ans", "annees"):
        return "an"
    if w in ("mins",):
        return "min"
    raise KeyError(word)


@lru_cache(maxsize=1024)
def _clock_duration(hours: int, minutes: int, seconds: str | None, hundredths: str | None) -> str:
    """ISO 8601 of a race time: "1 h 59 min 40 s" -> PT1H59M40S."""
    value = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if seconds is not None:
        value += f"{int(seconds)}.{hundredths}S" if hundredths else f"{int(seconds)}S"
    return value if value != "PT" else "PT0S"


def _iso_duration(amount: float, unit: str) -> str:
    code, is_time, _, _ = UNITS[unit]
    amount *= UNIT_FACTOR.get(unit, 1)
    if amount == int(amount):
        n = int(amount)
        return f"PT{n}{code}" if is_time else f"P{n}{code}"
    if code == "Y" and (amount * 12) == int(amount * 12):
        return f"P{int(amount * 12)}M"
    if code == "W":
        amount, code = amount * 7, "D"
    whole = int(amount)
    rest = amount - whole
    if code == "D" and rest * 24 == int(rest * 24):
        hours = int(rest * 24)
        return f"P{whole}DT{hours}H" if whole else f"PT{hours}H"
    if code == "H" and rest * 60 == int(rest * 60):
        return f"PT{whole}H{int(rest * 60)}M" if whole else f"PT{int(rest * 60)}M"
    if is_time and code == "M" and rest * 60 == int(rest * 60):
        return f"PT{whole}M{int(rest * 60)}S" if whole else f"PT{int(rest * 60)}S"
    number = f"{amount:.3f}".rstrip("0").rstrip(".")
    return f"PT{number}{code}" if is_time else f"P{number}{code}"


#: ISO 8601 designators, coarse to fine ("T" marks the time ones).
_DESIGNATORS = ("Y", "M", "D", "TH", "TM", "TS")


def _compound_duration(parts: list[tuple[float | None, str]]) -> tuple[str, float, str] | None:
    """(ISO value, amount, unit) of "N units et M smaller units" (and
    "N units, M smaller et P smaller still"), the amount in the second
    unit when two units follow each other and one of the larger is a known
    number of them (for the point it implies), else in the first; None
    when a unit is not smaller than the one before or an amount is not
    whole ("deux jours et trois semaines")."""
    codes: list[tuple[int, str, bool]] = []
    for amount, unit in parts:
        if amount is None or amount != int(amount) or UNIT_FACTOR.get(unit, 1) != 1:
            return None  # "deux décennies et ...": no designator of their own
        code, is_time, _, _ = UNITS[unit]
        designator = ("T" if is_time else "") + code
        if designator not in _DESIGNATORS:
            return None  # weeks do not combine in ISO 8601
        codes.append((_DESIGNATORS.index(designator), code, is_time))
    if any(later[0] <= earlier[0] for earlier, later in zip(codes, codes[1:])):
        return None
    numbers = [int(amount or 0) for amount, _ in parts]
    date_part = "".join(f"{n}{code}" for n, (_, code, t) in zip(numbers, codes) if not t)
    time_part = "".join(f"{n}{code}" for n, (_, code, t) in zip(numbers, codes) if t)
    value = "P" + date_part + ("T" + time_part if time_part else "")
    first, first_unit = float(numbers[0]), parts[0][1]
    per = UNITS[first_unit][2]
    if len(parts) == 2 and codes[1][0] == codes[0][0] + 1 and per:
        return value, first * per + numbers[1], parts[1][1]
    return value, first, first_unit


_PAST_CONTEXT = ("depuis", "il y a", "voila", "voici", "cela fait", "ca fait")
_FIRST_IN = re.compile(r"\b(?:premi(?:er|ère)s?|1(?:er|re|ère))\b", re.IGNORECASE)
_FUTURE_CONTEXT = ("dans", "d'ici")
_SECONDE_OK_AFTER = re.compile(
    g._p(r"(?:[^\S\n]*(?:[,.;:!?)\]\"]|$)|~(?:de|d'|plus|apr[èe]s|avant|pour|et|[àa]|seulement"
         r"|pr[èe]s|ou|peine|trop|environ|suffit|suffi|chrono|plus~tard)(?!\w))")  # fmt: skip
)


#: Suffixes of nouns of persons ("la nageuse de 17 ans", "un cycliste de 20 ans").
_PERSON_SUFFIXES = ("euse", "euses", "trice", "trices", "iste", "istes", "ienne", "iennes", "eur", "eurs",
                    "ant", "ants", "ante", "antes", "genaire", "genaires")  # fmt: skip
# ("-génaire": "une septuagénaire de 72 ans"; not "un partenaire de 10 ans")
_AMOUNT_OF = re.compile(g._p(r"~(?:de~|d')"), re.IGNORECASE)


def _length_of(text: str, end: int) -> bool:
    """"de métier", "d'expérience" after a number of years: what they
    measure (not "de Chenôve": where the person is from)."""
    of = _AMOUNT_OF.match(text, end)
    return of is not None and not text[of.end() : of.end() + 1].isupper()


def _is_person(noun: str) -> bool:
    return noun in PERSON_NOUNS or noun.endswith(_PERSON_SUFFIXES)


def _is_age(text: str, start: int, end: int, unit: str) -> bool:
    if unit not in ("an", "annee", "mois", "semaine", "jour"):
        return False
    listed = _NUMBERS_LISTED_BEFORE.search(text, max(0, start - 24), start)
    if listed is not None:
        start = listed.start()  # "âgés de 29 et 32 ans": told of the list
        if _LENGTH_OF_A_LIST.search(text, max(0, start - 12), start):
            return False  # "il y a 50 et 70 ans", "depuis 10 et 12 ans"
    m = g.AGE_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    noun = key(m.group("noun_w")) if m.group("noun") else None
    if m.group("aged") or (noun is not None and noun.startswith("age")):
        return True  # "âgé de 61 ans" (read as a noun before "de" by the search)
    if unit not in ("an", "annee"):
        return noun is not None and _is_person(noun)
    if m.group("poss"):
        return True
    if m.group("has"):
        # "il avait alors 20 ans" ("avait 20 ans de métier": a length)
        return _AMOUNT_OF.match(text, end) is None and not _length_of(text, end)
    if m.group("at"):
        # "à 45 ans, il devient président"; "condamné à douze ans de prison" is a term
        return _AMOUNT_OF.match(text, end) is None
    if noun is not None:
        word, at = m.group("noun_w"), m.start("noun_w")
        for _ in range(3):
            if _is_person(noun) or not word.islower():
                break
            # "ce pêcheur ornanais de 71 ans", "l'élu divers gauche de 68
            # ans": the noun before its adjectives
            before = g.WORD_BEFORE.search(text, max(0, at - 30), at)
            if before is None or key(before.group(1)) in _PHRASE_OPENERS:
                break  # (the phrase starts there: "condamné à une peine de 20 ans")
            word, at = before.group(1), before.start(1)
            noun = key(word)
        # "un marin de 25 ans de métier", "un homme de 30 ans d'expérience": a
        # length ("une fillette de 5 ans de Chenôve": a place, an age)
        return _is_person(noun) and not _length_of(text, end)
    if m.group("appos"):
        if g.AFTER_AGE_APPOS.match(text, end) is not None:
            return True
        # "…, résume le maire, Bernard Castan, 67 ans.": an apposition that
        # ends the sentence, after a name
        return _SENTENCE_ENDS.match(text, end) is not None and _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 40), m.end()) is not None
    return False


_SENTENCE_ENDS = re.compile(r"[^\S\n]*(?:[.;!?]|$)")
#: Determiners and prepositions: a noun phrase starts after them.
_PHRASE_OPENERS = frozenset(
    "le la les l un une des du de d au aux a ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos"
    " pour par avec sans dans sur sous en entre vers chez contre".split()
)
#: A person's name of two capitalised words right before the comma of an
#: apposition ("Bernard Castan, "; not a place or a firm: "à La Rochelle, ",
#: "chez Air France, ").
_NAME_BEFORE_COMMA = re.compile(
    r"(?<![\w'-])(?<!\bchez )(?<!\bà )(?<!\bau )(?<!\ben )(?<!\bdans )(?!(?:Le|La|Les|L|De|Du|Des|Saint|Sainte|Mont|Port|Val)\b)[A-ZÀ-Ý][^\W\d_]*(?:-[A-ZÀ-Ý][^\W\d_]*)?"
    r"[^\S\n]+[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*[^\S\n]*,[^\S\n]*$"
)


_LENGTH_OF_A_LIST = re.compile(r"(?<!\w)(?:il[^\S\n]+y[^\S\n]+a|depuis|pendant|durant|dans|en|pour)[^\S\n]+$", re.I)
#: The numbers listed before the last one: "29 et ", "12, 14 et ".
_NUMBERS_LISTED_BEFORE = re.compile(r"(?<![\w,.])\d{1,3}(?:[^\S\n]*,[^\S\n]*\d{1,3})*[^\S\n]*(?:,|et)[^\S\n]+$")


def _rule_du(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "du", "duration")
    text = ctx.text
    frac = 0.0
    if m.group("du_n"):
        amount = _number(m.group("du_n"))
        unit = _unit(m.group("du_u"))
        f = m.group("du_f")
        if f:
            frac = 0.25 if key(f) == "quart" else 0.5
    elif m.group("du_ap"):
        amount = APPROX_COUNTS[key(m.group("du_ap"))]
        unit = _unit(m.group("du_u2"))
        out.mod = "APPROX"
    elif m.group("du_vg"):
        # "plusieurs semaines": TIMEX3 "PXW", a duration of no stated length
        if key(m.group("du_c") or "") in ("il y a", "dans"):
            return None  # "il y a quelques jours" is a PAST_REF (the "ref" rule)
        code, is_time, _, _ = UNITS[_unit(m.group("du_u3"))]
        out.value = f"PTX{code}" if is_time else f"PX{code}"
        out.flags.add("vague")  # no figure: left out of the comparisons
        return out
    elif m.group("du_hu"):
        amount = 0.5
        unit = _unit(m.group("du_hu"))
    else:
        amount = 0.25 if key(m.group("du_qn")) == "un" else 0.75
        unit = "heure"
    if amount is None or amount < 0:
        return None
    context = key(m.group("du_c") or "")
    mod_words = m.group("du_mod")
    if m.group("du_m2") or m.group("du_s2"):
        # "2 h 15 min", "1 min 18 s": an hour or a minute then smaller units
        code, is_time, _, _ = UNITS[unit]
        in_hours, in_minutes = is_time and code == "H", is_time and code == "M"
        if not (in_hours or in_minutes) or (in_minutes and m.group("du_m2")) or amount != int(amount):
            return None
        hours = int(amount) if in_hours else 0
        minutes = int(amount) if in_minutes else int(m.group("du_m2") or 0)
        out.value = _clock_duration(hours, minutes, m.group("du_s2"), m.group("du_cs"))
        if mod_words:
            out.mod = DURATION_MODS.get(" ".join(key(mod_words).split()).replace("' ", "'"))
        return out
    rel = key(m.group("du_rel") or "")
    bound = m.group("du_pm")
    if bound and not mod_words:
        # "une heure et demie au minimum", "deux ans au plus"
        out.mod = "EQUAL_OR_MORE" if key(bound).endswith(("minimum", "moins")) else "EQUAL_OR_LESS"
    if mod_words:
        out.mod = DURATION_MODS.get(" ".join(key(mod_words).replace("-", " ").split()).replace(
            "' ", "'").replace("un peu ", "").replace("bien ", ""))  # fmt: skip
    if unit == "seconde" and m.group("du_n") and amount == 1 and not _SECONDE_OK_AFTER.match(
        text, out.end
    ):
        return None  # "une seconde Aurus": the ordinal
    if (not context and not mod_words and not rel and not m.group("du_nb") and not m.group("du_pm")
            and _is_age(text, out.start, out.end, unit)):  # fmt: skip
        # (a compound or bounded duration is no age: "condamné à quatre ans et dix mois")
        return None
    if (unit == "heure" and m.group("du_n") and ((mod_words and key(mod_words).startswith("jusqu"))
            or context == "apres") and _until_clock(text, out, amount)):  # fmt: skip
        return None  # "jusqu'à 20 heures", "après 19 heures": a time of day
    if unit == "heure" and m.group("du_n") and _PART_OF_DAY_AFTER.match(text, out.end):
        return None  # "depuis 4 heures du matin": since a time of day, not for four hours
    if (unit == "heure" and not mod_words and amount == int(amount) and amount < 24
            and _AT_BEFORE.search(text, max(0, out.start - 4), out.start)
            and _clock_from_a_place(text, m, int(amount), out.end)):  # fmt: skip
        return None  # read as a time ("s'élancera à 14 heures de la gare")
    if (unit == "heure" and not mod_words and amount == int(amount) and amount < 24 and _DAY_AFTER.match(text, out.end)
            and (context == "depuis" or text[max(0, out.start - 7) : out.start].lower() == "depuis ")):  # fmt: skip
        # "depuis 10 heures ce mardi", "depuis 6 heures hier": since a time of that day
        out.kind, out.mod = "time", "ON_OR_AFTER"
        out.when = When(hour=int(amount), precision=HOUR)
        return out
    if (unit == "heure" and not mod_words and (m.group("du_n") or "")[:1].isdigit() and amount == int(amount) and 0 < amount < 24
            and (context == "depuis" or _SINCE_OR_OF.search(text, max(0, out.start - 24), out.start))
            and not _COUNTS_AFTER.match(text, out.end)):  # fmt: skip
        # "organisée depuis 7 heures au gymnase", "le coup de sifflet de 14
        # heures": since or at that o'clock as much as for so many hours (in
        # figures: news spells lengths out more than clock times; not
        # "depuis 10 heures de discussions"); read as the length, said to
        # be either
        out.flags.add("or-clock")
    if unit == "heure" and m.group("du_n") and (
            _LAW_HOURS.search(text, max(0, out.start - 8), out.start) and amount in (35, 39)
            or ctx.text[m.start("du_u") : m.end("du_u")][:1].isupper()):  # fmt: skip
        return None  # "les 35 heures" (the law), "les 24 Heures du Mans" (a race)
    if (unit == "heure" and not context and m.group("du_n") and amount == int(amount) and amount <= 24
            and ((not mod_words and _clock_before(text, out.start, out.end))
                 or (out.mod == "APPROX" and g.IT_IS_BEFORE.search(text, max(0, out.start - 20), out.start)))
            and not _COUNTS_AFTER.match(text, out.end)):  # fmt: skip
        return None  # "dimanche 20 heures", "il est environ 2 heures": read as a time
    if (unit == "heure" and not context and not mod_words and m.group("du_n")
            and not _CLAUSE_END.match(text, out.end)):  # fmt: skip
        # (at the end of a clause, no words can make a clock time of it)
        clock = g.SINGLE["tm3"].match(text, out.start)
        tp = clock.group("tm3_tp") if clock is not None else None
        # (more clock words than the amount's, the part of the day aside)
        more = clock is not None and (clock.start("tm3_tp") if tp else clock.end()) > out.end + 1
        if more or (tp and _part_tells_clock(text, out.start, tp)):
            return None  # "8 heures du soir", "onze heures trois quarts": a time
    amount = float(amount) + frac
    out.value = _iso_duration(amount, unit)
    if m.group("du_nb"):
        # "quatre ans et dix mois": P4Y10M, counted in the smaller unit
        parts: list[tuple[float | None, str]] = [(amount, unit)]
        if m.group("du_nm"):
            parts.append((_number(m.group("du_nm")), _unit(m.group("du_um"))))
        parts.append((_number(m.group("du_nb")), _unit(m.group("du_ub"))))
        compound = _compound_duration(parts)
        if compound is None:
            out.end = m.end("du_u")  # "deux jours et trois semaines": the first only
        else:
            out.value, amount, unit = compound
    if out.mod not in (None, "APPROX"):
        return out  # "plus de deux ans": no one point in time
    # The point in time the duration implies: counted from the publication
    # date ("il y a", "depuis", "dans"), or from the date the text names
    # ("six ans après celui de janvier 2019", "deux jours plus tard" after
    # "le 3 mai"), never from the publication date when the text counts
    # from another time.
    if rel:
        # "trois jours plus tard": the time between two moments, no length
        # of anything ("huit heures de délibéré"); the rules keep them apart
        # ("a délibéré sept heures avant de rendre son verdict" is a length)
        if not (rel == "avant" and _BEFORE_DOING.match(text, out.end)):
            out.flags.add("offset")
        sign = 1 if rel in ("plus tard", "apres") else -1
        if rel in ("apres", "avant") and not _CLAUSE_END.match(text, out.end):
            out.shift = (sign * amount, unit)  # the date comes after: _count_from_next
        else:
            last = ctx.last_point(out.start)
            if (last is not None and _RESTATES.fullmatch(text, last.end, out.start)
                    and _APPOSITION_ENDS.match(text, out.end)):  # fmt: skip
                # "achevé en 1954, cinq ans plus tôt", "le 8 septembre, quatre
                # jours plus tôt": an apposition restating the date before it,
                # counted from an earlier one; the date it names is that one
                _count_from(out, last, 0, unit)
            else:
                _count_from(out, last, sign * amount, unit)
                if out.implied is None and UNITS[unit][1] and not _COMPARED.match(text, out.end):
                    # "vingt minutes plus tard" after "vers 3 h 10" (not "deux
                    # heures plus tard que prévu", a comparison)
                    out.by_clock = (sign * amount, unit)
            if out.implied is not None and len(out.implied) == 10:
                ctx.stated.append((out.end, date.fromisoformat(out.implied)))
        return out
    sign = 0
    if context in _PAST_CONTEXT:
        sign = -1
    elif context == "en" and _FIRST_IN.search(
        text, max(ctx.sentence_bounds(out.start)[0], out.start - 120), out.start
    ):
        sign = -1  # "la première visite en 24 ans": the first since then
    elif context in _FUTURE_CONTEXT:
        sign = 1
    a = ctx.anchor
    if sign and a is not None:
        implied = _implied((a.year, a.month, a.day, a.hour, a.minute, a.second), sign * amount, unit)
        if implied is not None:
            out.implied = implied
            out.flags.add("relative")
    return out


_COMPARED = re.compile(r"[^\S\n]+qu(?:e|')", re.IGNORECASE)
#: What stands between a date and an offset set off after it as its
#: apposition: a comma or an opening bracket.
_RESTATES = re.compile(r"[^\S\n]*[,(][^\S\n]*")
#: What may follow an offset set off as an apposition: its end, "que"
#: ("cinq ans plus tôt que prévu"), or a comma and no new clause's subject
#: ("en avril 1963, quinze ans plus tard, à cause des moisissures"; not "le
#: 5 mars, deux jours plus tard, il était mis en examen").
_APPOSITION_ENDS = re.compile(
    r"[^\S\n]*(?:[.;:!?)\n]|$|qu(?:e|')|,(?![^\S\n]*(?:il|elle|ils|elles|on|le|la|les|l'|un|une|des|ce|cette"
    r"|ces|son|sa|ses|leur|leurs|nous|je|j')(?![\w-])))",
    re.IGNORECASE,
)
_BEFORE_DOING = re.compile(r"[^\S\n]+d(?:e[^\S\n]|')", re.IGNORECASE)


def _until_clock(text: str, out: _M, hours: float) -> bool:
    """Whether "jusqu'à N heures" names a time of day: with minutes or a
    part of the day ("jusqu'à 2 heures du matin"), or an hour past noon
    that counts nothing ("jusqu'à 20 heures", not "jusqu'à 20 heures de
    garde à vue" nor "jusqu'à 14 heures par jour")."""
    clock = g.SINGLE["tm3"].match(text, out.start)
    if clock is None:
        return False
    if clock.group("tm3_tp") or clock.end() > out.end:
        return True
    if hours != int(hours) or _COUNTS_AFTER.match(text, out.end):
        return False
    if 13 <= hours <= 23:
        return True
    # a morning hour, after what runs or stays open until then ("les trams
    # circuleront jusqu'à 5 heures", "ouverts jusqu'à 2 heures"; not "les
    # retards pourront aller jusqu'à 5 heures")
    return hours <= 12 and bool(_RUNS_UNTIL_BEFORE.search(text, max(0, out.start - 48), out.start)
                                or _SHORTLY_AFTER.search(text, max(0, out.start - 16), out.start))


def _clock_from_a_place(text: str, m: re.Match[str], hour: int, end: int | None = None) -> bool:
    """Whether "à N heures de …" is a time, from a place, after a verb of
    leaving: "s'élancera à 14 heures de la gare de l'Est", "le car partira
    à 8 heures de la mairie"; not "à 2 heures de route de Paris", "situé à 3
    heures de Lyon", "n'est plus qu'à 15 heures de l'arrivée", distances."""
    end = m.end() if end is None else end
    return bool(_PLACE_AFTER.match(text, end)) and bool(_LEAVING_BEFORE.search(text, max(0, m.start() - 40), m.start()))


_OF_AFTER = re.compile(g._p(r"~d(?:e|u|es)~|~d'"), re.IGNORECASE)
#: "à" right before hours, not "jusqu'à".
_AT_BEFORE = re.compile(r"(?<![\w'’])[àa][^\S\n]+$", re.IGNORECASE)
#: A place after the hours and "de": "de la gare", "du parvis", "de Lyon";
#: not the way the hours are travelled ("de route", "de train", "de vol").
_PLACE_AFTER = re.compile(
    g._p(r"~(?:de~la|de~l'|du|des|de(?=~[A-ZÀ-Ý]))(?!~?(?:route|voiture|train|tgv|vol|avion|marche|trajet|bateau"
         r"|navigation|car|bus|m[ée]tro|rer|v[ée]lo|transport|d[ée]calage)(?!\w))"),
)
#: A verb of leaving or starting before "à N heures de": "partira", "s'élancera".
_LEAVING_BEFORE = re.compile(
    r"(?<![\w-])(?:part|partent|partir|partira|partiront|partait|partaient|parti|partie|partis|parties"
    r"|(?:s'|s’)?(?:[ée]lanc|d[ée]coll|d[ée]marr|appareill|envol)(?:e|ent|er|era|eront|ait|aient|é|ée|és|ées))"
    r"(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]+$",
    re.IGNORECASE,
)


#: "peu après 6 heures", "juste après 8 heures": a time of day (an amount
#: would be "au bout de", or have its noun: "peu après 6 heures de route").
_SHORTLY_AFTER = re.compile(r"(?<!\w)(?:peu|juste|sit[ôo]t)[^\S\n]+apr[èe]s[^\S\n]+$", re.IGNORECASE)


#: A verb of what runs, stays open or closed, before "jusqu'à": its hours
#: are a time of day.
_RUNS_UNTIL_BEFORE = re.compile(
    r"(?<!\w)(?:ouvert|ferm[ée]|circul|roul|fonctionn|coup[ée]|interdit|prolong|poursuiv|dessert|desservi"
    r"|restera|resteront|reste|restent|servi|jou)\w*(?:[^\S\n]+(?:ouvert|ferm[ée])\w*)?"
    r"(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]+$",
    re.IGNORECASE,
)


_LAW_HOURS = re.compile(r"\b(?:les|des|aux)\s+$", re.IGNORECASE)
#: A part of the day right after "N heures" makes them a clock time.
_PART_OF_DAY_AFTER = re.compile(
    # (only these: "2 heures ce matin", "8 heures dans la nuit" may be durations)
    g._p(r"~(?:du~(?:matin|soir|mat)|de~l'apr[eè]s-midi|de~la~nuit)(?!\w)"),
    re.IGNORECASE,
)
#: "depuis", or a noun of a timetable and "de", before hours: a length or
#: a time of day ("le train de 8 heures"; not "une grève de 3 heures",
#: "au bout de 3 heures").
_SINCE_OR_OF = re.compile(
    r"(?:(?<!\w)depuis|(?<![\w'])(?:train|tgv|ter|vol|avion|bus|navette|bateau|ferry|journal|flash|[ée]dition"
    r"|s[ée]ance|rendez-vous|audience|messe|sifflet|envoi|conf[ée]rence|point|bilan|r[ée]veil|d[ée]part|arriv[ée]e"
    r"|ouverture|fermeture|sonnerie|d[ée]but|rassemblement)s?[^\S\n]+de)[^\S\n]+$",
    re.IGNORECASE,
)
#: A day right after "depuis N heures": the hours are a time of it.
_DAY_AFTER = re.compile(
    g._p(r"¤,?¤(?:(?:ce|cet|cette)~(?:matin|soir|apr[eè]s-midi|nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi"
         r"|dimanche)|hier|aujourd'hui|avant-hier)(?!\w)"),
    re.IGNORECASE,
)
#: "jusqu'à 20 heures de garde à vue", "14 heures par jour": an amount.
_COUNTS_AFTER = re.compile(
    g._p(r"~(?:de|d'|par~(?:jour|semaine|mois|an|nuit|personne|t[êe]te))(?!\w)"), re.IGNORECASE
)

#: What may end the clause after "deux ans après" (no date named after it).
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[,.;:!?)\]\"»]|$|\n)")
#: The words between "après" and the date of what it names: "six ans après
#: celui de janvier 2019", "trois jours avant l'élection du 5 mai".
_TO_NAMED_DATE = re.compile(g._p(r"¤(?:[^\W\d_]+(?:'¤|-|~)){0,8}"))


def _count_from(out: _M, base: _M | None, amount: float, unit: str) -> None:
    """Set the date ``out`` implies, ``amount`` units from ``base`` (ahead
    of a night, from its morning: "la nuit du 11 au 12 mars … trois jours
    plus tard" is the 15th, as from the morning the victim was found;
    before it, from its evening: "la nuit du 31 décembre au 1er janvier
    2019 … un an plus tôt" is 2017's)."""
    when = base.when if base is not None else None
    if when is None:
        return
    parts = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    if amount > 0 and base.value is not None and base.value.endswith("TNI") and base.implied and "/" in base.implied:  # type: ignore[union-attr]
        morning = date.fromisoformat(base.implied.split("/")[1])  # type: ignore[union-attr]
        parts = (morning.year, morning.month, morning.day, None, None, None)
    implied = _implied(parts, amount, unit)
    if implied is not None:
        out.implied = implied
        out.flags |= base.flags & {"relative"}  # type: ignore[union-attr]


def _count_from_clock(out: _M, clock: _M, ctx: _Ctx) -> None:
    """An offset in hours or less counted from the clock time before it, in
    its sentence or the one before ("vers 3 h 10, … Vingt minutes plus
    tard": 3 h 30), on the day that clock time is given (its own day or
    the one it implies); none when that day is not known."""
    assert out.by_clock is not None
    if ctx.sentence_index(out.start) - ctx.sentence_index(clock.end - 1) > 1 or clock.when2 is not None:
        return
    when = clock.when
    assert when is not None
    day = (when.year, when.month, when.day)
    if when.year is None and clock.implied and "/" not in clock.implied:
        told = parse_anchor(clock.implied)
        if told is not None:
            day = (told.year, told.month, told.day)
    if day[0] is None:
        return  # (a time of no known day: none)
    implied = _implied((*day, when.hour, when.minute, when.second), *out.by_clock)
    if implied is not None:
        out.implied = implied


def _count_from_next(found: list[_M], ctx: _Ctx) -> None:
    """"six ans après celui de janvier 2019": a duration counted from the
    date named right after it, in the same clause; none when the words
    after "après" name no date (the time of "sa mort" is not known)."""
    for i, m in enumerate(found[:-1]):
        if m.shift is None:
            continue
        nxt = found[i + 1]
        if (nxt.kind in ("date", "datetime") and nxt.when is not None and nxt.when2 is None
                and nxt.value is None and _TO_NAMED_DATE.fullmatch(ctx.text, m.end, nxt.start)):  # fmt: skip
            _count_from(m, nxt, *m.shift)


#: The grains a point may be cut to below the day, with their seconds.
_FINE_GRAINS = ((DAY, 86400), (HOUR, 3600), (MINUTE, 60), (SECOND, 1))
_GRAIN_ORDER = {DAY: 0, HOUR: 1, MINUTE: 2, SECOND: 3}
_UNIT_SECONDS = {"W": 604800, "D": 86400, "H": 3600, "M": 60, "S": 1}

_Base = tuple["int | None", "int | None", "int | None", "int | None", "int | None", "int | None"]


def _implied(base: _Base, amount: float, unit: str) -> str | None:
    """The point ``amount`` units (signed) from ``base`` (year, month, day,
    hour, minute, second; None where not stated), cut to the unit stated,
    or to the finer unit a fraction of it needs ("il y a une demi-heure" to
    the minute, "un an et demi" to the month).  None when ``base`` does not
    state that much."""
    code, is_time, _, grain = UNITS[unit]
    amount *= UNIT_FACTOR.get(unit, 1)
    year, month, day, hour, minute, second = base
    if year is None:
        return None
    if not is_time and code in ("Y", "M"):
        in_months = amount * 12 if code == "Y" else amount
        months = int(in_months)
        if months != in_months:
            return None  # "un mois et demi": no calendar answer
        if code == "Y" and months % 12 == 0:
            return f"{year + months // 12:04d}"
        if month is None:
            return None
        y, mo = add_months(year, month, months)
        return f"{y:04d}-{mo:02d}"
    in_seconds = amount * _UNIT_SECONDS[code if is_time or code == "W" else "D"]
    seconds = int(in_seconds)
    if seconds != in_seconds or month is None or day is None:
        return None
    if code == "W" and amount == int(amount):
        # whole weeks name a week ("il y a deux semaines" -> 2024-W23)
        try:
            return iso_week(date(year, month, day) + timedelta(weeks=int(amount)))
        except (ValueError, OverflowError):
            return None
    least = _GRAIN_ORDER[grain]
    for cut, size in _FINE_GRAINS:
        if _GRAIN_ORDER[cut] >= least and seconds % size == 0:
            break
    try:
        if cut == DAY:
            return (date(year, month, day) + timedelta(seconds // 86400)).isoformat()
        if hour is None or (cut in (MINUTE, SECOND) and minute is None) or (
            cut == SECOND and second is None
        ):
            return None
        moment = datetime(year, month, day, hour, minute or 0, second or 0)
        return _dt_when(moment + timedelta(seconds=seconds), cut).timex()
    except (ValueError, OverflowError):
        return None


def _rule_chr(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "chr", "duration")
    if m.group("chr_m2") is not None:
        out.value = _clock_duration(0, int(m.group("chr_m2")), None, None)
    elif m.group("chr_s2") is not None:
        out.value = _clock_duration(0, 0, m.group("chr_s2"), m.group("chr_cs2"))
    else:
        hours = m.group("chr_h")
        out.value = _clock_duration(int(hours or 0), int(m.group("chr_m")), m.group("chr_s"), m.group("chr_cs"))
    return out


def _rule_duhm(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "duhm", "duration")
    out.value = _clock_duration(int(m.group("duhm_h")), int(m.group("duhm_m")), m.group("duhm_s"), m.group("duhm_cs"))
    return out


def _rule_duh(m: re.Match[str], ctx: _Ctx) -> _M | None:
    out = _new(m, "duh", "duration")
    minutes = m.group("duh_m")
    out.value = _clock_duration(int(m.group("duh_h")), int(minutes or 0), m.group("duh_s"), m.group("duh_cs"))
    if m.group("duh_mod"):
        out.mod = DURATION_MODS.get(" ".join(key(m.group("duh_mod")).split()).replace("' ", "'"))
    return out


_RULES: dict[str, Callable[[re.Match[str], _Ctx], _M | None]] = {
    name: globals()["_rule_" + name] for name in g.RULE_NAMES
}


# --------------------------------------------------------------------------
# Merging neighbours: date + time, time ranges, "la veille du 3 mai", ranges


def _is_day(x: _M) -> bool:
    return (x.kind in ("date", "datetime") and x.when is not None and x.when2 is None
            and x.when.precision == DAY and x.when.hour is None and x.value is None)  # fmt: skip


def _is_time(x: _M) -> bool:
    return x.kind == "time" or (x.kind == "interval" and x.rule == "trange")


def _merge(found: list[_M], ctx: _Ctx) -> list[_M]:
    # the joins read words, never case: the lowered text, whose patterns
    # are case-sensitive (faster)
    text = ctx.lowered
    kinds = [m.kind for m in found]
    times = kinds.count("time")
    dates = kinds.count("date")
    # Each pass needs mentions of given kinds: the others are skipped.
    if times > 1:
        found = _pairs(found, lambda a, b: _time_range(a, b, text))
    if times and (dates or "datetime" in kinds):
        found = _pairs(found, lambda a, b: _date_time(a, b, text))
    if times and "set" in kinds:
        found = _pairs(found, lambda a, b: _set_time(a, b, text))
    if dates:
        if any(m.rule == "rd" for m in found):
            found = _pairs(found, lambda a, b: _anchored(a, b, text))
            _apposed(found, text)
        if dates > 1:
            found = _pairs(found, lambda a, b: _date_range(a, b, text))
    return found


_WEEKEND_OF = re.compile(g._p(r"(?<![\w-])(?:(?:le|ce)~)?week(?:-|~)?end~(?:de~(?:la~|l')?|du~|d')$"))


def _weekends_of(found: list[_M], text: str) -> list[_M]:
    """"le week-end du 15 août", "le week-end de l'Assomption": the weekend
    of that day, not this week's.  A Monday or a Tuesday's is the weekend
    before it (the long weekend of a holiday), another day's the one of
    its week."""
    out: list[_M] = []
    for b in found:
        when = b.when
        day = when.as_date() if when is not None and b.kind == "date" and b.value is None else None
        weekend = _WEEKEND_OF.search(text, max(0, b.start - 24), b.start) if day is not None else None
        if day is None or weekend is None or when is None or when.precision != DAY:
            out.append(b)
            continue
        while out and out[-1].end > weekend.start():
            out.pop()  # "le week-end" read alone
        weekday = day.isoweekday()
        saturday = day - timedelta(days=weekday + 1) if weekday <= 2 else day + timedelta(days=6 - weekday)
        merged = _M(weekend.start(), b.end, "date", "weekend-of")
        merged.value = iso_week(saturday) + "-WE"
        merged.implied = f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
        merged.flags = set(b.flags)
        out.append(merged)
    return out


def _pairs(found: list[_M], join: Callable[[_M, _M], _M | None]) -> list[_M]:
    out: list[_M] = []
    for item in found:
        if out:
            joined = join(out[-1], item)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(item)
    return out


def _time_range(a: _M, b: _M, text: str) -> _M | None:
    if a.kind != "time" or b.kind != "time" or a.when is None or b.when is None:
        return None
    if a.when.year is not None or b.when.year is not None:
        return None
    if not g.GAP_TIME_RANGE.fullmatch(text, a.end, b.start):
        return None
    lead = g.TIME_RANGE_START.search(text, max(0, a.start - 10), a.start)
    if lead is None and "-" not in text[a.end : b.start]:
        return None
    start_hour, end_hour = a.when.hour, b.when.hour
    assert start_hour is not None and end_hour is not None
    if (end_hour < start_hour < 12 and end_hour + 12 > start_hour
            and "matin" not in text[b.start : b.end] and not _NIGHT_AFTER.match(text, b.end)):  # fmt: skip
        # "de 11h30 à 1h30": half past one in the afternoon; "de 22 h à 2 h"
        # and "de 18 heures à 8 heures" run overnight
        b.when.hour = end_hour + 12  # 11h30-1h30 is half past one in the afternoon
    if a.when.precision != b.when.precision:
        # "de 9h30 à 11h": a range is stated at its finer bound's precision.
        for w in (a.when, b.when):
            if w.minute is None:
                w.minute = 0
            w.precision = MINUTE
    start = a.start
    if lead is not None:
        start = lead.start() if text[lead.start()].isalpha() else lead.start() + 1
    out = _M(start, b.end, "interval", "trange")
    out.when, out.when2 = a.when, b.when
    out.flags = a.flags | b.flags
    return out


_OWN_HALF = re.compile(r"matin|\bmat\b|nuit")  # on the lowered text
#: The night told right after the end of a range of hours: "de 9 heures
#: du matin à 1 heure cette nuit" ends in the small hours (on the lowered text).
_NIGHT_AFTER = re.compile(g._p(r"¤,?¤(?:cette~nuit|dans~la~nuit|la~nuit|du~matin)(?!\w)"))


def _date_time(a: _M, b: _M, text: str) -> _M | None:
    if _is_day(a) and _is_time(b) and g.GAP_DATE_TIME.fullmatch(text, a.end, b.start):
        day, time = a, b
    elif _is_time(a) and _is_day(b) and g.GAP_TIME_DATE.fullmatch(text, a.end, b.start):
        day, time = b, a
    else:
        return None
    assert day.when is not None and time.when is not None
    out = _M(min(a.start, b.start), max(a.end, b.end), "datetime", "datetime")
    out.weekday = day.weekday
    out.flags = day.flags | time.flags
    out.mod = time.mod or day.mod

    # "samedi minuit" is the midnight that ends Saturday
    midnight = time.when2 is None and "minuit" in text[time.start : time.end]  # (the text is lowered)

    # "1 heure du matin": the time says its half of the day itself
    own_half = _OWN_HALF.search(text, time.start, time.end) is not None

    def at(t: When) -> When:
        d = day.when
        assert d is not None
        hour = t.hour
        if d.part == "EV" and hour is not None and hour < 6 and not midnight:
            # "samedi soir à 1 heure (du matin)": the small hours after the evening
            following = d.as_date()
            if following is None or following == date.max:
                return When(d.year, d.month, d.day, hour, t.minute, t.second, precision=t.precision)
            following += timedelta(days=1)
            return When(following.year, following.month, following.day, hour, t.minute, t.second,
                        precision=t.precision)  # fmt: skip
        if d.part in ("AF", "EV") and hour is not None and hour < 12 and not own_half:
            hour += 12  # "à trois heures demain après-midi"
        if midnight and hour == 0 and not t.minute:
            following = d.as_date()
            if following is not None and following < date.max:
                following += timedelta(days=1)
                return When(following.year, following.month, following.day, 0, t.minute, t.second,
                            precision=t.precision)  # fmt: skip
        return When(d.year, d.month, d.day, hour, t.minute, t.second, precision=t.precision)

    out.when = at(time.when)
    if day.when.day is not None and out.when.day != day.when.day:
        out.flags.add("after-midnight")  # its weekday names the day before the value's
    if time.when2 is not None:
        out.kind = "interval"
        out.when2 = at(time.when2)
        first, last = out.when.as_date(), out.when2.as_date()
        if (first is not None and last is not None and out.when2.hour is not None and last == first
                and out.when.hour is not None and out.when2.hour < out.when.hour):  # fmt: skip
            # "de 19 heures à 7 heures du matin": the next morning (once:
            # "samedi soir, de 23 heures à 4 heures" has its end on Sunday already)
            if last == date.max:
                return out
            last += timedelta(days=1)
            w2 = out.when2
            out.when2 = When(last.year, last.month, last.day, w2.hour, w2.minute, w2.second, precision=w2.precision)
    return out


_ANCHORED_WORDS = {"veille": -1, "avant-veille": -2, "lendemain": 1, "surlendemain": 2}


def _set_time(a: _M, b: _M, text: str) -> _M | None:
    """"chaque samedi à 20 heures": a recurring day and its clock time,
    one SET (``XXXX-WXX-6T20:00``), the time given no day of its own."""
    if a.kind != "set" or b.kind != "time" or b.when is None or b.when2 is not None or b.when.hour is None:
        return None
    value = "XXXX-XX-XX" if a.value == "P1D" else a.value or ""  # "tous les jours à 9 heures"
    if not value.startswith("XXXX-") or "T" in value or not g.GAP_DATE_TIME.fullmatch(text, a.end, b.start):
        return None
    out = _M(a.start, b.end, "set", "set")
    out.value = f"{value}T{b.when.hour:02d}:{b.when.minute or 0:02d}"
    out.mod = b.mod
    return out


def _anchored(a: _M, b: _M, text: str) -> _M | None:
    if a.rule != "rd" or not _is_day(b) or b.when is None:
        return None
    word = text[a.start : a.end].lower().split()[-1].split("'")[-1]
    days = _ANCHORED_WORDS.get(word)
    if days is None or not g.GAP_ANCHORED.fullmatch(text, a.end, b.start):
        return None
    out = _M(a.start, b.end, "date", "anchored")
    d = b.when.as_date()
    out.flags = set(b.flags)
    if d is None:
        out.when = When()
        out.flags.add("unanchored")
    else:
        out.when = _offset_day(d, days)
    return out


def _apposed(found: list[_M], text: str) -> None:
    """"Le lendemain, mercredi 17 février", "la veille, le 14 juin": a day
    counted in the narrative is the date set beside it, whatever the day it
    would count from (a date that does not fit its weekday is no help)."""
    for a, b in zip(found, found[1:]):
        if (a.rule == "rd" and a.when is not None and b.kind in _CLOCKED_OR_DAY and b.when is not None
                and b.when.day is not None and b.when2 is None and "weekday-mismatch" not in b.flags
                and _APPOSED_DATE.fullmatch(text, a.end, b.start) and _NARRATIVE_DAY.match(text, a.start, a.end)
                and any(c.isdigit() for c in text[b.start : b.end])):  # fmt: skip
            part = a.when.part
            a.when = When(b.when.year, b.when.month, b.when.day)
            a.when.part = part
            a.flags = b.flags & _RESOLVED_FLAGS


_CLOCKED_OR_DAY = frozenset(("date", "datetime"))
_RESOLVED_FLAGS = frozenset(("relative", "unanchored"))
#: The words between a day of the narrative and the date it is.
#: ("Le lendemain de la finale, le 16 juillet": the date may be the final's.)
_APPOSED_DATE = re.compile(r",[^\S\n]*(?:le[^\S\n]+)?", re.IGNORECASE)
#: The days counted from the narrative's ("la veille", "le lendemain matin").
_NARRATIVE_DAY = re.compile(r"(?:le|la|l')[^\S\n]*(?:veille|lendemain|surlendemain|avant-veille|jour m[êe]me)",
                            re.IGNORECASE)


def _date_range(a: _M, b: _M, text: str) -> _M | None:
    if a.kind != "date" or b.kind != "date" or a.when is None or b.when is None:
        return None
    if a.value is not None or b.value is not None or a.when.precision != b.when.precision:
        return None
    gap = g.GAP_DATE_RANGE.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    lead = g.DATE_RANGE_START.search(text, max(0, a.start - 12), a.start)
    if lead is None and "-" not in gap.group():
        return None
    da, db = a.when.as_date(), b.when.as_date()
    if da is not None and db is not None and da > db:
        return None
    start = a.start
    if lead is not None:
        start = lead.start() if text[lead.start()].isalpha() else lead.start() + 1
    out = _M(start, b.end, "interval", "drange")
    out.when, out.when2 = a.when, b.when
    out.flags = a.flags | b.flags
    if a.mod == "ON_OR_AFTER":
        a.mod = None
    return out
