"""The built-in comparators (see ``registry`` for the contract)."""

from __future__ import annotations

import datetime
import re

import attrs

from factcheck.align import events_compatible
from factcheck.resolve.lexicon import first_name_gender, generic_singular
from factcheck.rules import quotes
from factcheck.rules.registry import Context, Item, Verdict, register
from factcheck.rules.values import (
    INF,
    DateParts,
    Range,
    approx_reach,
    date_range,
    dates_agree,
    duration_range,
    minutes_apart,
    number_range,
    parse_date,
    parse_duration,
    times_agree,
    weekday_of,
    within_reach,
)

_MOD_SIGNS = {
    "APPROX": "≈",
    "MORE_THAN": ">",
    "LESS_THAN": "<",
    "EQUAL_OR_MORE": "≥",
    "EQUAL_OR_LESS": "≤",
    "BEFORE": "before ",
    "AFTER": "after ",
    "ON_OR_AFTER": "since ",
    "ON_OR_BEFORE": "until ",
    "START": "start of ",
    "MID": "mid ",
    "END": "end of ",
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def shown(value: object, mod: str | None = None) -> str:
    """A normalised value as a reader sees it: "≈PT2H", ">20", "2024-06"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{_MOD_SIGNS.get(mod or '', '')}{value}"


def shown_item(item: Item) -> str:
    text = shown(item.value, item.mod)
    return text + " %" if item.assertion.kind == "percentage" else text


def _verdict(agree: bool | None, left: Item, right: Item) -> Verdict | None:
    if agree is None:
        return None
    a, b = shown_item(left), shown_item(right)
    return Verdict(agree, a, b, "" if agree else f"{a} ≠ {b}")


@register("factcheck.same_date.v1")
def same_date(left: Item, right: Item | None, context: Context) -> Verdict | None:
    """Dates (and times) agree when the ranges they state meet, each side
    taken at its own precision: "juin 2024" agrees with "19 juin 2024"."""
    if right is None:
        return None
    entail = context.options.get("entail")
    grain = context.options.get("grain")
    if grain == "day":
        # hours of one day ("avant-hier, entre 15 h 20 et 19 h 05") tell that day
        left, right = _day_of_hours(left), _day_of_hours(right)
    if not entail:
        left, right = _night_itself(left), _night_itself(right)
    if isinstance(left.value, str) and isinstance(right.value, str) and "/" in left.value + right.value:
        # (a range claim is split into its ends by the engine first)
        return _date_against_range(left, right, context) if entail and "/" not in left.value else None
    if grain:
        shape = _grain(left.value)
        if shape != _grain(right.value) or (grain != "same" and shape != _DAY):
            return None  # "grain": "same" or "day": "septembre" and "jeudi 13 novembre" are two facts
    if context.options.get("points_only") and not (left.mod in _POINT_MODS and right.mod in _POINT_MODS):
        return None  # "d'ici à la fin de 2026" bounds a plan, it dates no fact
    a, b = _clock_parts(left), _clock_parts(right)
    if a is None or b is None:
        return None
    limit = context.options.get("max_differing_parts")
    if limit is not None and _differing_parts(a, b, int(context.options.get("slip_days", 0))) > int(limit):
        return None  # 2019-01 and 2025-03-12: two events, not one misdated
    if entail and a.hour is not None:
        # A clock time is the claim's own fact: only a source's clock time
        # backs it ("mardi matin" backs no "hier à 3 h 17").
        if b.hour is None:
            return None
        if a.day is not None and b.day is None and b.month is None and b.year is None:
            # a source's time told alone backs a time of a day on the day
            # its article gives it; that day contradicts only when its own
            # sentence tells it ("Hier, vers 10 h 20"): else it is a guess,
            # and the clock alone is weighed (the engine splits the claim)
            implied = right.assertion.implied
            if not implied:
                return None
            if not implied.startswith(str(left.value)[:10]):
                return _verdict(False, left, right) if "day-in-sentence" in right.assertion.flags else None
        told = left.assertion.implied
        if a.day is None and b.day is not None and told and "day-in-sentence" in left.assertion.flags:
            # a claim's time told with a day in its sentence ("samedi 7 février
            # … vers 11h50"): a source's time of another day backs none of it
            if not told.startswith(str(right.value)[:10]):
                return None
        if a.day is None or b.day is None:
            return _verdict(_same_clock_time(a, left.mod, b, right.mod), left, right)
        if left.mod in _POINT_MODS and right.mod in _POINT_MODS:
            # two days' clock times: the same day, and the clock within reach
            same = dates_agree(_day_only(a), None, _day_only(b), None) is not False
            return _verdict(same and bool(_same_clock_time(a, left.mod, b, right.mod)), left, right)
    if entail:
        # Does the source (right) back the claim (left)?  Where either is
        # open-ended, by the date that bounds it: "maire depuis 2014" backs
        # "élu en 2014", not a day of 2026; "depuis septembre 2024" is backed
        # by "arrivé en septembre 2024", not by "depuis juin 2024" nor by
        # any later date; "après le 15" not by "avant le 15" nor "le 15".
        # A coarser closed date still backs ("juin" for "19 juin"), but a
        # year alone backs no day.
        claim, source = date_range(a, left.mod), date_range(b, right.mod)
        if claim is not None and source is not None and (_open(claim) or _open(source)):
            same_bound = bool(dates_agree(a, None, b, None))
            if _open(claim) and _open(source):
                return _verdict(same_bound and _side(left.mod) == _side(right.mod), left, right)
            if _open(claim):
                return _verdict(same_bound and source.within(claim), left, right)
            return _verdict(same_bound, left, right)
        if a.day is not None and b.year is not None and b.month is b.week is b.months is b.season is None:
            return None  # a year ("cette année", "en 2025") backs no day of it: any day would do
    if _night_before(left, b) or _night_before(right, a):
        return _verdict(False, left, right)  # "la nuit de mardi à mercredi" is not "mardi matin"
    if _told_night(left) and _told_night(right) and str(left.value)[:10] != str(right.value)[:10]:
        return _verdict(False, left, right)  # "la nuit de mardi à mercredi" is not "de mercredi à jeudi"
    return _verdict(dates_agree(a, left.mod, b, right.mod), left, right)


def _clock_parts(item: Item) -> DateParts | None:
    """The parts of an item's date, its zone marked when derived from a
    conversion (flag ``zone-derived``)."""
    parts = parse_date(item.value)
    if parts is not None and parts.offset is not None and "zone-derived" in item.assertion.flags:
        return attrs.evolve(parts, zone_derived=True)
    return parts


def _same_clock_time(a: DateParts, a_mod: str | None, b: DateParts, b_mod: str | None) -> bool | None:
    """Whether two clock times, whatever days they state, can be one: the
    same hour ("8 heures", "8 h 30") or within reach ("à 8 heures" rounds
    7 h 58, see ``_clock_reach``); both ignore the days."""
    if times_agree(a, a_mod, b, b_mod):
        return True
    return within_reach(minutes_apart(a, b), _clock_reach(a, a_mod) + _clock_reach(b, b_mod), a_mod, b_mod)


def _day_only(parts: DateParts) -> DateParts:
    return DateParts(parts.year, parts.month, parts.day)


def _told_night(item: Item) -> bool:
    """A night told from one day to the next ("la nuit de mardi à mercredi",
    "du 14 au 15 avril", "cette nuit": its implied range), not by one day
    ("mardi dans la nuit" may be its small hours or its evening's)."""
    value, implied = item.value, item.assertion.implied
    return isinstance(value, str) and value.endswith("TNI") and bool(implied) and "/" in implied  # type: ignore[operator]


def _night_before(night: Item, other: DateParts) -> bool:
    """Whether ``night`` was told from one day to the next (``_told_night``)
    and ``other`` is the morning of its first day, which it does not touch:
    "mardi matin", or a clock time before noon ("mercredi 15 octobre vers
    3 h 40" is in the night of Tuesday to Wednesday, not of Wednesday to
    Thursday)."""
    value, implied = night.value, night.assertion.implied
    if not _told_night(night):
        return False
    assert isinstance(value, str) and implied is not None
    morning = other.part == "MO" or (other.hour is not None and other.hour < 12)
    if value[:-3] != implied.split("/", 1)[0] or not other.is_full_date or not morning:
        return False
    return (other.year, other.month, other.day) == tuple(int(x) for x in value[:10].split("-"))


@register("factcheck.same_clock.v1")
def same_clock(left: Item, right: Item | None, context: Context) -> Verdict | None:
    """Clock times agree when they can be the same time of day ("vers 7 h
    50" and "7 h 52"); None unless both state one, told as a point, and
    the days both state are one (two days' clock times are two facts)."""
    if right is None or left.mod not in _POINT_MODS or right.mod not in _POINT_MODS:
        return None
    a, b = _clock_parts(left), _clock_parts(right)
    if a is None or b is None or a.hour is None or b.hour is None:
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day) and None not in (a.day, b.day):
        return None
    reach = _clock_reach(a, left.mod) + _clock_reach(b, right.mod)
    return _verdict(within_reach(minutes_apart(a, b), reach, left.mod, right.mod), left, right)


def _clock_reach(parts: DateParts, mod: str | None) -> int:
    """Minutes a clock time may be off: "vers" as ``approx_reach`` says; a
    time on the hour is often rounded ("à 8 heures" for 7 h 58): a quarter."""
    if mod == "APPROX":
        return approx_reach(parts)
    return 0 if parts.minute else 15


def _night_itself(item: Item) -> Item:
    """A night as its own value ("2026-01-26TNI"), not the two days it
    implies: "la nuit de lundi à mardi" and "la nuit du mardi 27 au
    mercredi 28" share the Tuesday, yet are two nights."""
    own = item.assertion.value
    if isinstance(item.value, str) and "/" in item.value and isinstance(own, str) and own.endswith("TNI"):
        return attrs.evolve(item, value=own)
    return item


def _day_of_hours(item: Item) -> Item:
    """A range of hours within one day as that day, else the item."""
    value = item.value
    if isinstance(value, str) and "/" in value:
        start, end = value.split("/", 1)
        day = start.split("T", 1)[0]
        if "T" in start and "T" in end and end.split("T", 1)[0] == day and _grain(day) == _DAY:
            return attrs.evolve(item, value=day)
    return item


_POINT_MODS = frozenset((None, "APPROX"))
_DAY = "9999-99-99"
_DIGIT_OR_X = re.compile(r"[\dX]")


def _grain(value: object) -> str:
    """The shape of a date's calendar part: "9999-99-99" for a day (with
    a time of day or not), "9999-99" a month, "9999-Q9" a quarter..."""
    return _DIGIT_OR_X.sub("9", str(value).split("T", 1)[0])


def _date_against_range(left: Item, right: Item, context: Context) -> Verdict | None:
    """A date against a source's range: against either end ("à 20 heures"
    and "de 20 heures à 8 heures")."""
    verdicts = [same_date(left, attrs.evolve(right, value=end, mod=None), context) for end in right.value.split("/", 1)]
    if all(v is None for v in verdicts):
        return None
    return _verdict(any(v is not None and v.agree for v in verdicts), left, right)


def _side(mod: str | None) -> int:
    return 1 if mod in ("AFTER", "ON_OR_AFTER") else -1 if mod in ("BEFORE", "ON_OR_BEFORE") else 0


def _open(span: Range) -> bool:
    return span.lo == -INF or span.hi == INF


def _differing_parts(a: DateParts, b: DateParts, slip_days: int = 0) -> int:
    """How many of year, month and day both dates state, differently.  A
    slip changes one ("18" for "19 juin", "2023" for "2024"); two dates
    that differ in more are more likely two events under one key.  With
    ``slip_days``, two days at most that far apart count as one change
    ("24 février" for "3 mars": a day moved across a month's end), for
    rules whose alignment tells one account better than an event key."""
    if slip_days and a.is_full_date and b.is_full_date:
        apart = abs(datetime.date(a.year, a.month, a.day).toordinal() - datetime.date(b.year, b.month, b.day).toordinal())  # type: ignore[arg-type]
        if 0 < apart <= slip_days:
            return 1
    return sum(
        1
        for name in ("year", "month", "day")
        if getattr(a, name) is not None and getattr(b, name) is not None and getattr(a, name) != getattr(b, name)
    )


def _quantity_range(item: Item):  # type: ignore[no-untyped-def]
    if isinstance(item.value, str):
        return duration_range(item.value, item.mod)
    return number_range(item.value, item.mod)


@register("factcheck.same_quantity.v1")
def same_quantity(left: Item, right: Item | None, context: Context) -> Verdict | None:
    """Numbers, percentages, ordinals and durations agree when their ranges
    meet: "plus de 20" agrees with "23", "environ deux heures" with "deux
    heures" (``environ`` allows a tenth either side)."""
    if right is None:
        return None
    if isinstance(left.value, str) != isinstance(right.value, str):
        return None  # a duration against a count: not the same fact
    if (left.assertion.kind == "percentage") != (right.assertion.kind == "percentage"):
        return None  # "60 % des soldats" and "3000 soldats": a share and a count
    units = (left.assertion.unit, right.assertion.unit)
    if (context.options.get("same_unit") and None not in units and units[0] != units[1]
            and not isinstance(left.value, str) and not _generic(units, context)
            and not (context.options.get("entail") and (_told_together(left, right, context)
                                                        or _share_with_a_property(left, right)))):  # fmt: skip
        # nine ships and nine days are not the same fact (what a duration
        # measures is said in many words: "de prison", "de réclusion")
        return None
    if left.assertion.kind == "ordinal" == right.assertion.kind:
        if ("former" in left.assertion.flags) != ("former" in right.assertion.flags):
            return None  # "qui était quatrième au départ" and "se hisse au deuxième rang": two moments
        days_apart = _days_counted_apart(left, right, context)
        if days_apart:
            # "entre dans son cinquième jour" on Friday, "son quatrième jour"
            # on Thursday: one count moving on; "au premier jour de la grève"
            # told on both: one day; else no telling which day each counts to
            moved = left.value - right.value  # type: ignore[operator]
            return _verdict(True, left, right) if moved in (0, days_apart) else None
    if (context.options.get("same_event") and left.assertion.event and right.assertion.event
            and not events_compatible(left.assertion.event, right.assertion.event)):  # fmt: skip
        return None  # two runners' places, two events' counts: two facts
    if (isinstance(left.value, str) and _magnitude(left.value) != _magnitude(right.value)
            and ("offset" in left.assertion.flags) != ("offset" in right.assertion.flags)):  # fmt: skip
        # "trois jours plus tard" (between two moments) and "plus de huit
        # heures de délibéré" (how long one lasted): two facts, unless the
        # same figure is told both ways
        return None
    a, b = _quantity_range(left), _quantity_range(right)
    if a is None or b is None:
        return None
    max_ratio = context.options.get("max_ratio")
    if "one" in left.assertion.flags and _ratio(left.value, right.value) > _ONE_RATIO:
        return None  # "une seule infirmière" la nuit, "3 200 infirmières" (not "un seul blessé", "douze blessés")
    if (max_ratio and (isinstance(left.value, str) or (context.options.get("entail") and units[0] != units[1]))
            and _ratio(left.value, right.value) > float(max_ratio)):  # fmt: skip
        # "24 ans" and "deux heures": two facts, not one misreported; nor does
        # a bare "14,5 millions" back "plus de 3 000 signatures", which it
        # exceeds ("12 000 manifestants" does back "plus de 1 000 manifestants")
        return None
    if context.options.get("entail"):
        # Does the source (right) back the claim (left)?  Only if all it
        # allows the claim allows too: "plus de 40 degrés" does not back
        # "43,2 °C", "312 logements" backs "plus de 300". A hedge of the
        # same figure backs it ("environ 140" backs "140"), and so does a
        # peak ("jusqu'à 38 degrés" backs "a atteint 38 degrés": the figure
        # was reached; not "au plus 38", a bound only).
        if right.mod in _AT_LEAST and left.mod is None and left.value == right.value:
            # "plus de quatre jours" backs "après quatre jours": the source's
            # own figure, reached, its bound left out ("au plus 38 degrés"
            # says no 38 was reached)
            return _verdict(True, left, right)
        if right.mod == "APPROX" or (right.mod == "EQUAL_OR_LESS" and _PEAK.match(right.assertion.text)):
            b = _quantity_range(attrs.evolve(right, mod=None))
        return _verdict(b is not None and b.within(a), left, right)
    if _peak(left, context) and (_peak(right, context) or right.mod is None) or _peak(right, context) and left.mod is None:
        # "jusqu'à 4 min 35 s d'avance" tells the most it reached, a figure
        # as plain as "4'35''": "jusqu'à 5 min 35 s" is another
        a, b = _quantity_range(attrs.evolve(left, mod=None)), _quantity_range(attrs.evolve(right, mod=None))
        if a is None or b is None:
            return None
    return _verdict(a.meets(b), left, right)


def _peak(item: Item, context: Context) -> bool:
    """"jusqu'à" before a figure reached ("a compté jusqu'à 4 min 35 s
    d'avance"), not a ceiling ("pourra déployer jusqu'à 2 000 gendarmes",
    "encourt jusqu'à cinq ans", "pouvant aller jusqu'à")."""
    if item.mod != "EQUAL_OR_LESS" or not _PEAK.match(item.assertion.text):
        return False
    article = context.articles.get(item.article)
    if article is None:
        return False
    return _CEILING_BEFORE.search(article.text, max(0, item.assertion.start - 48), item.assertion.start) is None


#: What makes "jusqu'à" a ceiling: a modal, a risk, a permission, a cap.
_CEILING_BEFORE = re.compile(
    r"(?<!\w)(?:pourr?\w*|peu[tv]\w*|pouvant|encour\w*|risqu\w*|autoris\w*|permet\w*|plafonn\w*|maximum"
    r"|aller|devr\w*|prévoi\w*|prévu\w*|envisag\w*|promet\w*|offr\w*)"
    r"(?:[^\S\n]+[^\W\d_]+['’]?){0,3}[^\S\n]*$",
    re.IGNORECASE,
)


_SENTENCE_STOP = re.compile(r"[.!?\n]")
#: The lower bounds: "plus de", "au moins" a figure that was reached.
_AT_LEAST = frozenset(("MORE_THAN", "EQUAL_OR_MORE"))
#: "jusqu'à" before a figure: the most it reached, a figure it reached.
_PEAK = re.compile(r"jusqu['’][àa]\s", re.IGNORECASE)


#: A percentage of a property, its plural noun with no determiner: "94 % de
#: grévistes" (not "94 % des dockers", "de la population", "41 %
#: d'abstention", which "41 % des voix" does not back).
_OF_A_PROPERTY = re.compile(r"%[^\S\n]*de[^\S\n]+(?!la\b|les\b)[^\W\d_]+[sx](?!\w)", re.IGNORECASE)


def _share_with_a_property(left: Item, right: Item) -> bool:
    """Whether one of two percentages names the property its share has
    ("94 % de grévistes") where the other may name the whole it is a share
    of ("94 % des dockers"): two ways to tell one figure."""
    return left.assertion.kind == "percentage" == right.assertion.kind and any(
        _OF_A_PROPERTY.search(i.assertion.text) for i in (left, right)
    )


#: (not "journée": "la 6e journée de Ligue 1", "la sixième journée de
#: mobilisation" are days of a calendar, weeks apart)
_DAY_NOUNS = frozenset(("jour",))
#: How many times over a count may be that contests "un seul", "une seule".
_ONE_RATIO = 100


def _days_counted_apart(left: Item, right: Item, context: Context) -> int | None:
    """For two ranks of days ("son cinquième jour de grève"), the days
    between their articles' publications, which the count moves on by; None
    for other ranks, or when a publication day is unknown."""
    if left.assertion.unit not in _DAY_NOUNS or right.assertion.unit not in _DAY_NOUNS:
        return None
    days = []
    for item in (left, right):
        article = context.articles.get(item.assertion.article)
        parts = parse_date(article.published) if article is not None else None
        if parts is None or not parts.is_full_date:
            return None
        days.append(datetime.date(parts.year, parts.month, parts.day))  # type: ignore[arg-type]
    return (days[0] - days[1]).days


def _told_together(left: Item, right: Item, context: Context) -> bool:
    """One figure told of two nouns, each with the same other figure in
    its sentence: "150 vols ont été supprimés sur 600" and "150
    annulations sur les 600 vols programmés" are one count, as a source
    backing a claim."""
    if left.value != right.value or left.mod is not None or right.mod is not None:
        return False

    def others(item: Item) -> set[object]:
        article = context.articles.get(item.article)
        if article is None:
            return set()
        text, a = article.text, item.assertion
        start = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, a.start)), default=0)
        stop = _SENTENCE_STOP.search(text, a.end)
        end = stop.start() if stop else len(text)
        return {other.value for other in context.selected
                if other.article == item.article and other.assertion is not a and other.mod is None
                and start <= other.assertion.start and other.assertion.end <= end
                and isinstance(other.value, (int, float)) and not 0 <= other.value <= 10
                and other.value != item.value}  # fmt: skip

    return bool(others(left) & others(right))


