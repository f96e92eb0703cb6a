"""The date rules: one interpreter per rule of ``temporal_grammar``
(``_rule_<name>``), from full dates to weekdays, holidays, seasons, parts
of the day, intervals and sets.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from datetime import date, timedelta

from factcheck.normalize.numbers import parse_ordinal
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
    season_days,
    timex_value,
    valid,
    weekday_of,
)
from factcheck.normalize import temporal_grammar as g
from factcheck.normalize.temporal_lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    PARTS_AT_START,
    PARTS_OF_DAY,
    SEASON_CODES,
    UNIT_FACTOR,
    UNITS,
    WEEKDAYS,
    key,
    roman_to_int,
)
from factcheck.normalize.temporal_base import (
    _Ctx,
    _M,
    _UNTIL_BEFORE,
    _int,
    _month,
    _new,
    _number,
    _span,
    _timex,
    _year2,
)
from factcheck.normalize.temporal_resolve import (
    _NAMES_AN_EVENT,
    _anchor_datetime,
    _check_weekday,
    _direction,
    _dt_when,
    _offset_day,
    _today_partial,
    _weekday_date,
    _year_for,
    _year_of,
    _year_of_weekday,
    _year_told,
)
from factcheck.normalize.temporal_durations import _iso_duration, _unit


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


def _first_month(period: str) -> int:
    """The first month of a quarter or a half ("2025-Q2" → 4, "2025-H2" →
    7); 13 for any other value, which no period follows."""
    if not period[-1:].isdigit():
        return 13
    return (int(period[-1]) - 1) * (3 if period[-2:-1] == "Q" else 6) + 1


#: A sequence told forward: "puis", "ensuite", "avant de".
_FORWARD = re.compile(r"(?<!\w)(?:puis|ensuite|avant)(?!\w)", re.IGNORECASE)


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
    before = ctx.last_point(out.start) if not year_text and not m.group("qh_r") else None
    if (before is not None and before.rule == "qh" and before.when is not None and before.when.year is not None
            and ctx.sentence_index(before.end - 1) == ctx.sentence_index(out.start)
            and first > _first_month(before.value or "") and _FORWARD.search(ctx.text, before.end, out.start)):  # fmt: skip
        # "au premier trimestre, puis … au second semestre": the later
        # period of a sequence told forward, in the same year (not "après
        # 0,3 % au deuxième trimestre", told back)
        year = before.when.year
        out.flags |= before.flags & {"relative"}
    elif not year_text and not m.group("qh_r") and a is not None and a.month is not None \
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
    words = key(m.group("pp_w")).split()
    out.mod = _PP_MODS[words[-1]] if words[-1] != "jours" else "START" if "premiers" in words else "END"
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
        # (a range's end or start only for the day itself: "le lendemain de
        # son ouverture" after "du 2 au 4 mars" is the 3rd, not the 5th)
        base, from_pub = ctx.narrative(out.start, 0 if _OF_AN_EVENT.match(ctx.text, out.end) else days)
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
        base, from_pub = ctx.narrative(out.start, step)
        told_day = ctx.last_told(out.start, sentences=2) if from_pub and unit == "semaine" and step > 0 else None
        if told_day is not None:
            # "la semaine suivante" follows a week the text told, sentences
            # back in its paragraph, two at most (the publication's is "la semaine prochaine")
            base, from_pub = told_day, False
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
