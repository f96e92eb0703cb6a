"""Normalised values as the sets of facts they allow.

A value stated in an article is a range, not a point: "juin 2024" allows
every day of June, "environ deux heures" allows a little less or more than
two hours, "plus de 20" anything above 20.  Two statements agree when their
ranges meet and contradict each other when they do not — so comparing at
the precision each side states, and honouring ``mod``, is one rule.

Dates become ranges of day numbers (proleptic Gregorian ordinals); durations
ranges of seconds; numbers, percentages and ordinals ranges of floats.
"""

from __future__ import annotations

import calendar
import datetime
import math
import re

import attrs

from factcheck.normalize.temporal_calendar import season_days, zone_minutes, zone_offset
from factcheck.normalize.temporal_lexicon import SEASON_CODES

INF = math.inf
_SEASON_NAMES = {code: name for name, code in SEASON_CODES.items()}

#: How far "environ" widens an exact quantity, as a fraction of it.
APPROX_FRACTION = 0.1


@attrs.frozen
class Range:
    """An interval of the real line; each bound open or closed."""

    lo: float
    hi: float
    lo_closed: bool = True
    hi_closed: bool = True

    def meets(self, other: Range) -> bool:
        """True when the two ranges share at least one point."""
        if self.lo > other.hi or other.lo > self.hi:
            return False
        if self.lo == other.hi and not (self.lo_closed and other.hi_closed):
            return False
        if other.lo == self.hi and not (other.lo_closed and self.hi_closed):
            return False
        return True

    def within(self, other: Range) -> bool:
        """True when every point of this range is in ``other``."""
        if self.lo < other.lo or self.hi > other.hi:
            return False
        if self.lo == other.lo and self.lo_closed and not other.lo_closed:
            return False
        return not (self.hi == other.hi and self.hi_closed and not other.hi_closed)


def apply_mod(base: Range, mod: str | None, spread: float) -> Range:
    """The range a modifier makes of a stated range.

    ``spread`` is how far "environ" widens it: one step of the stated
    precision for a date ("vers le 19 juin": a day either side), a tenth
    of the value for a quantity.
    """
    lo, hi = base.lo, base.hi
    if mod is None:
        return base
    if mod == "APPROX":
        return Range(lo - spread, hi + spread)
    if mod in ("MORE_THAN", "AFTER"):
        return Range(hi, INF, lo_closed=False)
    if mod in ("EQUAL_OR_MORE", "ON_OR_AFTER"):
        return Range(lo, INF)
    if mod in ("LESS_THAN", "BEFORE"):
        return Range(-INF, lo, hi_closed=False)
    if mod in ("EQUAL_OR_LESS", "ON_OR_BEFORE"):
        return Range(-INF, hi)
    if mod in ("START", "MID", "END"):
        third = (hi - lo + 1) / 3
        if mod == "START":
            return Range(lo, lo + math.ceil(third) - 1)
        if mod == "END":
            return Range(hi - math.ceil(third) + 1, hi)
        return Range(lo + math.floor(third), hi - math.floor(third))
    return base  # an unknown modifier neither widens nor narrows


# --- dates -----------------------------------------------------------------

_DATE = re.compile(
    r"(?P<year>\d{4}|X{4}|\d{2}XX|\d{3}X)"
    r"(?:-(?:W(?P<week>\d{2}|XX)(?P<weekend>-WE)?|(?P<season>SP|SU|FA|WI)|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX))?))?"
    r"(?:T(?P<hour>\d{2}|XX)(?::(?P<minute>\d{2}|XX))?)?"
)
_TIME = re.compile(r"T(?P<hour>\d{2})(?::(?P<minute>\d{2}))?")
_ZONE = re.compile(r"(?:Z|[+-]\d{2}:\d{2})$")