def _generic(units: tuple[str | None, str | None], context: Context) -> bool:
    """A generic noun and one it stands for ("personnes" for "disparus",
    not for "véhicules"): option ``generic_units``, a table of each generic
    noun and the nouns it covers."""
    generic = context.options.get("generic_units") or {}
    a, b = units
    return b in _covered(generic, a) or a in _covered(generic, b)


def _covered(generic: dict, noun: str | None) -> tuple[str, ...]:  # type: ignore[type-arg]
    """The nouns a generic noun stands for; a generic noun given as another's
    name ("membre" = "personne") stands for that one and all it covers."""
    nouns = generic.get(noun, ())
    if isinstance(nouns, str):
        return (nouns, *generic.get(nouns, ()))
    return tuple(nouns)


def _magnitude(value: object) -> float | None:
    if isinstance(value, str):
        parsed = parse_duration(value)
        return parsed[0] if parsed else None
    return abs(float(value)) if isinstance(value, (int, float)) else None


def _ratio(a: object, b: object) -> float:
    x, y = _magnitude(a), _magnitude(b)
    if not x or not y:
        return 1.0
    return max(x, y) / min(x, y)


@register("factcheck.weekday_matches.v1")
def weekday_matches(left: Item, right: Item | None, context: Context) -> Verdict | None:
    """A weekday stated with a full date must be that date's weekday
    ("mercredi 18 juin" 2024: the 18th was a Tuesday)."""
    stated = left.assertion.weekday
    parts = parse_date(left.value)
    if stated is None or parts is None:
        return None
    actual = weekday_of(parts)
    if actual is None:
        return None
    named, after = left.value, ""
    if "after-midnight" in left.assertion.flags:
        # "samedi soir à 1 heure": Sunday's small hours, said of Saturday
        day = datetime.date(parts.year, parts.month, parts.day) - datetime.timedelta(days=1)  # type: ignore[arg-type]
        named, after, actual = day.isoformat(), f" ({left.value} is the night after it)", day.isoweekday()
    if actual == stated:
        return Verdict(True)
    return Verdict(
        False,
        WEEKDAYS[stated - 1],
        f"{named} ({WEEKDAYS[actual - 1]})",
        f"{named} is a {WEEKDAYS[actual - 1]}, not a {WEEKDAYS[stated - 1]}{after}",
    )


