"""Clock times: "11h36", "à 8 heures", "vers 20 h 30", "16h GMT", and
when bare hours are a time rather than an amount or a distance.
"""

from __future__ import annotations

import re

from factcheck.normalize.temporal_calendar import HOUR, MINUTE, When
from factcheck.normalize import temporal_grammar as g
from factcheck.normalize.temporal_lexicon import key
from factcheck.normalize.temporal_base import _Ctx, _M, _clock_duration, _int, _new


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
    if _LENGTH_BEFORE.search(text, max(0, start - 40), start):
        # (a length of a few hours: "le film de 20 h 45" is a showing,
        # "le couvre-feu ramené à 18 h 30" a time)
        hours = re.match(r"\d+", text[start:end])
        return hours is not None and int(hours.group()) < 5 and not _RANGE_TO_AFTER.match(text, end)
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
#: A work or a session told by its length ("ce drame de 1 h 58", "un
#: concert de 2 h 30"), a length cut or stretched to ("le trajet a été
#: raccourci à 1 h 56"): a few hours only (``_clock_is_an_amount``).
_LENGTH_BEFORE = re.compile(
    r"(?<!\w)(?:(?:un|une|ce|cet|cette)[^\S\n]+(?:film|drame|com[ée]die|documentaire|long-m[ée]trage|court-m[ée]trage"
    r"|spectacle|concert|[ée]mission|[ée]pisode|pi[èe]ce|op[ée]ra|r[ée]cital|d[ée]bat|discours|entretien|match"
    r"|s[ée]ance|r[ée]union|audition|interrogatoire|op[ée]ration|intervention|marathon|course|partie|combat"
    r"|travers[ée]e|p[ée]riple)[^\S\n]+(?:de|d')"
    r"|(?:raccourci|r[ée]duit|ramen[ée]|allong[ée])e?s?[^\S\n]+[àa])[^\S\n]*$",
    re.IGNORECASE,
)
_RANGE_TO_AFTER = re.compile(r"[^\S\n]+(?:à|a|jusqu'à)[^\S\n]+\d", re.IGNORECASE)


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
    return (bool(g.CLOCK_BEFORE.search(text, max(0, start - 28), start)) or _converted_clock(text, start, end)
            or (_EVENING_BEFORE.search(text, max(0, start - 20), start) is not None
                and _EVENING_HOURS.match(text, start) is not None))  # fmt: skip


#: "ce soir 20 heures", "samedi soir 21 heures": an evening, then its hour
#: in figures (not "hier soir trois heures contre les flammes", an amount).
_EVENING_BEFORE = re.compile(r"(?<!\w)soir,?[^\S\n]+$", re.IGNORECASE)
_EVENING_HOURS = re.compile(r"(?:1[7-9]|2[0-3])(?!\d)")


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
