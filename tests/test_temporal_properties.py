"""Property tests of the temporal extractor: round trips of random dates
through French surface forms, weekdays against ``datetime``, typography
invariance, spans, robustness and determinism."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from factcheck.extract.temporal import find_temporal

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
SPACES = [" ", "\u00a0", "\u202f", "\n", "  "]
PUB = "2024-06-19"

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
spaces = st.sampled_from(SPACES)
FAST = settings(max_examples=60, deadline=None)


def _day(d: date, ordinal: bool) -> str:
    return "1er" if d.day == 1 and ordinal else str(d.day)


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, date]:
    """A date in one of its French written forms, typography at random."""
    d = draw(dates)
    sp = draw(spaces)
    month = MONTHS[d.month - 1]
    if draw(st.booleans()):
        month = month.capitalize() if draw(st.booleans()) else month
    form = draw(st.sampled_from(["dmy", "wdmy", "slash", "le", "dots", "iso"]))
    if form == "dmy":
        text = f"{_day(d, draw(st.booleans()))}{sp}{month}{sp}{d.year}"
    elif form == "wdmy":
        text = f"{WEEKDAYS[d.weekday()]}{sp}{_day(d, True)}{sp}{month}{sp}{d.year}"
    elif form == "slash":
        text = f"{d.day:02d}/{d.month:02d}/{d.year}"
    elif form == "dots":
        text = f"{d.day}.{d.month}.{d.year}"
    elif form == "iso":
        text = d.isoformat()
    else:
        text = f"le{sp}{_day(d, True)}{sp}{month}{sp}{d.year}"
    return text, d


SENTENCES = st.sampled_from(
    [
        "Ils ont signé l'accord {} à Pyongyang.",
        "{}, le président est arrivé.",
        "« Le traité a été conclu {} », a dit M. Poutine.",
        "Selon l'agence, {} reste la date retenue",
    ]
)


@FAST
@given(rendered(), SENTENCES)
def test_rendered_dates_parse_back(pair: tuple[str, date], sentence: str) -> None:
    text, d = pair
    article = sentence.format(text)
    got = [a for a in find_temporal(article, PUB, "t") if a.kind == "date"]
    assert [a.value for a in got] == [d.isoformat()]
    assert "weekday-mismatch" not in got[0].flags


@FAST
@given(dates, st.integers(min_value=1, max_value=7), spaces)
def test_weekday_checks_agree_with_the_calendar(d: date, weekday: int, sp: str) -> None:
    text = f"Le sommet a eu lieu{sp}{WEEKDAYS[weekday - 1]}{sp}{d.day}{sp}{MONTHS[d.month - 1]}{sp}{d.year}."
    (got,) = find_temporal(text, None, "t")
    assert got.value == d.isoformat()
    assert got.weekday == weekday
    assert ("weekday-mismatch" in got.flags) == (d.isoweekday() != weekday)


@FAST
@given(dates, st.sampled_from(WEEKDAYS))
def test_bare_weekdays_fall_on_their_day(published: date, weekday: str) -> None:
    for sentence in (f"Ils ont signé {weekday}.", f"Ils signeront {weekday}.", f"Sommet {weekday}"):
        (got,) = find_temporal(sentence, published.isoformat(), "t")
        day = date.fromisoformat(str(got.value))
        assert day.isoweekday() == WEEKDAYS.index(weekday) + 1
        assert abs((day - published).days) <= 6
        assert got.flags == ("relative",)


BASE = (
    "Le 19 juin, Vladimir Poutine et Kim Jong-un ont signé l'accord mercredi 19 juin 2024 "
    "à 11h36, après environ deux heures de pourparlers. C'est sa première visite depuis 24 ans, "
    "l'an dernier il avait dit « aujourd'hui » et la veille, « plus d'un an et demi ». "
    "La guerre de Corée (1950-1953) ; du 3 au 5 mai ; fin 2023 ; mi-juin ; à 8 heures."
)


def _typographic_variants() -> st.SearchStrategy[str]:
    def variant(choices: list[bool]) -> str:
        text = BASE
        if choices[0]:
            text = text.replace("'", "\u2019")
        if choices[1]:
            text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
        else:
            text = text.replace("« ", '"').replace(" »", '"')
        if choices[2]:
            text = text.replace("19 juin", "19\u00a0juin").replace("11h36", "11\u202fh\u202f36")
        if choices[3]:
            text = unicodedata.normalize("NFD", text)
        if choices[4]:
            text = text.replace("mercredi 19", "mercredi\n19").replace("deux heures", "deux\nheures")
        if choices[5]:
            text = text.replace("-", "\u2011")
        return text

    return st.lists(st.booleans(), min_size=6, max_size=6).map(variant)


def _values(text: str) -> list[tuple[str, object, object, object]]:
    return [(a.kind, a.value, a.mod, a.implied) for a in find_temporal(text, PUB, "t")]


@FAST
@given(_typographic_variants())
def test_typography_never_changes_a_value(text: str) -> None:
    assert _values(text) == _values(BASE)


@FAST
@given(_typographic_variants())
def test_spans_slice_the_original(text: str) -> None:
    for a in find_temporal(text, PUB, "t"):
        assert a.text == text[a.start : a.end]
        assert 0 <= a.start < a.end <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from([None, PUB, "2024-06", "2024", "2023-09-14T11:36", "bad"]))
def test_arbitrary_text_never_raises(text: str, published: str | None) -> None:
    got = find_temporal(text, published, "t")
    for a in got:
        assert a.text == text[a.start : a.end]
    assert got == find_temporal(text, published, "t")


TEMPORAL_ALPHABET = st.sampled_from(
    ["le ", "19", " juin ", "2024", "mercredi ", "depuis ", "24 ", "ans", " à ", "8h", "h",
     "du ", "au ", "/", "-", "(", ")", "fin ", "mi-", "et ", "demi", "hier", "soir", "la veille",
     " ", "\n", "\u00a0", "\u2019", "é", "\u0301", "1er", "mars", "dernier", "prochain", "."]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(TEMPORAL_ALPHABET, max_size=30).map("".join))
def test_temporal_looking_text_never_raises(text: str) -> None:
    got = find_temporal(text, PUB, "t")
    for a in got:
        assert a.text == text[a.start : a.end]
        assert a.kind in ("date", "time", "datetime", "interval", "duration", "set")
        assert isinstance(a.value, str) and a.value
        assert list(a.flags) == sorted(a.flags)
    assert got == find_temporal(text, PUB, "t")


NARRATIVE_WORDS = st.sampled_from(
    ["lundi ", "mardi ", "mercredi ", "jeudi ", "vendredi ", "samedi ", "dimanche ", "et ", "ou ",
     "de ", "à ", "jusqu'à ", "vers ", "cette nuit ", "ce soir ", "le lendemain ", "la veille ",
     "21 heures ", "2 h 30 ", "du matin ", "a signé ", "signera ", "est arrivé ", "sera ", "« ", "» ",
     "Le 3 juin ", "2018, ", "les 8 et 9 février ", "l'attaque de ", "pour ", "dès ", ", ", ". "]
) | st.builds("{} {} {} ".format, st.sampled_from(WEEKDAYS), st.sampled_from(["et", "ou", "à"]),
              st.sampled_from(WEEKDAYS))  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(NARRATIVE_WORDS, max_size=20).map("".join),
       st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2030, 12, 31)), st.booleans())  # fmt: skip
def test_narrative_text_never_raises_on_any_publication_day(text: str, moment: datetime, timed: bool) -> None:
    """Every weekday of publication, with and without a time: the rules
    that read a day from the days around it (ranges, joined weekdays,
    nights, clock times) never fail and spans slice the text."""
    published = moment.strftime("%Y-%m-%dT%H:%M") if timed else moment.date().isoformat()
    for a in find_temporal(text, published, "t"):
        assert a.text == text[a.start : a.end]


UNITS = [("an", "ans", "Y"), ("mois", "mois", "M"), ("jour", "jours", "D"),
         ("semaine", "semaines", "W"), ("heure", "heures", "H"), ("minute", "minutes", "M")]  # fmt: skip


@FAST
@given(st.integers(min_value=2, max_value=99), st.sampled_from(UNITS), st.booleans(), spaces)
def test_durations_in_digits_and_words(n: int, unit: tuple[str, str, str], words: bool, sp: str) -> None:
    number = num2words(n, lang="fr") if words else str(n)
    text = f"Ils ont négocié pendant{sp}{number}{sp}{unit[1]}."
    (got,) = find_temporal(text, PUB, "t")
    time_unit = unit[0] in ("heure", "minute")
    assert got.kind == "duration"
    assert got.value == (f"PT{n}{unit[2]}" if time_unit else f"P{n}{unit[2]}")


@FAST
@given(st.integers(min_value=1, max_value=120))
def test_depuis_implies_the_year(n: int) -> None:
    (got,) = find_temporal(f"La première visite depuis {n} ans.", "2024-06", "t")
    assert (got.value, got.implied) == (f"P{n}Y", f"{2024 - n:04d}")


@FAST
@given(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59),
       st.sampled_from(["{h}h{m:02d}", "{h} h {m:02d}", "{h}:{m:02d}", "{h}\u202fh\u202f{m:02d}",
                        "à {h} heures {m}"]))  # fmt: skip
def test_clock_times(hour: int, minute: int, form: str) -> None:
    text = "La séance a repris " + form.format(h=hour, m=minute) + "."
    (got,) = find_temporal(text, PUB, "t")
    assert (got.kind, got.value) == ("time", f"T{hour:02d}:{minute:02d}")


def test_pathological_inputs_stay_linear() -> None:
    """Long runs that a backtracking grammar could make quadratic."""
    import time

    cases = [
        " ".join(["vingt", "et", "un", "deux", "trois", "cent", "mille"][i % 7] for i in range(3000)),
        "19" + " " * 20000 + "juin",
        "\u00a0".join(["le"] * 5000),
        "-".join(str(1950 + i % 100) for i in range(3000)),
        "(" * 5000 + "1950-1953" + ")" * 5000,
        " ".join(["plus", "de", "environ", "moins", "d'un"][i % 5] for i in range(5000)),
    ]
    for text in cases:
        start = time.process_time()
        for a in find_temporal(text, PUB, "t"):
            assert a.text == text[a.start : a.end]
        assert time.process_time() - start < 1.0, text[:40]


# The scanner tries at each word only the rules the dispatch table lists for
# its first two tokens, as one alternation; it must find exactly what
# trying every rule at every word finds.
SCAN_WORDS = st.sampled_from(
    ["le", "la", "les", "du", "au", "de", "d'", "l'", "en", "à", "et", "entre", "vers", "depuis",
     "dès", "avant", "après", "jusqu'au", "jusqu'en", "d'ici", "il y a", "dans", "pendant", "plus",
     "tard", "environ", "moins", "fin", "début", "mi-", "milieu", "courant", "premier", "dernier",
     "prochain", "première", "quinzaine", "semaine", "mois", "année", "an", "ans", "jours", "heures",
     "minutes", "h", "heure", "et quart", "midi", "minuit", "matin", "soir", "nuit", "hier",
     "demain", "aujourd'hui", "veille", "lendemain", "Noël", "Pâques", "été", "hiver", "années",
     "siècle", "XXe", "crise", "loi", "personnes", "euros", "passées", "trois", "vingt", "un",
     "une", "deux", "1er", "3", "13", "19", "24", "31", "45", "2000", "2008", "2019", "2024", "1950",
     "19/06/2024", "2024-06-19", "8h30", "15:30", "-", "/", ",", ".", "(", ")", "\n",
     "trimestre", "semestre", "T2", "maintenant", "récemment", "ces", "dernières", "quelques",
     "bientôt", "mer.", "lun.", "19.06.24",
     # capitals: the scanner matches a lowered copy, the interpreters read case in the text
     "Mars", "Mai", "JUIN", "Lundi", "Heures", "T3", "S2", "2024T10:30", "İ"]
    + MONTHS + WEEKDAYS
)


def _scan_everywhere(ctx):  # type: ignore[no-untyped-def]
    """The scanner without the dispatch table: every rule, in priority
    order, at every word."""
    from factcheck.normalize import temporal as T  # noqa: PLC0415
    from factcheck.normalize import temporal_base as B  # noqa: PLC0415
    from factcheck.normalize import temporal_dispatch as D  # noqa: PLC0415
    from factcheck.normalize import temporal_grammar as G  # noqa: PLC0415

    text, out, free = ctx.text, [], 0
    for word in D.WORD_START.finditer(text):
        pos = word.start()
        if pos < free:
            continue
        for rule in G.RULE_NAMES:
            m = G.SINGLE[rule].match(text, pos)
            if m is None:
                continue
            try:
                got = T._RULES[rule](m, ctx)
            except (ValueError, OverflowError, KeyError):
                got = None
            if got is None:
                continue
            if got.mod is None and got.start > 2 and got.kind not in ("duration", "interval"):
                got.mod = B._point_mod(text, got.start)
            if got.mod in B._BOUNDS and ctx.stated and ctx.stated[-1][0] == got.end:
                ctx.stated.pop()
            if got.also is not None:
                out.append(got.also)
            out.append(got)
            if got.when is not None and got.when2 is None and got.when.year is not None:
                ctx.points.append(got)
            elif got.kind == "set":
                ctx.sets.append(got.end)
            free = m.end()
            break
    return out


@settings(max_examples=120, deadline=None)
@given(st.lists(SCAN_WORDS, min_size=1, max_size=12), st.sampled_from(["2024-06-19", "2013-02-12T04:30"]))
def test_dispatch_finds_what_every_rule_finds(words: list[str], published: str) -> None:
    from factcheck.normalize import temporal as T  # noqa: PLC0415
    from factcheck.normalize import temporal_base as B  # noqa: PLC0415
    from factcheck.normalize.temporal_calendar import parse_anchor  # noqa: PLC0415

    text = " ".join(words)
    anchor = parse_anchor(published)
    fast = [m.finish() for m in T._scan(B._Ctx(text, anchor))]
    slow = [m.finish() for m in _scan_everywhere(B._Ctx(text, anchor))]
    assert fast == slow, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdeéjuinmarsle 12'_-.\nÉİ"), max_size=40), st.data())
def test_verb_around_a_mention_as_listing_the_sentence(text: str, data: st.DataObject) -> None:
    """The search from each side of a mention finds a word that may be a
    verb outside it exactly when listing the sentence's words does."""
    from factcheck.normalize import temporal_base as B  # noqa: PLC0415

    # mentions start and end where words do
    in_word = [c.isalnum() or c == "_" for c in text]
    bounds = sorted({0, len(text)} | {i for i in range(1, len(text)) if in_word[i - 1] != in_word[i]})
    start = data.draw(st.sampled_from(bounds))
    end = data.draw(st.sampled_from([b for b in bounds if b >= start]))
    def may_be_verb(w: re.Match[str]) -> bool:
        glued = w.end() < len(text) and (text[w.end()] == "_" or text[w.end()].isdecimal())
        return glued or w.group().lower() not in B._NO_VERB_WORDS

    words = [(w.start(), w.end()) for w in B._LETTER_RUN.finditer(text) if may_be_verb(w)]
    listed = bool(words) and (words[0][0] < start or words[-1][1] > end)
    assert B._verb_around(text, 0, start, end, len(text)) == listed