@register("factcheck.same_quotation.v1")
def same_quotation(left: Item, right: Item | None, context: Context) -> Verdict | None:
    """Two wordings of one quotation, graded: typography only agrees;
    function words, content words and meaning changes get the severities
    of the rule's ``options.severity`` table."""
    if right is None:
        return None
    if (context.options.get("same_speaker") and left.speaker and right.speaker and left.speaker != right.speaker
            and not _unnamed(left) and not _unnamed(right) and not _body_and_person(left, right)):  # fmt: skip
        # (two different names are two people; a role may be anyone, even
        # another role: "le 38e joueur mondial" and "le jeune homme")
        return None  # two people's wordings: two quotations (see quote-misattributed)
    a, b = quotes.words(str(left.value)), quotes.words(str(right.value))
    comparison = quotes.same_quotation(a, b, float(context.options.get("min_overlap", 0.5)))
    if comparison is None:
        return None
    if comparison.grade == quotes.TYPOGRAPHY:
        return Verdict(True)
    severities = context.options.get("severity", {})
    severity = severities.get(comparison.grade_name)
    if severity == "ignore":
        return Verdict(True)
    detail = "; ".join(change.describe() for change in comparison.changes[:4])
    if len(comparison.changes) > 4:
        detail += f"; and {len(comparison.changes) - 4} more"
    return Verdict(False, str(left.value), str(right.value), f"{comparison.grade_name}: {detail}", severity)