@attrs.frozen
class DateParts:
    """A TIMEX3 date cut to its precision; None for an unknown part (``X``)
    and for a part the value does not state."""

    year: int | None
    month: int | None
    day: int | None
    week: int | None = None
    hour: int | None = None
    minute: int | None = None
    #: The decade or century when only that is stated ("199X" -> (1990, 10)).
    span: tuple[int, int] | None = None
    #: First and last month of a quarter or half ("2024-Q2" -> (4, 6)).
    months: tuple[int, int] | None = None
    #: A season ("2024-SU") or a weekend ("2024-W25-WE"), which are no
    #: whole months or weeks.
    season: str | None = None
    weekend: bool = False
    #: A part of the day ("hier soir" -> "EV"): MO, AF, EV, NI or DT.
    part: str | None = None
    #: Minutes east of UTC of a clock time given with its zone ("T07:00Z":
    #: 0, "T08+01:00": 60); None when no zone is stated.
    offset: int | None = None
    #: The offset is not stated but derived from a conversion the article
    #: gives ("16h00 heure locale (07h00 GMT)"; flag ``zone-derived``): the
    #: time also compares as stated.
    zone_derived: bool = False

    @property
    def is_full_date(self) -> bool:
        return None not in (self.year, self.month, self.day)


def parse_date(value: object) -> DateParts | None:
    """The parts of a TIMEX3 date or time value, None if it is not one."""
    if not isinstance(value, str):
        return None
    part = None
    if value.endswith(("TMO", "TAF", "TEV", "TNI", "TDT")) and len(value) > 3:
        # A part of the day ("hier soir" -> 2024-06-18TEV): its hours are a
        # convention, so it compares as its day (and two parts of one day
        # as neighbours or not: ``_parts_apart``).
        value, part = value[:-3], value[-2:]
    offset = None
    zone = _ZONE.search(value) if "T" in value else None
    if zone:
        value = value[: zone.start()]
        offset = zone_minutes(zone.group())
    time = _TIME.fullmatch(value)
    if time:
        hour, minute = int(time.group("hour")), time.group("minute")
        if hour > 24 or (minute and int(minute) > 59):
            return None
        return DateParts(None, None, None, hour=hour, minute=int(minute) if minute else None, offset=offset)
    # Before the common era (TimeML's prefix: "BC0052", "BC00XX"): a year
    # or a span of years only, counted astronomically (1 BC is year 0).
    before_era = value.startswith("BC")
    if before_era:
        value = value[2:]
        if not re.fullmatch(r"\d{4}|\d{2}XX|\d{3}X", value):
            return None
    match = _DATE.fullmatch(value)
    if not match:
        return None

    def number(name: str) -> int | None:
        text = match.group(name)
        return int(text) if text and "X" not in text else None

    year_text = match.group("year")
    span = None
    if "X" in year_text and year_text != "XXXX":
        digits = year_text.rstrip("X")
        size = 10 ** (4 - len(digits))
        first = int(digits) * size
        # "01XX" is AD 100-199, "BC01XX" 200-101 BC (the centuries told:
        # "IIe siècle", "IIe siècle av. J.-C."), so the two never meet
        span = (-first - size + 1, size) if before_era else (max(first, 1), size - (first == 0))
    if before_era:
        return DateParts(1 - int(year_text) if span is None else None, None, None, span=span)
    months = None
    if match.group("quarter"):
        first = 3 * int(match.group("quarter")) - 2
        months = (first, first + 2)
    elif match.group("half"):
        first = 6 * int(match.group("half")) - 5
        months = (first, first + 5)
    parts = DateParts(
        number("year"), number("month"), number("day"), number("week"), number("hour"), number("minute"), span,
        months, match.group("season"), bool(match.group("weekend")), part, offset,
    )
    if parts.month is not None and not 1 <= parts.month <= 12:
        return None
    if parts.day is not None and not 1 <= parts.day <= 31:
        return None
    if (parts.hour is not None and parts.hour > 24) or (parts.minute is not None and parts.minute > 59):
        return None
    if parts.is_full_date:
        try:
            datetime.date(parts.year, parts.month, parts.day)  # type: ignore[arg-type]
        except ValueError:
            return None
    return parts