@FAST
@given(st.integers(min_value=1, max_value=60), st.integers(min_value=1900, max_value=2030),
       st.sampled_from(MONTHS), st.sampled_from(["après", "avant"]))  # fmt: skip
def test_durations_count_from_the_date_named(n: int, year: int, month: str, word: str) -> None:
    text = f"Le sommet intervient {n} ans {word} celui de {month} {year}."
    (duration,) = [a for a in find_temporal(text, PUB, "t") if a.kind == "duration"]
    assert duration.implied == str(year + n if word == "après" else year - n)


@FAST
@given(st.integers(min_value=1500, max_value=2099).filter(lambda y: y % 100),
       st.sampled_from(["la crise", "la loi", "le sommet", "les Jeux", "l'élection"]))
def test_a_year_after_a_noun_and_de(year: int, noun: str) -> None:
    got = [a for a in find_temporal(f"Depuis {noun} de {year}, rien.", PUB, "t") if a.kind == "date"]
    assert [(a.text, a.value) for a in got] == [(str(year), str(year))]


@FAST
@given(st.integers(min_value=0, max_value=9), st.integers(min_value=0, max_value=59),
       st.integers(min_value=0, max_value=59), st.one_of(st.none(), st.integers(min_value=0, max_value=99)),
       st.sampled_from(["min", "mn"]))  # fmt: skip