@register("factcheck.same_source.v1")
def same_source(left: Item, right: Item | None, context: Context) -> Verdict | None:
    """One figure credited to two sources ("1 200 selon les organisateurs"
    and "1 200 selon la police") is a swap when the articles credit one of
    them with another figure too ("450 selon la police"), or when one is a
    body no other article credits at all (``_named_once``); two names of one
    source ("selon le Département", "selon les comptages de la
    collectivité") credit nothing else, and are left alone."""
    if right is None or left.speaker is None or right.speaker is None:
        return None
    if _one_source(left.speaker, right.speaker):
        return Verdict(True)
    units = (left.assertion.unit, right.assertion.unit)
    if None not in units and units[0] != units[1]:
        return None  # "14 000 véhicules" and "14 000 euros": two figures
    figure = left.assertion.value

    def credits_another(item: Item) -> bool:
        # the articles other than this one credit its source with another figure
        return any(other.speaker is not None and item.speaker is not None and _one_source(other.speaker, item.speaker)
                   and other.article != item.article
                   and other.assertion.value != figure and other.assertion.kind == item.assertion.kind
                   for other in context.selected)  # fmt: skip

    if not (credits_another(left) or credits_another(right) or _named_once(left, right, context)
            or _named_once(right, left, context)):  # fmt: skip
        return None
    a, b = left.assertion.speaker or left.speaker, right.assertion.speaker or right.speaker
    return Verdict(False, str(a), str(b), f"{left.assertion.text} is credited to {a} and to {b}")