def date_range(parts: DateParts, mod: str | None) -> Range | None:
    """The days a date allows, as proleptic ordinals; None without a year."""
    if parts.year is None:
        if parts.span is None:
            return None
        first, size = parts.span
        return apply_mod(Range(_new_year(first), _new_year(first + size) - 1), mod, 365)
    year = parts.year
    if year < 1:
        return apply_mod(Range(_new_year(year), _new_year(year + 1) - 1), mod, 365)
    if parts.week is not None:
        try:
            monday = datetime.date.fromisocalendar(year, parts.week, 1).toordinal()
        except ValueError:
            return None
        if parts.weekend:
            return apply_mod(Range(monday + 5, monday + 6), mod, 1)
        return apply_mod(Range(monday, monday + 6), mod, 1)
    if parts.season is not None:
        # The days the normaliser gives the season (winter runs into the next year).
        first_day, last_day = season_days(_SEASON_NAMES[parts.season], year)
        return apply_mod(Range(first_day.toordinal(), last_day.toordinal()), mod, 30)
    if parts.months is not None:
        first, last = parts.months
        base = Range(
            datetime.date(year, first, 1).toordinal(),
            datetime.date(year, last, calendar.monthrange(year, last)[1]).toordinal(),
        )
        return apply_mod(base, mod, 30)
    if parts.month is None:
        base = Range(datetime.date(year, 1, 1).toordinal(), datetime.date(year, 12, 31).toordinal())
        return apply_mod(base, mod, 365)
    if parts.day is None:
        days = calendar.monthrange(year, parts.month)[1]
        base = Range(datetime.date(year, parts.month, 1).toordinal(), datetime.date(year, parts.month, days).toordinal())
        return apply_mod(base, mod, 30)
    day = datetime.date(year, parts.month, parts.day).toordinal()
    if parts.hour is not None and mod == "APPROX":
        return Range(day, day)  # "samedi vers 7 h 40": the time is approximate, not the day
    return apply_mod(Range(day, day), mod, 1)


def _new_year(year: int) -> int:
    """The proleptic ordinal of 1 January of a year, any year (``date``
    stops at 1): the Gregorian count of days, which floor division carries
    below 1."""
    y = year - 1
    return 365 * y + y // 4 - y // 100 + y // 400 + 1


def dates_agree(a: DateParts, a_mod: str | None, b: DateParts, b_mod: str | None) -> bool | None:
    """Whether two dates can be the same time: True, False, or None when
    they share no stated part to compare."""
    a_range, b_range = date_range(a, a_mod), date_range(b, b_mod)
    if a_range is not None and b_range is not None:
        if _night_into(a, b) or _night_into(b, a):
            return True  # "dans la nuit de mardi à mercredi" and "mercredi vers 3 h 40"
        if not a_range.meets(b_range):
            return False
        if _same_day(a, b) and _parts_apart(a.part, b.part):
            return False  # "mardi matin" and "dans la nuit de mardi à mercredi"
        return times_agree(a, a_mod, b, b_mod) if _same_day(a, b) else True
    # A year is missing on one side: compare the parts both state
    # ("19 juin" against "2024-06-18"), unless a modifier makes a range.
    if a_mod or b_mod:
        return None
    compared = False
    for name in ("month", "day"):
        x, y = getattr(a, name), getattr(b, name)
        if x is None or y is None:
            break
        compared = True
        if x != y:
            return False
    if a.year is None and a.month is None and b.year is None and b.month is None:
        return times_agree(a, a_mod, b, b_mod)
    return True if compared else None


#: The parts of a day in order, in the loose sense of news copy (an event
#: at 18 h 30 is told "en fin d'après-midi" and "en début de soirée"): two
#: parts of one day agree when they meet or touch.  The night touches the
#: morning too: "mardi dans la nuit" is often the small hours of Tuesday.
_PART_SLOTS = {"MO": (0,), "AF": (1,), "DT": (0, 1), "EV": (2,), "NI": (3,)}


