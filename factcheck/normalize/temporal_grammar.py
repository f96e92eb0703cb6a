"""The grammar of French temporal expressions, as regular expressions.

Each rule is a named group ``<rule>`` whose inner groups are named
``<rule>_<part>``; ``temporal_dispatch`` tells which rules can start at a
word, and the scanner (``temporal.find_mentions``) makes one pass over the
words of the folded text.  A group ``<rule>__s`` marks the words that carry the
value when the match also holds context (a preposition that gates the rule,
"depuis" before "24 ans", is kept out of the reported span).  The
interpretation of each rule is its ``_rule_<name>`` in ``temporal_dates``,
``temporal_times`` or ``temporal_durations``.

Patterns are written with two placeholders: ``~`` is required white space
(at most one line break: a line-wrapped expression still matches, a
paragraph break does not) and ``¤`` is optional white space.  The text is
folded first (``factcheck.textnorm``), so apostrophes, spaces and dashes
have one form each.
"""

from __future__ import annotations

import re

from factcheck.normalize.numbers import CARDINAL_WORD

# Possessive: a run of spaces is read one way only, never backtracked into
# (an ambiguous split of a long run would be quadratic).
_REQ_SPACE = r"(?:[^\S\n]++\n?+[^\S\n]*+|\n[^\S\n]*+)"
_OPT_SPACE = r"(?:[^\S\n]*+\n?+[^\S\n]*+)"


def _p(pattern: str) -> str:
    return pattern.replace("~", _REQ_SPACE).replace("¤", _OPT_SPACE)


B = r"(?<![\w\-])"  # a word starts here (not inside "après-midi")
E = r"(?!\w)"  # a word ends here
DE = r"d(?:e~|'¤)"  # "de " or "d'"

MONTH_FULL = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
    r"|novembre|d[ée]cembre"
)
# Abbreviations: safe ones may go without a dot after a day number; "mar",
# "sept", "jan" and "sep" are words or numbers of their own and need the dot.
_MONTH_ABBR = r"janv|f[ée]vr|f[ée]v|avr|juil|oct|nov|d[ée]c"
_MONTH_ABBR_DOT = r"jan|mar|sept|sep|ao[uû]"
MONTH_D = rf"(?:(?:{MONTH_FULL}){E}|(?:{_MONTH_ABBR})(?:\.|{E})|(?:{_MONTH_ABBR_DOT})\.)"
MONTH = rf"(?:{MONTH_FULL}){E}"

WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\w)"
#: "mer. 19 juin": abbreviated weekdays, read only before a stated date.
WEEKDAY_ABBR = r"(?:lun|mar|mer|jeu|ven|sam|dim)\."

_UNIT_WORDS = "deux|trois|quatre|cinq|six|sept|huit|neuf"
DAY_WORD = (
    rf"(?:premier|(?:vingt|trente)(?:[ -]et[ -]une?|[ -](?:{_UNIT_WORDS}))?"
    rf"|dix[ -](?:sept|huit|neuf)|{_UNIT_WORDS}|dix|onze|douze|treize|quatorze"
    r"|quinze|seize)"
)
_ORD_SUFFIX = r"(?:er|ᵉʳ|re|ʳᵉ|ère|ème|eme|e|ᵉ)"
DAY_NUM = rf"(?<![\d,./:])(?:3[01]|[12]\d|0?[1-9]){_ORD_SUFFIX}?(?!\w)"
DAY = rf"(?:{DAY_NUM}|{B}{DAY_WORD}{E})"

#: The eras: "avant notre ère", "av. J.-C.", "avant Jésus-Christ"; "après
#: J.-C.", "de notre ère" (which change nothing but are part of the date).
ERA_BC = r"(?:av(?:ant~|\.¤)(?:notre~[èe]re|j[ée]sus-christ|j\.¤-?¤c\.?|jc)(?![\w-]))"
ERA_AD = r"(?:(?:apr[èe]s~|apr?\.¤)(?:j[ée]sus-christ|j\.¤-?¤c\.?|jc)|de~notre~[èe]re)(?![\w-])"

YEAR4 = r"(?<![\d,.])(?:1[5-9]|20)\d\d(?!\d|[,.]\d)"
YEAR2 = r"(?<![\d,.])\d\d(?!\d|[,.]\d)(?![^\S\n]*[^\W\d_])"

def _bounded_number_words(pattern: str, most: int = 12) -> str:
    """``CARDINAL_WORD`` with at most ``most`` words.

    A minimal local helper (numbers.py is not ours): its open-ended
    repetition, tried at every word of a long run of number words and
    backtracked into when no unit follows, is quadratic.  No French number
    needs more words than this ("quatre-vingt-dix-neuf mille neuf cent
    quatre-vingt-dix-neuf" is 9)."""
    if pattern.endswith(")*)"):
        pattern = pattern[: -len(")*)")] + f"){{0,{most - 1}}})"
    return pattern


# (a number never opens on a scale word: "31 millions un an plus tôt" is
# no count of 1,000,001 years)
NUMBER_WORDS = r"(?!milli(?:on|ard)s?(?!\w))" + _bounded_number_words(CARDINAL_WORD)
CARD = rf"(?:(?<![\d,.])(?<!\d-)\d+(?:[,.]\d+)?|{B}{NUMBER_WORDS})"
HOUR_WORD = (
    r"(?:vingt[ -]et[ -]une|vingt[ -](?:deux|trois)|vingt|dix[ -](?:sept|huit|neuf)"
    r"|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize)"
)
HOUR = rf"(?:(?<![\d,.])(?:[01]?\d|2[0-3])(?!\d)|{B}{HOUR_WORD}{E})"
MINUTE = rf"(?:(?<![\d,.])[0-5]?\d(?!\d)|{B}{NUMBER_WORDS}{E})"

#: A bound after an amount of time: "une heure et demie au minimum" (not
#: "au plus tard", which bounds a time of day).
AMOUNT_BOUND = r"au~minimum|au~maximum|au~moins|au~plus(?!~t)"

UNIT = (
    r"(?:secondes?|sec|minutes?|mins?|mn|heures?|jours?|journ[ée]es?|semaines?|mois"
    r"|ans|an|ann[ée]es?|trimestres?|semestres?|d[ée]cennies?|si[eè]cles?"
    r"|mill[ée]naires?)(?!\w)"
)
DURATION_MOD = (
    rf"(?:environ|pr[èe]s~{DE}|presque|quasiment|[àa]~peu~pr[èe]s|approximativement"
    rf"|quelque|autour~{DE}|(?:un~peu~|bien~)?plus~{DE}|au-del[àa]~{DE}"
    rf"|(?:un~peu~)?moins~{DE}|au~moins|au~minimum|pas~moins~{DE}|au~plus"
    rf"|au~maximum|pas~plus~{DE}|jusqu'[àa])"
)
# Counted nouns and units: a number followed by one is a quantity, not a
# year ("en 2000 exemplaires", "le 5 mai 1500 personnes").
# (The words are tried only before a letter: after most dates comes
# punctuation, and a list of 50 words costs even to fail.)
NOT_QUANTITY = (
    r"(?![^\S\n]*+(?:[%€$£]|(?=[^\W\d_])(?:euros?|dollars?|francs?|livres|roubles?|yuans?|wons?"
    r"|personnes|habitants|morts|victimes|soldats|hommes|femmes|enfants|km|kg|m|t"
    r"|ans|mois|jours|heures|fois|exemplaires|voix|manifestants|salari[ée]s|emplois"
    r"|tonnes|litres|m[èe]tres|kilom[èe]tres|missiles|obus|navires|avions|chars"
    r"|points|membres|[ée]l[èe]ves|d[ée]put[ée]s|sites|cas|unit[ée]s))(?!\w))"
)
# What may follow a date that has no month ("du 13 au 18", "mercredi 13"):
# punctuation, the end, or a word that cannot be a counted noun.
END_CTX = (
    r"(?=\s*(?:[,.;:!?)\]\"](?!\d)|$)|~(?:[àa]|vers|au|aux|en|dans|pour|avec|et|mais"
    r"|puis|ou|inclus|compris|dernier|prochain|jusqu'[àa]u?|midi|minuit|soir|matin)(?!\w))"
)

