"""Resolution against the publication date: which year a day or a month
without one is in, which "mercredi", the days counted from a date, the year
a sentence's frame or narrative gives (``temporal`` tells the conventions).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime, timedelta

from factcheck.normalize.temporal_calendar import (
    DAY,
    MINUTE,
    MONTH,
    SECOND,
    YEAR,
    Anchor,
    When,
    last_day,
    valid,
    weekday_of,
)
from factcheck.normalize import temporal_grammar as g
from factcheck.normalize.temporal_lexicon import key
from factcheck.normalize.temporal_base import _Ctx, _FOR_BEFORE, _LASTED_BEFORE, _M, _UNTIL_BEFORE, _imperfect


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


#: A verb that sets a day, then "au", "à", right before a date.
_SET_TO_BEFORE = re.compile(
    r"(?<!\w)(?:mis[^\S\n]+en[^\S\n]+d[ée]lib[ée]r[ée]|(?:report|repouss|renvoy|d[ée]cal|ajourn|fix|avanc|programm)"
    r"[ée]e?s?(?:[^\S\n]+[^\s,.;:!?]+){0,3}?)[^\S\n]+(?:au|à)[^\S\n]+$",
    re.IGNORECASE,
)


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
    if sign < 0 and not strict and rel is None and _SET_TO_BEFORE.search(ctx.text, max(0, start - 48), start):
        # "a mis en délibéré au 9 avril", "a renvoyé l'affaire au 12 mai",
        # "initialement fixée au 20 janvier": a past act sets a day that
        # may lie ahead; the nearer one
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
        framed = None
        if a.month is not None and rel is None and ctx.tense(start, end) > 0:
            # a month's issue: only a range of days it tells ahead names the day
            # (of a later month: one of the issue's own may be over)
            framed = _weekday_in_frame(ctx, start, wd, date(a.year, a.month, last_day(a.year, a.month)))
        if framed is not None:
            return When(framed.year, framed.month, framed.day), _RELATIVE
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