def _parts_apart(a: str | None, b: str | None) -> bool:
    """Whether two parts of the same day can tell no one moment: the
    morning and the evening, the afternoon and the night."""
    if a is None or b is None:
        return False
    return min(min(abs(x - y), 4 - abs(x - y)) for x in _PART_SLOTS[a] for y in _PART_SLOTS[b]) > 1


def _night_into(night: DateParts, day: DateParts) -> bool:
    """Whether ``day`` falls in the small hours ending ``night`` (TIMEX3
    names a night by its evening: ``2024-06-18TNI`` runs into the 19th's
    morning)."""
    if night.part != "NI" or not night.is_full_date or not day.is_full_date:
        return False
    evening = datetime.date(night.year, night.month, night.day)  # type: ignore[arg-type]
    if datetime.date(day.year, day.month, day.day) != evening + datetime.timedelta(days=1):  # type: ignore[arg-type]
        return False
    if day.hour is not None:
        return day.hour < 8
    return day.part in (None, "MO", "NI")


def _same_day(a: DateParts, b: DateParts) -> bool:
    return a.is_full_date and b.is_full_date


def times_agree(a: DateParts, a_mod: str | None, b: DateParts, b_mod: str | None) -> bool | None:
    if a.hour is None or b.hour is None:
        return True if (a.year is not None or b.year is not None or a.month is not None) else None
    if a_mod == "APPROX" or b_mod == "APPROX":
        reach = (approx_reach(a) if a_mod == "APPROX" else 0) + (approx_reach(b) if b_mod == "APPROX" else 0)
        return within_reach(minutes_apart(a, b), reach, a_mod, b_mod)
    return any(_same_hour_and_minute(x, y) for x, y in _one_zone(a, b))


def within_reach(apart: int, reach: int, a_mod: str | None, b_mod: str | None) -> bool:
    """Whether two clock times ``apart`` minutes apart can be one, each off
    by its share of ``reach``.  Two times each told "vers" meet only at
    the edge of both when as far apart as both reaches: "vers 11h20" and
    "vers 11h50" are two."""
    if a_mod == b_mod == "APPROX":
        return apart < reach
    return apart <= reach


def _same_hour_and_minute(a: DateParts, b: DateParts) -> bool:
    if a.hour != b.hour:
        return False
    return a.minute is None or b.minute is None or a.minute == b.minute


def minutes_apart(a: DateParts, b: DateParts) -> int:
    """Minutes between two clock times, round midnight the short way
    ("vers minuit" and "23 h 50" are ten minutes apart)."""
    return min(_minutes_apart(x, y) for x, y in _one_zone(a, b))


def _minutes_apart(a: DateParts, b: DateParts) -> int:
    apart = abs((a.hour or 0) * 60 + (a.minute or 0) - (b.hour or 0) * 60 - (b.minute or 0))
    return min(apart, 24 * 60 - apart)


#: A French newsroom's clock when no zone is stated: Paris time, winter
#: (+1) or summer (+2).
_PARIS_OFFSETS = (60, 120)


def _one_zone(a: DateParts, b: DateParts) -> list[tuple[DateParts, DateParts]]:
    """The readings of two clock times on one clock.  Both zoned: b on a's
    zone ("07h00 GMT" is "8 heures, heure de Paris" in March).  One zoned:
    the other, given with no zone, is the event's local time (as stated)
    or a French newsroom's, Paris time ("07h00 GMT" backs "à 8 heures" in
    winter, "à 9 heures" in summer).  A derived offset (``zone_derived``)
    is weighed and the time as stated too: "3 h 12 heure locale, soit
    20 h 12 à Paris" errs in its conversion, not in its 3 h 12."""
    readings = _readings(a, b)
    if a.zone_derived or b.zone_derived:
        readings += _readings(_as_stated(a), _as_stated(b))
    return readings


def _as_stated(parts: DateParts) -> DateParts:
    return attrs.evolve(parts, offset=None, zone_derived=False) if parts.zone_derived else parts