def test_race_times_round_trip(hours: int, minutes: int, seconds: int, hundredths: int | None, unit: str) -> None:
    text = f"Il a couru en {hours} h {minutes} {unit} {seconds} s" + ("" if hundredths is None else f" {hundredths:02d}")
    got = [a for a in find_temporal(text + ".", PUB, "t") if a.kind == "duration"]
    assert len(got) == 1, (text, got)
    expected = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    expected += f"{seconds}.{hundredths:02d}S" if hundredths is not None else f"{seconds}S"
    assert got[0].value == expected


@FAST
@given(st.integers(min_value=0, max_value=9), st.integers(min_value=1, max_value=59),
       st.integers(min_value=0, max_value=59), st.one_of(st.none(), st.integers(min_value=0, max_value=99)),
       st.sampled_from(["'", "’", "′"]), st.sampled_from(['"', "”", "″", "''"]))  # fmt: skip
def test_race_times_in_primes_read_as_in_units(hours: int, minutes: int, seconds: int, hundredths: int | None,
                                               prime: str, double: str) -> None:
    """1'54"06 is 1 min 54 s 06, whatever the marks, and no quotation."""
    cs = "" if hundredths is None else f"{hundredths:02d}"
    hour = f"{hours}h" if hours else ""
    primes = f"{hour}{minutes:02d}{prime}{seconds:02d}{double}{cs}" if hours else f"{minutes}{prime}{seconds:02d}{double}{cs}"
    units = f"{hours} h {minutes} min {seconds} s {cs}" if hours else f"{minutes} min {seconds} s {cs}"
    got = [a for a in find_temporal(f"Elle a gagné en {primes}.", PUB, "t") if a.kind == "duration"]
    want = [a for a in find_temporal(f"Elle a gagné en {units.strip()}.", PUB, "t") if a.kind == "duration"]
    assert [a.text for a in got] == [primes]
    assert [a.value for a in got] == [a.value for a in want]