def _named_once(item: Item, other: Item, context: Context) -> bool:
    """A figure credited to a body by name ("selon la DRAC") that no other
    article credits with any figure, where two articles or more credit the
    same figure to another named body ("selon la Fondation du patrimoine"):
    a swap, though neither is credited with another figure.  (Not a generic
    name, "selon les comptages de la collectivité", which may be the
    other's.)"""
    # (the words as written for the capital, the canonical names for matching)
    theirs, mine = _source_words(other, context), _source_words(item, context)
    if not (_has_a_name(mine) and (_has_a_name(theirs) or (_OWN_DOCUMENT.search(theirs)
                                                          and not _owner_named(mine, other, context)))):  # fmt: skip
        return False
    figure = item.assertion.value
    backing = {i.article for i in context.selected
               if i.article != item.article and i.speaker is not None and _one_source(str(i.speaker), str(other.speaker))
               and i.assertion.value == figure}  # fmt: skip
    if len(backing) < 2:
        return False
    return not any(i.article != item.article and i.speaker is not None and _one_source(str(i.speaker), str(item.speaker))
                   for i in context.selected)  # fmt: skip


#: A document of the one the figure is about ("d'après son rapport
#: annuel", "selon ses comptes"): its own source, no other body's name.
_OWN_DOCUMENT = re.compile(r"(?<!\w)(?:son|sa|ses|leurs?)\s+(?:rapport|bilan|comptes|communiqué|étude|document|résultats)(?!\w)",
                           re.IGNORECASE)


