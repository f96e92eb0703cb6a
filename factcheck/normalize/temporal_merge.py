"""Merging neighbours: a date and its time, ranges of times and of days,
"la veille du 3 mai", a weekend, a date set beside another.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable

from factcheck.normalize.temporal_calendar import DAY, MINUTE, When, iso_week
from factcheck.normalize import temporal_grammar as g
from factcheck.normalize.temporal_base import _Ctx, _M
from factcheck.normalize.temporal_resolve import _offset_day


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


def _on_day(day: date | When, t: When, hour: int | None) -> When:
    """The clock time ``t``, at ``hour``, on ``day``."""
    return When(day.year, day.month, day.day, hour, t.minute, t.second, precision=t.precision)


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

    def at(t: When, small_hours: bool = False) -> When:
        d = day.when
        assert d is not None
        hour = t.hour
        if small_hours:
            # the end of a range overnight ("ce soir, de 18 heures à 6
            # heures"): its morning, moved to the next day below
            return _on_day(d, t, hour)
        if d.part == "EV" and hour is not None and hour < 6 and not midnight:
            # "samedi soir à 1 heure (du matin)": the small hours after the evening
            following = d.as_date()
            if following is None or following == date.max:
                return _on_day(d, t, hour)
            return _on_day(following + timedelta(days=1), t, hour)
        if d.part in ("AF", "EV") and hour is not None and hour < 12 and not own_half:
            hour += 12  # "à trois heures demain après-midi"
        if midnight and hour == 0 and not t.minute:
            following = d.as_date()
            if following is not None and following < date.max:
                return _on_day(following + timedelta(days=1), t, 0)
        return _on_day(d, t, hour)

    out.when = at(time.when)
    if day.when.day is not None and out.when.day != day.when.day:
        out.flags.add("after-midnight")  # its weekday names the day before the value's
    if time.when2 is not None:
        out.kind = "interval"
        overnight = (time.when.hour is not None and time.when2.hour is not None and time.when2.hour < time.when.hour
                     and time.when.hour >= 12)  # fmt: skip
        out.when2 = at(time.when2, small_hours=overnight)
        first, last = out.when.as_date(), out.when2.as_date()
        if (first is not None and last is not None and out.when2.hour is not None and last == first
                and out.when.hour is not None and out.when2.hour < out.when.hour):  # fmt: skip
            if last == date.max:
                return out
            if day is b and text.startswith("demain", b.start):
                # "de 17 heures à midi demain": tomorrow is the end's day, the
                # start today's (not "de 21 heures à 6 heures samedi": the
                # night from Saturday)
                out.when = _on_day(first - timedelta(days=1), out.when, out.when.hour)
                return out
            # "de 19 heures à 7 heures du matin": the next morning (once:
            # "samedi soir, de 23 heures à 4 heures" has its end on Sunday already)
            out.when2 = _on_day(last + timedelta(days=1), out.when2, out.when2.hour)
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