def _readings(a: DateParts, b: DateParts) -> list[tuple[DateParts, DateParts]]:
    if a.offset is None and b.offset is None:
        return [(a, b)]
    if a.offset is not None and b.offset is not None:
        return [(a, _on_clock(b, a.offset))]
    zoned, plain = (a, b) if a.offset is not None else (b, a)
    readings = [(a, b)]
    for paris in _paris_offsets(a, b):
        shifted = _on_clock(zoned, paris)
        readings.append((shifted, plain) if zoned is a else (plain, shifted))
    return readings


def _paris_offsets(a: DateParts, b: DateParts) -> tuple[int, ...]:
    """Paris time's offset on the day either states (summer or winter
    time: "07h00 GMT" is "9 heures" in June, never "8 heures"), else both."""
    for parts in (a, b):
        if parts.is_full_date:
            day = datetime.date(parts.year, parts.month, parts.day)  # type: ignore[arg-type]
            offset = zone_offset("Europe/Paris", day)
            return (60 if offset is None else offset,)
    return _PARIS_OFFSETS


def _on_clock(parts: DateParts, offset: int) -> DateParts:
    """A zoned clock time read on the clock of another offset (its day
    left as stated: only the time of day is compared)."""
    assert parts.offset is not None and parts.hour is not None
    total = (parts.hour * 60 + (parts.minute or 0) + offset - parts.offset) % (24 * 60)
    minute = total % 60
    return attrs.evolve(parts, hour=total // 60, minute=minute if parts.minute is not None or minute else None,
                        offset=offset)


def approx_reach(parts: DateParts) -> int:
    """Minutes either side of "vers" a clock time, by the grain it is
    given at: "vers 5 heures" half an hour, "vers 5 h 50" a quarter (the
    sources of a fait divers often differ by that much); two approximate
    times reach each other's reach added."""
    return 30 if not parts.minute else 15


def weekday_of(parts: DateParts) -> int | None:
    """ISO weekday (1 = Monday) of a full date, else None."""
    if not parts.is_full_date:
        return None
    return datetime.date(parts.year, parts.month, parts.day).isoweekday()  # type: ignore[arg-type]


# --- durations --------------------------------------------------------------

_DURATION = re.compile(
    r"P(?:(?P<Y>\d+(?:[.,]\d+)?)Y)?(?:(?P<M>\d+(?:[.,]\d+)?)M)?(?:(?P<W>\d+(?:[.,]\d+)?)W)?(?:(?P<D>\d+(?:[.,]\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:[.,]\d+)?)H)?(?:(?P<m>\d+(?:[.,]\d+)?)M)?(?:(?P<s>\d+(?:[.,]\d+)?)S)?)?"
)
_SECONDS = {
    "Y": 365.2425 * 86400,
    "M": 365.2425 / 12 * 86400,
    "W": 7 * 86400,
    "D": 86400,
    "h": 3600,
    "m": 60,
    "s": 1,
}


def parse_duration(value: object) -> tuple[float, float] | None:
    """An ISO 8601 duration as (seconds, the seconds of its smallest stated
    unit), or None."""
    if not isinstance(value, str) or value in ("P", "PT"):
        return None
    match = _DURATION.fullmatch(value)
    if not match or not any(match.groupdict().values()):
        return None
    total, step = 0.0, 0.0
    for unit, seconds in _SECONDS.items():
        text = match.group(unit)
        if text:
            total += float(text.replace(",", ".")) * seconds
            step = seconds
    return total, step


def duration_range(value: object, mod: str | None) -> Range | None:
    parsed = parse_duration(value)
    if parsed is None:
        return None
    seconds, _step = parsed
    return apply_mod(Range(seconds, seconds), mod, APPROX_FRACTION * seconds)


# --- numbers ----------------------------------------------------------------


def number_range(value: object, mod: str | None) -> Range | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return apply_mod(Range(float(value), float(value)), mod, APPROX_FRACTION * abs(float(value)))
