"""Durations: "24 ans", "environ deux heures", "plus d'un an et demi",
race times ("2 h 05 min 12 s"), what they imply counted from a date, and
the ages, amounts and distances that are not durations.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from factcheck.normalize.temporal_calendar import (
    DAY,
    HOUR,
    MINUTE,
    SECOND,
    When,
    add_months,
    iso_week,
    parse_anchor,
)
from factcheck.normalize import temporal_grammar as g
from factcheck.normalize.temporal_lexicon import (
    APPROX_COUNTS,
    DURATION_MODS,
    PERSON_NOUNS,
    UNIT_FACTOR,
    UNITS,
    key,
)
from factcheck.normalize.temporal_base import _Ctx, _M, _clock_duration, _new, _number
from factcheck.normalize.temporal_resolve import _dt_when
from factcheck.normalize.temporal_times import (
    _AT_BEFORE,
    _clock_before,
    _clock_from_a_place,
    _part_tells_clock,
)


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