ORDINALS = {1: ["premier", "1er"], 2: ["deuxième", "second", "2e"], 3: ["troisième", "3e"], 4: ["quatrième", "4e"]}


@FAST
@given(st.integers(min_value=1, max_value=4), st.integers(min_value=1950, max_value=2090), st.data())
def test_quarters_and_halves_round_trip(n: int, year: int, data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(ORDINALS[n]))
    quarter = [a.value for a in find_temporal(f"Les ventes du {word} trimestre {year} ont baissé.", PUB, "t")]
    assert quarter == [f"{year}-Q{n}"]
    short = [a.value for a in find_temporal(f"Au T{n} {year}, la marge a progressé.", PUB, "t")]
    assert short == [f"{year}-Q{n}"]
    if n <= 2:
        half = [a.value for a in find_temporal(f"Au {word} semestre {year}, rien.", PUB, "t")]
        assert half == [f"{year}-H{n}"]


SET_WORDS = st.sampled_from(
    ["chaque", "tous les", "toutes les", "deux fois par", "une fois", "le", "lundi", "samedis", "soir", "matin",
     "midi", "jours", "semaine", "ans", "an", "année", "15", "quinze", "minutes", "heures", "été", "week-end",
     "1er", "mai", "14", "juillet", "en", "mois de", "à", "20 heures", ",", "vers", "8 h"]
)