def _owner_named(source: str, item: Item, context: Context) -> bool:
    """Whether the body ``source`` names is told near ``item`` (its
    sentence and the one before), and so may own the document crediting
    it ("L'Insee a publié ses chiffres : … 7,9 %, selon son étude")."""
    article = context.articles.get(item.assertion.article)
    if article is None:
        return True
    text = article.text
    start = max(text.rfind(".", 0, max(0, text.rfind(".", 0, item.assertion.start))), 0)
    end = text.find(".", item.assertion.end)
    near = text[start : end if end >= 0 else len(text)]
    names = [word for word in re.findall(r"[^\W\d_]+", source) if word[:1].isupper() and word not in _CAPITALISED_NOUNS]
    # (past the first capital, which may only open the sentence: "Selon
    # l'Insee", as in ``_has_a_name``)
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", near) for word in names[1:] or names)


def _source_words(item: Item, context: Context) -> str:
    """The words that credit an item's figure, as its article writes them."""
    a = item.assertion
    article = context.articles.get(a.article)
    if article is not None and a.speaker_start is not None and a.speaker_end is not None:
        return article.text[a.speaker_start : a.speaker_end]
    return str(a.speaker or "")


_CAPITALISED_NOUNS = frozenset(("État", "Etat", "États", "Etats"))