# A range with no month does not end on a rank: "du 1er au 7e" are
# districts, not days (a day past the first takes no suffix).
NOT_RANK_END = r"(?<!\de)(?<!\dème)(?<!\deme)(?<!\dᵉ)"

# "15h passées de 10 minutes": minutes after the hour.
PAST_HOUR = r"pass[ée]e?s?~de~"

WD_REL = (
    r"prochain|dernier|pass[ée]|suivant|d'apr[èe]s|d'avant|pr[ée]c[ée]dent"
    r"|en~(?:huit|8|quinze|15)|(?:de~)?(?:la~)?semaine~(?:prochaine|derni[èe]re"
    r"|pass[ée]e|suivante|d'apr[èe]s|qui~vient|pr[ée]c[ée]dente)|(?:de~)?cette~semaine"
)


def _pod(p: str) -> str:
    """A part of the day after a day: "hier soir", "mercredi en soirée"."""
    return (
        rf"(?:~(?:au~)?(?P<{p}pod>matin|soir|apr[èe]s-midi|nuit)"
        rf"|~(?:dans|en)~(?:la~|l')?(?P<{p}pod2>matin[ée]e|soir[ée]e|nuit|apr[èe]s-midi)"
        rf"|~{_DAWN_BEFORE}(?P<{p}dawn>{DAWN_AFTER_DAY})){E}"
    )


#: Dawn, a morning's start: "mardi à l'aube", "au petit matin" (not "à
#: l'aube de sa carrière", "à l'aube du XXIe siècle").
DAWN = r"(?:aube|aurore)(?!~d(?:e|u|es)(?!\w)|~d')|petit~matin|lever~du~jour"
#: After a day, dawn is a morning whatever follows: "mercredi à l'aube du col
#: de la Machine" (from the col).
DAWN_AFTER_DAY = r"aube|aurore|petit~matin|lever~du~jour"
_DAWN_BEFORE = r"(?:(?:[àa]|d[èe]s|depuis)~l'¤|au~|d[èe]s~le~|depuis~le~)"


def _tpod(p: str) -> str:
    """A part of the day after a clock time: "8h du soir"."""
    return (
        rf"(?:~(?P<{p}tp>du~matin|du~mat|du~soir|de~l'apr[èe]s-midi|de~la~nuit|ce~soir"
        rf"|ce~matin|cet~apr[èe]s-midi|dans~la~soir[ée]e|dans~la~matin[ée]e"
        rf"|dans~l'apr[èe]s-midi){E})"
    )


def _dpart(p: str, need_month: bool = False) -> str:
    """[weekday] day [month [year]]: one end of a range of days.

    Read as one atomic group: what follows an end ("au", "-", "et") is never
    a month, a year or a day, so giving back its words cannot help a match,
    and not trying saves most of the time a failing range costs."""
    month = rf"~(?P<{p}m>{MONTH_D})(?:~(?P<{p}y>{YEAR4}))?"
    return (
        rf"(?>(?:(?P<{p}wd>{WEEKDAY})~)?(?P<{p}d>{DAY})"
        + (month if need_month else f"(?:{month})?")
        + ")"
    )