@FAST
@given(st.lists(SET_WORDS, min_size=1, max_size=10).map(" ".join))
def test_sets_are_well_formed(text: str) -> None:
    """A recurring time never raises, and its value is a TIMEX3 SET value."""
    import re  # noqa: PLC0415

    shape = re.compile(r"XXXX-(?:WXX-(?:[1-7]|WE)|XX-XX|\d\d(?:-\d\d)?|SU|SP|FA|WI)(?:T(?:MO|AF|EV|NI|\d\d:\d\d))?|PT?\d+[YMWDHS]")
    for a in find_temporal(text, PUB, "t"):
        assert a.text == text[a.start : a.end]
        if a.kind == "set":
            assert shape.fullmatch(str(a.value)), (text, a.value)


@FAST
@given(st.integers(min_value=1, max_value=400), st.integers(min_value=1, max_value=23),
       st.integers(min_value=1, max_value=59))  # fmt: skip
def test_three_units_make_one_duration(days: int, hours: int, minutes: int) -> None:
    """"74 jours, 3 heures et 35 minutes" is one duration, P74DT3H35M."""
    text = f"Le record, {days} jours, {hours} heures et {minutes} minutes, tient toujours."
    got = [a for a in find_temporal(text, PUB, "t") if a.kind == "duration"]
    assert [a.value for a in got] == [f"P{days}DT{hours}H{minutes}M"]


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


ERAS_BEFORE = ["avant notre ère", "av. J.-C.", "avant J.-C.", "avant Jésus-Christ", "av. J.C."]
ERAS_AFTER = ["", " après J.-C.", " de notre ère", " ap. J.-C."]


@FAST
@given(st.integers(min_value=1, max_value=21), st.booleans(), st.booleans(), st.sampled_from(ERAS_BEFORE),
       st.sampled_from(ERAS_AFTER), spaces)  # fmt: skip
def test_centuries_of_both_eras(n: int, roman: bool, before: bool, era_before: str, era_after: str, sp: str) -> None:
    number = (_roman(n) + ("er" if n == 1 else "e")) if roman else ("1er" if n == 1 else f"{n}e")
    era = sp + era_before if before else era_after
    text = f"Le domaine est occupé dès le{sp}{number}{sp}siècle{era}, selon l'Inrap."
    (got,) = find_temporal(text, PUB, "t")
    assert (got.kind, got.value) == ("date", f"{'BC' if before else ''}{n - 1:02d}XX")
    assert text[got.start : got.end] == got.text and got.text.endswith(era.strip() or "siècle")