#: Common nouns that name one body of the place told: the State's offices
#: and services there ("selon la préfecture", "d'après la police"), not a
#: word for any of them ("la collectivité", "les autorités").
_ONE_BODY_NOUNS = frozenset(("préfecture", "police", "gendarmerie", "mairie", "parquet", "rectorat", "pompiers",
                             "sapeurs-pompiers"))  # fmt: skip


def _has_a_name(source: str) -> bool:
    """Whether a source's words name one body: a capitalised word ("la
    DRAC", "les géologues du service RTM", "la préfecture de la
    Haute-Marne"), or a noun that names one ("la préfecture"), not only
    common nouns ("la collectivité")."""
    # (past an elided article: "la préfecture de l'Hérault", "la mairie
    # d'Orléans"; "l'État" is a common noun with a capital, "les services de
    # l'État" any of them)
    words = [word.replace("’", "'").rsplit("'", 1)[-1] for word in source.split()]
    words = [word for word in words if word not in _CAPITALISED_NOUNS]
    if not words:
        return False
    if any(word.lower() in _ONE_BODY_NOUNS for word in words):
        return True
    # (the first word's capital may only open a sentence: "Selon la collectivité")
    first = words[0]
    return (any(word[:1].isupper() for word in words[1:]) or any(c.isupper() for c in first[1:])
            or (len(words) == 1 and first[:1].isupper()))  # fmt: skip


_FORMER = frozenset("ancien ancienne ex sortant sortante précédent précédente".split())
_NEXT = frozenset("nouveau nouvel nouvelle futur future entrant entrante".split())
_SUCCESSION = _FORMER | _NEXT


def _in_succession(left: Item, right: Item) -> bool:
    """Two unnamed speakers of one role, the one before and the one after
    ("l'ancienne ministre", "le nouveau ministre", "la ministre sortante"):
    two people."""
    if not (_unnamed(left) and _unnamed(right)):
        return False
    a = str(left.assertion.speaker or "").lower().split()
    b = str(right.assertion.speaker or "").lower().split()
    roles_a, roles_b = [w for w in a if w not in _SUCCESSION], [w for w in b if w not in _SUCCESSION]
    if not roles_a or roles_a[:1] != roles_b[:1]:
        return False
    return bool((_FORMER & set(a) and _NEXT & set(b)) or (_NEXT & set(a) and _FORMER & set(b)))


def _one_source(one: str, other: str) -> bool:
    """Whether two sources credited with figures may be one: the same, or
    the head of one among the words of the other ("organisateur" and
    "organisateur du collectif", "police" and "préfecture de police"), a
    march's organisers and its unions, "le syndicat" and a union's name,
    the firefighters and the Sdis, "la collectivité" and a local
    authority's name."""
    a, b = one.split(), other.split()
    first, second = (a[0].lower(), b[0].lower()) if a and b else ("", "")
    if "organisateur" in (first, second) and {first, second} <= _ORGANISERS_OR_UNIONS:
        return True  # the organisers of a march are its unions, its collective
    if (first in _A_UNION and second in _UNIONS) or (second in _A_UNION and first in _UNIONS):
        return True  # "selon le syndicat" and "selon la CGT" (not the CGT and the CFDT)
    if first in _FIREFIGHTERS and second in _FIREFIGHTERS:
        return True  # "un bilan des pompiers" and "le Sdis du Gard"
    if any(first in office and second in office for office in _ONE_OFFICE):
        return True  # "le parquet" and "le procureur de la République", "la police" and "la DDSP"
    if (first == "collectivite" and _local_authority(b)) or (second == "collectivite" and _local_authority(a)):
        return True  # "selon la collectivité" is any local authority: "Grand Besançon Métropole"
    if one == other or (bool(a) and bool(b) and (generic_singular(a[0]) in map(generic_singular, b)
                                                 or generic_singular(b[0]) in map(generic_singular, a))):  # fmt: skip
        # (a name's plural kept or not: "Vigicrues", "… des crues Vigicrues",
        # the canonical names' common nouns being singular)
        return True
    if _acronym_of(one, b) or _acronym_of(other, a):
        return True
    # an acronym with the words that end the name: "DIR Centre-Est" and
    # "direction interdépartementale des routes Centre-Est"
    common = 0
    while common < min(len(a), len(b)) - 1 and a[-1 - common] == b[-1 - common]:
        common += 1
    if common:
        head_a, head_b = a[: len(a) - common], b[: len(b) - common]
        return (len(head_a) == 1 and _acronym_of(head_a[0], head_b)) or (len(head_b) == 1 and _acronym_of(head_b[0], head_a))
    return False


