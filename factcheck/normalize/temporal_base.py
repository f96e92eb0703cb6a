"""The normaliser's working parts, shared by its rules.

The mention a rule builds (``_M``) and the scan's context (``_Ctx``), the
TIMEX3 value a mention writes, a clock time's zone, the tense cues of a
clause, the mods a word before a point gives, and number and month words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

from factcheck.normalize.numbers import parse_cardinal
from factcheck.normalize.temporal_calendar import (
    HOUR,
    MINUTE,
    SECOND,
    Anchor,
    When,
    time_value,
    zone_minutes,
    zone_offset,
    zone_text,
)
from factcheck.normalize import temporal_grammar as g
from factcheck.normalize.temporal_lexicon import MONTHS, ZONE_ABBREVIATIONS, ZONE_NAMES, key


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
    if (day is not None and ctx.pub is not None and day > ctx.pub and day != date.max
            and here != ctx.sentence_index(told_at - 1) and ctx.tense(m.start, m.end) < 0):  # fmt: skip
        day = None  # "avaient fermé à 17 heures" after "prendra ses fonctions le 1er janvier": no future day's
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
    def narrative(self, pos: int, step: int = 0) -> tuple[date | None, bool]:
        """The day "la veille" counts from: the last date stated in this or
        the previous sentence, else the publication date.  The flag says
        whether the publication date was used.  A range of days told after
        that date counts by its end for a ``step`` ahead ("du lundi 7 au
        mercredi 9 juillet, … le lendemain"), by its start for one back."""
        here = self.sentence_index(pos)
        if self.ranges and step:
            end, first, last = self.ranges[-1]
            if (end <= pos and here - self.sentence_index(end - 1) <= 1
                    and (not self.stated or self.stated[-1][0] < end)):  # fmt: skip
                return (last if step > 0 else first), False
        if self.stated:
            end, day = self.stated[-1]
            if end <= pos and here - self.sentence_index(end - 1) <= 1:
                return day, False
        return self.pub, True

    def last_told(self, pos: int, sentences: int | None = None) -> date | None:
        """The last day the text states before ``pos``, however far back,
        or within so many ``sentences`` of its paragraph."""
        for end, day in reversed(self.stated):
            if end <= pos:
                if sentences is not None and (self.sentence_index(pos) - self.sentence_index(end - 1) > sentences
                                              or "\n" in self.text[end:pos]):  # fmt: skip
                    return None
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
    r"(?<!\w)(?:rest[ée]e?s?|demeur[ée]e?s?|dur[ée]|[ée]t[ée](?![^\S\n]+(?:prolong|report|repouss|suspend|d[ée]cal|reconduit|ajourn|diff[ée]r|renouvel|[ée]tendu)\w*)|v[ée]cu|travaill[ée]|rest[ae]i(?:t|ent)|[ée]tai(?:t|ent))"
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


@lru_cache(maxsize=1024)
def _clock_duration(hours: int, minutes: int, seconds: str | None, hundredths: str | None) -> str:
    """ISO 8601 of a race time: "1 h 59 min 40 s" -> PT1H59M40S."""
    value = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if seconds is not None:
        value += f"{int(seconds)}.{hundredths}S" if hundredths else f"{int(seconds)}S"
    return value if value != "PT" else "PT0S"
