"""French words of time: months, weekdays, seasons, holidays, units.

Keys are folded with ``key()`` (lower case, no accents, single spaces) so
that "Février", "fevrier" and "FÉVRIER" look up the same entry.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ACCENTS = str.maketrans("àâäéèêëîïôöùûüçœæ", "aaaeeeeiioouuucoa")
_SPACES = re.compile(r"[\s\-]+")


@lru_cache(maxsize=4096)
def key(word: str) -> str:
    """A lookup key: lower case, accents dropped, spaces and hyphens as one space."""
    return _SPACES.sub(" ", word.lower().translate(_ACCENTS)).strip(" .")


MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3, "mar": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8, "aou": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4,
    "vendredi": 5, "samedi": 6, "dimanche": 7,
    # abbreviations, read with their dot before a date ("mer. 19 juin")
    "lun": 1, "mar": 2, "mer": 3, "jeu": 4, "ven": 5, "sam": 6, "dim": 7,
}  # fmt: skip

#: Seasons as (first month, first day, last month, last day), the
#: astronomical dates rounded as the peer corpora do; winter runs into the
#: next year.
SEASONS: dict[str, tuple[int, int, int, int]] = {
    "printemps": (3, 20, 6, 20),
    "ete": (6, 21, 9, 23),
    "automne": (9, 24, 12, 20),
    "hiver": (12, 21, 3, 20),
}

#: TIMEX3 codes of the seasons ("2024-SU").
SEASON_CODES: dict[str, str] = {"printemps": "SP", "ete": "SU", "automne": "FA", "hiver": "WI"}

#: Holidays on a fixed day of the year.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "noel": (12, 25),
    "toussaint": (11, 1),
    "jour des morts": (11, 1),
    "saint sylvestre": (12, 31),
    "jour de l'an": (1, 1),
    "nouvel an": (1, 1),
    "fete du travail": (5, 1),
    "saint valentin": (2, 14),
    "l'assomption": (8, 15),
    "halloween": (10, 31),
    "l'epiphanie": (1, 6),
}

#: Holidays that follow Easter Sunday, as an offset in days.
EASTER_HOLIDAYS: dict[str, int] = {
    "paques": 0,
    "lundi de paques": 1,
    "vendredi saint": -2,
    "l'ascension": 39,
    "jeudi de l'ascension": 39,
    "mardi gras": -47,
    "mercredi des cendres": -46,
    "dimanche des rameaux": -7,
    "rameaux": -7,
    "pentecote": 49,
    "lundi de pentecote": 50,
}

#: Duration units: ISO 8601 designator, whether it is a time unit (after
#: "T"), how many of the next smaller ISO unit make one (for halves), and
#: the TIMEX grain an implied date is cut to.
UNITS: dict[str, tuple[str, bool, int, str]] = {
    "seconde": ("S", True, 0, "s"),
    "sec": ("S", True, 0, "s"),
    "s": ("S", True, 0, "s"),
    "minute": ("M", True, 60, "mi"),
    "min": ("M", True, 60, "mi"),
    "mn": ("M", True, 60, "mi"),
    "heure": ("H", True, 60, "h"),
    "h": ("H", True, 60, "h"),
    "jour": ("D", False, 24, "d"),
    "journee": ("D", False, 24, "d"),
    "semaine": ("W", False, 7, "d"),
    "quinzaine": ("D", False, 0, "d"),
    "mois": ("M", False, 0, "m"),
    "trimestre": ("M", False, 0, "m"),
    "semestre": ("M", False, 0, "m"),
    "an": ("Y", False, 12, "y"),
    "annee": ("Y", False, 12, "y"),
    "decennie": ("Y", False, 0, "y"),
    "siecle": ("Y", False, 0, "y"),
    "millenaire": ("Y", False, 0, "y"),
}
#: Units that are a multiple of their ISO designator.
UNIT_FACTOR: dict[str, int] = {
    "quinzaine": 15,
    "trimestre": 3,
    "semestre": 6,
    "decennie": 10,
    "siecle": 100,
    "millenaire": 1000,
}

#: "une vingtaine de jours": approximate counts.
APPROX_COUNTS: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "centaine": 100,
}  # fmt: skip

#: Quantity modifiers before a duration (TIMEX3 mod).
DURATION_MODS: dict[str, str] = {
    "environ": "APPROX",
    "pres de": "APPROX",
    "pres d'": "APPROX",
    "presque": "APPROX",
    "quasiment": "APPROX",
    "a peu pres": "APPROX",
    "approximativement": "APPROX",
    "quelque": "APPROX",
    "autour de": "APPROX",
    "plus de": "MORE_THAN",
    "plus d'": "MORE_THAN",
    "au dela de": "MORE_THAN",
    "au dela d'": "MORE_THAN",
    "moins de": "LESS_THAN",
    "moins d'": "LESS_THAN",
    "au moins": "EQUAL_OR_MORE",
    "au minimum": "EQUAL_OR_MORE",
    "pas moins de": "EQUAL_OR_MORE",
    "pas moins d'": "EQUAL_OR_MORE",
    "au plus": "EQUAL_OR_LESS",
    "au maximum": "EQUAL_OR_LESS",
    "pas plus de": "EQUAL_OR_LESS",
    "pas plus d'": "EQUAL_OR_LESS",
    "jusqu'a": "EQUAL_OR_LESS",
}

#: Parts of the day (TIMEX3 codes) and the hour shift a clock time takes.
PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO", "matinee": "MO", "mat": "MO",
    "apres midi": "AF",
    "soir": "EV", "soiree": "EV",
    "nuit": "NI",
    # dawn: the morning's start
    "aube": "MO", "aurore": "MO", "petit matin": "MO", "lever du jour": "MO",
}  # fmt: skip

#: The parts of the day that are the start of a wider one ("au petit matin").
PARTS_AT_START = frozenset(("petit matin",))

#: Person nouns: "un homme de 45 ans" states an age, not a duration.
PERSON_NOUNS = frozenset(
    """homme hommes femme femmes enfant enfants garcon garcons fille filles fils
    jeune jeunes adolescent adolescente adolescents adolescentes ado ados bebe
    bebes nourrisson victime victimes suspect suspecte suspects conducteur
    conductrice retraite retraitee retraites patient patiente patients mere pere
    frere soeur collegien collegienne lyceen lyceenne etudiant etudiante
    etudiants militaire soldat policier policiere gendarme joueur joueuse
    chanteur chanteuse acteur actrice individu personne personnes detenu detenue
    migrant migrante pilote agriculteur agricultrice ouvrier ouvriere salarie
    salariee cycliste pieton pietonne automobiliste motard eleve eleves
    mineur mineure mineurs majeur riverain riveraine riverains riveraines voisin
    voisine voisins voisines dame dames monsieur fillette garconnet resident
    residente marin temoin speleologue proprietaire locataire trentenaire
    trentenaires quarantenaire quarantenaires employe employee employes employees
    infirmier infirmiere pompier bijoutier bijoutiere caissier caissiere cuisinier
    cuisiniere fermier fermiere boulanger boulangere fonctionnaire stagiaire
    apprenti apprentie gamin gamine sportif sportive
    elu elue elus elues maire edile ministre depute deputee president presidente
    avocat avocate medecin chirurgien champion championne rescape rescapee blesse
    blessee disparu disparue prevenu prevenue accuse accusee condamne condamnee
    chef cheffe patron patronne artisan artisane musicien comedien ecrivain
    ecrivaine peintre architecte technicien electricien mecanicien pharmacien
    gardien photographe pretre cure macon plombier capitaine sergent brigadier
    officier prefet prefete juge magistrat magistrate conseiller conseillere
    adjoint adjointe candidat candidate kinesitherapeute kine pensionnaire doyen
    doyenne centenaire guide berger bergere veuf veuve mari epouse epoux""".split()
)

ROMAN = {"i": 1, "v": 5, "x": 10}


def roman_to_int(text: str) -> int | None:
    """Small Roman numerals (centuries): "XXI" -> 21."""
    total = 0
    previous = 0
    for char in reversed(text.lower()):
        value = ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


#: Time zones a clock time is given in ("07h00 GMT", "8 heures, heure de
#: Paris"): the words after "heure de"/"heure d'" or an abbreviation, by
#: ``key``, to an IANA zone (offsets follow its summer time) or a fixed
#: offset in minutes.  Abbreviations are matched in capitals only ("TU",
#: not the pronoun "tu").
ZONE_ABBREVIATIONS: dict[str, str | int] = {
    "GMT": 0, "UTC": 0, "TU": 0, "UT": 0,
    "CET": 60, "HEC": 60, "CEST": 120, "HAEC": 120,
    "MSK": 180, "EST": -300, "EDT": -240, "PST": -480, "PDT": -420,
}  # fmt: skip
ZONE_NAMES: dict[str, str | int] = {
    # France and the neighbours on its time
    "paris": "Europe/Paris", "france": "Europe/Paris", "francaise": "Europe/Paris",
    "france metropolitaine": "Europe/Paris", "metropole": "Europe/Paris",
    "bruxelles": "Europe/Brussels", "berlin": "Europe/Berlin", "madrid": "Europe/Madrid",
    "rome": "Europe/Rome", "geneve": "Europe/Zurich", "europe centrale": "Europe/Paris",
    "londres": "Europe/London", "lisbonne": "Europe/Lisbon", "dublin": "Europe/Dublin",
    "kiev": "Europe/Kyiv", "kyiv": "Europe/Kyiv", "moscou": "Europe/Moscow",
    "athenes": "Europe/Athens", "istanbul": "Europe/Istanbul", "ankara": "Europe/Istanbul",
    "new york": "America/New_York", "washington": "America/New_York", "l'est": "America/New_York",
    "montreal": "America/Toronto", "quebec": "America/Toronto", "ottawa": "America/Toronto",
    "los angeles": "America/Los_Angeles", "chicago": "America/Chicago",
    "pekin": "Asia/Shanghai", "hong kong": "Asia/Hong_Kong", "tokyo": "Asia/Tokyo",
    "seoul": "Asia/Seoul", "pyongyang": "Asia/Pyongyang", "new delhi": "Asia/Kolkata",
    "jerusalem": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", "beyrouth": "Asia/Beirut",
    "teheran": "Asia/Tehran", "dubai": "Asia/Dubai", "riyad": "Asia/Riyadh", "le caire": "Africa/Cairo",
    "alger": "Africa/Algiers", "tunis": "Africa/Tunis", "rabat": "Africa/Casablanca",
    "dakar": "Africa/Dakar", "abidjan": "Africa/Abidjan", "kinshasa": "Africa/Kinshasa",
    "la reunion": "Indian/Reunion", "nouvelle caledonie": "Pacific/Noumea",
    "la martinique": "America/Martinique", "la guadeloupe": "America/Guadeloupe",
    "cayenne": "America/Cayenne", "sydney": "Australia/Sydney",
}  # fmt: skip