#: One office named by its body or its head: "le parquet" is the
#: prosecutor's, "la préfecture" the prefect's, "la DDSP" the police.
_ONE_OFFICE = (
    frozenset(("parquet", "procureur", "procureure", "ministère public")),
    frozenset(("préfecture", "préfet", "préfète", "prefecture", "prefet", "prefete")),
    frozenset(("police", "ddsp", "commissariat", "policier")),
    frozenset(("gendarmerie", "gendarme", "groupement")),
    frozenset(("mairie", "maire", "ville", "municipalité", "municipalite", "commune")),
    frozenset(("rectorat", "recteur", "rectrice", "académie", "academie")),
)
_ORGANISERS = frozenset(("organisateur", "syndicat", "intersyndicale", "collectif"))
#: France's union confederations, by the names the press gives them.
_UNIONS = frozenset("cgt cfdt fo cfe-cgc cftc unsa sud solidaires fsu snes snes-fsu snuipp cnt unef".split())
_ORGANISERS_OR_UNIONS = _ORGANISERS | _UNIONS
#: "le syndicat", "l'intersyndicale": whichever union the story has.
_A_UNION = frozenset(("syndicat", "intersyndicale"))
#: One body told in several words: the firefighters are the Sdis.
_FIREFIGHTERS = frozenset(("pompier", "sapeur-pompier", "sdis", "secours"))
#: The heads of a local authority's name, which "la collectivité" stands for.
_LOCAL_AUTHORITIES = frozenset(
    "commune ville mairie municipalite metropole agglomeration agglo intercommunalite departement region".split()
)
_LOCAL_COUNCILS = frozenset("departemental regional municipal communautaire metropolitain".split())


def _local_authority(words: list[str]) -> bool:
    """Whether a source's words name a local authority: by its head ("la
    métropole de Lyon", "le Département"), a council of one ("le conseil
    départemental"), or a name ending on it ("Grand Besançon Métropole");
    not "le conseil d'État", "la communauté scientifique"."""
    if not words:
        return False
    if words[0] in _LOCAL_AUTHORITIES or words[-1] in ("metropole", "agglomeration", "agglo"):
        return True
    return words[0] == "conseil" and len(words) > 1 and words[1] in _LOCAL_COUNCILS


_NOT_IN_ACRONYMS = frozenset("de du des d' d la le les l' l et à a au aux en pour sur".split())


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """Whether a word of three letters or more is the initials of a
    body's name: "ars" of "agence régionale de santé", "sncf" of "société
    nationale des chemins de fer français" (in order, one word at most
    left out)."""
    if len(acronym) < 3 or not acronym.isalpha() or " " in acronym or len(words) < 2:
        return False
    initials = [w[0] for w in words if w not in _NOT_IN_ACRONYMS and w[:1].isalpha()]
    if not initials or initials[0] != acronym[0] or not len(acronym) <= len(initials) <= len(acronym) + 1:
        return False
    letters = iter(initials)
    return all(letter in letters for letter in acronym)


def _speaker_gender(item: Item) -> str | None:
    """"f" or "m": what the extractor read of an unnamed speaker ("la
    préfète", "l'acheteur"), else the first name of a named one."""
    flags = item.assertion.flags
    if "speaker-f" in flags or "speaker-m" in flags:
        return "f" if "speaker-f" in flags else "m"
    if _unnamed(item) or item.assertion.speaker is None:
        return None
    return first_name_gender(item.assertion.speaker)  # (as written: "Hélène", not the key "helene")


def _body_and_person(left: Item, right: Item) -> bool:
    """A body and a person: its spokesperson, as likely as not ("L'ANWF
    dit travailler sur « … »" and "« … », dit son directeur")."""
    return ("speaker-body" in left.assertion.flags) != ("speaker-body" in right.assertion.flags)


def _unnamed(item: Item) -> bool:
    """A speaker known only by a role ("la préfète", "son avocat"): anyone
    the other articles name may be them."""
    return "speaker-unnamed" in item.assertion.flags


@register("factcheck.same_speaker.v1")
def same_speaker(left: Item, right: Item | None, context: Context) -> Verdict | None:
    """The same words must have the same speaker (canonical names across
    the articles); an unknown speaker neither agrees nor disagrees."""
    if right is None or left.speaker is None or right.speaker is None:
        return None
    if _body_and_person(left, right):
        return None
    if _unnamed(left) or _unnamed(right):
        # "la préfète" may be the "Claire Moreau" of another article, but
        # "l'acheteur" is not her: a speaker of the other gender is another;
        # so is "le nouveau ministre" to "l'ancienne ministre"
        genders = (_speaker_gender(left), _speaker_gender(right))
        if (None in genders or genders[0] == genders[1]) and not _in_succession(left, right):
            return None
    min_words = int(context.options.get("min_words", 0))
    wordings = (quotes.words(str(left.assertion.value)), quotes.words(str(right.assertion.value)))
    if min(map(len, wordings)) < min_words:
        return None
    if left.speaker == right.speaker:
        return Verdict(True)
    a, b = left.assertion.speaker or left.speaker, right.assertion.speaker or right.speaker
    return Verdict(False, a, b, f"{a} ≠ {b}")
