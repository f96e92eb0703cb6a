"""Calendar arithmetic and TIMEX3 formatting for the temporal normaliser.

A ``When`` holds what an expression states about a point in time; fields it
does not state are None and print as X digits ("XXXX-06-19").  Everything
here is pure and cheap: plain integers and ``datetime.date`` ordinals.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from factcheck.normalize.temporal_lexicon import SEASONS

#: Precisions, coarse to fine.
YEAR, MONTH, DAY, HOUR, MINUTE, SECOND = "y", "m", "d", "h", "mi", "s"
_ORDER = {YEAR: 0, MONTH: 1, DAY: 2, HOUR: 3, MINUTE: 4, SECOND: 5}


@attrs.frozen
class Anchor:
    """The publication date, as precise as the source states it."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    #: The day as a ``date`` when the anchor states one.
    day_date: date | None = attrs.field(default=None, eq=False)

    @property
    def date(self) -> date | None:
        return self.day_date


_ANCHOR = re.compile(
    r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2})(?::(\d{2})(?::(\d{2}))?)?)?)?)?"
)


@lru_cache(maxsize=256)
def parse_anchor(published: str | None) -> Anchor | None:
    """``"2024-06-19"``, ``"2024-06"``, ``"2023-09-14T11:36"`` ... to an
    Anchor; None when absent or not a valid date."""
    if not published:
        return None
    match = _ANCHOR.match(published)
    if not match:
        return None
    year = int(match.group(1))  # the one group the pattern requires
    month, day, hour, minute, second = [int(g) if g is not None else None for g in match.groups()[1:]]
    try:
        if month is not None:
            date(year, month, day or 1)
        if hour is not None and not (0 <= hour <= 23 and 0 <= (minute or 0) <= 59):
            hour = minute = second = None
    except ValueError:
        return None
    day_date = date(year, month, day) if month is not None and day is not None else None
    return Anchor(year, month, day, hour, minute, second, day_date)


def valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def weekday_of(year: int, month: int, day: int) -> int:
    """1 = Monday ... 7 = Sunday."""
    return date(year, month, day).isoweekday()


def shift(d: date, days: int) -> date | None:
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def season_days(name: str, year: int) -> tuple[date, date]:
    """The first and last day of the season of ``year`` (winter runs into
    the next year), as ``SEASONS`` bounds them."""
    m1, d1, m2, d2 = SEASONS[name]
    return date(year, m1, d1), date(year + 1 if m2 < m1 else year, m2, d2)


def last_day(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def easter(year: int) -> date:
    """Easter Sunday (Gregorian calendar; anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@attrs.define(slots=True)
class When:
    """A point in time as stated: unknown fields are None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    #: TIMEX3 part of day ("MO", "AF", "EV", "NI") when no clock time.
    part: str | None = None
    precision: str = DAY

    def timex(self) -> str:
        """ISO 8601 / TIMEX3 value cut to the precision, X for unknowns."""
        year, month, day, part, precision = self.year, self.month, self.day, self.part, self.precision
        if precision == DAY and not part and day is not None and year is not None and month is not None:
            return day_value(year, month, day)  # the usual case
        return timex_value(year, month, day, self.hour, self.minute, self.second, part, precision)

    def as_date(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None


@lru_cache(maxsize=4096)
def timex_value(year: int | None, month: int | None, day: int | None, hour: int | None,
                minute: int | None, second: int | None, part: str | None, precision: str) -> str:  # fmt: skip
    """The TIMEX3 value of the fields of a ``When`` (see ``When.timex``)."""
    order = _ORDER[precision]
    out = "XXXX" if year is None else f"{year:04d}"
    if order >= 1:
        out += "-XX" if month is None else f"-{month:02d}"
    if order >= 2:
        out += "-XX" if day is None else f"-{day:02d}"
    if order >= 3:
        out += "TXX" if hour is None else f"T{hour:02d}"
    elif part:
        out += "T" + part
    if order >= 4:
        out += ":XX" if minute is None else f":{minute:02d}"
    if order >= 5:
        out += ":XX" if second is None else f":{second:02d}"
    return out


@lru_cache(maxsize=4096)
def day_value(year: int, month: int, day: int) -> str:
    """``2024-06-19``: a day's value, formatted once (days recur in a text
    and across a cluster)."""
    return f"{year:04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=2048)
def time_value(hour: int, minute: int | None, second: int | None = None) -> str:
    """A clock time on no particular day: ``T08``, ``T11:36``."""
    out = f"T{hour:02d}"
    if minute is not None:
        out += f":{minute:02d}"
        if second is not None:
            out += f":{second:02d}"
    return out


def from_date(d: date) -> When:
    return When(d.year, d.month, d.day)


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def finer(a: str, b: str) -> bool:
    """Whether precision ``a`` is finer than ``b``."""
    return _ORDER[a] > _ORDER[b]


# Time zones, as ISO 8601 writes a clock time's offset ("Z", "+01:00").


def zone_text(offset: int) -> str:
    """The ISO 8601 designator of an offset in minutes east of UTC."""
    return "Z" if offset == 0 else f"{'+' if offset > 0 else '-'}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"


def zone_minutes(zone: str) -> int:
    """Minutes east of UTC of an ISO 8601 designator ("Z", "-04:00")."""
    if zone == "Z":
        return 0
    minutes = int(zone[1:3]) * 60 + int(zone[4:6])
    return -minutes if zone[0] == "-" else minutes


@lru_cache(maxsize=1024)
def zone_offset(zone: str, day: date, hour: int = 12) -> int | None:
    """Minutes east of UTC of an IANA zone at that hour of that day
    (summer or winter time); None with no zone data or no such day."""
    try:
        offset = datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError, OverflowError):
        return None
    return None if offset is None else int(offset.total_seconds()) // 60