# Rules in priority order: at one position, the first that matches wins,
# so longer constructions come before their parts.
RULES: list[tuple[str, str]] = [
    # la nuit de mardi à mercredi
    (
        "niv",
        rf"{B}(?:dans~)?(?P<niv__s>la~nuit~d[eu]~(?:(?P<niv_a>{WEEKDAY})(?:~(?P<niv_ad>{DAY_NUM}))?"
        rf"~(?:[àa]|au)~(?P<niv_b>{WEEKDAY})(?:~(?P<niv_bd>{DAY_NUM})"
        rf"(?:~(?P<niv_bm>{MONTH_D})(?:~(?P<niv_by>{YEAR4}))?)?)?"
        # la nuit du 2 au 3 juillet 2021, du 31 décembre au 1er janvier
        rf"|(?P<niv_d1>{DAY_NUM})(?:~(?P<niv_m1>{MONTH_D}))?~au~(?P<niv_d2>{DAY_NUM})~(?P<niv_m>{MONTH_D})(?:~(?P<niv_y>{YEAR4}))?))",
    ),
    # du 3 au 5 mai, du 13 au 18
    (
        "ivd1",
        rf"{B}(?P<ivd1__s>du~{_dpart('ivd1a_')}¤(?:au|[àa]|jusqu'(?:au|[àa]))¤(?:le~)?"
        rf"{_dpart('ivd1b_')}(?(ivd1b_m)|{NOT_RANK_END}{END_CTX}))",
    ),
    # entre le 13 et le 15 juillet
    (
        "ivd2",
        rf"{B}(?P<ivd2__s>entre~(?:le~)?{_dpart('ivd2a_')}~et~(?:le~)?{_dpart('ivd2b_')}"
        rf"(?(ivd2b_m)|{NOT_RANK_END}{END_CTX}))",
    ),
    # les 18 et 19 juin, les 1er et 2 juin 2024: two days (two assertions)
    (
        "cd",
        rf"(?P<cd_a>{DAY_NUM})~et~(?P<cd__s>(?P<cd_b>{DAY_NUM})~(?P<cd_m>{MONTH_D})"
        rf"(?:~(?P<cd_y>{YEAR4}){NOT_QUANTITY})?)",
    ),
    # 13-15 juillet, 1er au 10 juillet, 14 - 20 sept. 2014
    (
        "ivd3",
        rf"(?P<ivd3__s>{_dpart('ivd3a_')}¤(?:au|-|jusqu'au)¤(?:le~)?{_dpart('ivd3b_', True)})",
    ),
    # (1950-1953)
    ("ivy1", rf"(?:(?<=\()|(?<=\( ))(?P<ivy1_a>{YEAR4})¤[-/]¤(?P<ivy1_b>{YEAR4}|\d\d)(?=¤\))"),
    # de 1950 à 1953, entre 2019 et 2022
    (
        "ivy2",
        rf"{B}(?P<ivy2__s>(?:de|entre)~(?:l'an~)?(?P<ivy2_a>{YEAR4})~(?:[àa]|au|et|jusqu'en)"
        rf"~(?:l'an~)?(?P<ivy2_b>{YEAR4})){NOT_QUANTITY}",
    ),
    # 1950-1953, 2023/2024
    ("ivy3", rf"(?P<ivy3_a>{YEAR4})¤[-/]¤(?P<ivy3_b>{YEAR4}){NOT_QUANTITY}"),
    # de janvier à mars 2024, entre mai et juillet
    (
        "ivm",
        rf"{B}(?P<ivm__s>(?:de~|d'¤|entre~)(?P<ivm_a>{MONTH})(?:~(?P<ivm_ay>{YEAR4}))?"
        rf"~(?:[àa]|au|et|jusqu'(?:[àa]|en))~(?:(?:mois~){DE})?(?P<ivm_b>{MONTH})"
        rf"(?:~(?P<ivm_by>{YEAR4}))?)",
    ),
    # juin-juillet 2024
    ("ivm2", rf"{B}(?P<ivm2_a>{MONTH})¤-¤(?P<ivm2_b>{MONTH})(?:~(?P<ivm2_y>{YEAR4}))?"),
    # la première quinzaine d'avril
    (
        "qz",
        rf"{B}(?:la~)?(?P<qz__s>(?P<qz_o>premi[èe]re|1re|1ère|deuxi[èe]me|seconde|2e|derni[èe]re)"
        rf"~quinzaine~{DE}(?:(?:mois~){DE})?(?P<qz_m>{MONTH})(?:~(?P<qz_y>{YEAR4}))?)",
    ),
    # le dernier jour d'octobre 2015, le 3e jour d'octobre
    (
        "nth",
        rf"{B}(?:le~)?(?P<nth__s>(?P<nth_o>premier|dernier|\d{{1,2}}(?:e|ème|eme|è))~jour~{DE}"
        rf"(?:(?:mois~){DE})?(?P<nth_m>{MONTH})(?:~(?P<nth_y>{YEAR4}))?)",
    ),
    # la première semaine d'octobre 2014
    (
        "nthw",
        rf"{B}(?:la~)?(?P<nthw__s>(?P<nthw_o>premi[èe]re|derni[èe]re)~semaine~{DE}"
        rf"(?:(?:mois~){DE})?(?P<nthw_m>{MONTH})(?:~(?P<nthw_y>{YEAR4}))?)",
    ),
    # le premier mercredi du mois prochain, le dernier lundi de septembre
    (
        "nwd",
        rf"{B}(?:le~)?(?P<nwd__s>(?P<nwd_o>premier|1er|deuxi[èe]me|2e|second|troisi[èe]me|3e"
        rf"|quatri[èe]me|4e|dernier)~(?P<nwd_w>{WEEKDAY}|week-end|week~end|weekend)~(?:(?:du|de)~mois~(?P<nwd_r>prochain"
        rf"|dernier|suivant|pass[ée]|pr[ée]c[ée]dent)|{DE}(?:(?:mois~){DE})?(?P<nwd_m>{MONTH})"
        rf"(?:~(?P<nwd_y>{YEAR4}))?))",
    ),
    # la semaine du 7 octobre
    (
        "wof",
        rf"{B}(?P<wof__s>la~semaine~du~(?P<wof_d>{DAY})~(?P<wof_m>{MONTH_D})"
        rf"(?:~(?P<wof_y>{YEAR4}))?)",
    ),
    # Recurring times, TIMEX3 SETs: chaque lundi, tous les samedis soir,
    # toutes les 15 minutes, tous les deux ans, chaque été, tous les 1er
    # mai, tous les mois de juillet, deux fois par jour, une fois tous les
    # dix ans.  Read so that their words give no date ("chaque 14 juillet").
    (
        "set",
        rf"{B}(?P<set__s>(?P<set_f>{CARD})~fois~par~(?P<set_per>jour|semaine|mois|an|ann[ée]e)(?!\w)"
        rf"|(?:(?P<set_f2>{CARD})~fois~)?(?:chaque|tous~les|toutes~les)~(?:"
        r"(?P<set_wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?(?!\w)"
        r"(?:~(?:au~)?(?P<set_pod>matin|soir|apr[èe]s-midi|nuit|midi)s?(?!\w))?"
        rf"|(?P<set_d>{DAY})~(?P<set_m>{MONTH})"
        rf"|mois~{DE}(?P<set_mm>{MONTH})"
        r"|(?P<set_se>printemps|[ée]t[ée]|automne|hiver)(?!\w)"
        r"|(?P<set_p>matin|soir|nuit|apr[èe]s-midi|week-end|weekend)s?(?!\w)"
        rf"|(?:(?P<set_n>{CARD})~)?(?P<set_u>{UNIT})(?:~en~(?P<set_in>{MONTH}))?))",
    ),
    # "le mardi", "le samedi matin" with no date after: a habit when the
    # clause does not tell the past ("le musée est fermé le mardi")
    (
        "hab",
        rf"{B}(?P<hab__s>le~(?P<hab_w>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
        r"(?:~(?:au~)?(?P<hab_p>matin|soir|apr[èe]s-midi|nuit|midi))?)(?!\w)"
        rf"(?!¤(?:\d|{DAY_WORD}|{MONTH}|suivant|pr[ée]c[ée]dent|d'|de~|du~|des~|m[êe]me|dernier|prochain|qui|o[uù]|gras|saint))",
    ),
    # "la nuit", "le matin" alone: a habit when the clause does not tell
    # the past ("l'hôpital sera fermé la nuit", "le matin et le soir")
    (
        "habp",
        r"(?<!\bdans )(?<!\bde )(?<!\btoute )(?<!\btout )(?<!\bpendant )(?<!\bdurant )(?<!\bpar )"
        r"(?<!\bpour )(?<!\bjusqu'à )(?<!\bjusqu'a )(?<!\bavant )(?<!\baprès )(?<!\bapres )"
        r"(?<!\bdès )(?<!\bdes )(?<!\btôt )(?<!\btot )(?<!\btard )"
        rf"{B}(?P<habp__s>(?:la~(?P<habp_n>nuit)|le~(?P<habp_p>matin|soir)))(?!\w)"
        rf"(?!¤(?:\d|{DAY_WORD}|{MONTH}|suivante?|pr[ée]c[ée]dente?|d'|de~|du~|des~|m[êe]me|derni[èe]re?"
        r"|prochaine?|qui|o[uù]|blanche|tomb[ée]e|venue?|m[êe]me|[-,]?¤?(?:l[àa])))",
    ),
    # Noël, la Toussaint, le lundi de Pâques 2024
    (
        "hol",
        rf"{B}(?P<hol__s>(?:(?:le~)?jour~de~|la~journ[ée]e~de~|(?:la~)?f[êe]te~de~|(?P<hol_n>la~nuit~(?:du|de))~"
        # "ce lundi de Pentecôte": the holiday, not "ce lundi" then "Pentecôte"
        r"|ce~(?=(?:lundi|vendredi|jeudi|mardi|mercredi|dimanche)~))?(?:la~)?"
        r"(?P<hol_h>no[eë]l|toussaint|saint[- ]sylvestre|jour~de~l'an|nouvel~an"
        r"|f[êe]te~du~travail|jour~des~morts|saint[- ]valentin|lundi~de~p[âa]ques|p[âa]ques"
        r"|lundi~de~pentec[ôo]te|pentec[ôo]te|vendredi~saint|jeudi~de~l'ascension|l'ascension"
        r"|l'assomption|mardi~gras|mercredi~des~cendres|dimanche~des~rameaux|rameaux|halloween"
        rf"|l'[ée]piphanie)(?:~(?P<hol_y>{YEAR4}))?){E}",
    ),
    # les 2 dernières semaines, 3 prochains jours, 2 années passées
    (
        "lastn",
        rf"{B}(?P<lastn__s>(?P<lastn_n>{CARD})~(?:(?P<lastn_r1>derni[èe]re?s?|prochaine?s?)"
        rf"~(?P<lastn_u1>{UNIT})|(?P<lastn_u2>{UNIT})~(?P<lastn_r2>pass[ée]e?s|suivante?s?"
        r"|derni[èe]re?s|prochaine?s)(?!\w)))",
    ),
    # pendant 2h30, en 3h
    (
        "duh",
        rf"{B}(?P<duh_c>pendant|durant|en|dans|il~y~a|au~bout~d(?:e|')|pour"
        r"|dur[ée]|dure|durent|durait|duraient|durera|dureront)(?:~|(?<='))(?P<duh__s>"
        rf"(?:(?P<duh_mod>{DURATION_MOD})¤)?(?P<duh_h>\d{{1,3}})¤h(?:¤(?P<duh_m>[0-5]?\d)"
        r"(?:¤(?:min|mn)(?!\w)(?:¤(?P<duh_s>[0-5]?\d)¤(?:s|sec)(?!\w)(?:~(?P<duh_cs>\d\d)(?!\d))?)?)?)?"
        r"(?![\w'′]))",  # "en 2h05'30\"" is a race time (rule chr)
    ),
    # depuis 24 ans, environ deux heures, plus d'un an et demi
    (
        "du",
        rf"(?:{B}(?P<du_c>depuis|il~y~a|pendant|durant|en|pour|dans|d'ici|au~bout~d(?:e|')"
        r"|voil[àa]|voici|cela~fait|[çc]a~fait|sur|apr[èe]s)(?:~|(?<=')))?(?P<du__s>"
        rf"(?:(?P<du_mod>{DURATION_MOD})¤)?(?:(?P<du_n>{CARD})~(?P<du_u>{UNIT})"
        r"(?:~et~(?P<du_f>demie?|quart)(?!\w)"
        # "quatre ans et dix mois", "deux heures et vingt minutes",
        # "74 jours, 3 heures et 35 minutes"
        rf"|(?:,~(?P<du_nm>{CARD})~(?P<du_um>{UNIT}))?~et~(?P<du_nb>{CARD})~(?P<du_ub>{UNIT})"
        # race times: "2 h 15 min", "1 min 18 s", "4 min 2 s 95"
        r"|(?:~(?P<du_m2>[0-5]?\d)¤(?:min|mn|minutes?)(?!\w))?"
        r"(?:~(?P<du_s2>[0-5]?\d)¤(?:s|sec|secondes?)(?!\w)(?:~(?P<du_cs>\d\d)(?!\d))?)?)"
        rf"|(?P<du_vg>plusieurs|quelques)~(?P<du_u3>{UNIT})"
        r"|une?~(?P<du_ap>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine"
        rf"|cinquantaine|soixantaine|centaine)~{DE}(?P<du_u2>{UNIT})"
        r"|une?~demi-?¤(?P<du_hu>heure|journ[ée]e|si[èe]cle|ann[ée]e|mois|minute|seconde)(?!\w)"
        r"|(?P<du_qn>un|trois)~quarts?~d'¤heure(?!\w))"
        r"(?:~(?P<du_rel>plus~tard|apr[èe]s|auparavant|plus~t[ôo]t|avant)(?![\w-]))?"
        rf"(?:~(?P<du_pm>{AMOUNT_BOUND})(?!\w))?)"
        r"(?!~sur~\d)",  # "24 heures sur 24": always, no duration
    ),
    # début juin, fin 2023, mi-juin, à la fin de l'année, en début de
    # semaine, les premiers jours de mai
    (
        "pp",
        # (the word and its "de" are atomic: no target starts with what a
        # shorter choice would leave, so giving back cannot help)
        rf"{B}(?P<pp__s>(?>(?P<pp_w>(?:(?:au|en)~)?d[ée]but|(?:(?:[àa]~la|en)~)?fin|mi"
        r"|(?:(?:au|en)~)?milieu|(?:dans~le~)?courant|(?:les~)?(?:premiers|derniers)~jours)(?:¤-¤|~))"
        r"(?>(?:(?:du|de~la|de~l'|des|de|d')¤)?)(?:(?:mois~)(?:de~|d'¤))?"
        rf"(?:(?P<pp_m>{MONTH})(?:~(?P<pp_my>{YEAR4}))?|(?:(?:l')?ann[ée]e~)?(?P<pp_y>{YEAR4})"
        rf"|(?P<pp_u>mois|ann[ée]e|semaine|an|d[ée]cennie|si[èe]cle)(?:~(?P<pp_uy>{YEAR4})"
        r"|~(?P<pp_ur>prochaine?|derni[èe]re?|pass[ée]e?)(?!\w))?"
        rf"|ann[ée]es~(?P<pp_dec>(?:1[5-9]|20)\d0|[1-9]0)"
        rf"|(?P<pp_se>printemps|[ée]t[ée]|automne|hiver)(?:~(?P<pp_sey>{YEAR4}))?){E}){NOT_QUANTITY}",
    ),
    # cet été, l'hiver 2023, au printemps, l'automne dernier
    (
        "se",
        rf"{B}(?P<se_p>cet|ce|l'|[àa]~l'|au|de~l'|en|durant~l'|pendant~l'|depuis~l'"
        r"|avant~l'|apr[èe]s~l'|jusqu'[àa]~l'|d[èe]s~l'|d'ici~[àa]?~?l'|pour~l')¤"
        rf"(?P<se__s>(?P<se_s>printemps|[ée]t[ée]|automne|hiver)(?:~(?P<se_y>{YEAR4})"
        r"|~(?P<se_rel>dernier|prochain|pass[ée]))?)(?!\w)",
    ),
    # mercredi 19 juin 2024, 1er mars, le 3 mai dernier, 31 octobre 74, le
    # 14-Juillet, le 21 juin au soir, le 14 novembre suivant
    (
        "dmy",
        rf"(?:(?P<dmy_wd>{WEEKDAY}|{B}{WEEKDAY_ABBR})¤,?¤)?(?P<dmy_d>{DAY})(?:~|-(?={MONTH}))(?P<dmy_m>{MONTH_D})"
        rf"(?:~(?P<dmy_y>{YEAR4}){NOT_QUANTITY}|~(?P<dmy_y2>{YEAR2}))?"
        rf"(?:~(?P<dmy_rel>dernier|prochain)(?!\w)|~(?P<dmy_told>suivante?|pr[ée]c[ée]dente?)(?!\w))?"
        rf"(?:{_pod('dmy_')})?",
    ),
    # 2015-03-03, 2023-09-14T11:36
    (
        "nd1",
        rf"(?<![\d/.-])(?P<nd1_y>{YEAR4})-(?P<nd1_m>0?[1-9]|1[0-2])-(?P<nd1_d>0?[1-9]|[12]\d|3[01])"
        r"(?:[t ](?P<nd1_h>[01]\d|2[0-3]):(?P<nd1_mi>[0-5]\d))?(?![\d-])",
    ),
    # 19/06/2024, 20.02.14
    (
        "nd2",
        r"(?<![\d/.,-])(?P<nd2_d>0?[1-9]|[12]\d|3[01])(?P<nd2_s>[/.-])(?P<nd2_m>0?[1-9]|1[0-2])"
        r"(?P=nd2_s)(?P<nd2_y>\d{4}|\d{2})(?!\d|[/.,-]\d)",
    ),
    # 20 02 2014, le 17 02 (isolated groups of digits, never part of a phone number)
    (
        "nd4",
        r"(?<![\d/.,-])(?<!\d[ .])(?P<nd4_d>0?[1-9]|[12]\d|3[01]) (?P<nd4_m>0?[1-9]|1[0-2])"
        r"(?: (?P<nd4_y>\d{4}|\d{2}))?(?! ?\d|[.,/-]\d)",
    ),
    # le 17/02, 31/10
    ("nd3", r"(?<![\d/.,-])(?P<nd3_d>0?[1-9]|[12]\d|3[01])/(?P<nd3_m>0?[1-9]|1[0-2])(?![\d/]|[.,]\d)"),
    # juin 2024, le mois de mars 2013
    (
        "my",
        rf"{B}(?:(?:le~|au~|du~)?mois~{DE})?(?P<my__s>(?P<my_m>{MONTH_D})~(?P<my_y>{YEAR4}))"
        rf"{NOT_QUANTITY}",
    ),
    # en 2000, depuis 2019, l'année 2023
    (
        "yc",
        rf"{B}(?P<yc_c>en|depuis|dès|d'ici~[àa]|d'ici|jusqu'en|avant|apr[èe]s|[àa]~partir~de|vers"
        r"|courant|pour|l'an|l'ann[ée]e|ann[ée]e|au~cours~de~l'ann[ée]e|durant~l'ann[ée]e"
        r"|l'exercice|par~rapport~[àa]|compar[ée]e?s?~[àa]|[àa]~l'horizon"
        # verbs of dating: "remontait à 2003", "datant de 1950"
        r"|remont(?:e|ent|ait|aient|ant|[ée]e?s?)~[àa]|dat(?:e|ent|ait|aient|ant)~de"
        rf"|en~l'an)~(?P<yc__s>(?P<yc_y>{YEAR4})){NOT_QUANTITY}",
    ),
    # la crise de 2008, l'élection de 2017: a year after a noun and "de",
    # followed by the end of the phrase or a word that counts nothing
    # ("un déploiement de 2000 policiers" is a quantity); the noun before
    # is checked by the interpretation
    (
        "yde",
        rf"{B}de~(?P<yde__s>(?P<yde_y>{YEAR4}))(?=[^\S\n]*(?:[,.;:!?)\]\"»]|$)"
        r"|~(?:qu'|n'|s'|(?:et|ou|[àa]|au|aux|en|dans|pour|avec|par|sur|contre|o[ùu]|qui"
        r"|que|dont|a|ont|est|sont|avait|avaient|[ée]tait|[ée]taient|fut|furent|sera|seront"
        r"|aurait|ne|se|comme|lors|puis|mais|reste|restent|d[ée]j[àa])(?!\w)))"
        r"(?!~(?:[àa]|et|ou|au)~\d)",
    ),
    # les années 1990, les années 90
    ("dec", rf"{B}(?P<dec__s>ann[ée]es~(?P<dec_y>(?:1[5-9]|20)\d0|[1-9]0))(?!\d)"),
    # le XXe siècle, le Ier siècle avant notre ère, le 21e siècle, le Ve s. av. J.-C.
    (
        "cent",
        rf"{B}(?:(?P<cent_r>[ivx]{{1,5}})(?:e|ème|eme|ᵉ)|(?P<cent_1>i|1)(?:er|ᵉʳ)"
        rf"|(?P<cent_d>[1-9]|1\d|2[01])(?:e|ème|eme|ᵉ))~(?:si[èe]cle{E}|s\.)"
        rf"(?:~(?:(?P<cent_bc>{ERA_BC})|{ERA_AD}))?",
    ),
    # en 52 avant J.-C., vers 15 avant notre ère, en 476 après J.-C.: a
    # year of any size, the era telling it is one
    # (not the end of "2 500 av. J.-C.", a figure with a thousands space)
    ("era", rf"{B}(?<!\d[ \u00a0\u202f])(?P<era_y>[1-9]\d{{0,3}}|[1-9]\d?[ \u00a0\u202f]\d{{3}})~(?:(?P<era_bc>{ERA_BC})|{ERA_AD})"),
    # le premier trimestre 2024, au deuxième semestre, T1 2024, S2 2023
    (
        "qh",
        rf"{B}(?P<qh__s>(?P<qh_o>premier|1er|deuxi[èe]me|2e|2[èe]me|2nde?|second|troisi[èe]me|3e|3[èe]me"
        r"|quatri[èe]me|4e|4[èe]me|dernier)~(?P<qh_u>trimestre|semestre)(?:~(?:de~l'(?:ann[ée]e|exercice)~)?"
        rf"(?P<qh_y>{YEAR4}){NOT_QUANTITY}|~(?P<qh_r>dernier|prochain|pass[ée])(?!\w))?"
        rf"|(?P<qh_c>[tsq])(?P<qh_n>[1-4])~(?P<qh_y2>{YEAR4}){NOT_QUANTITY}){E}",
    ),
    # cette semaine, la semaine dernière, l'an dernier, le mois prochain
    (
        "ru",
        rf"{B}(?P<ru__s>(?P<ru_d>cette|ce|cet|la|le|l'|du|au)¤(?P<ru_u>semaine|mois|ann[ée]e|an"
        r"|trimestre|semestre"
        r"|week-end|week~end|weekend|si[èe]cle)(?:-ci)?(?:~(?P<ru_r>derni[èe]re?|pass[ée]e?"
        r"|prochaine?|suivante?|qui~suit|qui~vient|d'apr[èe]s|pr[ée]c[ée]dente?))?)(?!\w)",
    ),
    # hier, aujourd'hui, la veille, le lendemain, ce matin, hier soir
    (
        "rd",
        rf"{B}(?P<rd__s>(?P<rd_w>avant-hier|avant~hier|apr[èe]s-demain|apr[èe]s~demain"
        r"|aujourd'hui|hier|demain|(?<!\bà )(?<!\ba )ce~jour(?!-l)|ce~jour-l[àa]|le~jour~m[êe]me|l'avant-veille"
        r"|la~veille(?!~[^\W\d_]+(?:aire|ique|ale|elle|ive)s?(?!\w))|le~surlendemain|le~lendemain|au~lendemain|(?:le~)?jour~(?:d'avant"
        r"|pr[ée]c[ée]dent|suivant|d'apr[èe]s)|ce~matin(?:-l[àa])?|ce~soir(?:-l[àa])?|cette~nuit(?:-l[àa])?"
        r"|cet~apr[èe]s-midi(?:-l[àa])?"
        r"|la~nuit~derni[èe]re)"
        rf"(?:(?:~au)?~(?P<rd_p>matin|soir|apr[èe]s-midi|nuit)|~{_DAWN_BEFORE}(?P<rd_dawn>{DAWN_AFTER_DAY}))?){E}",
    ),
    # maintenant, récemment, ces dernières semaines, bientôt: TIMEX3's
    # PRESENT_REF, PAST_REF and FUTURE_REF, no day of their own
    (
        "ref",
        rf"{B}(?P<ref__s>(?P<ref_now>"
        # not the participle of "maintenir" ("en maintenant", "se maintenant")
        r"(?<!\ben )(?<!\bse )(?<!\bs')(?<!\ble )(?<!\bla )(?<!\bles )(?<!\bl')(?<!\by )"
        r"maintenant|actuellement|pr[ée]sentement|[àa]~pr[ée]sent"
        r"|en~ce~moment|[àa]~l'heure~actuelle|[àa]~l'heure~qu'il~est|de~nos~jours)"
        r"|(?P<ref_past>r[ée]cemment|derni[èe]rement|nagu[èe]re|autrefois|jadis|par~le~pass[ée]"
        r"|ces~derni(?:ers|[èe]res)~(?:jours|semaines|mois|ann[ée]es|temps|d[ée]cennies)"
        r"|ces~(?:jours|semaines|mois|ann[ée]es)~derni(?:ers|[èe]res)"
        r"|il~y~a~(?:quelques|plusieurs)~(?:jours|semaines|mois|ann[ée]es|ans|d[ée]cennies)"
        r"|au~cours~des~derni(?:ers|[èe]res)~(?:jours|semaines|mois|ann[ée]es|d[ée]cennies))"
        r"|(?P<ref_future>bient[ôo]t|prochainement|sous~peu|d'ici~peu|[àa]~l'avenir"
        r"|au~cours~des~prochain(?:e)?s~(?:jours|semaines|mois|ann[ée]es|d[ée]cennies)"
        r"|dans~les~(?:prochain(?:e)?s~(?:jours|semaines|mois|ann[ée]es|heures|d[ée]cennies)"
        r"|ann[ée]es~[àa]~venir|mois~[àa]~venir)"
        r"|dans~(?:quelques|plusieurs)~(?:jours|semaines|mois|ann[ée]es|heures)"
        # "les jours qui viennent", "des semaines à venir"
        r"|(?:dans~)?(?:les|des)~(?:jours|semaines|mois|ann[ée]es|heures)~(?:qui~viennent|[àa]~venir)))(?!\w)",
    ),
    # le 16, à partir du 8, le 2 à 5h: a day of the month alone, only where
    # nothing but a time or the end of the clause follows
    (
        "dd",
        rf"{B}(?:le|du|au)~(?P<dd__s>(?P<dd_d>{DAY_NUM})){NOT_RANK_END}"
        r"(?=\s*(?:[,.;:!?)\]\"](?!\d)|$)|~(?:[àa]|vers|dès|jusqu'[àa])~(?:\d{1,2}¤h"
        r"|\w+~heures|midi|minuit)|~(?:au~)?(?:soir|matin)(?!\w)|~dans~la~(?:matin|soir)"
        r"|~en~(?:fin|d[ée]but|milieu)~d)",
    ),
    # dans la journée, dans la semaine (the current ones)
    (
        "dl",
        r"(?<!\w)(?:dans~(?:la|l')¤|en~(?P<dl_pp>d[ée]but|fin|milieu)~de~|en~(?P<dl_pp2>d[ée]but|fin|milieu)~d'"
        rf"|en~(?=matin[ée]e|soir[ée]e|apr[èe]s-midi)|{_DAWN_BEFORE}(?=(?:{DAWN}){E}))"
        rf"(?P<dl_u>journ[ée]e|semaine|matin[ée]e|soir[ée]e|nuit|apr[èe]s-midi|{DAWN})(?!\w)"
        # "dans la matinée de lundi" is lundi's; "dans la matinée des infrastructures" today's
        r"(?!~(?:de|du|d'|qui|o[ùu]"
        r"|prochaine|derni[èe]re|suivante|pass[ée]e|pr[ée]c[ée]dente)(?!\w))",
    ),
    # mercredi 13, vendredi quinze à seize heures
    ("wdd", rf"{B}(?P<wdd__s>(?:(?P<wdd_ce>ce)~)?(?P<wdd_w>{WEEKDAY})~(?P<wdd_d>{DAY})){END_CTX}"),
    # mercredi, ce lundi, mardi prochain, lundi en huit, jeudi matin
    (
        "wd",
        r"(?<!\ble )(?<!\bles )(?<!\bchaque )(?<!\bdu )(?<!\bau )(?<!\btous )(?<!\bun )"
        rf"{B}(?P<wd__s>(?:(?P<wd_ce>ce|cet)~)?(?P<wd_w>{WEEKDAY})(?:~(?P<wd_r>{WD_REL})(?!\w))?"
        rf"(?:{_pod('wd_')})?)",
    ),
    # à 8 heures, vers quinze heures trente, 3 heures du matin
    (
        "tm3",
        rf"(?:{B}(?P<tm3_c>(?P<tm3_a>[àa])|(?P<tm3_v>vers)|dès|avant|apr[èe]s|jusqu'[àa]|de|entre|et"
        r"|aux~alentours~de|autour~de|[àa]~environ|[àa]~partir~de|[àa]~compter~de|plus~tard~que)~)?"
        rf"(?P<tm3__s>(?P<tm3_h>{HOUR})~heures?(?:~(?P<tm3_tq>trois~quarts)"
        r"|~et~(?P<tm3_q>quart|demie?)|~moins~(?:le~)?(?P<tm3_mq>quart)"
        rf"|~{PAST_HOUR}(?P<tm3_pm>{MINUTE})~minutes?"
        # ("17 heures et une minute", "17 heures et 30"; not "17 heures et
        # une exposition")
        rf"|~moins~(?P<tm3_mm>{MINUTE})|~(?:et~(?!une?~(?!minutes?(?!\w))))?(?P<tm3_m>{MINUTE})(?!~h(?:eures?)?(?!\w))"
        # (not a count of a plural noun: "à 10 heures douze départements")
        rf"(?!~(?!(?:minutes?|pr[ée]cises|pass[ée]es|dans|sous|apr[èe]s|mais|vers|les|des|ces|ses|mes|nos|vos|leurs"
        r"|depuis|plus|moins|pas|puis|alors|lors|d[èe]s|tr[èe]s|jamais|toujours|tous|sans|aux|deux|trois|six|dix)(?!\w))"
        rf"[^\W\d_]+[sx](?!\w))(?:~minutes?)?)?{E}"
        rf"(?:{_tpod('tm3_')})?)"
        # "deux heures de route" is an amount; "vers 15 heures d'un talus" a
        # time, and "à 14 heures de la gare" may be one (the interpretation
        # tells)
        rf"(?(tm3_v)|(?(tm3_a)|(?!~d(?:e|u|es)~|~d')))",
    ),
    # Race times in sports notation, ' for minutes and " for seconds:
    # 1'54"06, 2h05'30", 3'28, 9"58, 1'54''06; minutes alone, 87' (not "à
    # la 87'", the minute of a match).  Never "1'000" (Swiss thousands) nor
    # a lone 9" (a digit before a closing quotation mark).
    (
        "chr",
        r"(?<![\d,.:'\"′″])(?P<chr__s>"
        r"(?:(?P<chr_h>\d{1,2})¤h¤)?(?P<chr_m>\d{1,3})['′](?P<chr_s>[0-5]\d)"
        r"(?:(?:\"|″|'')(?P<chr_cs>\d{1,3})?)?"
        r"|(?P<chr_s2>[0-5]?\d)(?:\"|″|'')(?P<chr_cs2>\d{1,3})"
        r"|(?<!\bla )(?P<chr_m2>\d{1,3})['′](?![\w'′])"
        r")(?![\d'′\"″])",
    ),
    # 4 h 18 min, 1 h 59 min 40 s: a race time, whatever comes before
    (
        "duhm",
        r"(?<!\b[àa] )(?<!\bvers )(?<!\bd[èe]s )"  # "à 14 h 30 min" is a time of day
        rf"(?<![\d,.:])(?P<duhm__s>(?P<duhm_h>\d{{1,3}})¤h¤(?P<duhm_m>[0-5]?\d)¤(?:min|mn)(?!\w)"
        r"(?:¤(?P<duhm_s>[0-5]?\d)¤(?:s|sec)(?!\w)(?:~(?P<duhm_cs>\d\d)(?!\d))?)?)",
    ),
    # 11h36, 8h, 15H00, 8h du soir
    (
        "tm1",
        rf"(?<![\d,.:])(?P<tm1_h>[01]?\d|2[0-3])¤h(?:¤(?P<tm1_m>[0-5]\d))?(?!\w)"
        rf"(?:~{PAST_HOUR}(?P<tm1_pm>{MINUTE})~minutes?(?!\w))?(?:{_tpod('tm1_')})?",
    ),
    # 15:30
    ("tm2", r"(?<![\d,.:])(?P<tm2_h>[01]?\d|2[0-3]):(?P<tm2_m>[0-5]\d)(?!\d|:\d|[.,]\d)"),
    # midi, minuit trois, midi et quart, midi moins le quart
    (
        "tm4",
        r"(?<!\ble )(?<!\bdu )(?<!-)"
        rf"{B}(?P<tm4_w>midi|minuit)(?:~et~(?P<tm4_q>quart|demie?)|~moins~(?:le~)?(?P<tm4_mq>quart)"
        rf"|~moins~(?P<tm4_mm>{MINUTE})|~(?P<tm4_m>{MINUTE}){END_CTX})?{E}",
    ),
    # en mars, septembre dernier, au mois de juin, mars
    (
        "bm",
        rf"{B}(?:(?P<bm_c>en|au~mois~d(?:e|')|le~mois~d(?:e|')|mois~d(?:e|')|depuis|dès|d'ici~[àa]|d'ici"
        r"|jusqu'(?:en|[àa])|avant|apr[èe]s|[àa]~partir~de|pour|durant|pendant|courant)(?:~|(?<=')))?"
        rf"(?P<bm__s>(?P<bm_m>{MONTH})(?:~(?P<bm_r>dernier|prochain|pass[ée])(?!\w))?)"
        rf"(?!~{YEAR4})",
    ),
]

RULE_NAMES = [name for name, _ in RULES]
#: The rules are written in lower case and read with any case.  The
#: scanner matches them, without this flag, on the text lowered (faster);
#: ``tests/test_dispatch_table.py`` checks that no rule has a capital.
FLAGS = re.IGNORECASE


#: Each rule compiled alone; the scanner tries them with ``match`` at the
#: start of a word, as ``temporal_dispatch`` lists them for that place.
SINGLE = {name: re.compile(f"(?P<{name}>{_p(body)})", FLAGS) for name, body in RULES}


# Context the interpretation looks at around a match.
#: The word that makes a point a bound or an approximation ("depuis le",
#: "vers"), in lower case.
POINT_MOD_BEFORE = re.compile(
    _p(
        r"(?:(?P<depuis>depuis)|(?P<des>dès)|(?P<apartir>[àa]~partir~d(?:u|e|e~la|e~l'|'))"
        r"|(?P<avant>avant)|(?P<apres>apr[èe]s)|(?P<plustard>plus~tard~que)|(?P<vers>vers)"
        # "jusqu'au 5 mai", "jusqu'en 2020", "d'ici 2030": no later than
        r"|(?P<jusque>jusqu'(?:au|aux|[àa]|en)|d'ici(?:~(?:au|[àa]))?|[àa]~l'horizon)"
        r"|(?P<approx>aux~alentours~d(?:u|e)|autour~d(?:u|e)|[àa]~environ|environ))"
        r"~(?:(?:le|la|les)~|l'¤)?$"
    ),
    # matched on the lowered text (temporal_base._point_mod): case-sensitive is faster
)
ARTICLE_BEFORE = re.compile(_p(r"(?:^|\W)(?:le|du|au|dès~le|depuis~le|partir~du)~$"), FLAGS)
AGE_BEFORE = re.compile(
    _p(
        r"(?:(?P<aged>[âa]g[ée]e?s?~(?:de~|d')(?:(?:plus|moins|pr[èe]s)~(?:de~|d'))?)"
        r"|(?P<poss>(?:^|\W)(?:ses|leurs|mes|tes|nos|vos|les|ces)~)"
        r"|(?P<at>(?:^|\W)[àa]~)"
        # "il avait alors 20 ans", "qui n'avait à l'époque que 17 ans"
        r"|(?P<has>(?<![yY])(?:^|\W)(?:n')?(?:avait|avaient|aura|auront|aurait|auraient|ayant)~"
        r"(?:(?:alors|[àa]~l'[ée]poque|encore|d[ée]j[àa]|tout~juste|[àa]~peine|seulement|que|presque)~){0,3})"
        r"|(?P<noun>(?:^|\W)(?P<noun_w>[^\W\d_]+)~(?:de~|d'))"
        r"|(?P<appos>[,(]~?))$"
    ),
    FLAGS,
)
#: Nouns and adverbs before "de" that make a four-digit number an amount,
#: not a year ("un total de 2019", "plus de 1999").
AMOUNT_BEFORE_DE = frozenset(
    """plus moins pres environ quelque total somme montant nombre budget hausse baisse
    augmentation diminution chute croissance score chiffre effectif effectifs prix cout
    couts salaire revenu revenus valeur capacite distance altitude profondeur vitesse
    poids taille amende dette deficit excedent bilan lot serie groupe foule cortege
    rassemblement contingent population rancon indemnite prime loyer facture pension
    perte pertes gain gains economie economies enveloppe subvention aide don dons
    tirage production hauteur longueur largeur surface superficie volume age""".split()
)
WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")
AFTER_AGE_APPOS = re.compile(r"[^\S\n]*[,)]")
CAPITALISED_NEXT = re.compile(_p(r"~[A-ZÀ-Ý]"))
#: A date or holiday that names a place or a thing: "rue du 8-Mai-1945",
#: "place du 11-Novembre", "le marché de Noël", "le père Noël".
NAMED_AFTER = re.compile(
    _p(
        r"(?:^|\W)(?:(?:rue|avenue|av\.|boulevard|bd|place|quai|all[ée]e|cours|impasse|square|pont"
        r"|chemin|route|stade|lyc[ée]e|coll[èe]ge|[ée]cole|gare|station|r[ée]sidence|parc|esplanade"
        r"|promenade|carrefour|rond-point)~(?:du|de~la|des)~"
        r"|(?:march[ée]s?|sapins?|p[èe]re|chants?|contes?|villages?|illuminations|d[ée]corations"
        r"|cadeaux|calendriers?|b[ûu]ches?|films?)~(?:de~)?)$"
    ),
    FLAGS,
)
# The gaps between two mentions and what opens a range: matched on the
# lowered text (temporal_merge._merge), case-sensitive as faster.
GAP_DATE_TIME = re.compile(
    _p(
        r"¤,?¤(?:(?:[àa]|vers|dès|aux~alentours~de|autour~de|[àa]~environ|[àa]~partir~de"
        r"|apr[èe]s|avant|jusqu'[àa]|plus~tard~que|mais|par~exemple|entre|de|plut[ôo]t|et)¤)*"
    ),
)
GAP_TIME_DATE = re.compile(_p(r"¤,?¤(?:le~)?"))
GAP_TIME_RANGE = re.compile(_p(r"¤(?:[àa]|jusqu'[àa]|et|-)¤"))
TIME_RANGE_START = re.compile(_p(r"(?:^|\W)(?:de|entre)~$"))
GAP_ANCHORED = re.compile(_p(r"~(?:du|de~la|de~l'|d'|de)¤"))
GAP_DATE_RANGE = re.compile(_p(r"¤(?:au|jusqu'au|[àa]|-)¤(?:le~)?"))
DATE_RANGE_START = re.compile(_p(r"(?:^|\W)(?:du|depuis~le|de)~$"))

# Tense of the clause around a relative date: the nearest verb decides
# whether "mercredi" or "septembre" is the past or the coming one.
_LOWER = r"[a-zàâçéèêëîïôûùüœ]"
_ADVERBS = (
    r"(?:d[ée]j[àa]|[ée]galement|aussi|ensuite|enfin|pas|plus|jamais|rien|gu[èe]re|bien|alors|encore|notamment"
    r"|finalement|toutefois|pourtant|d'abord|ainsi|longuement|r[ée]cemment|officiellement|m[êe]me"
    r"|tout|souvent|en~outre|de~son~c[ôo]t[ée]|quant~[àa]~lui|quant~[àa]~elle|d'ores~et~d[ée]j[àa]"
    # any adverb in -ment: "a lourdement perturbé", "ont brièvement repris"
    rf"|{_LOWER}{{3,}}ment)"
)
#: Verb forms that tell the tense of a clause, past and future, in one
#: pass; every form starts a word, so places inside words fail at once.
TENSE_CUE = re.compile(
    _p(
        # a word, or a verb after an elided pronoun or "ne" ("s'exprimera")
        # (the cheap one-character tests first: this is tried at every place)
        rf"(?:(?<![\w'])|(?<=')(?:(?<=(?<!\w)[snlmtjc]')|(?<=(?<!\w)qu')))(?={_LOWER})(?:"
        # past: avoir/être + participle ("ont signé", "s'est rendu", "avait indiqué")
        r"(?P<aux>a|ont|avait|avaient|avons|avez|ai|as|eut|eurent|aurait|auraient"
        r"|est|sont|[ée]tait|[ée]taient|fut|furent|serait|seraient|s'est|se~sont|s'[ée]tait"
        r"|s'[ée]taient|se~seraient)(?:-t-(?:il|elle|on)|-(?:il|elle|on|ils|elles))?~"
        rf"(?:{_ADVERBS}~){{0,3}}"
        rf"(?P<part>{_LOWER}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues"
        r"|(?:i|er|or|in|ai)(?:t|te|ts|tes)))(?!\w|')"
        # future: "signera", "devrait", "est prévu", "doit signer", "va se rendre"
        rf"|(?P<fut>{_LOWER}+(?:era|eront|erai|erons|erez|erait|eraient|ira|iront"
        r"|dra|dront|drait|draient|rra|rront|rrait|rraient|ura|uront|urait|uraient"
        r"|[îi]tra|[îi]tront|ttra|ttront|vra|vront)"  # (-vrait: also "ouvrait", a past)
        # first and second persons, only after their pronoun ("nous nous
        # reverrons", "j'irai", "tu verras"; not "escadrons", "fleurons")
        rf"|(?<=nous )(?:nous~)?{_LOWER}*(?:erons|rrons|drons|aurons|evrons|irons)"
        rf"|(?<=vous )(?:vous~)?{_LOWER}*(?:erez|rrez|drez|aurez|evrez|irez)"
        rf"|(?:(?<=je )|(?<=j'))(?:me~|m')?{_LOWER}*(?:rai)|(?<=tu )(?:te~|t')?{_LOWER}+(?:ras)"
        r"|sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront"
        r"|devrait|devraient|pourrait|pourraient"
        r"|pr[ée]vue?s?|attendue?s?|programm(?:é|ée|és|ées)|esp[ée]r(?:é|ée|és|ées)|cens[ée]e?s?|prochaine?s?|demain"
        # "reporté au 14 septembre", "renvoyé au 14 mars": to a later date
        # (not "repoussé à deux reprises", "reporté à nouveau": how often, no date)
        r"|(?:report|repouss|renvoy|d[ée]cal|ajourn)[ée]e?s?(?=~(?:au|[àa]|jusqu'au)(?!\w)"
        r"(?!~(?:deux|trois|quatre|plusieurs|maintes|de~nombreuses|nouveau|son~tour)(?!\w))))(?!\w)"
        r"|(?P<peri>(?:va|vont|vais|vas|allons|allez|allait|allaient|doit|doivent|devait|devaient|compte|comptent"
        r"|entend|entendent|pr[ée]voit|pr[ée]voient|s'appr[êe]te|s'appr[êe]tent)~"
        rf"(?:{_ADVERBS}~){{0,2}}(?:se~|s'|l'|la~|le~|les~|y~|en~|lui~|leur~)?"
        rf"{_LOWER}+(?:er|ir|re|oir))(?!\w)"
        # an infinitive of purpose or intent ("pour verser jeudi", "a appelé
        # à manifester jeudi"): its day comes after the verb governing it
        # (temporal_base._cues checks that verb for "de" and "à")
        rf"|(?P<inf>(?:pour~|afin~d(?:e~|')|de~|d'|à~)(?:(?:se|y|en|lui|me|nous|vous)~|s'|m')?"
        rf"(?!(?:être|etre|premier|dernier|entier|hier|cher|fier|léger|étranger|avenir|plaisir"
        r"|souvenir|désir|loisir)(?!\w))"
        # (a noun in -re is common after "pour": only the verbs' endings in -re)
        rf"{_LOWER}*(?:{_LOWER}(?:er|ir)|endre|ondre|andre|aindre|eindre|oindre|uire|a[îi]tre|ettre"
        r"|attre|vivre|suivre|crire|dire|lire|faire|taire|plaire|traire|clure|soudre|boire|croire))(?!\w)"
        # past: the imperfect ("était", "disait"), a few simple pasts, "hier"
        rf"|(?P<imp>{_LOWER}{{2,}}(?:ait|aient))(?!\w)"
        r"|(?P<ps>fut|furent|eut|eurent|fit|firent|vint|vinrent|hier|la~veille"
        # "…, lorsqu'un automobiliste perd le contrôle": a narrated moment (a
        # future after it, "lorsqu'il arrivera", is a cue of its own, nearer)
        r"|lorsqu(?=')|lorsque)(?!\w)"
        r")"
    )
)
#: What separates clauses: a cue across one speaks of another clause.
CLAUSE_BREAK = re.compile(
    r"[;:()]|,(?!\d)| - "
    # a verb coordinated with no subject of its own: "l'a montré lundi soir à
    # Lyon et sera à Rennes jeudi prochain" (two clauses, two tenses)
    r"| et (?=(?:sera|seront|serait|a|ont|est|sont|avait|avaient|va|vont|doit|doivent|pourra|pourront|devra|devront)[ \u00a0])"
)
#: Participles that move a date to a later one, and what follows them:
#: "le vote est reporté au 14 septembre".
POINTS_AHEAD = re.compile(r"(?:report|repouss|renvoy|d[ée]cal|ajourn)[ée]e?s?", re.IGNORECASE)
TO_A_DATE = re.compile(
    _p(r"~(?:au|[àa]|jusqu'au)(?!\w)(?!~(?:deux|trois|quatre|plusieurs|maintes|de~nombreuses|nouveau|son~tour)(?!\w))"),
    FLAGS,
)
#: A past participle with no auxiliary, right before a date it governs:
#: "interrogés vendredi", "le procès, ouvert lundi", "battu samedi à Lens",
#: "blessée au genou en décembre".  Not after a determiner or a preposition
#: (then it is a noun: "l'arrivée jeudi", "la journée de lundi") nor after
#: an auxiliary (TENSE_CUE reads those).
BARE_PARTICIPLE = re.compile(
    rf"(?<![\w'-])(?P<w>{_LOWER}{{2,}}(?:é|ée|és|ées)|(?:ouvert|battu|élu|vendu|perdu|rendu|tenu"
    r"|venu|reçu|conclu|interrompu|mis|pris|remis|repris|parti|reparti|sorti"
    r"|découvert|survenu|intervenu|revenu|disparu|mort)"
    r"(?:e|s|es)?)(?!\w|')",
    FLAGS,
)
#: What makes the word after it a noun or a compound tense.
NOT_BARE_BEFORE = re.compile(
    _p(
        r"(?:^|\W)(?:l'|la|le|les|un|une|des|du|de|d'|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs"
        r"|mon|ma|mes|notre|nos|votre|vos|en|[àa]|par|pour|sur|dans|avec|sans|chaque|toute?s?|quel"
        r"|quelle|premi[èe]re?|derni[èe]re?|prochaine?s?|nouvelle|nouveau|m[êe]me|autres?|plusieurs|aucune?"
        r"|[ée]t[ée]|est|sont|ont|avait|avaient|[ée]tait|[ée]taient|sera|seront|serait|ne|n'|pas"
        r"|plus|jamais|d[ée]j[àa]|bien|tr[èe]s|si|trop|\d+|[êe]tre|sera|seront|serait|seraient|est|sont"
        r"|[ée]t[ée]|a|ont|avait|va|vont|doit|doivent|devrait|devraient|pourrait|pourraient"
        # a verb of state: the participle is its attribute ("restera fermée lundi")
        r"|rest(?:e|ent|era|eront|erait|eraient)|demeur(?:e|ent|era|eront)|sembl(?:e|ent|era|eront))"
        # (an adverb may stand between: "sera définitivement adopté"; an
        # adjective before a noun: "ses propres données")
        r"(?:~(?:[^\W\d_]+ment|ensuite|d[ée]j[àa]|enfin|bien|aussi|encore|pas|plus|toujours|alors|donc|en~outre"
        r"|propres?|seule?s?|grande?s?|petite?s?|nouvelles?|anciennes?|premi[èe]res?|derni[èe]res?))?¤$"
    ),
    FLAGS,
)
#: Nouns in -é(e) common enough to meet without an article.
NOT_PARTICIPLES = frozenset(
    """été côté marché comité député société santé liberté sécurité année journée soirée
    matinée durée idée armée musée lycée traité café bébé degré congé inchangé inchangée prévu prévue
    prévus prévues attendu attendue attendus attendues programmé programmée programmés
    programmées censé censée censés censées reporté reportée repoussé repoussée renvoyé
    renvoyée décalé décalée ajourné ajournée fixé fixée espéré espérée espérés espérées
    donnée données entrée entrées""".split()
)
#: "dimanche 20 heures", "il sera 3 heures": a time of day, not an amount.
CLOCK_BEFORE = re.compile(
    _p(
        rf"(?:(?:{WEEKDAY}|(?:{MONTH_FULL}){E}|demain|hier|aujourd'hui)"
        r"|(?:^|\W)il~(?:est|sera|[ée]tait|serait|etait)(?:~(?:d[ée]j[àa]|de~nouveau|alors|encore))?"
        r"(?:~(?:environ|presque|pr[èe]s~de))?),?~$"
    ),
    FLAGS,
)
#: "il est environ 2 heures": a time of day even with "environ".
IT_IS_BEFORE = re.compile(
    _p(r"(?:^|\W)il~(?:est|sera|[ée]tait|serait)(?:~d[ée]j[àa])?~$"), FLAGS
)
#: "depuis la mi-février" is past, "d'ici à la fin juin" future, whatever
#: the verb of the sentence.
DIRECTION_BEFORE = re.compile(
    # ("d'ici à la mi-juillet", "depuis le", "d'ici l'été")
    _p(r"(?:(?P<since>depuis)|(?P<until>d'ici))(?:~[àa](?=~))?(?:~(?:[àa]|au|le|la|les)|~l'|~)?¤$"), FLAGS
)
NOT_IMPERFECT = frozenset(
    "fait lait trait souhait portrait extrait retrait attrait parfait bienfait forfait abstrait "
    "distrait méfait satisfait contrefait plait plaît".split()
)
#: Participles of the verbs conjugated with "être" ("il est arrivé": a
#: past); after "est"/"sont" any other participle is a present passive
#: ("un redoux est annoncé", "les magasins sont fermés"), no past.
ETRE_PARTICIPLE = re.compile(
    r"(?:re)?(?:all|arriv|rest|tomb|entr|rentr|mont|pass|retourn|d[ée]c[ée]d|n)[ée]e?s?"
    r"|(?:re|de|par|inter|sur|ad|con|pro)?venue?s?|(?:re)?partie?s?|(?:res)?sortie?s?"
    r"|morte?s?|(?:re)?descendue?s?|apparue?s?|[ée]clos|[ée]close?s?",
    re.IGNORECASE,
)
FUTURE_PARTICIPLES = frozenset(
    "attendu attendue attendus attendues prévu prévue prévus prévues programmé programmée "
    "programmés programmées censé censée censés censées appelé appelée appelés appelées "
    "espéré espérée espérés espérées".split()
)
# A sentence ends at . ! ? before a space (not the dot of "M. Poutine"),
# at a blank line or before a bulleted line.
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMM)(?<!\bMme)(?<!\bMgr)(?<!\bDr)[.!?](?=\s)|\n\s*\n|\n(?=[^\S\n]*[-–—•*])"
)
