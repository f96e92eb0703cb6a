"""The French temporal extractor on sentences: every form it must read,
what it must leave alone, and the seeds."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.extract.temporal import find_temporal
from factcheck.normalize.temporal import normalise

PUB = "2024-06-19"  # a Wednesday


def found(text: str, published: str | None = PUB) -> list[tuple[str, str, object]]:
    return [(a.kind, a.text, a.value) for a in find_temporal(text, published, "t")]


def one(text: str, published: str | None = PUB):
    got = find_temporal(text, published, "t")
    assert len(got) == 1, got
    return got[0]


def value_of(text: str, published: str, words: str) -> str | None:
    """The value of the one mention of ``text`` that is ``words``."""
    (a,) = [a for a in find_temporal(text, published, "t") if a.text == words]
    return a.value


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value"),
    [
        ("Le sommet s'est tenu le 19 juin.", "19 juin", "date", "2024-06-19"),
        ("Ils ont signé mercredi 19 juin 2024.", "mercredi 19 juin 2024", "date", "2024-06-19"),
        ("Rendez-vous le 19/06/2024 à Pyongyang.", "19/06/2024", "date", "2024-06-19"),
        ("Il reviendra le 1er mars.", "1er mars", "date", "2025-03-01"),
        ("La loi entre en vigueur le 1er mars.", "1er mars", "date", "2024-03-01"),
        ("Le 1ᵉʳ mars 2024, rien.", "1ᵉʳ mars 2024", "date", "2024-03-01"),
        ("Le premier mars 2013 a été froid.", "premier mars 2013", "date", "2013-03-01"),
        ("En juin 2024, la visite.", "juin 2024", "date", "2024-06"),
        ("Il était venu en 2000.", "2000", "date", "2000"),
        ("Sa dernière visite remontait à 2003.", "2003", "date", "2003"),
        ("Un pont datant de 1890.", "1890", "date", "1890"),
        ("Le pacte sera signé fin 2023.", "fin 2023", "date", "2023"),
        ("Des discussions début juin.", "début juin", "date", "2024-06"),
        ("Un accord trouvé mi-juin.", "mi-juin", "date", "2024-06"),
        ("La guerre de Corée (1950-1953) a fait rage.", "1950-1953", "interval", "1950/1953"),
        ("Le salon se tiendra du 3 au 5 mai.", "du 3 au 5 mai", "interval", "2025-05-03/2025-05-05"),
        ("Le salon s'est tenu du 3 au 5 mai.", "du 3 au 5 mai", "interval", "2024-05-03/2024-05-05"),
        ("Entre le 13 et le 15 juillet 2023.", "Entre le 13 et le 15 juillet 2023", "interval",
         "2023-07-13/2023-07-15"),
        ("Elle a voté en mai 2019 et en juin.", "juin", "date", "2024-06"),
        ("Les 13-15 juillet 2023.", "13-15 juillet 2023", "interval", "2023-07-13/2023-07-15"),
        ("Il a démissionné hier.", "hier", "date", "2024-06-18"),
        ("Nous signons aujourd'hui.", "aujourd'hui", "date", "2024-06-19"),
        ("Ils se sont rencontrés ce mercredi.", "ce mercredi", "date", "2024-06-19"),
        ("Elle est partie la semaine dernière.", "la semaine dernière", "date", "2024-W24"),
        ("Il était venu en septembre dernier.", "septembre dernier", "date", "2023-09"),
        ("L'an dernier, la récolte fut bonne.", "L'an dernier", "date", "2023"),
        ("La veille, ils avaient parlé.", "La veille", "date", "2024-06-18"),
        ("Poutine arrive demain à Hanoï.", "demain", "date", "2024-06-20"),
        ("Il l'a dit l'année prochaine.", "l'année prochaine", "date", "2025"),
        ("Au printemps 2022, l'offensive.", "printemps 2022", "date", "2022-SP"),
        ("Pendant les années 1990, la famine.", "années 1990", "date", "199X"),
        ("Au XXe siècle, la Corée fut divisée.", "XXe siècle", "date", "19XX"),
        ("Une villa du 1er siècle, restaurée.", "1er siècle", "date", "00XX"),
        ("Fondée au Ier siècle avant notre ère.", "Ier siècle avant notre ère", "date", "BC00XX"),
        ("Un temple du Ve s. av. J.-C. fouillé.", "Ve s. av. J.-C.", "date", "BC04XX"),
        ("Agrandie au IIe siècle après J.-C., puis.", "IIe siècle après J.-C.", "date", "01XX"),
        ("Au 21e siècle, tout change.", "21e siècle", "date", "20XX"),
        ("César prend Alésia en 52 av. J.-C., dit-on.", "52 av. J.-C.", "date", "BC0052"),
        ("Rome tombe en 476 après Jésus-Christ.", "476 après Jésus-Christ", "date", "0476"),
        ("C'était à Noël 2019.", "Noël 2019", "date", "2019-12-25"),
        ("Il est arrivé à 11h36.", "11h36", "time", "T11:36"),
        ("La séance ouvre à 8 heures.", "8 heures", "time", "T08"),
        ("Départ 8h, retour tard.", "8h", "time", "T08"),
        ("Il s'est levé à trois heures et quart.", "trois heures et quart", "time", "T03:15"),
        ("Rendez-vous à 8 heures du soir.", "8 heures du soir", "time", "T20"),
        ("Vers midi, la foule.", "midi", "time", "T12"),
        ("De 9h30 à 11h, des discours.", "De 9h30 à 11h", "interval", "T09:30/T11:00"),
        ("Publié le 14 septembre 2023 à 11h36", "14 septembre 2023 à 11h36", "datetime",
         "2023-09-14T11:36"),
        ("Ils se verront mercredi à 15h.", "mercredi à 15h", "datetime", "2024-06-19T15"),
        ("Hier soir, un incendie.", "Hier soir", "datetime", "2024-06-18TEV"),
        ("Le 21 juin au soir, la fête.", "21 juin au soir", "datetime", "2024-06-21TEV"),
        ("Le défilé du 14-Juillet 2023.", "14-Juillet 2023", "date", "2023-07-14"),
        ("Elle a duré 24 ans.", "24 ans", "duration", "P24Y"),
        ("Ils ont parlé environ deux heures.", "environ deux heures", "duration", "PT2H"),
        ("Une guerre depuis plus d'un an et demi.", "plus d'un an et demi", "duration", "P18M"),
        ("Ils ont négocié deux jours.", "deux jours", "duration", "P2D"),
        ("Une trêve de deux heures et demie.", "deux heures et demie", "duration", "PT2H30M"),
        ("Un quart d'heure plus tard.", "Un quart d'heure plus tard", "duration", "PT15M"),
        ("Une vingtaine d'années après.", "Une vingtaine d'années après", "duration", "P20Y"),
        ("Il a parlé pendant 2h30.", "2h30", "duration", "PT2H30M"),
        ("Il a été condamné à une peine de 20 ans.", "20 ans", "duration", "P20Y"),
        ("La réunion a duré 3 h.", "3 h", "duration", "PT3H"),
        ("Les 18 et 19 juin, il pleuvait.", "18", "date", "2024-06-18"),
        ("Les 18 et 19 juin, il pleuvait.", "19 juin", "date", "2024-06-19"),
        ("Les 1er et 2 juin 2023 aussi.", "1er", "date", "2023-06-01"),
    ],
)
def test_forms(sentence: str, text: str, kind: str, value: str) -> None:
    assert (kind, text, value) in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "mod"),
    [
        ("environ deux heures de discussion", "APPROX"),
        ("plus d'un an et demi", "MORE_THAN"),
        ("en moins d'un an", "LESS_THAN"),
        ("au moins trois jours", "EQUAL_OR_MORE"),
        ("au plus trois jours", "EQUAL_OR_LESS"),
        ("Il est au pouvoir depuis 2012.", "ON_OR_AFTER"),
        ("Rien avant le 3 mai 2024.", "BEFORE"),
        ("Il partira après le 3 mai 2024.", "AFTER"),
        ("Un accord trouvé début juin.", "START"),
        ("Un accord trouvé mi-juin.", "MID"),
        ("Un accord trouvé fin juin.", "END"),
        ("Vers 15 heures, la foule.", "APPROX"),
    ],
)
def test_mods(sentence: str, mod: str) -> None:
    assert one(sentence).mod == mod


def test_weekday_is_kept_and_checked() -> None:
    good = one("mercredi 19 juin 2024")
    assert good.weekday == 3 and "weekday-mismatch" not in good.flags
    bad = one("Ils ont signé, mercredi 18 juin, un accord.")
    assert bad.value == "2024-06-18" and bad.weekday == 3
    assert "weekday-mismatch" in bad.flags


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # A past tense: the most recent such day, on or before publication.
        ("Ils ont signé mercredi un accord.", "2024-06-20", "2024-06-19"),
        ("Ils ont signé mercredi un accord.", "2024-06-19", "2024-06-19"),
        ("Le Kremlin avait indiqué lundi que l'accord était prêt.", PUB, "2024-06-17"),
        ("Les électeurs ont voté dimanche.", "2024-06-17", "2024-06-16"),
        # A future: the next one, on or after it.
        ("Il se rendra jeudi au Vietnam.", PUB, "2024-06-20"),
        ("Les électeurs voteront dimanche.", "2024-06-17", "2024-06-23"),
        ("Poutine doit rencontrer Kim mardi.", PUB, "2024-06-25"),
        ("Le président est attendu vendredi.", PUB, "2024-06-21"),
        # The present, or no verb: news announces in the present ("le
        # sommet s'ouvre mardi"), so the next one; today is today.
        ("Sommet Poutine-Kim mardi", PUB, "2024-06-18"),  # (yesterday: a result)
        ("Sommet Poutine-Kim samedi", PUB, "2024-06-22"),
        ("Sommet Poutine-Kim mercredi", PUB, "2024-06-19"),
        ("Le festival s'achève samedi.", "2024-06-21", "2024-06-22"),
        ("Météo-France n'exclut pas de la neige mardi.", "2024-06-21", "2024-06-25"),
        ("Les agriculteurs reviennent lundi.", "2024-06-23", "2024-06-24"),
        # Explicit words win over the tense.
        ("Il est venu mardi dernier.", PUB, "2024-06-18"),
        ("Il viendra mardi prochain.", PUB, "2024-06-25"),
        ("Rendez-vous lundi de la semaine prochaine.", PUB, "2024-06-24"),
        ("Rendez-vous mercredi en huit.", PUB, "2024-06-26"),
    ],
)
def test_bare_weekdays(sentence: str, published: str, value: str) -> None:
    got = [a for a in find_temporal(sentence, published, "t") if a.kind == "date"]
    assert got[0].value == value
    assert "relative" in got[0].flags


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # A day and month without a year take the publication year ...
        ("Le 19 juin, ils ont signé.", PUB, "2024-06-19"),
        # ... or the year the tense and the distance call for.
        ("Le 28 décembre, il avait annoncé sa visite.", "2024-01-03", "2023-12-28"),
        ("En septembre, Kim était allé en Russie.", PUB, "2023-09"),
        ("Il reviendra en janvier.", "2024-11-20", "2025-01"),
        ("La réunion du 3 janvier a été reportée.", "2023-12-30", "2024-01-03"),
    ],
)
def test_missing_year(sentence: str, published: str, value: str) -> None:
    got = [a for a in find_temporal(sentence, published, "t") if a.kind == "date"]
    assert got[0].value == value
    assert "relative" in got[0].flags


def test_precision_is_never_invented() -> None:
    assert one("Ils viendront en juin.", None).value == "XXXX-06"
    assert one("Ils viendront en juin.", "2024-06-19").value == "2024-06"
    assert one("Le 19 juin, ils ont signé.", None).value == "XXXX-06-19"
    assert one("Le 19 juin, ils ont signé.", None).flags == ("unanchored",)
    weekday = one("Ils ont signé mercredi.", None)
    assert weekday.value == "XXXX-WXX-3" and weekday.weekday == 3  # TIMEX3: a weekday of no known week
    assert weekday.flags == ("unanchored",)
    # A publication month leaves the day unknown.
    assert one("Ils ont signé mercredi.", "2024-06").value == "2024-06-XX"


def test_durations_imply_dates() -> None:
    depuis = one("La première visite depuis 24 ans.", "2024-06")
    assert (depuis.text, depuis.value, depuis.implied) == ("24 ans", "P24Y", "2000")
    assert "relative" in depuis.flags
    ago = one("Il y a trois semaines, la guerre.", PUB)
    assert (ago.value, ago.implied) == ("P3W", "2024-W22")  # the unit stated: a week
    assert one("La première visite depuis 24 ans.", None).implied is None
    assert one("Il a parlé pendant 24 ans.", PUB).implied is None
    # "le premier séjour ... en 24 ans" is the first since then.
    first = one("C'est le premier séjour de M. Poutine en 24 ans.", "2024-06-19")
    assert (first.value, first.implied) == ("P24Y", "2000")
    assert one("Il a couru le marathon en deux heures.", PUB).implied is None
    assert one("Rendez-vous dans deux jours.", PUB).implied == "2024-06-21"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le traité a été signé par les deux dirigeants.",
        "Les États ont été prévenus.",
        "Il compte sept navires et sept avions.",
        "Une croisière en mer Baltique.",
        "Le Premier ministre a parlé le premier.",
        "C'est un premier pas.",
        "Un homme de 45 ans a été arrêté.",
        "Marie Dupont, 45 ans, a témoigné.",
        "Kim Jong-un (40 ans) a salué la foule.",
        "À 45 ans, il devient président.",
        "Il a fêté ses 80 ans.",
        "Âgé de 71 ans, il reste au pouvoir.",
        "Le PSG l'a emporté 3-1 face à Lyon.",
        "Appelez le 06 12 34 56 78 ou le 01 44 55 66 77.",
        "Il a reçu 2000 euros et 1500 personnes sont venues.",
        "Le livre a été tiré en 2000 exemplaires.",
        "Les deux tiers, soit 2/3 des votes.",
        "Une seconde Aurus lui a été offerte.",
        "Mars est la quatrième planète.",
        "Dans le Midi, il fait chaud.",
        "Rien à ce jour.",
        "Une pause de 2 heures.",
        "Noël Le Graët a démissionné.",
        "Les 18-25 ans votent peu.",
        "Ouvert 24 heures sur 24 et 7 jours sur 7.",
        "Le score final est de 17 2 ou 31 10.",
        "Tout en maintenant la pression, il a cédé.",
        "L'inflation se maintenant à 2 %, la banque attend.",
        "Un T3 de 60 m2 à louer.",
    ],
)
def test_words_that_only_look_temporal(sentence: str) -> None:
    got = [a for a in find_temporal(sentence, PUB, "t") if a.kind != "duration"]
    assert got == [], got
    if "ans" in sentence or "seconde" in sentence or "heures" in sentence and "pause" not in sentence:
        assert [a for a in find_temporal(sentence, PUB, "t") if a.kind == "duration"] == []


def test_pause_of_two_hours_is_a_duration() -> None:
    assert found("Une pause de 2 heures.") == [("duration", "2 heures", "PT2H")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "a" is the verb: no other end of a range
        ("Une coupure de courant de 6 heures a touché le quartier.", [("duration", "6 heures", "PT6H")]),
        ("Une opération de cinq heures a été nécessaire.", [("duration", "cinq heures", "PT5H")]),
        # "a" typed for "à" before the other end
        ("Ouvert de 9h a 11h.", [("interval", "de 9h a 11h", "T09/T11")]),
        ("Ouvert de 9 heures a midi.", [("interval", "de 9 heures a midi", "T09/T12")]),
    ],
)
def test_hours_after_de_then_the_verb_a_are_a_duration(sentence, expected) -> None:
    assert found(sentence) == expected


def test_narrative_days() -> None:
    text = "Le 3 mai 2023, ils sont arrivés. Le lendemain, ils ont signé."
    text += " Le 10 juin 2023, ils partent. La veille, rien."
    values = [(a.text, a.value) for a in find_temporal(text, PUB, "t")]
    assert ("Le lendemain", "2023-05-04") in values
    assert ("La veille", "2023-06-09") in values
    # Two sentences on, the publication date counts again.
    later = find_temporal("Le 3 mai 2023, rien. Puis rien. La veille, rien.", PUB, "t")
    assert later[-1].value == "2024-06-18"
    assert found("le lendemain du 13 février 2013") == [
        ("date", "lendemain du 13 février 2013", "2013-02-14")
    ] or ("date", "le lendemain du 13 février 2013", "2013-02-14") in found(
        "le lendemain du 13 février 2013"
    )


def test_night_between_two_days() -> None:
    got = one("Arrivé dans la nuit de mardi à mercredi, il a été reçu.")
    # TIMEX3's night of the first day; both days are implied
    assert (got.kind, got.value, got.implied) == ("datetime", "2024-06-18TNI", "2024-06-18/2024-06-19")
    night = one("Les faits remontent à la nuit du 2 au 3 juillet 2021.")
    assert (night.text, night.value) == ("la nuit du 2 au 3 juillet 2021", "2021-07-02TNI")
    # a night across two months, each named; the clock times after it are its own
    new_year = find_temporal(
        "Dans la nuit du 31 décembre au 1er janvier, 214 voitures ont brûlé. Les pompiers sont intervenus"
        " 300 fois entre 20 heures et 6 heures.", "2019-01-02T08:30", "t"
    )
    assert [(a.text, a.value, a.implied) for a in new_year] == [
        ("la nuit du 31 décembre au 1er janvier", "2018-12-31TNI", "2018-12-31/2019-01-01"),
        ("entre 20 heures et 6 heures", "T20/T06", "2018-12-31T20/2019-01-01T06"),
    ]
    # two days that are no night stay an interval
    assert one("Le festival a lieu du 30 juin au 2 juillet.").value == "2024-06-30/2024-07-02"


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a year opening the sentence, set off by a comma, is the year of
        # the days, months and holidays the sentence gives without one
        ("En 2019, la cathédrale avait brûlé le 15 avril.", "2025-04-22", "2019-04-15"),
        ("En 2024, un seul décès avait été déploré à Pâques.", "2025-04-22", "2024-03-31"),
        ("L'an dernier, un seul décès avait été déploré à Pâques.", "2025-04-22", "2024-03-31"),
        ("Déjà en 2019, il avait été élu en septembre.", "2025-04-22", "2019-09"),
        # ... not past a semicolon, nor a year told inside the sentence
        ("En 2019, il avait été condamné ; le 15 avril, il est sorti.", "2025-04-22", "2025-04-15"),
        ("Né en 2019, le club jouera le 15 avril.", "2025-04-10", "2025-04-15"),
        # a day since which lies behind the publication, past a week's slack
        ("Depuis le 1er janvier, le CAC 40 a gagné près de 17 %.", "2023-12-27", "2023-01-01"),
        # (set 9) a past verb's bound may lie ahead: the nearer month; not a state that lasted
        ("Lyon a bouclé le prêt d'un défenseur jusqu'en juin.", "2021-02-01", "2021-06"),
        ("Une mère a obtenu mardi un sursis jusqu'en septembre.", "2022-03-31", "2022-09"),
        ("Le musée est resté fermé jusqu'en juin.", "2021-02-01", "2020-06"),
        # a future perfect is ahead; a past infinitive after "pour" is past
        ("Les occupants devront avoir quitté les lieux le 18 septembre au plus tard.", "2020-09-10", "2020-09-18"),
        ("Il a été condamné pour avoir frappé un policier le 18 septembre.", "2020-09-10", "2019-09-18"),
        # a season with no tense: the nearer one
        ("La région promet un retour à la normale au printemps.", "2024-12-31", "2025-SP"),
        ("La région promet un retour à la normale au printemps.", "2024-07-10", "2024-SP"),
    ],
)
def test_year_of_the_sentence(sentence: str, published: str, value: str) -> None:
    got = [a for a in find_temporal(sentence, published, "t") if a.kind == "date"]
    assert got[-1].value == value


def test_midnight_and_live_stamps() -> None:
    """(set 9) "minuit" ahead or in the present of news is the midnight
    ending the day; "depuis minuit" and a past one began it.  A clock time
    opening a live blog's entry ("19 h 55 : …") is of the day of writing,
    and so are the times of its entry."""
    def implied(sentence: str, published: str = "2024-07-04T20:00") -> list[str | None]:
        return [a.implied for a in find_temporal(sentence, published, "t") if a.kind == "time"]

    assert implied("Les résultats sont attendus à partir de minuit à Londres.") == ["2024-07-05T00"]
    assert implied("Depuis minuit, la circulation est interdite.") == ["2024-07-04T00"]
    assert implied("La grève a commencé à minuit.") == ["2024-07-04T00"]
    assert implied("La vigile débute ce samedi à 21 heures et se prolonge jusque vers minuit.", "2024-03-30T18:00") == [
        "2024-03-31T00"]
    text = ("20 h 40 : on recense 1,08 million de manifestants, contre 1,28 million le 7 mars. "
            "19 h 55 : le cortège, parti vers 14 heures, atteint l'Opéra.")
    assert implied(text, "2023-03-23T21:30") == ["2023-03-23T20:40", "2023-03-23T19:55", "2023-03-23T14"]


def test_parts_of_days_and_small_hours_of_set_9() -> None:
    """(set 9) A part of a day ahead is not of the past day told before it;
    the small hours told in the past on the day of writing are this
    morning's, not the next; "il était de nouveau 2 heures" is a clock
    time; "le week-end prochain" said on a Monday is the coming one, as
    "samedi prochain"."""
    got = find_temporal("La vigilance, déclenchée mardi soir, sera levée en début d'après-midi.", "2023-11-02T11:45", "t")
    assert [a.value for a in got] == ["2023-10-31TEV", "2023-11-02TAF"]
    got = find_temporal("Le lancement est prévu ce mardi de 20 heures à minuit. Le compte à rebours a été lancé vers "
                        "4 heures du matin.", "2024-07-09T12:00", "t")  # fmt: skip
    assert got[-1].implied == "2024-07-09T04"
    got = find_temporal("À 3 heures, il était de nouveau 2 heures.", "2021-10-31T09:00", "t")
    assert [a.value for a in got] == ["T03", "T02"]
    assert [a.implied for a in find_temporal("Le match aura lieu le week-end prochain.", "2021-02-01", "t")] == [
        "2021-02-06/2021-02-07"]
    assert [a.implied for a in find_temporal("Le match aura lieu le week-end prochain.", "2021-02-06", "t")] == [
        "2021-02-13/2021-02-14"]


def test_that_evening_is_the_day_told() -> None:
    """(set 9) "ce soir-là", "cette nuit-là" are of the day the text told
    ("Le 9 novembre 1989 … Ce soir-là"), nothing when it told none; "ce
    soir" is tonight."""
    got = find_temporal("Le 9 novembre 1989, le mur est tombé. Ce soir-là, la foule a franchi le poste.", "2019-11-09", "t")
    assert [(a.text, a.value) for a in got] == [("9 novembre 1989", "1989-11-09"), ("Ce soir-là", "1989-11-09TEV")]
    got = find_temporal("Le 9 novembre 1989, le mur est tombé. Cette nuit-là, personne n'a dormi.", "2019-11-09", "t")
    assert got[-1].value == "1989-11-09TNI"
    assert find_temporal("Ce soir-là, personne n'a dormi.", "2019-11-09", "t") == []
    assert [a.value for a in find_temporal("Ce soir, le match commence.", "2019-11-09", "t")] == ["2019-11-09TEV"]


def test_clock_times_imply_the_day_told() -> None:
    got = find_temporal("Le 3 mai, il est arrivé à 11h36.", PUB, "t")
    assert [(a.value, a.implied) for a in got] == [("2024-05-03", None), ("T11:36", "2024-05-03T11:36")]
    assert one("Vigilance orange à partir de 14 heures.").implied == "2024-06-19T14"
    assert one("Vigilance orange à partir de 14 heures.", None).implied is None
    # (set 8) "à compter de" is "à partir de", no duration
    assert (one("Vigilance orange à compter de 14 heures.").value, one("Vigilance orange à compter de 14 heures.").mod) == (
        "T14", "ON_OR_AFTER")


def test_normalise_one_expression() -> None:
    got = normalise("mercredi 19 juin 2024", None)
    assert got is not None and (got.kind, got.value, got.weekday) == ("date", "2024-06-19", 3)
    assert normalise("rien du tout", PUB) is None


def _seed(name: str) -> factcheck.Article:
    from conftest import ROOT  # noqa: PLC0415

    return factcheck.read(ROOT / "seeds" / name)[0] if isinstance(
        factcheck.read(ROOT / "seeds" / name), (list, tuple)
    ) else factcheck.read(ROOT / "seeds" / name)


def _seed_values(name: str, published: str | None = None) -> dict[str, list]:
    article = _seed(name)
    out: dict[str, list] = {}
    for a in find_temporal(article.text, published or article.published, article.id):
        assert article.text[a.start : a.end] == a.text
        out.setdefault(a.text, []).append(a)
    return out


def test_seed_000() -> None:
    values = _seed_values("000_c26ecf911a5fb2e9.txt")
    assert [a.implied for a in values["24 ans"]] == ["2000", "2000"]
    assert values["2000"][0].mod == "ON_OR_AFTER"
    assert values["ce mercredi"][0].value == "2024-06-XX"
    assert values["deux heures"][0].value == "PT2H"
    assert values["aujourd'hui"][0].value == "2024-06-XX"


def test_seed_002() -> None:
    values = _seed_values("002_a31945556f05f472.txt", "2024-06-19")
    assert values["mercredi"][0].value == "2024-06-19"
    assert values["1950-1953"][0].value == "1950/1953"
    assert values["septembre 2023"][0].value == "2023-09"
    assert values["février 2022"][0].value == "2022-02"
    assert values["moins d’un an"][0].value == "P1Y"
    assert values["moins d’un an"][0].mod == "LESS_THAN"
    assert values["un siècle"][0].value == "P100Y"
    assert values["jeudi matin"][0].value == "2024-06-13TMO"  # past tense: "est arrivé"


def test_seed_003() -> None:
    values = _seed_values("003_c900b999961e57c5.txt", "2024-06-19")
    night = values["la nuit de mardi à mercredi"][0]
    assert (night.value, night.implied) == ("2024-06-18TNI", "2024-06-18/2024-06-19")
    wrong = values["mercredi 18 juin"][0]
    assert wrong.value == "2024-06-18" and "weekday-mismatch" in wrong.flags
    assert values["lundi"][0].value == "2024-06-17"
    assert values["mardi"][0].value == "2024-06-18"
    assert values["septembre dernier"][0].value == "2023-09"
    assert values["environ deux heures"][0].mod == "APPROX"


def test_seed_004() -> None:
    values = _seed_values("004_f7b38f474b3c6a62.txt")
    assert values["14 septembre 2023 à 11h36"][0].value == "2023-09-14T11:36"
    assert [a.value for a in values["La veille"]] == ["2023-09-13", "2023-09-13"]
    assert values["plus d'un an et demi"][0].value == "P18M"
    assert values["plus d'un an et demi"][0].mod == "MORE_THAN"
    assert [a.value for a in values["jeudi"]] == ["2023-09-14", "2023-09-14"]
    assert values["mercredi"][0].value == "2023-09-13"
    assert values["2019"][0].value == "2019"


@pytest.mark.parametrize(
    ("sentence", "text", "mod"),
    [
        ("Il restera jusqu'au 5 mai.", "5 mai", "ON_OR_BEFORE"),
        ("Le régime tiendra jusqu'en 2030.", "2030", "ON_OR_BEFORE"),
        ("La neutralité carbone d'ici 2050.", "2050", "ON_OR_BEFORE"),
        ("Un réseau prêt à l'horizon 2030.", "2030", "ON_OR_BEFORE"),
        ("Ouvert jusqu'à 16h.", "16h", "ON_OR_BEFORE"),
        ("Il encourt jusqu'à trois ans de prison.", "jusqu'à trois ans", "EQUAL_OR_LESS"),
    ],
)
def test_no_later_than(sentence: str, text: str, mod: str) -> None:
    got = one(sentence)
    assert (got.text, got.mod) == (text, mod)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("La crise de 2008 a tout changé.", "2008"),
        ("La loi de 1905 sur la laïcité.", "1905"),
        ("Les Jeux de 2024, qui ont coûté cher.", "2024"),
        ("Un sommet semblable à celui de 2019 qu'il avait organisé.", "2019"),
    ],
)
def test_year_after_de(sentence: str, year: str) -> None:
    got = one(sentence)
    assert (got.kind, got.text, got.value) == ("date", year, year)


@pytest.mark.parametrize(
    "sentence",
    [
        "Un déploiement de 2019 policiers.",  # a counted noun follows
        "Un total de 2019, du jamais vu.",  # an amount noun before
        "Il a reçu plus de 1999 votes.",
        "Une amende de 1500, à payer.",  # a round hundred: an amount
        "De 1850 à 1900 personnes.",  # a range of numbers
    ],
)
def test_amounts_after_de_are_no_years(sentence: str) -> None:
    assert [a for a in find_temporal(sentence, PUB, "t") if a.kind == "date"] == []


@pytest.mark.parametrize(
    ("sentence", "implied"),
    [
        # Counted from the date named after "après"/"avant", never from publication.
        ("Ce sommet intervient six ans après celui de janvier 2019.", "2025"),
        ("Il est parti trois jours avant le 5 mai 2023.", "2023-05-02"),
        ("Deux ans après la crise de 2008, la reprise.", "2010"),
        # Named but undated: nothing.
        ("Deux ans après sa mort, rien n'a changé.", None),
        # No date named: counted from the last date stated, else nothing.
        ("Le 3 mai 2023, ils arrivent. Deux jours plus tard, ils partent.", "2023-05-05"),
        ("En 2019, il vient. Cinq ans plus tard, il revient.", "2024"),
        ("Trois jours plus tard, il partait.", None),
        ("Il est mort deux ans après.", None),
    ],
)
def test_durations_counted_from_a_stated_date(sentence: str, implied: str | None) -> None:
    durations = [a for a in find_temporal(sentence, PUB, "t") if a.kind == "duration"]
    assert len(durations) == 1 and durations[0].implied == implied


@pytest.mark.parametrize(
    ("sentence", "offset"),
    [
        ("Le 3 mai 2023, ils arrivent. Deux jours plus tard, ils partent.", True),
        ("Trois jours plus tard, il partait.", True),
        ("Il est parti trois jours avant le 5 mai 2023.", True),
        ("Il était arrivé une heure plus tôt.", True),
        ("Après plus de huit heures de délibéré, le verdict.", False),
        ("Les recherches ont duré deux jours.", False),
        ("Il est en poste depuis 24 ans.", False),
        ("Les jurés ont délibéré sept heures avant de rendre leur verdict.", False),
    ],
)
def test_offsets_are_told_from_lengths(sentence: str, offset: bool) -> None:
    # the time between two moments is flagged, so that it never backs how
    # long something lasted
    durations = [a for a in find_temporal(sentence, PUB, "t") if a.kind == "duration"]
    assert len(durations) == 1 and ("offset" in durations[0].flags) == offset


@pytest.mark.parametrize(
    ("sentence", "published", "implied"),
    [
        # The unit stated sets the grain ...
        ("Il y a trois jours, rien.", "2024-06-19T10:30", "2024-06-16"),
        ("Il y a deux mois, rien.", "2024-06-19T10:30", "2024-04"),
        ("Il y a deux ans, rien.", "2024-06-19T10:30", "2022"),
        ("Il est parti voici deux ans.", "2024-06-19T10:30", "2022"),
        ("Il y a deux heures, rien.", "2024-06-19T10:30", "2024-06-19T08"),
        # ... or the finer one a fraction of it needs.
        ("Il y a une demi-heure, rien.", "2024-06-19T10:30", "2024-06-19T10:00"),
        ("Il y a un an et demi, rien.", "2024-06-19", "2022-12"),
        ("Dans un jour et demi, tout.", "2024-06-19T10:30", "2024-06-20T22"),
        ("Dans un jour et demi, tout.", "2024-06-19", None),  # no hour to count from
    ],
)
def test_implied_grain(sentence: str, published: str, implied: str | None) -> None:
    got = one(sentence, published)
    assert got.kind == "duration" and got.implied == implied


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Il est arrivé à 15h passées de dix minutes.", "T15:10"),
        ("À quinze heures passé de trente minutes, rien.", "T15:30"),
    ],
)
def test_minutes_past_the_hour(sentence: str, value: str) -> None:
    got = one(sentence)
    assert (got.kind, got.value) == ("time", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Publié le mer. 19 juin 2024 à 11h36.", "mer. 19 juin 2024 à 11h36", "2024-06-19T11:36"),
        ("Le sommet a eu lieu le 19.06.24 à Pyongyang.", "19.06.24", "2024-06-19"),
        ("Les ventes ont reculé au premier trimestre 2024.", "premier trimestre 2024", "2024-Q1"),
        ("Le chiffre d'affaires du T3 2023 a progressé.", "T3 2023", "2023-Q3"),
        ("Au deuxième semestre 2023, la croissance a ralenti.", "deuxième semestre 2023", "2023-H2"),
        ("La production a baissé au quatrième trimestre.", "quatrième trimestre", "2023-Q4"),
        ("La dette a augmenté ce trimestre.", "ce trimestre", "2024-Q2"),
        ("Il avait chuté le trimestre dernier.", "le trimestre dernier", "2024-Q1"),
    ],
)
def test_weekday_abbreviations_dotted_dates_quarters(sentence: str, text: str, value: str) -> None:
    got = one(sentence, "2024-06-19")
    assert (got.text, got.value) == (text, value)


def test_abbreviated_weekday_is_checked() -> None:
    got = one("Le mar. 19 juin 2024, rien.")
    assert got.weekday == 2 and "weekday-mismatch" in got.flags


@pytest.mark.parametrize(
    ("sentence", "text", "value", "implied"),
    [
        ("Le pays compte maintenant dix régions.", "maintenant", "PRESENT_REF", "2024-06-19"),
        ("Elle vit actuellement à Séoul.", "actuellement", "PRESENT_REF", "2024-06-19"),
        ("En ce moment, les discussions continuent.", "En ce moment", "PRESENT_REF", "2024-06-19"),
        ("Il a récemment démissionné.", "récemment", "PAST_REF", None),
        ("Ces dernières semaines, le ton a monté.", "Ces dernières semaines", "PAST_REF", None),
        ("Il est arrivé il y a quelques jours.", "il y a quelques jours", "PAST_REF", None),
        ("Un accord sera signé dans les prochains jours.", "dans les prochains jours", "FUTURE_REF", None),
        ("Il rentrera bientôt.", "bientôt", "FUTURE_REF", None),
        ("Cela devrait changer dans les jours qui viennent.", "dans les jours qui viennent", "FUTURE_REF", None),
        ("Les prix grimperont au cours des mois à venir.", "des mois à venir", "FUTURE_REF", None),
    ],
)
def test_temporal_references(sentence: str, text: str, value: str, implied: str | None) -> None:
    got = one(sentence)
    assert (got.kind, got.text, got.value, got.implied) == ("date", text, value, implied)
    assert "vague" in got.flags  # kept out of the date comparisons


@pytest.mark.parametrize(
    ("sentence", "implied"),
    [
        ("Le pays compte maintenant dix régions.", "2024-06-19T11:36"),
        ("Il est à présent libre.", "2024-06-19T11:36"),
        ("Elle vit actuellement à Séoul.", "2024-06-19"),
        ("En ce moment, les discussions continuent.", "2024-06-19"),
        ("À l'heure actuelle, rien n'est décidé.", "2024-06-19"),
        ("De nos jours, tout le monde a un téléphone.", None),
    ],
)
def test_present_is_a_moment_a_period_or_an_era(sentence: str, implied: str | None) -> None:
    """"maintenant" is the moment of publication; "actuellement" a period
    around it, so no finer than its day; "de nos jours" an era, no day."""
    got = one(sentence, "2024-06-19T11:36")
    assert (got.value, got.implied) == ("PRESENT_REF", implied)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "mod"),
    [
        ("Le texte sera voté à la fin de la semaine prochaine.", "à la fin de la semaine prochaine",
         "2024-W26", "END"),
        ("Les prix ont grimpé au début du mois dernier.", "au début du mois dernier", "2024-05", "START"),
        ("Il partira fin de l'année prochaine.", "fin de l'année prochaine", "2025", "END"),
        ("Des orages ont éclaté la nuit dernière.", "la nuit dernière", "2024-06-18TNI", None),
        ("Le chômage a baissé au cours des dernières années.", "au cours des dernières années",
         "PAST_REF", None),
    ],
)
def test_units_moved_by_next_or_last(sentence: str, text: str, value: str, mod: str | None) -> None:
    got = one(sentence)
    assert (got.text, got.value, got.mod) == (text, value, mod)


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # the incise "a annoncé" tells of the announcement, not of the date
        ("Le tribunal rendra son jugement le 3 septembre, a annoncé la présidente.", "2024-06-19",
         "2024-09-03"),
        ("Les prix baisseront au 1er février, a indiqué le ministère.", "2025-01-08", "2025-02-01"),
        # a future after an elided pronoun
        ("Le Premier ministre s'exprimera jeudi, a indiqué Matignon.", "2024-06-19", "2024-06-20"),
        # "depuis" a date is in the past whatever the verb
        ("Le marathon aura lieu en avril ; les inscriptions sont closes depuis la mi-février.",
         "2024-03-04", "2024-02"),
        # a clause break does not hide the only verb
        ("Mercredi 12 juin, il a signé.", "2024-06-19", "2024-06-12"),
        # (blind30) a future seen from the past: the nearer day, either side
        ("Le nouveau ministre devait recevoir jeudi les représentants des médecins.", "2026-03-06", "2026-03-05"),
        ("Le conseil devait se réunir lundi pour trancher.", "2026-03-06", "2026-03-09"),
        # ... but a supposition looks ahead
        ("Les loueurs craignent un manque à gagner si le conflit devait durer jusqu'à jeudi.", "2026-03-06",
         "2026-03-12"),
        # (blind32) an adverb in -ment between the auxiliary and its participle
        ("La grève a lourdement perturbé l'aéroport jeudi.", "2026-07-04", "2026-07-02"),
        # a plan's participle ending its noun phrase tells no future: the verb after it does
        ("Jeudi, 248 des 620 vols programmés ont été annulés.", "2026-07-04", "2026-07-02"),
        ("Les vols programmés jeudi seront maintenus.", "2026-07-04", "2026-07-09"),
        # an infinitive of purpose or intent: its day follows the verb
        # governing it, the nearer day either side (read on a Monday)
        ("Les syndicats ont appelé à manifester jeudi devant la préfecture.", "2023-10-30", "2023-11-02"),
        ("Le gouvernement a promis aux maires de publier jeudi le décret.", "2023-10-30", "2023-11-02"),
        ("Le groupe a annoncé avoir trouvé un accord pour verser jeudi les intérêts.", "2023-10-30",
         "2023-11-02"),
        ("La direction a proposé de reprendre les négociations en décembre.", "2023-10-30", "2023-12"),
        ("Elle s'est rendue à Paris pour rencontrer jeudi le ministre.", "2023-11-03", "2023-11-02"),
        # (set 8) what is hoped for lies ahead; a notice "pour jeudi" is the nearer Thursday,
        # and a day joined to a day ahead is ahead too
        ("Le texte doit être examiné au Sénat, pour une adoption espérée mi-mars.", "2023-02-13", "2023-03"),
        ("Les syndicats ont déposé un nouveau préavis pour jeudi et vendredi.", "2022-10-25", "2022-10-28"),
        ("Les crues de jeudi et vendredi ont fait trois morts.", "2022-10-25", "2022-10-21"),
        # (set 9) "repoussé à deux reprises" tells how often, no later date
        ("Le lancement avait déjà été repoussé à deux reprises, la dernière fois mercredi.", "2021-12-24",
         "2021-12-22"),
        ("Le lancement a été repoussé à mercredi.", "2021-12-24", "2021-12-29"),
        # "programme" is a noun, not "programmé" (an intent told the day before)
        ("La DGAC avait demandé aux compagnies de réduire leur programme mardi.", "2026-01-14",
         "2026-01-13"),
        ("Les vols programmés mardi sont maintenus.", "2026-01-14", "2026-01-20"),
        # ... not a past infinitive, a noun in -re, nor "de" with no intent
        ("Il a été condamné pour avoir frappé jeudi un policier.", "2023-10-30", "2023-10-26"),
        ("Il a été mis en examen pour meurtre jeudi.", "2023-10-30", "2023-10-26"),
        ("Le match de hier soir a été arrêté jeudi.", "2023-10-30", "2023-10-26"),
        # "inchangé" is an adjective, no past of its own
        ("La Fed devrait maintenir ses taux inchangés mercredi.", "2023-10-30", "2023-11-01"),
    ],
)
def test_tense_of_the_clause(sentence: str, published: str, value: str) -> None:
    got = [a for a in find_temporal(sentence, published, "t") if a.kind == "date"]
    assert got[-1].value == value


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value"),
    [
        ("Le record, établi en 1 h 59 min 40 s, tient toujours.", "1 h 59 min 40 s", "duration",
         "PT1H59M40S"),
        ("Il a bouclé le tour en 1 min 18 s.", "1 min 18 s", "duration", "PT1M18S"),
        ("Elle a gagné en 4 min 2 s 95.", "4 min 2 s 95", "duration", "PT4M2.95S"),
        ("Il a couru pendant 2 h 15 min.", "2 h 15 min", "duration", "PT2H15M"),
        ("Le record, 74 jours, 3 heures et 35 minutes, tient.", "74 jours, 3 heures et 35 minutes", "duration",
         "P74DT3H35M"),
        # the sports notation: ' for minutes, " (or '') for seconds
        ("Marchand a nagé le 200 m en 1'54\"06.", "1'54\"06", "duration", "PT1M54.06S"),
        ("Sacré en 1’54”06, il exulte.", "1’54”06", "duration", "PT1M54.06S"),
        ("Il a remporté le marathon en 2h05'30\".", "2h05'30\"", "duration", "PT2H5M30S"),
        ("Bolt a couru en 9\"58.", "9\"58", "duration", "PT9.58S"),
        ("Elle a couru le 1 500 m en 3'56.", "3'56", "duration", "PT3M56S"),
        ("Il a été expulsé après 20' de jeu.", "20'", "duration", "PT20M"),
        # "jusqu'à" an hour of the day is a time; an amount of hours stays one
        ("Le trafic sera perturbé jusqu'à 20 heures sur la ligne B.", "20 heures", "time", "T20"),
        ("Ils ont siégé jusqu'à 2 heures du matin.", "2 heures du matin", "time", "T02"),
        ("Il risque jusqu'à 20 heures de garde à vue.", "jusqu'à 20 heures", "duration", "PT20H"),
        # (set 8) a morning hour after what runs or stays open: a time of day; an amount elsewhere
        ("Les trams circuleront jusqu'à 5 heures.", "5 heures", "time", "T05"),
        ("Les bars resteront ouverts jusqu'à 2 heures.", "2 heures", "time", "T02"),
        ("Les retards pourront aller jusqu'à 5 heures.", "jusqu'à 5 heures", "duration", "PT5H"),
        ("Le trajet peut durer jusqu'à 3 heures.", "jusqu'à 3 heures", "duration", "PT3H"),
    ],
)
def test_race_times_and_until_an_hour(sentence: str, text: str, kind: str, value: str) -> None:
    got = one(sentence)
    assert (got.kind, got.text, got.value) == (kind, text, value)


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value"),
    [
        # hours and minutes of what they measure are an amount of time
        ("Le train est arrivé avec 2 h 40 de retard.", "2 h 40", "duration", "PT2H40M"),
        ("Le TGV accusait 1h15 de retard.", "1h15", "duration", "PT1H15M"),
        ("Le TGV est arrivé avec un retard de 1h15.", "1h15", "duration", "PT1H15M"),
        ("Après 3 h 20 d'attente, ils ont été évacués.", "3 h 20", "duration", "PT3H20M"),
        ("Les passagers ont attendu 2 h 40 dans le froid.", "2 h 40", "duration", "PT2H40M"),
        ("Le convoi est enfin arrivé, soit 3 h 40 de trajet.", "3 h 40", "duration", "PT3H40M"),
        # "au bout de" opens an amount, with "de" or "d'"
        ("Au bout de 1 h 30, l'accord a été trouvé.", "1 h 30", "duration", "PT1H30M"),
        ("Au bout d'1h30, l'accord a été trouvé.", "1h30", "duration", "PT1H30M"),
        # times of day stay times
        ("Le train de 8 h 12 de Marseille est arrivé.", "8 h 12", "time", "T08:12"),
        ("Rendez-vous à 14 h 30 de l'après-midi.", "14 h 30 de l'après-midi", "time", "T14:30"),
        ("Le feu a pris à 2 h 40 dans un entrepôt.", "2 h 40", "time", "T02:40"),
        ("Après 14 h 30, la gare a été évacuée.", "14 h 30", "time", "T14:30"),
        ("Il était 2 h 40 quand l'alerte a été donnée.", "2 h 40", "time", "T02:40"),
    ],
)
def test_hours_and_minutes_of_a_wait_are_an_amount(sentence: str, text: str, kind: str, value: str) -> None:
    got = one(sentence)
    assert (got.kind, got.text, got.value) == (kind, text, value)


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "mod"),
    [
        ("Le verdict est attendu dans la soirée.", "2024-02-29", "dans la soirée", "2024-02-29TEV", None),
        ("Le 3 mai, la gare a été évacuée dans la matinée.", "2024-07-29", "dans la matinée",
         "2024-05-03TMO", None),
        ("Des averses sont attendues en fin de journée.", "2023-05-22", "en fin de journée", "2023-05-22",
         "END"),
        ("Les gelées du week-end dernier ont tout détruit.", "2025-04-01", "du week-end dernier",
         "2025-W13-WE", None),
        ("Un avis confirmé la veille de Noël.", "2024-12-27", "la veille de Noël", "2024-12-24", None),
        ("Les prix reculent depuis la fin de l'été.", "2023-11-17", "fin de l'été", "2023-SU", "END"),
        ("La grève pourrait durer plusieurs semaines.", "2024-03-04", "plusieurs semaines", "PXW", None),
    ],
)
def test_parts_of_days_and_seasons(sentence: str, published: str, text: str, value: str, mod: str | None) -> None:
    got = find_temporal(sentence, published, "t")[-1]
    assert (got.text, got.value, got.mod) == (text, value, mod)


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("La nageuse de 17 ans a battu le record.", 0),
        ("Le médecin, âgé de 61 ans, exerçait.", 0),
        ("« Nous avons corrigé », a ajouté l'élu de 61 ans.", 0),
        ("Le maire de 61 ans a été réélu.", 0),
        ("C'est un ami de trente ans.", 1),
        ("« Ce jour est venu », a déclaré l'élu divers gauche de 68 ans.", 0),
        ("Une carrière politique longue de 20 ans s'achève.", 1),
        # a name after a word ending in "en" ("spinalien") is no "en Haute-Savoie"
        ("« Un mental énorme », a commenté l'entraîneur spinalien Philippe Marchal, 52 ans.", 0),
        ("L'accusé a été condamné à douze ans de réclusion criminelle.", 1),
        ("Une carrière de 20 ans s'achève.", 1),
    ],
)
def test_ages_are_no_durations(sentence: str, ages: int) -> None:
    assert len([a for a in find_temporal(sentence, PUB, "t") if a.kind == "duration"]) == ages


@pytest.mark.parametrize(
    "sentence",
    [
        "La rue du 11-Novembre sera fermée pendant les travaux.",
        "Un incendie a touché un immeuble de la rue du 8-Mai-1945.",
        "Le marché de Noël de Strasbourg ouvre ses portes.",
        "Le patronat réclame un assouplissement des 35 heures.",
        "Le constructeur, huit fois victorieux des 24 Heures du Mans, innove.",
        "L'attaquant de 23 ans a inscrit un doublé.",
        "La pièce « Un mardi sur deux » fait salle comble.",
    ],
)
def test_names_laws_and_ages_are_no_dates(sentence: str) -> None:
    assert find_temporal(sentence, PUB, "t") == []


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value", "implied"),
    [
        ("Il est conseillé de partir après 19 heures.", "2025-08-12", "19 heures", "T19", "2025-08-12T19"),
        ("Le Congrès a jusqu'à samedi minuit pour voter.", "2023-09-29", "samedi minuit", "2023-10-01T00", None),
        ("Le procès a été renvoyé au 14 mars.", "2022-11-02", "14 mars", "2023-03-14", None),
        ("Il connaîtra son sort le 18 décembre, a annoncé la présidente.", "2025-11-30", "18 décembre",
         "2025-12-18", None),
        # a verb beyond a semicolon tells of another statement
        ("Le festival s'achève le 26 juillet ; il a déjà vendu 100 000 billets.", "2022-07-16",
         "26 juillet", "2022-07-26", None),
        ("La Nuit blanche revient samedi 7 octobre, de 19 heures à 7 heures du matin.", "2023-09-29",
         "samedi 7 octobre, de 19 heures à 7 heures du matin", "2023-10-07T19/2023-10-08T07", None),
        # the small hours after an evening move to the next day once
        ("Samedi soir, de 23 heures à 4 heures du matin, la police a multiplié les contrôles.", "2026-03-08",
         "Samedi soir, de 23 heures à 4 heures du matin", "2026-03-07T23/2026-03-08T04", None),
        ("Les ventes ont triplé au cours des trois dernières années.", "2024-10-12",
         "trois dernières années", "P3Y", "2021/2023"),
        ("Il a pris le maillot après 4 h 18 min d'effort.", "2022-07-16", "4 h 18 min", "PT4H18M", None),
    ],
)
def test_news_forms_read_right(sentence: str, published: str, text: str, value: str, implied: str | None) -> None:
    got = one(sentence, published)
    assert (got.text, got.value, got.implied) == (text, value, implied)


def test_days_told_anchor_what_follows() -> None:
    text = ("Le 3 janvier, elle a disparu. Deux jours plus tard, son téléphone a été retrouvé ; "
            "le lendemain, un suspect était interpellé. Le 17, il était relâché, puis rejugé le lendemain.")
    got = [(a.text, a.implied or a.value) for a in find_temporal(text, "2023-01-08", "t")]
    assert ("le lendemain", "2023-01-06") in got and ("le lendemain", "2023-01-18") in got
    times = find_temporal("La France jouera vendredi à Boston, à 21 heures.", "2026-06-21", "t")
    assert times[-1].implied == "2026-06-26T21"


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a bare past participle governs the date right after it
        ("Le procès, ouvert lundi, doit durer trois semaines.", "2026-02-10", "2026-02-09"),
        ("La BCE baissera ses taux, estiment les économistes interrogés vendredi.", "2024-03-04", "2024-03-01"),
        ("Battu 2-1 samedi à Lens, l'OM reste deuxième.", "2024-10-21", "2024-10-19"),
        ("Un accord signé mercredi entrera en vigueur.", "2024-06-21", "2024-06-19"),
        ("La skieuse, blessée au genou en décembre, sera absente.", "2025-01-08", "2024-12"),
        ("Le bateau, parti mardi de Villefranche, devait livrer sa cargaison.", "2026-05-14", "2026-05-12"),
        ("Jean Dupont, mort samedi, sera inhumé lundi.", "2026-05-14", "2026-05-09"),
        ("Le détenu, disparu dimanche, reste introuvable.", "2026-05-14", "2026-05-10"),
        # a word right after the participle is another verb: it governs no date
        ("Le bouclier sera présenté, alors que le gel des tarifs réglementés prend fin le 31 décembre.",
         "2022-09-08", "2022-12-31"),
        # not a noun ("l'arrivée"), a quantity ("35 degrés") nor a future participle
        ("L'arrivée jeudi du président est attendue.", "2024-06-17", "2024-06-20"),
        ("Les températures devraient dépasser 35 degrés jeudi.", "2024-06-19", "2024-06-20"),
        ("Le sommet prévu jeudi aura lieu à Pyongyang.", "2024-06-17", "2024-06-20"),
        # (blind10) a verb as near after the date as the participle before
        # it: the participle governs ("prévu vendredi", not "a été reporté")
        ("Le conseil municipal prévu vendredi a été reporté.", "2026-06-09", "2026-06-12"),
        # (review) ... but a plan then carried out is past, as near as it is
        ("La manifestation prévue samedi a rassemblé 2 000 personnes.", "2026-06-08", "2026-06-06"),
        ("L'avion attendu mardi a atterri avec six heures de retard.", "2026-06-11", "2026-06-09"),
        # a verb of "être" with its prefix is a past ("sont remontés")
        ("Les spéléologues sont remontés à la surface, après l'arrivée des plongeurs lundi.", "2026-05-06",
         "2026-05-04"),
    ],
)
def test_bare_participles(sentence: str, published: str, value: str) -> None:
    assert [a.value for a in find_temporal(sentence, published, "t") if a.kind == "date"][0] == value


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        ("Le retour n'est pas attendu avant dimanche 20 heures.", "2022-07-16", "dimanche 20 heures",
         "2022-07-17T20"),
        ("À 2 heures du matin, il sera 3 heures.", "2022-03-14", "3 heures", "T03"),
        ("Des frappes ont visé dans la matinée des infrastructures.", "2022-11-02", "dans la matinée",
         "2022-11-02TMO"),
        ("Le marché, ouvert jusqu'au 24 décembre, attend du monde.", "2023-12-12", "24 décembre", "2023-12-24"),
        ("La flamme, arrivée à Marseille le 8 mai, traversera la Bretagne.", "2024-06-05", "8 mai", "2024-05-08"),
        ("Lundi 8 heures de grève.", "2024-06-05", "8 heures de grève", None),
    ],
)
def test_times_after_a_day_and_states(sentence: str, published: str, text: str, value: str | None) -> None:
    got = {a.text: a.value for a in find_temporal(sentence, published, "t")}
    if value is None:
        assert got.get("8 heures") == "PT8H"
    else:
        assert got[text] == value


def test_clock_times_in_a_night() -> None:
    """After "la nuit de samedi à dimanche", 3 heures is Sunday's, 23 heures Saturday's."""
    small = find_temporal("Il rentrera dans la nuit de samedi à dimanche, vers 3 h 20 du matin.", PUB, "t")
    assert small[-1].implied == "2024-06-23T03:20"
    late = find_temporal("Dans la nuit de samedi à dimanche, un incendie s'est déclaré vers 23 heures.", PUB, "t")
    assert late[-1].implied == "2024-06-15T23"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # a participle after "être" or an auxiliary and an adverb is no bare participle
        ("Le texte devrait être adopté mardi.", "mardi", "2024-06-25"),
        ("Le texte sera définitivement adopté mardi.", "mardi", "2024-06-25"),
        ("Le texte va être présenté mercredi.", "mercredi", "2024-06-26"),
        # "est reporté au" points ahead like "a été reporté au"
        ("Le vote est reporté au 14 septembre.", "14 septembre", "2024-09-14"),
        ("Les élections sont repoussées au 3 novembre.", "3 novembre", "2024-11-03"),
        # "à 14 h 30 min" is a time of day, "après 4 h 18 min d'effort" a duration
        ("Rendez-vous à 14 h 30 min devant la mairie.", "14 h 30", "T14:30"),
        # ranges through midnight
        ("Samedi de minuit à 6 heures, la route sera fermée.", "Samedi de minuit à 6 heures",
         "2024-06-22T00/2024-06-22T06"),
        ("Samedi de 20 h à minuit, fête.", "Samedi de 20 h à minuit", "2024-06-22T20/2024-06-23T00"),
        ("Vendredi, de 22 h à 2 h, des tirs.", "Vendredi, de 22 h à 2 h", "2024-06-21T22/2024-06-22T02"),
        ("Au 2ème trimestre 2024, la marge a baissé.", "2ème trimestre 2024", "2024-Q2"),
        ("Au début de la décennie prochaine, rien.", "Au début de la décennie prochaine", "203X"),
    ],
)
def test_review_cases(sentence: str, text: str, value: str) -> None:
    got = {a.text: a.value for a in find_temporal(sentence, "2024-06-20", "t")}
    assert got[text] == value


def test_yesterday_anchors_the_evening_and_no_reference_without_its_unit() -> None:
    got = find_temporal("Hier, il est arrivé. Dans la soirée, il a parlé.", "2024-06-20", "t")
    assert [a.value for a in got] == ["2024-06-19", "2024-06-19TEV"]
    assert find_temporal("Dans les prochains matchs, il jouera.", "2024-06-20", "t") == []
    # the last representable day is no error
    assert find_temporal("minuit vendredi", "9999-12-31", "t")[0].value == "9999-12-31T00"


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        ("Ce week-end, trois accidents ont eu lieu.", "2024-06-17", "2024-W24-WE"),
        ("Ce week-end, il fera beau.", "2024-06-17", "2024-W25-WE"),
        ("Cet été, les touristes sont revenus.", "2025-01-15", "2024-SU"),
        ("Cet été, les touristes reviendront.", "2025-01-15", "2025-SU"),
        ("Cet été a commencé sous la pluie.", "2024-06-19", "2024-SU"),
        ("Cet hiver, la neige est tombée.", "2024-06-20", "2023-WI"),
    ],
)
def test_this_weekend_and_this_season_follow_the_tense(sentence: str, published: str, value: str) -> None:
    assert one(sentence, published).value == value


@pytest.mark.parametrize(
    ("sentence", "kind", "text", "value"),
    [
        ("Il neige depuis 4 heures du matin.", "time", "4 heures du matin", "T04"),
        ("Ils sont bloqués depuis 3 heures du matin.", "time", "3 heures du matin", "T03"),
        ("Il travaille depuis 2 heures de l'après-midi.", "time", "2 heures de l'après-midi", "T14"),
        ("Il neige depuis 4 heures.", "duration", "4 heures", "PT4H"),
        ("Il a dormi 8 heures dans la nuit.", "duration", "8 heures", "PT8H"),
        # "ce matin" tells the day only: bare hours after a verb of lasting are an amount
        ("Il a dormi 2 heures ce matin.", "duration", "2 heures", "PT2H"),
        ("Il a travaillé 3 heures dans la matinée.", "duration", "3 heures", "PT3H"),
        ("Le trafic a été interrompu 2 heures ce matin.", "duration", "2 heures", "PT2H"),
        # (with a short object between)
        ("Les manifestants ont occupé le hall de la mairie 4 heures cet après-midi.", "duration", "4 heures", "PT4H"),
        ("Le maire a reçu les syndicats 14 heures cet après-midi.", "datetime", "14 heures cet après-midi",
         "2026-01-09T14"),
        ("Il est arrivé 8 heures ce matin.", "datetime", "8 heures ce matin", "2026-01-09T08"),
        ("Rendez-vous 14 heures cet après-midi.", "datetime", "14 heures cet après-midi", "2026-01-09T14"),
        ("Il est parti à 2 heures ce matin.", "datetime", "2 heures ce matin", "2026-01-09T02"),
        ("8 heures ce matin : l'alerte est donnée.", "datetime", "8 heures ce matin", "2026-01-09T08"),
        ("La sirène a retenti 8 heures du matin.", "time", "8 heures du matin", "T08"),
    ],
)
def test_hours_with_a_part_of_the_day_are_a_clock_time(sentence: str, kind: str, text: str, value: str) -> None:
    got = [a for a in find_temporal(sentence, "2026-01-09T11:50", "t") if a.kind in ("time", "datetime", "duration")]
    assert (got[0].kind, got[0].text, got[0].value) == (kind, text, value)


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # inside a quotation, only its words tell the tense: the incise's
        # past tells of the saying
        ("« Je vais essayer de garder le maillot jaune jusqu'à mercredi », a souri le Belge.",
         "2021-06-07", "2021-06-09"),
        ("« Nous avons signé l'accord mardi », a-t-il déclaré.", "2024-06-19", "2024-06-18"),
        # outside, the quoted words do not tell the narration's tense
        ("Il a déclaré mardi : « Nous signerons l'accord ».", "2024-06-19", "2024-06-18"),
        ("Le président a parlé mardi, « nous signerons l'accord ».", "2024-06-21", "2024-06-18"),
    ],
)
def test_a_quotation_has_its_own_tense(sentence: str, published: str, value: str) -> None:
    got = [a for a in find_temporal(sentence, published, "t") if a.kind == "date"]
    assert got[0].value == value


def test_quotation_marks_pair_within_a_paragraph() -> None:
    from factcheck.normalize.temporal_base import _Ctx

    text = 'Il a dit "oui.\n\nPuis "non" et "peut-être" mardi.'
    quotes = _Ctx(text, None).quotations()
    assert [text[a:b] for a, b in quotes] == ["non", "peut-être"]


def test_the_end_of_a_range_is_on_or_after_its_start() -> None:
    """"de mercredi 22 heures à jeudi midi" read on a Wednesday, in a past
    clause: Thursday is the next day, not the last Thursday."""
    got = find_temporal("Le préfet a interdit les poids lourds de mercredi 22 heures à jeudi midi.",
                        "2022-11-30T09:00", "t")  # fmt: skip
    assert [a.value for a in got] == ["2022-11-30T22", "2022-12-01T12"]
    # (set 8) the clock time before its day: "de 18 heures ce jeudi à 8 heures vendredi"
    got = find_temporal("La préfecture a interdit la vente d'alcool de 18 heures ce jeudi à 8 heures vendredi.",
                        "2020-12-31T16:00", "t")  # fmt: skip
    assert [(a.text, a.value) for a in got] == [("18 heures ce jeudi", "2020-12-31T18"), ("8 heures vendredi", "2021-01-01T08")]
    # ... and from an evening hour to a morning one, overnight ("de 11h30 à 1h30" is the afternoon's)
    assert [a.implied for a in find_temporal("Couvre-feu de 18 heures à 8 heures.", "2020-12-31", "t")] == [
        "2020-12-31T18/2021-01-01T08"]
    assert [a.implied for a in find_temporal("Ouvert de 11h30 à 1h30.", "2020-12-31", "t")] == [
        "2020-12-31T11:30/2020-12-31T13:30"]
    # no "de": no range ("à Paris", "à jeudi" alone)
    assert [a.value for a in find_temporal("Il a parlé mardi 22 heures à jeudi.", "2024-06-19", "t")][-1] == "2024-06-13"


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a part of the current period already over, in a future clause: the next period's
        ("Les Gones recevront Lens en milieu de semaine.", "2021-12-05", "2021-W49"),
        ("Il viendra en fin de semaine.", "2021-12-06", "2021-W49"),
        ("Le texte sera voté en début d'année.", "2021-11-20", "2022"),
        ("Il partira en début de mois.", "2022-01-20", "2022-02"),
        # ... not yet begun, in a past clause: the last one's
        ("Les prix ont flambé en fin d'année.", "2022-01-10", "2021"),
        # otherwise the current one
        ("Il est venu en début de semaine.", "2021-12-05", "2021-W48"),
        ("Il partira en fin de mois.", "2022-01-20", "2022-01"),
    ],
)
def test_a_part_of_a_period_already_over(sentence: str, published: str, value: str) -> None:
    assert [a.value for a in find_temporal(sentence, published, "t")] == [value]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a night is named by its evening: last night is yesterday's
        ("Cette nuit, un incendie a ravagé un entrepôt.", "2025-11-25", "2025-11-24TNI"),
        ("Cette nuit, la neige.", "2025-11-25T07:05", "2025-11-24TNI"),
        ("Il neigera cette nuit.", "2025-11-25T07:05", "2025-11-25TNI"),
        ("Cette nuit, la neige.", "2025-11-25T19:05", "2025-11-25TNI"),
    ],
)
def test_cette_nuit(sentence: str, published: str, value: str) -> None:
    assert find_temporal(sentence, published, "t")[0].value == value


def test_clock_times_after_cette_nuit() -> None:
    got = find_temporal("Cette nuit, vers 23 heures, un incendie s'est déclaré, maîtrisé vers 3 heures.", "2025-11-25", "t")
    assert [a.implied for a in got[1:]] == ["2025-11-24T23", "2025-11-25T03"]
    # an afternoon hour is no part of a night
    got = find_temporal("La tempête a soufflé cette nuit et la vigilance court jusqu'à 16 heures.", "2025-11-25T07:05", "t")
    assert got[-1].implied == "2025-11-25T16"


@pytest.mark.parametrize(
    ("sentence", "published", "value", "mismatch"),
    [
        # the weekday picks the year near the publication that fits it
        ("Les chiffres de l'emploi, publiés le vendredi 10 janvier, sont attendus.", "2025-01-02", "2025-01-10", False),
        ("Ils avaient défilé le lundi 27 mai.", "2024-05-19", "2024-05-27", False),
        # no year near the publication fits: the mismatch stays, to report
        ("Le sommet a eu lieu mercredi 18 juin.", "2024-06-19", "2024-06-18", True),
        # (blind27) a narrative's year: the last full date stated with its
        # year, when the weekday fits there
        ("Le soir du mercredi 21 juin 2023, ils se disputent. Il sera interpellé le vendredi 23 juin.",
         "2026-03-16", "2023-06-23", False),
        # ... not when it does not (the mismatch is the publication year's),
        ("Le soir du mercredi 21 juin 2023, ils se disputent. Il sera interpellé le samedi 23 juin.",
         "2026-03-16", "2026-06-23", True),
        # nor from a date whose year the words do not state
        ("Le 21 juin, ils se disputent. Il sera interpellé le vendredi 23 juin.", "2026-03-16", "2026-06-23", True),
    ],
)
def test_a_stated_weekday_picks_the_year(sentence: str, published: str, value: str, mismatch: bool) -> None:
    got = find_temporal(sentence, published, "t")[-1]
    assert (got.value, "weekday-mismatch" in got.flags) == (value, mismatch)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "implied"),
    [
        ("Il a passé quatre ans et dix mois en prison.", "quatre ans et dix mois", "P4Y10M", None),
        ("Il vit ici depuis deux ans et trois mois.", "deux ans et trois mois", "P2Y3M", "2023-08"),
        ("La réunion a duré deux heures et vingt minutes.", "deux heures et vingt minutes", "PT2H20M", None),
        ("Il a tenu trois jours et deux heures.", "trois jours et deux heures", "P3DT2H", None),
        # the second unit must be smaller: the first alone
        ("Il a attendu deux jours et trois semaines.", "deux jours", "P2D", None),
        ("Ils ont deux ans et trois enfants.", "deux ans", "P2Y", None),
    ],
)
def test_compound_durations(sentence: str, text: str, value: str, implied: str | None) -> None:
    got = [a for a in find_temporal(sentence, "2025-11-20", "t") if a.kind == "duration"][0]
    assert (got.text, got.value, got.implied) == (text, value, implied)


def test_compound_durations_compare_with_their_sum() -> None:
    from factcheck.rules.values import parse_duration

    assert parse_duration("P4Y10M") == parse_duration("P58M")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the period the publication falls in is the current one, whatever the tense
        ("Le marché devrait rebondir au second semestre.", "2025-H2"),
        ("Le chômage a baissé au troisième trimestre.", "2025-Q3"),
        # others follow the tense
        ("Le marché a rebondi au premier trimestre.", "2025-Q1"),
        ("Les ventes reprendront au premier trimestre.", "2026-Q1"),
    ],
)
def test_the_current_quarter_or_half(sentence: str, value: str) -> None:
    assert find_temporal(sentence, "2025-09-01", "t")[0].value == value


@pytest.mark.parametrize(
    ("sentence", "kind", "text", "mod"),
    [
        # a bound after hours makes them an amount of time, in the span with its mod
        ("La pause passera à une heure et demie au minimum.", "duration", "une heure et demie au minimum",
         "EQUAL_OR_MORE"),
        ("Il restera deux ans au plus.", "duration", "deux ans au plus", "EQUAL_OR_LESS"),
        # "au plus tard" bounds a time of day
        ("Rendez-vous à 8 heures au plus tard.", "time", "8 heures", None),
    ],
)
def test_bounds_after_a_duration(sentence: str, kind: str, text: str, mod: str | None) -> None:
    got = find_temporal(sentence, "2025-09-01", "t")[0]
    assert (got.kind, got.text, got.mod) == (kind, text, mod)


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a bare season or weekend placed by the tense
        ("L'opposition réclame son report, qui interviendra à l'automne.", "2023-04-11", "2023-FA"),
        ("L'hiver a été rude.", "2023-04-11", "2022-WI"),
        ("Trois accidents ont eu lieu durant le week-end.", "2021-01-04", "2020-W53-WE"),
        ("Les températures remonteront pendant le week-end.", "2021-01-04", "2021-W01-WE"),
    ],
)
def test_bare_seasons_and_weekends_with_a_tense(sentence: str, published: str, value: str) -> None:
    assert [a.value for a in find_temporal(sentence, published, "t")] == [value]


@pytest.mark.parametrize(
    "sentence",
    ["L'été est la saison des vacances.", "En été, il fait chaud.", "Le week-end, il va à la pêche."],
)
def test_generic_seasons_and_weekends_are_no_dates(sentence: str) -> None:
    assert find_temporal(sentence, "2023-04-11", "t") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # "être" + participle is a past only for the verbs conjugated with "être"
        ("Il est arrivé jeudi.", "2024-06-13"),
        ("Elle est partie lundi.", "2024-06-17"),
        # otherwise a present passive: no past ("un redoux est annoncé pour jeudi")
        ("Un redoux est annoncé pour jeudi.", "2024-06-20"),
        ("Le président est reçu vendredi à l'Élysée.", "2024-06-21"),
    ],
)
def test_present_passives_are_no_past(sentence: str, value: str) -> None:
    assert find_temporal(sentence, "2024-06-19", "t")[0].value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Le pont de l'Ascension sera chargé.", "2026-05-14"),
        # "ce lundi de Pentecôte" is the holiday, not "ce lundi" then Pentecost
        ("Les bouchons de ce lundi de Pentecôte seront longs.", "2026-05-25"),
        ("Le jour de l'Assomption, la ville est vide.", "2026-08-15"),
        # a movable feast is placed by the tense like a day of the year
        ("Le défilé de Mardi gras aura lieu.", "2027-02-09"),
        ("Pâques a été fêté en famille.", "2026-04-05"),
        ("Pâques sera fêté en famille.", "2027-03-28"),
    ],
)
def test_holidays(sentence: str, value: str) -> None:
    assert [a.value for a in find_temporal(sentence, "2026-04-19", "t") if a.kind == "date"] == [value]


@pytest.mark.parametrize(
    ("sentence", "published", "values"),
    [
        # adverbs, attributes and titles between a bare participle and its date
        ("Le rapport rendu public mardi accable l'État.", "2024-06-21", ["2024-06-18"]),
        ("Un homme retrouvé mort samedi.", "2024-06-21", ["2024-06-15"]),
        ("Le texte adopté définitivement jeudi.", "2024-06-21", ["2024-06-20"]),
        ("Michel Barnier, nommé Premier ministre jeudi, a formé son gouvernement.", "2024-06-21", ["2024-06-20"]),
        # a figure soup after a participle (once exponential) reads at once
        ("Les taux publiés 1,2/1,5/1,7/2,0/2,3/2,6/2,9/3,1/3,3 sont revus mardi.", "2024-06-21", ["2024-06-25"]),
        # an event named by its day has happened; "à partir de" is no event
        ("L'attaque de lundi suscite l'indignation.", "2024-06-19", ["2024-06-17"]),
        ("Un rafraîchissement est attendu à partir de dimanche.", "2023-07-19", ["2023-07-23"]),
        # a range's end moves only when the usual reading falls before its start
        ("La route est bloquée depuis le 3 juin jusqu'à mardi.", "2024-06-19", ["2024-06-03", "2024-06-25"]),
        ("La réunion sera avancée de jeudi à mardi.", "2024-06-17", ["2024-06-20", "2024-06-18"]),
        # a quoted fragment with no verb of its own takes the quoting clause's tense
        ("Le ministre a condamné « les violences de lundi soir ».", "2024-06-19", ["2024-06-17TEV"]),
        # a mark after a figure is inches, no quotation
        ('Il a présenté un écran 27" mardi, puis un écran 32" jeudi.', "2024-06-19", ["2024-06-18", "2024-06-13"]),
    ],
)
def test_review_of_session_3(sentence: str, published: str, values: list[str]) -> None:
    assert [a.value for a in find_temporal(sentence, published, "t")] == values


@pytest.mark.parametrize(
    ("sentence", "published", "value", "implied"),
    [
        ("Circulation classée rouge pour le premier week-end d'août.", "2024-08-01", "2024-W31-WE",
         "2024-08-03/2024-08-04"),
        ("Le festival a lieu le dernier week-end de septembre.", "2013-02-12", "2013-W39-WE", "2013-09-28/2013-09-29"),
        # a holiday's night: the night into Christmas and New Year, the eve's own for Saint-Sylvestre
        ("Il est né la nuit de Noël.", "2024-12-28", "2024-12-24TNI", "2024-12-24/2024-12-25"),
        ("Des policiers seront mobilisés pour la nuit du Nouvel An.", "2024-12-31", "2024-12-31TNI",
         "2024-12-31/2025-01-01"),
        ("La nuit de la Saint-Sylvestre a été calme.", "2025-01-02", "2024-12-31TNI", "2024-12-31/2025-01-01"),
    ],
)
def test_weekends_of_a_month_and_holiday_nights(sentence: str, published: str, value: str, implied: str) -> None:
    got = find_temporal(sentence, published, "t")[0]
    assert (got.value, got.implied) == (value, implied)


def test_avoir_lieu_is_a_present() -> None:
    """"a lieu" is no past: "lieu" only looks like a participle."""
    assert find_temporal("La fête a lieu en septembre.", "2024-06-19", "t")[0].value == "2024-09"


def test_ce_jour_la_is_the_day_told() -> None:
    got = find_temporal("Le 19 mars 2020, le confinement a commencé. Ce jour-là, les rues se sont vidées.",
                        "2024-06-19", "t")  # fmt: skip
    assert [(a.text, a.value) for a in got] == [("19 mars 2020", "2020-03-19"), ("Ce jour-là", "2020-03-19")]
    assert find_temporal("Ce jour-là, il pleuvait.", "2024-06-19", "t") == []  # no day told: none


def test_clock_times_follow_their_clause_and_run_past_midnight() -> None:
    got = find_temporal("Le bal rouvrira à 21 heures et durera jusqu'à 2 heures du matin.", "2022-07-14", "t")
    assert [a.implied for a in got if a.kind == "time"] == ["2022-07-14T21", "2022-07-15T02"]
    got = find_temporal("Le concert de samedi commencera à 21 heures et finira vers 1 heure.", "2022-07-14", "t")
    assert [a.value if a.kind == "date" else a.implied for a in got] == ["2022-07-16", "2022-07-16T21", "2022-07-17T01"]
    # the day told still times a clock time in its own tense
    got = find_temporal("Hier, il est arrivé à 14 heures.", "2022-07-14", "t")
    assert got[-1].implied == "2022-07-13T14"


@pytest.mark.parametrize(
    ("sentence", "published", "values"),
    [
        # a year the sentence has just stated gives the day and month after it theirs
        ("L'épisode de 2018, les 8 et 9 février, avait paralysé la région.", "2021-01-04",
         ["2018", "2018-02-08", "2018-02-09"]),
        ("En 2019, il a gagné. Le 12 juillet, il a perdu.", "2024-12-31", ["2019", "2024-07-12"]),
        # "jusqu'en" with no tense looks ahead
        ("Son carnet de commandes n'est rempli que jusqu'en mars.", "2023-12-27", ["2024-03"]),
        # a conditional passive reports a future
        ("Le maire a annoncé que des nuits seraient organisées à partir de septembre.", "2025-06-22", ["2025-09"]),
        # "cette nuit" with no tense, read in the evening, is tonight; a past is last night
        ("Cette nuit, vigilance orange.", "2022-07-14T23:05", ["2022-07-14TNI"]),
        ("Cette nuit, un incendie a ravagé un entrepôt de Lyon.", "2024-06-21T19:30", ["2024-06-20TNI"]),
    ],
)
def test_years_told_until_conditionals_and_evening_publications(sentence: str, published: str,
                                                                values: list[str]) -> None:  # fmt: skip
    assert [a.value for a in find_temporal(sentence, published, "t")] == values


def test_small_hours_after_an_evening_named() -> None:
    got = find_temporal("La fête a attiré samedi soir 60 000 personnes. La police est intervenue vers 2 h 30.",
                        "2025-06-22", "t")  # fmt: skip
    assert got[-1].implied == "2025-06-22T02:30"
    # an evening named later does not move an earlier time
    got = find_temporal("La tempête a soufflé dans la nuit de lundi à mardi, vers 3 heures. Ce soir, le calme.",
                        "2025-11-25T07:05", "t")  # fmt: skip
    assert got[1].implied == "2025-11-25T03"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # no tense and the day was yesterday: a result told in the present
        ("Pogacar s'impose jeudi à Lyon.", "2024-06-20"),
        ("Le Conseil constitutionnel valide jeudi la loi.", "2024-06-20"),
        # other days with no tense are the next ones
        ("Le sommet s'ouvre mardi.", "2024-06-25"),
    ],
)
def test_yesterday_in_the_present(sentence: str, value: str) -> None:
    assert find_temporal(sentence, "2024-06-21", "t")[0].value == value


@pytest.mark.parametrize(
    ("sentence", "published", "values"),
    [
        # "vers" makes hours a time even before "de"
        ("Le feu, parti hier vers 15 heures d'un talus, a parcouru 700 hectares.", "2025-09-03",
         ["2025-09-02T15"]),
        # a capitalised word is a name, not a participle, unless it opens the sentence
        ("Pour les retours, Bison Futé voit rouge samedi.", "2024-12-27", ["2024-12-28"]),
        ("Battu 2-1 samedi à Lens, l'OM reste deuxième.", "2024-10-21", ["2024-10-19"]),
        # what was once planned is no future
        ("Le lancement, initialement prévu le 10 février, avait été reporté.", "2026-02-18", ["2026-02-10"]),
        # a bound ahead ("jusqu'à") is not moved back to the last period
        ("Privés de leurs internationaux jusqu'à la fin du mois, ils n'ont plus gagné.", "2021-11-20",
         ["2021-11"]),
        # the night into yesterday's weekday is no yesterday's result
        ("Météo-France prévoit une dégradation dans la nuit de dimanche à lundi.", "2026-06-09T17:30",
         ["2026-06-14TNI"]),
        # futures of "nous" and "vous"
        ("« Nous nous reverrons après les élections du 26 mai », a déclaré samedi le président.", "2019-05-18",
         ["2019-05-26", "2019-05-18"]),
        # weekdays joined by "et" or "ou" run on from the first
        ("Après les crues de jeudi et vendredi, la décrue s'amorce.", "2024-10-21", ["2024-10-17", "2024-10-18"]),
    ],
)
def test_fifth_set_findings(sentence: str, published: str, values: list[str]) -> None:
    assert [a.value if a.kind != "time" else a.implied for a in find_temporal(sentence, published, "t")] == values


@pytest.mark.parametrize(
    ("sentence", "published", "values"),
    [
        # a year told earlier in the sentence is no year of a later date
        ("Le club, fondé en 1905, jouera sa finale le 29 juin.", "2024-06-21", ["1905", "2024-06-29"]),
        ("Élu en 2020, le maire a démissionné le 3 juin.", "2024-06-21", ["2020", "2024-06-03"]),
        # nouns in -rons are no futures; first and second persons are, after their pronoun
        ("Samedi, deux escadrons de gendarmes ont été déployés à Nantes.", "2024-06-18", ["2024-06-15"]),
        ("« Je viendrai dimanche », a assuré le maire.", "2024-06-19", ["2024-06-23"]),
        ("Il a lancé : « Tu verras lundi ».", "2024-06-19", ["2024-06-24"]),
        # a past conditional of an être verb is a past
        ("Le suspect serait arrivé samedi en France, selon la police.", "2024-06-19", ["2024-06-15"]),
        # a plan of the past
        ("Le lancement, qui était prévu le 10 février, a été reporté.", "2024-06-19", ["2024-02-10"]),
        ("Le lancement, prévu initialement le 10 février, a été reporté.", "2024-06-19", ["2024-02-10"]),
        # yesterday's weekday is no result after "pour", "dès"
        ("Un redoux est annoncé pour jeudi.", "2024-06-21", ["2024-06-27"]),
        # nights and plans are no events named by their day; "à Paris" is no range's end
        ("Les prévisions pour la journée de samedi.", "2024-06-20", ["2024-06-22"]),
        ("L'attaque de lundi à Paris : ce que l'on sait.", "2024-06-20", ["2024-06-17"]),
        # a date then a weekday joined by "et" is no run of weekdays
        ("Le festival a ouvert le 13 juin et jeudi il accueillera 5 000 spectateurs.", "2024-06-19",
         ["2024-06-13", "2024-06-20"]),
        ("Le ministre était à Lyon lundi et mardi il sera à Paris.", "2024-06-19", ["2024-06-17", "2024-06-25"]),
        # "entre" after a participle is a preposition
        ("Le suspect, interpellé entre samedi et dimanche, sera présenté à un juge.", "2024-06-19",
         ["2024-06-15", "2024-06-16"]),
    ],
)
def test_second_review_of_session_3(sentence: str, published: str, values: list[str]) -> None:
    assert [a.value for a in find_temporal(sentence, published, "t")] == values


def test_compound_terms_after_condamne() -> None:
    got = find_temporal("Il a été condamné à quatre ans et dix mois.", "2024-06-19", "t")
    assert [(a.text, a.value) for a in got] == [("quatre ans et dix mois", "P4Y10M")]


def test_weekdays_joined_to_today() -> None:
    """The second of two joined weekdays may be the publication's own day
    (it raised UnboundLocalError: the tense was read only for other days)."""
    got = find_temporal("Les crues de mardi et mercredi ont tout détruit.", "2024-06-19", "t")
    assert [a.value for a in got] == ["2024-06-18", "2024-06-19"]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "after_midnight"),
    [
        # the small hours after an evening are the next day's, said of the evening's day
        ("Les faits se sont produits samedi soir à 1 heure du matin.", "samedi soir à 1 heure du matin",
         "2024-06-16T01", True),
        ("Les faits se sont produits samedi soir à 2 heures.", "samedi soir à 2 heures", "2024-06-16T02", True),
        ("Les faits se sont produits samedi soir à 8 heures.", "samedi soir à 8 heures", "2024-06-15T20", False),
        ("Ils sont arrivés samedi après-midi à 3 heures.", "samedi après-midi à 3 heures", "2024-06-15T15", False),
        ("Ils sont arrivés samedi matin à 3 heures.", "samedi matin à 3 heures", "2024-06-15T03", False),
        ("Les faits ont eu lieu samedi à minuit.", "samedi à minuit", "2024-06-16T00", True),
        # the time's own half of the day wins over the evening's
        ("Ils sont arrivés samedi soir à 11 heures du matin.", "samedi soir à 11 heures du matin",
         "2024-06-15T11", False),
    ],
)
def test_small_hours_after_an_evening(sentence: str, text: str, value: str, after_midnight: bool) -> None:
    got = {a.text: a for a in find_temporal(sentence, "2024-06-19", "t")}
    assert got[text].value == value
    assert got[text].weekday == 6
    assert ("after-midnight" in got[text].flags) is after_midnight


@pytest.mark.parametrize(
    "sentence",
    [
        "Les faits se sont produits samedi.",  # a pronominal past, whatever the participle's ending
        "Les incendies ont détruit samedi trois maisons.",
        "Trois maisons ont été détruites samedi.",
        "Les blessés ont été conduits samedi à l'hôpital.",
        "Les candidats ont été admis samedi.",
    ],
)
def test_past_participles_in_t_and_s(sentence: str) -> None:
    assert [a.value for a in find_temporal(sentence, "2024-06-19", "t")] == ["2024-06-15"]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Le marché a lieu chaque lundi.", "chaque lundi", "XXXX-WXX-1"),
        ("Il se réunit tous les samedis soir.", "tous les samedis soir", "XXXX-WXX-6TEV"),
        ("Il recevait chaque dimanche midi ses élèves.", "chaque dimanche midi", "XXXX-WXX-7T12:00"),
        ("Une navette part chaque samedi à 20 heures.", "chaque samedi à 20 heures", "XXXX-WXX-6T20:00"),
        ("Le bus passe toutes les 15 minutes.", "toutes les 15 minutes", "PT15M"),
        ("Le point est fait tous les quinze jours.", "tous les quinze jours", "P15D"),
        ("Le salon a lieu tous les deux ans.", "tous les deux ans", "P2Y"),
        ("Chaque année, 3 000 personnes meurent.", "Chaque année", "P1Y"),
        ("Il court deux fois par semaine.", "deux fois par semaine", "P1W"),
        ("Cela n'arrive qu'une fois tous les dix ans.", "une fois tous les dix ans", "P10Y"),
        ("Chaque été, le village double.", "Chaque été", "XXXX-SU"),
        ("Le défilé a lieu chaque 14 juillet.", "chaque 14 juillet", "XXXX-07-14"),
        ("Le festival revient tous les ans en juillet.", "tous les ans en juillet", "XXXX-07"),
        ("Il rentre chaque week-end.", "chaque week-end", "XXXX-WXX-WE"),
        ("Le musée est fermé le mardi.", "le mardi", "XXXX-WXX-2"),
        ("Le lundi, il va au marché.", "Le lundi", "XXXX-WXX-1"),  # a habit, not a date
        ("L'hôpital sera fermé la nuit.", "la nuit", "XXXX-XX-XXTNI"),
        ("Les cars passent le soir.", "le soir", "XXXX-XX-XXTEV"),
        ("Les consultations se tiendront le jeudi après-midi.", "le jeudi après-midi", "XXXX-WXX-4TAF"),
    ],
)
def test_recurring_times_are_sets(sentence: str, text: str, value: str) -> None:
    got = {a.text: a for a in find_temporal(sentence, "2024-06-19", "t")}
    assert got[text].kind == "set" and got[text].value == value
    assert [a.kind for a in got.values()] == ["set"]  # their words give no date


@pytest.mark.parametrize(
    "sentence",
    [
        "Il est arrivé le lundi et reparti le mardi.",  # a day told, not a habit
        "Le vote aura lieu le mardi suivant.",
        "Il gagne 40 000 euros par an.",  # a rate, no recurring time
        "Le dimanche des Rameaux est un jour de fête.",  # holidays named by their day
        "Le mardi gras est fêté.",
        "Le vendredi saint, les magasins ferment.",
        "Le soir, il est rentré chez lui.",  # a day told
        "Il a plu toute la nuit.",
        "Dès le matin, les manifestants ont afflué.",
        "La Nuit blanche revient samedi.",
    ],
)
def test_no_sets(sentence: str) -> None:
    assert all(a.kind != "set" for a in find_temporal(sentence, "2024-06-19", "t"))


def test_a_clock_time_after_a_set_has_no_day() -> None:
    got = find_temporal("Le marché se tient tous les samedis matin, vers 8 heures.", "2024-06-19", "t")
    assert [(a.kind, a.value, a.implied) for a in got] == [("set", "XXXX-WXX-6TMO", None), ("time", "T08", None)]


def test_a_clock_time_after_a_bound_is_not_on_it() -> None:
    """"proscrits jusqu'au 2 janvier": a bound, not a day told; "13 h 50" is the publication day's."""
    got = find_temporal("Ils ont jusqu'à mardi 18 heures pour se désister. 13 h 50 : le ministre parlera à 20 heures.",
                        "2024-07-01T14:32", "t")
    assert [(a.text, a.implied) for a in got if a.kind == "time"] == [
        ("13 h 50", "2024-07-01T13:50"), ("20 heures", "2024-07-01T20")]


def test_it_is_about_two_oclock() -> None:
    got = find_temporal("Il est environ 2 heures lorsqu'un automobiliste perd le contrôle.", "2020-01-06", "t")
    assert [(a.kind, a.value, a.mod) for a in got] == [("time", "T02", "APPROX")]


def test_a_weekday_of_no_known_week() -> None:
    got = find_temporal("Il est mort jeudi. Ses obsèques auront lieu lundi à 15 heures.", None, "t")
    assert [a.value for a in got] == ["XXXX-WXX-4", "XXXX-WXX-1T15"]


def test_a_range_of_clock_times_implies_its_day() -> None:
    got = find_temporal("Samedi, le bar ouvrira de 22 h à 2 h.", "2024-06-19", "t")
    assert [(a.value, a.implied) for a in got] == [("2024-06-22", None), ("T22/T02", "2024-06-22T22/2024-06-23T02")]


@pytest.mark.parametrize("sentence", ["Le vol a duré jeudi environ 11 heures.", "Il a fallu mercredi près de 5 heures."])
def test_an_approximate_amount_after_a_day_stays_a_duration(sentence: str) -> None:
    got = [a for a in find_temporal(sentence, "2024-06-19", "t") if a.kind != "date"]
    assert [(a.kind, a.mod) for a in got] == [("duration", "APPROX")]


def test_small_hours_after_an_evening_with_no_date() -> None:
    got = find_temporal("Il est arrivé samedi soir à 1 heure.", None, "t")
    assert [a.value for a in got] == ["XXXX-WXX-6T01"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # "lorsqu'" + a present tells a narrated moment (faits divers)
        ("Il est environ 2 heures, dans la nuit de samedi à dimanche, lorsqu'un automobiliste perd le contrôle.",
         "2020-01-04TNI"),
        # a future after it is nearer and wins
        ("Dans la nuit de samedi à dimanche, lorsque le train arrivera, la gare sera fermée.", "2020-01-11TNI"),
    ],
)
def test_lorsque_tells_a_narrated_moment(sentence: str, value: str) -> None:
    got = [a for a in find_temporal(sentence, "2020-01-06", "t") if "nuit" in a.text]
    assert [a.value for a in got] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clock time converted to another place's is a time, flagged
        # (with its zone, which tells the first one's: 12 h here is 18 h at
        # Paris, +02:00 in June, so -04:00)
        ("Le décollage est prévu à 12 heures heure locale, soit 18 heures à Paris.",
         [("12 heures", "T12-04:00", ("zone-derived",)), ("18 heures à Paris", "T18+02:00", ("other-zone",))]),
        ("Ils ont signé à 22 h 10, heure de Paris, soit vendredi 4 h 10 à Pékin.",
         [("22 h 10, heure de Paris", "T22:10+02:00", ()),
          ("vendredi 4 h 10 à Pékin", "2024-06-14T04:10+08:00", ("other-zone", "relative"))]),
        # hours after "soit" said of a place with no zone told: a duration there
        ("Le train avait 14 heures de retard, soit 2 heures à Marseille.",
         [("14 heures", "PT14H", ()), ("2 heures", "PT2H", ())]),
        # "soit" with hours that count is a duration
        ("Il est arrivé à 8 heures et reparti à 20 heures, soit 12 heures sur place.",
         [("8 heures", "T08", ()), ("20 heures", "T20", ()), ("12 heures", "PT12H", ())]),
        ("Arrivé à 8 h, il est resté, soit 12 heures de travail.", [("8 h", "T08", ()), ("12 heures", "PT12H", ())]),
    ],
)
def test_a_time_converted_to_another_place(sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    got = find_temporal(sentence, "2024-06-19", "t")
    assert [(a.text, a.value, a.flags) for a in got] == expected


def test_hours_after_a_range_and_soit_are_a_duration() -> None:
    got = find_temporal("Ils sont restés bloqués de 14 heures à 20 heures, soit 6 heures à Lyon-Part-Dieu.", "2024-06-19", "t")
    assert [(a.value, a.flags) for a in got if a.text == "6 heures"] == [("PT6H", ())]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a part of the day past that had not begun at publication: another day's
        ("Les vice-présidents ont été élus dans l'après-midi.", "2025-01-11T11:20", "XXXX-XX-XXTAF"),
        ("Un incendie s'est déclaré dans la soirée.", "2025-01-11T08:00", "XXXX-XX-XXTEV"),
        # ... but a future is today's, as is a past told after it began
        ("Les vice-présidents seront élus dans l'après-midi.", "2025-01-11T11:20", "2025-01-11TAF"),
        ("Les vice-présidents ont été élus dans l'après-midi.", "2025-01-11T19:20", "2025-01-11TAF"),
        ("Les vice-présidents ont été élus dans l'après-midi.", "2025-01-11", "2025-01-11TAF"),
        # a night has begun by the morning after: in a past clause, the night
        # that has just ended, valued by its evening as "cette nuit" and "la
        # nuit de vendredi à samedi" are (TimeML sets 7 and 15)
        ("Un incendie s'est déclaré dans la nuit.", "2025-01-11T08:00", "2025-01-10TNI"),
    ],
)
def test_part_of_day_not_yet_begun(sentence: str, published: str, value: str) -> None:
    assert one(sentence, published).value == value


def test_the_watch_of_an_agency_is_no_day_before() -> None:
    # "la veille sanitaire" (health monitoring), not "la veille" (the day before)
    assert find_temporal("le responsable de la veille sanitaire à l'ARS", PUB, "t") == []
    assert one("La veille au soir, il était là.").value == "2024-06-18TEV"


@pytest.mark.parametrize(
    "sentence",
    [
        "Une riveraine de 68 ans dit avoir entendu un grand bruit.",
        "Un voisin de 45 ans raconte la scène.",
        "Une septuagénaire de 72 ans a chuté dans l'escalier.",
        "Un trentenaire de 34 ans a été interpellé.",
        # (blind16) an adjective between the person and the age
        "Ce pêcheur ornanais de 71 ans a d'abord cru à un mauvais rêve.",
        # (blind17) a person by her job
        "Il avait été enfermé avec son employée de 24 ans dans la chambre forte.",
    ],
)
def test_a_person_of_n_years_is_an_age_not_a_duration(sentence):
    """"une riveraine de 68 ans" states her age: no duration of 68 years."""
    assert [a for a in find_temporal(sentence, PUB, "t") if a.kind == "duration"] == [], sentence


@pytest.mark.parametrize(
    "sentence, vague",
    [
        ("Il veut porter le budget de 8,5 millions d'euros aujourd'hui à 14 millions d'ici 2028.", True),
        ("La France d'aujourd'hui n'est plus celle de 1990.", True),
        ("Aujourd'hui encore, la ville porte les traces du séisme.", True),
        ("Encore aujourd'hui, personne ne sait.", True),
        ("Le ministre s'est rendu aujourd'hui à Lyon.", False),
        ("Le procès s'ouvre aujourd'hui à Paris.", False),
        # between a verb of state and what is so: the present state
        ("Selon la mairie, 58 % du chantier est aujourd'hui réalisé.", True),
        ("L'usine compte aujourd'hui 300 salariés.", True),
        ("L'enceinte offre aujourd'hui 21 500 places, contre 16 200 auparavant.", True),
        ("L'usine annonce aujourd'hui 300 suppressions de postes.", False),
        # ... a figure after "de", a measure, what a thing has become, a role held
        ("Le taux de chômage est aujourd'hui de 7,4 % dans le département.", True),
        ("La dette est aujourd'hui estimée à 3 300 milliards d'euros.", True),
        ("La maison natale de l'écrivain est aujourd'hui un musée.", True),
        ("Elle demeure aujourd'hui la seule femme à avoir gagné.", True),
        ("Élu en 2014, il est aujourd'hui maire de Quimper.", True),
        ("C'est aujourd'hui un grand jour pour la commune.", False),
        ("Mardi est aujourd'hui la dernière journée de grève.", False),
        ("Le magasin reste aujourd'hui fermé.", False),
        ("Le chef de l'État est aujourd'hui l'invité du journal de 20 heures.", False),
        # (review) events of the day: a count, a role of a day, an evaluation, a weather figure, a first
        ("Les manifestants sont aujourd'hui un millier à défiler.", False),
        ("Il est aujourd'hui témoin au procès.", False),
        ("Le blessé est aujourd'hui évalué par une équipe de neurologues.", False),
        ("La température est aujourd'hui de 35 degrés.", False),
        ("Le candidat est aujourd'hui le premier à se rendre au marché de Rungis.", False),
        # ... not a place, an hour or an event of the day
        ("Le président est aujourd'hui en visite à Brest.", False),
        ("Il est aujourd'hui 14 heures, et toujours rien.", False),
        ("Le suspect est aujourd'hui présenté à un juge.", False),
        ("C'est aujourd'hui que tout se joue.", False),
        ("La décision est aujourd'hui même attendue.", False),
        ("La réunion est aujourd'hui.", False),
    ],
)
def test_aujourdhui_as_nowadays_names_no_day(sentence, vague):
    """After a figure, "d'" or "encore", or between a verb of state and a
    lasting state, "aujourd'hui" is the present, no day to compare."""
    (a,) = [a for a in find_temporal(sentence, PUB, "t") if "aujourd" in a.text.lower()]
    assert ("vague" in a.flags) is vague, (sentence, a)


@pytest.mark.parametrize(
    "sentence",
    [
        "Airbus perd un partenaire de 10 ans avec le départ de Safran.",
        "Un marin de 25 ans de métier connaît ces eaux.",
        "Son ami de vingt ans, Jean-Louis Morel, était présent.",
        "Un bâtiment ancien de 30 ans sera rasé.",
    ],
)
def test_lengths_after_a_noun_stay_durations(sentence):
    """(review) a partnership, a career, a friendship of N years: durations, not ages."""
    assert [a.kind for a in find_temporal(sentence, PUB, "t")] == ["duration"], sentence


def test_an_age_before_where_the_person_is_from():
    """"une fillette de 5 ans de Chenôve": a place after the age, no length."""
    assert find_temporal("L'alerte a été déclenchée pour une fillette de 5 ans de Chenôve.", PUB, "t") == []
    assert [a.kind for a in find_temporal("Un homme de 30 ans d'expérience.", PUB, "t")] == ["duration"]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Les rotations commenceront à partir de ce mercredi, 8 heures.", "datetime"),
        ("Le musée ouvrira à 8 heures, au lieu de 9 heures.", "time"),
        ("Une pause de 2 heures est prévue.", "duration"),
    ],
)
def test_hours_after_a_day_and_a_comma_or_instead_of_a_time_are_clock_times(sentence, kind):
    """"ce mercredi, 8 heures" and "au lieu de 9 heures" (after a time) tell a time of day."""
    assert [a.kind for a in find_temporal(sentence, PUB, "t")][-1] == kind, sentence


@pytest.mark.parametrize(
    "text, told",
    [
        ("Une fuite a été détectée. Ce mardi, les habitants ont été évacués vers 10 h 20.", True),
        ("Dans la nuit de lundi à mardi, vers 3 heures, la digue a cédé.", True),
        # the day told in the sentence before, or none: a guess
        ("Une fuite a été détectée ce mardi. Les habitants ont été évacués vers 10 h 20.", False),
        ("Les habitants ont été évacués vers 10 h 20.", False),
    ],
)
def test_a_clock_time_says_when_its_own_sentence_tells_its_day(text, told):
    """A time told alone gets the day being told as its implied day; the
    flag "day-in-sentence" says that day is in its own sentence (date-
    unsupported trusts no other)."""
    [time] = [a for a in find_temporal(text, "2027-01-21T12:00", "t") if a.kind == "time"]
    assert time.implied is not None
    assert ("day-in-sentence" in time.flags) is told


def test_a_past_clock_time_later_than_the_publication_is_of_no_day_known() -> None:
    """(blind18) "des photos publiées vers 22 heures" in an article of 6 h 30
    with no day told: not that evening's, which has not come."""
    [time] = find_temporal("Tout est parti de photos publiées vers 22 heures sur Snapchat.", "2026-06-17T06:30", "t")
    assert time.value == "T22" and time.implied is None
    # (ahead, a bound or a time set for later, it is the publication day's)
    [time] = find_temporal("Le ministre a été convoqué à 14 heures à l'Élysée.", "2026-06-17T06:30", "t")
    assert time.implied == "2026-06-17T14"
    [time] = find_temporal("La vigilance court jusqu'à 16 heures.", "2026-06-17T06:30", "t")
    assert time.implied == "2026-06-17T16"


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Les agriculteurs bloquent le périphérique depuis 10 heures ce mardi.", "datetime", "2026-03-03T10"),
        ("Ils bloquent la route depuis 10 heures, ce mardi.", "datetime", "2026-03-03T10"),
        ("La route est coupée depuis 6 heures hier.", "datetime", "2026-03-03T06"),
        # with no day after it, hours since are a duration; past a day's hours too
        ("Il pleut depuis 10 heures.", "duration", "PT10H"),
        ("Ils sont bloqués depuis 48 heures ce mardi.", "duration", "PT48H"),
    ],
)
def test_hours_since_then_a_day_are_a_time_of_that_day(text, kind, value):
    """"depuis 10 heures ce mardi" is since ten o'clock that day, not for ten hours."""
    got = [a for a in find_temporal(text, "2026-03-04T12:00", "t") if a.kind in ("datetime", "duration")]
    assert (got[0].kind, got[0].value) == (kind, value)
    if kind == "datetime":
        assert got[0].mod == "ON_OR_AFTER"


def test_a_clock_time_is_not_on_the_day_something_has_lasted_since():
    """"Visé depuis le 12 janvier, l'homme a été interpellé à 6 heures": the
    arrest is not on the 12th (the start of a state, as "jusqu'au" is its end)."""
    text = "Visé par un mandat d'arrêt depuis le 12 janvier, l'homme a été interpellé à 6 heures à son domicile."
    [time] = [a for a in find_temporal(text, "2026-03-10T20:00", "t") if a.kind == "time"]
    assert time.implied == "2026-03-10T06"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the present of the mention's own clause, not a past further away
        ("Le roman s'est déjà vendu à 12 000 exemplaires, selon son éditeur, qui annonce une réimpression "
         "avant la fin du mois.", "2025-11"),
        ("Le roman s'est vendu, mais il prévoit une réimpression avant la fin du mois.", "2025-11"),
        # a past in the clause still counts
        ("Le roman s'est vendu, selon l'éditeur, qui a lancé une réimpression à la fin du mois.", "2025-10"),
    ],
)
def test_a_present_after_its_subject_is_the_clauses_tense(sentence, value):
    got = [a for a in find_temporal(sentence, "2025-11-06T11:00", "t") if "mois" in a.text]
    assert got[0].value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a present tells only the dates after it in its own clause
        ("Lundi, le club qui compte 300 licenciés a organisé une fête.", "2025-11-03"),
        ("Elle a été agressée chez elle lundi soir.", "2025-11-03"),
        ("Le maire, qui lundi a annoncé sa démission, quitte la ville.", "2025-11-03"),
    ],
)
def test_a_present_governs_only_what_follows_in_its_clause(sentence, value):
    got = [a for a in find_temporal(sentence, "2025-11-06T11:00", "t") if "lundi" in a.text.lower()]
    assert got[0].value.startswith(value)


@pytest.mark.parametrize(
    ("sentence", "published", "text", "value"),
    [
        # (blind12, blind13, blind16) a day of the narrative is the date set beside it
        ("Le lendemain, mercredi 17 février, à 9 h 40, une caissière a donné l'alerte.", "2027-02-26",
         "Le lendemain", "2027-02-17"),
        ("La veille, le 14 juin, il avait plu.", "2026-06-19", "La veille", "2026-06-14"),
        # (review) the day after or before an event named: the date beside
        # it may be the event's ("Le lendemain de la finale, le 16 juillet")
        ("Le lendemain de l'éboulement, mercredi 15 avril, les experts sont arrivés.", "2026-04-21",
         "Le lendemain", "XXXX-XX-XX"),
        ("Les stands sont démontés le lendemain de la fermeture.", "2026-05-12", "le lendemain", "XXXX-XX-XX"),
        ("Le surlendemain, lundi 23 février, l'éleveur l'a trouvée.", "2026-03-05", "Le surlendemain", "2026-02-23"),
        # "le lendemain" counts from the last day told, however far back;
        # never from the publication (that is "demain")
        ("Le 4 mai, ils ont été secourus. La nuit fut longue. Tous vont bien. Léa est sortie de l'hôpital dès le "
         "lendemain.", "2026-05-12", "lendemain", "2026-05-05"),
        ("Elle est rentrée chez elle dès le lendemain.", "2026-05-12", "le lendemain", "XXXX-XX-XX"),
    ],
)
def test_days_of_the_narrative(sentence: str, published: str, text: str, value: str) -> None:
    got = {a.text: a.value for a in find_temporal(sentence, published, "t")}
    assert [v for t, v in got.items() if t.endswith(text)] == [value], got


def test_a_part_of_day_far_from_any_day_told_is_no_day() -> None:
    """(blind7, blind9) "jusqu'en milieu de matinée" paragraphs after the day
    told: of that day or of the publication's, a guess; no day compared."""
    text = ("La ligne a été paralysée avant-hier matin. Le trafic a été interrompu.\n\n"
            "Des bus ont été mis en place. Le trafic a repris, avec des rames bondées jusqu'en milieu de matinée.")
    (part,) = [a for a in find_temporal(text, "2025-10-15T12:00", "t") if "milieu" in a.text]
    assert part.value.startswith("XXXX-XX-XX"), part
    # (told in the sentence after the day, it is that day's)
    near = find_temporal("La ligne a été coupée hier. Le trafic a repris en milieu de matinée.", "2025-10-15T12:00", "t")
    assert near[-1].value == "2025-10-14TMO"
    # (review) after the publication day itself, or a day of years ago, the
    # publication day's
    for text in ("Ce mardi, un incendie s'est déclaré. La fumée était visible. Les pompiers ont maîtrisé le feu "
                 "en milieu d'après-midi.",
                 "Le 12 mars 2020, la France basculait dans le confinement. Les soignants ont défilé. Ils ont "
                 "été reçus. La délégation est ressortie en fin d'après-midi."):
        assert find_temporal(text, "2026-06-09T18:30", "t")[-1].value == "2026-06-09TAF", text


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (blind16) since or at seven o'clock as much as for seven hours
        ("La distribution est organisée depuis 7 heures au gymnase.", True),
        ("Au coup de sifflet de 14 heures, les paniers étaient vides.", True),
        # a figure past a day's hours, a word or a modifier: a length
        ("Ils sont en grève depuis 48 heures.", False),
        ("La réunion a duré près de 3 heures.", False),
        ("Il a parlé pendant 2 heures.", False),
        # (review) a noun of a length, or what the hours count
        ("Les salariés ont observé une grève de 3 heures.", False),
        ("Au bout de 3 heures, les pompiers ont maîtrisé le feu.", False),
        ("Elles ont abouti au terme de 10 heures de discussions.", False),
    ],
)
def test_hours_that_may_be_a_clock_time(sentence: str, flagged: bool) -> None:
    (hours,) = [a for a in find_temporal(sentence, PUB, "t") if a.kind == "duration"]
    assert ("or-clock" in hours.flags) is flagged, hours


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # (blind22) "avant" of "avant-hier" is no offset of the years before it
        ("Elle a fêté ses 112 ans avant-hier à Fécamp.", "2024-06-17"),
        ("Il a soufflé ses 40 bougies après-demain.", "2024-06-21"),
    ],
)
def test_a_day_after_a_length_of_time_is_read_whole(sentence: str, value: str) -> None:
    dates = [a for a in find_temporal(sentence, PUB, "t") if a.kind == "date"]
    assert [d.value for d in dates] == [value]


@pytest.mark.parametrize(
    ("sentence", "is_age"),
    [
        # (blind23) an age apposed to a full name, ending the sentence
        ("« Mon village compte 250 habitants », résume le maire, Bernard Castan, 67 ans.", True),
        ("Aux commandes de l'Airbus, Claire Fontanel, 52 ans. Une pilote expérimentée.", True),
        # a place or a firm before the comma: a length
        ("Il a vécu à La Rochelle, 10 ans.", False),
        ("Il a travaillé chez Air France, 30 ans.", False),
        ("Il a vécu à Paris, 10 ans.", False),
    ],
)
def test_an_age_apposed_at_the_end_of_a_sentence(sentence: str, is_age: bool) -> None:
    durations = [a for a in find_temporal(sentence, PUB, "t") if a.kind == "duration"]
    assert (not durations) is is_age, durations


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a zone after a clock time joins its span and its value (ISO 8601)
        ("Le vote s'ouvre à 7 heures GMT.", "2024-06-19", [("7 heures GMT", "T07Z", "2024-06-19T07Z", ())]),
        ("Il est attendu à 14 h UTC+3.", "2024-06-19", [("14 h UTC+3", "T14+03:00", "2024-06-19T14+03:00", ())]),
        # an IANA zone, at the summer or winter time of the day told
        ("Le match débute à 21 h heure française.", "2024-01-10", [("21 h heure française", "T21+01:00", "2024-01-10T21+01:00", ())]),
        ("Le match débute à 21 h heure française.", "2024-07-10", [("21 h heure française", "T21+02:00", "2024-07-10T21+02:00", ())]),
        ("Le scrutin ferme le 5 novembre à 20 heures, heure de New York.", "2024-10-01",
         [("5 novembre à 20 heures, heure de New York", "2024-11-05T20-05:00", None, ())]),
        ("L'annonce est tombée à 10 h (heure de Pékin).", "2024-06-19",
         [("10 h (heure de Pékin)", "T10+08:00", "2024-06-19T10+08:00", ())]),
        # a time and its conversion: the conversion is a time told already,
        # and the difference gives the first its zone
        ("Il est arrivé à 16h00 heure locale (07h00 GMT).", "2024-06-19",
         [("16h00", "T16:00+09:00", "2024-06-19T16:00+09:00", ("zone-derived",)),
          ("07h00 GMT", "T07:00Z", "2024-06-19T07:00Z", ("other-zone",))]),
        # no zone: "heure locale" names none, "à Paris" tells a place, "tu" is a pronoun
        ("Il arrive à 16 heures heure locale.", "2024-06-19", [("16 heures", "T16", "2024-06-19T16", ())]),
        ("Il est arrivé à 8 heures à Paris.", "2024-06-19", [("8 heures", "T08", "2024-06-19T08", ())]),
        ("Dis-moi à 8 heures tu viendras.", "2024-06-19", [("8 heures", "T08", "2024-06-19T08", ())]),
        ("Rendez-vous à 15 h (heure de Paris et de Berlin).", "2024-06-19", [("15 h", "T15", "2024-06-19T15", ())]),
    ],
)
def test_a_clock_time_with_its_zone(sentence: str, published: str,
                                   expected: list[tuple[str, str, str | None, tuple[str, ...]]]) -> None:
    got = [a for a in find_temporal(sentence, published, "t") if a.kind in ("time", "datetime")]
    assert [(a.text, a.value, a.implied, tuple(f for f in a.flags if f not in ("day-in-sentence", "relative"))) for a in got] == expected


@pytest.mark.parametrize(
    ("text", "published", "mention", "value", "implied"),
    [
        # a bound after a past verb may lie ahead: the nearer day
        ("La vigilance a été prolongée jusqu'à lundi midi.", "2024-08-03", "lundi midi", "2024-08-05T12", None),
        ("Il a été détenu jusqu'à lundi.", "2024-08-07", "lundi", "2024-08-05", None),
        # a relative year told right before a day and month gives them its year
        ("L'an dernier, le samedi 5 août, le pic avait atteint 870 kilomètres.", "2024-08-03",
         "samedi 5 août", "2023-08-05", None),
        # a future clause's clock time is not on the past day told the sentence before
        ("Le bal a attiré hier soir 3 000 personnes. Il rouvrira ses portes à 21 heures.", "2022-07-14",
         "21 heures", "T21", "2022-07-14T21"),
        # a plan of the past ("avait été programmé") tells no future: the day told before
        ("Ce dimanche, à 11h04, la tour s'est effondrée. Le tir avait été programmé à 11 heures.", "2026-04-22",
         "11 heures", "T11", "2026-04-19T11"),
    ],
)
def test_days_of_bounds_years_told_and_clauses(text: str, published: str, mention: str, value: str,
                                              implied: str | None) -> None:
    (got,) = [a for a in find_temporal(text, published, "t") if a.text == mention]
    assert (got.value, got.implied) == (value, implied)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # "le week-end de/du" a day: that day's weekend, not this week's
        ("Le week-end du 15 août sera chargé.", "2024-06-20",
         [("Le week-end du 15 août", "2024-W33-WE", "2024-08-17/2024-08-18")]),
        ("Le week-end de Pâques a été calme.", "2024-06-20",
         [("Le week-end de Pâques", "2024-W13-WE", "2024-03-30/2024-03-31")]),
        ("Les hôtels sont pleins pour le week-end du 14-Juillet.", "2022-07-07",
         [("le week-end du 14-Juillet", "2022-W28-WE", "2022-07-16/2022-07-17")]),
        # a Monday or a Tuesday's is the long weekend before it
        ("Le week-end du lundi 1er juin 2026 sera chaud.", "2026-05-20",
         [("Le week-end du lundi 1er juin 2026", "2026-W22-WE", "2026-05-30/2026-05-31")]),
        ("Ce week-end du 15 août, il pleut.", "2024-06-20",
         [("Ce week-end du 15 août", "2024-W33-WE", "2024-08-17/2024-08-18")]),
        # "ce week-end" alone stays this one
        ("Ce week-end, il pleut.", "2024-06-20", [("Ce week-end", "2024-W25-WE", "2024-06-22/2024-06-23")]),
    ],
)
def test_the_weekend_of_a_day(sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    got = [a for a in find_temporal(sentence, published, "t") if a.kind == "date"]
    assert [(a.text, a.value, a.implied) for a in got] == expected


def test_noon_converted_gives_its_zone() -> None:
    got = find_temporal("Il prêtera serment lundi à midi, heure locale, soit 18 heures à Paris.", "2025-01-20", "t")
    assert [(a.text, a.value, a.flags) for a in got] == [
        ("lundi à midi", "2025-01-20T12-05:00", ("relative", "zone-derived")),
        ("18 heures à Paris", "T18+01:00", ("day-in-sentence", "other-zone")),
    ]


def test_the_same_day_with_no_day_in_reach_names_none() -> None:
    """"le jour même" two sentences after any day names a day the text
    told, not the publication's: no date rather than a wrong one."""
    text = ("Hier, l'expert a remis son rapport. Selon lui, une fuite avait détrempé les fondations. "
            "« L'immeuble ne tenait plus », conclut-il. Une femme a été extraite des décombres le jour même.")
    assert [a.text for a in find_temporal(text, "2026-03-07", "t")] == ["Hier"]
    told = find_temporal("Le 3 mai, un incendie a éclaté. Il a été maîtrisé le jour même.", "2024-06-20", "t")
    assert [(a.text, a.value) for a in told] == [("3 mai", "2024-05-03"), ("le jour même", "2024-05-03")]


def test_a_conversion_is_on_the_first_times_day_moved_to_its_clock() -> None:
    got = find_temporal("Ils ont signé jeudi 14 mars à 22 h 10, heure de Paris, soit 5 h 10 à Pékin.", "2024-03-15", "t")
    assert [(a.text, a.implied) for a in got if a.kind == "time"] == [("5 h 10 à Pékin", "2024-03-15T05:10+08:00")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a number never opens on a scale word: "31 millions un an plus tôt"
        ("Un bénéfice de 12 millions d'euros, contre 31 millions un an plus tôt.", "2018-09-11",
         [("un an plus tôt", "P1Y", None)]),
        # "et une" makes minutes only before "minute(s)"
        ("Un défilé à 17 heures et une exposition.", "2024-01-25", [("17 heures", "T17", "2024-01-25T17")]),
        ("Il est parti à 17 heures et une minute.", "2024-01-25", [("17 heures et une minute", "T17:01", "2024-01-25T17:01")]),
        ("Il est arrivé à 17 heures et 30.", "2024-01-25", [("17 heures et 30", "T17:30", "2024-01-25T17:30")]),
        # "peu après 6 heures" is a time of day; "peu après 6 heures de garde à vue" an amount
        ("Un automobiliste est mort peu après 6 heures.", "2023-11-02", [("6 heures", "T06", "2023-11-02T06")]),
        ("Il a été libéré peu après 6 heures de garde à vue.", "2023-11-02", [("6 heures", "PT6H", None)]),
        # a clock time converted after a comma, no "soit"
        ("Le coup d'envoi a été donné à 22 heures heure locale, 21 heures à Paris.", "2023-06-10",
         [("22 heures", "T22", "2023-06-10T22"), ("21 heures à Paris", "T21+02:00", "2023-06-10T21+02:00")]),
        # ... whatever "soit" comes before
        ("Bien qu'il soit tard, le vol décolle à 22 heures heure locale, 21 heures à Paris.", "2023-06-10",
         [("22 heures", "T22", "2023-06-10T22"), ("21 heures à Paris", "T21+02:00", "2023-06-10T21+02:00")]),
        # "reporté jeudi" is the day the plan changed; "reporté à jeudi" its new day
        ("Le lancement, reporté jeudi, aura lieu ce vendredi.", "2023-04-14",
         [("jeudi", "2023-04-13", None), ("ce vendredi", "2023-04-14", None)]),
        ("Le lancement, reporté à jeudi, aura lieu comme prévu.", "2023-04-14", [("jeudi", "2023-04-20", None)]),
        # a bare participle governing the date tells its time, whatever the verb after
        ("Les conseils municipaux élus le 15 mars pourront enfin s'installer.", "2020-05-23",
         [("15 mars", "2020-03-15", None)]),
        # ... nor a quoted word
        ("Les « élus » le 15 mars pourront siéger.", "2026-01-10", [("15 mars", "2026-03-15", None)]),
        # ... not when a verb comes between ("le président élu prêtera serment lundi")
        ("Le président élu prêtera serment lundi.", "2025-01-17", [("lundi", "2025-01-20", None)]),
    ],
)
def test_set_10_readings(text: str, published: str, expected: list[tuple[str, str, str | None]]) -> None:
    """(TimeML set 10) scale words, "et une", "peu après", conversions after
    a comma, changed plans and governing participles."""
    got = [a for a in find_temporal(text, published, "t") if a.kind in ("date", "time", "datetime", "duration")]
    assert [(a.text, a.value, a.implied) for a in got] == expected


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # a day told in a narrative past after a date of history takes its year
        ("Le 9 octobre 1981, la loi était promulguée, après son adoption par le Sénat le 30 septembre.",
         "2021-10-09", "30 septembre", "1981-09-30"),
        ("Le 9 octobre 1981, la loi était promulguée. Robert Badinter avait défendu le texte le 17 septembre.",
         "2021-10-09", "17 septembre", "1981-09-17"),
        ("Le 25 janvier 1924, s'ouvraient les premiers Jeux. Les épreuves s'étaient déroulées jusqu'au 5 février.",
         "2024-01-25", "5 février", "1924-02-05"),
        # the nearest such day: a December before a January of history
        ("Le 3 janvier 1990, le dictateur se rendait. Il s'était réfugié à la nonciature le 24 décembre.",
         "2020-01-03", "24 décembre", "1989-12-24"),
        # not the passé composé, which tells of now, nor a future
        ("Né le 3 mars 1950, il est mort le 12 janvier.", "2021-10-09", "12 janvier", "2021-01-12"),
        ("Le 7 janvier 2015, Charlie Hebdo était attaqué. Une cérémonie aura lieu le 7 janvier.",
         "2021-10-09", "7 janvier", "2022-01-07"),
        # nor after a date of the last year
        ("Le 9 octobre 2021, la loi était promulguée, après son adoption le 30 septembre.",
         "2021-10-12", "30 septembre", "2021-09-30"),
    ],
)
def test_the_year_of_a_narrated_history(text: str, published: str, mention: str, value: str) -> None:
    """(TimeML set 10) "le 30 septembre" after "le 9 octobre 1981" in an
    imperfect or pluperfect narration is of 1981."""
    (got,) = [a for a in find_temporal(text, published, "t") if a.text == mention]
    assert got.value == value


def test_a_part_of_the_day_told_carries_the_narrative_on() -> None:
    """A part of the day of the day being told keeps telling it: "Le mois
    suivant" a sentence later counts from it, and small hours after its
    evening are the next morning's."""
    text = ("Le 11 septembre 1973, l'aviation bombardait le palais. Allende s'y donnait la mort en début "
            "d'après-midi. Le mois suivant, des milliers d'opposants étaient détenus.")
    got = {a.text: a.value for a in find_temporal(text, "2023-09-11", "t")}
    assert got["Le mois suivant"] == "1973-10"
    text = ("Le feu, parti hier vers 15 heures, a parcouru 700 hectares. Dans la soirée, les flammes atteignent "
            "les maisons. Il faut attendre 4 heures du matin pour que le vent faiblisse.")
    (clock,) = [a for a in find_temporal(text, "2025-09-03T09:20", "t") if a.text == "4 heures du matin"]
    assert clock.implied == "2025-09-03T04"


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # (TimeML set 11) "l'année précédente" counts from the year told, as
        # "la veille" from the day told; "l'an dernier" would count from now
        ("En 2018, la France avait recensé 2 913 cas, contre 520 l'année précédente.", "l'année précédente", "2017"),
        ("L'usine a fermé en 2015. L'année suivante, le site a été vendu.", "L'année suivante", "2016"),
        ("L'usine a fermé en mars 2015. Le mois suivant, le site a été vendu.", "Le mois suivant", "2015-04"),
        ("En 2018, la France avait recensé 2 913 cas, contre 520 l'an dernier.", "l'an dernier", "2018"),
        # a date of birth or foundation is background, not the year told
        ("Né en 1975, le patron a vu son chiffre doubler par rapport à l'année précédente.", "l'année précédente",
         "2018"),
    ],
)
def test_the_year_or_month_after_one_told(text: str, mention: str, value: str) -> None:
    (got,) = [a for a in find_temporal(text, "2019-02-21", "t") if a.text == mention]
    assert got.value == value


@pytest.mark.parametrize(
    ("text", "mention", "value", "mod"),
    [
        # dawn is a morning: of the day named, else of the day told
        ("Les gendarmes les avaient interpellés mardi à l'aube.", "mardi à l'aube", "2019-11-12TMO", None),
        ("Le 2 février 2018 à l'aube, la police est intervenue.", "2 février 2018 à l'aube", "2018-02-02TMO", None),
        ("Le feu a repris mardi au petit matin.", "mardi au petit matin", "2019-11-12TMO", "START"),
        ("Les secours sont intervenus au lever du jour.", "au lever du jour", "2019-11-15TMO", None),
        ("Depuis l'aube, une dizaine de bombardiers d'eau tournent.", "Depuis l'aube", "2019-11-15TMO", None),
    ],
)
def test_dawn_is_a_morning(text: str, mention: str, value: str, mod: str | None) -> None:
    (got,) = [a for a in find_temporal(text, "2019-11-15", "t") if a.text == mention]
    assert (got.value, got.mod) == (value, mod)


@pytest.mark.parametrize(
    "text", ["Tous les jours, à l'aube, les pêcheurs partent en mer.",
             "Chaque samedi, dans la matinée, le marché s'installe place du Général-de-Gaulle."]
)
def test_a_part_of_the_day_after_a_set_is_no_one_day(text: str) -> None:
    """(review) "Tous les jours, à l'aube": every day's dawn, no one day's."""
    assert [a.text for a in find_temporal(text, "2019-03-14", "t") if a.kind != "set" and "T" in str(a.value)] == []


def test_a_part_of_the_day_after_a_day_and_a_set_is_that_day_s() -> None:
    """(TimeML set 9) "atteint dimanche, avec un patient toutes les quatre
    minutes en début d'après-midi": Sunday's afternoon."""
    text = "Le pic a été atteint dimanche, avec un patient toutes les quatre minutes en début d'après-midi."
    (part,) = [a for a in find_temporal(text, "2026-02-18", "t") if "après-midi" in a.text]
    assert part.value == "2026-02-15TAF"


def test_an_offset_in_minutes_counts_from_the_clock_time_before_it() -> None:
    """(TimeML set 12) "vers 3 h 10, … Vingt minutes plus tard" is 3 h 30 of
    that day; a comparison ("deux heures plus tard que prévu") is none."""
    text = ("Samedi, vers 3 h 10, une voiture a percuté la vitrine. Vingt minutes plus tard, les policiers "
            "interpellaient le conducteur.")
    (later,) = [a for a in find_temporal(text, "2021-02-14", "t") if a.text == "Vingt minutes plus tard"]
    assert later.implied == "2021-02-13T03:30"
    text = "Il est arrivé à 14 heures, deux heures plus tard que prévu."
    (later,) = [a for a in find_temporal(text, "2021-02-14", "t") if a.text == "deux heures plus tard"]
    assert later.implied is None


def test_a_part_of_the_day_since_which_is_today_s() -> None:
    """"Depuis l'aube" runs up to now: the day of writing's dawn, though
    the paragraph told yesterday's fire in the past."""
    text = ("Le feu est parti hier vers 15 heures. Il faut attendre 4 heures du matin pour que le vent faiblisse. "
            "Depuis l'aube, une dizaine de bombardiers d'eau ont repris leurs rotations.")
    (dawn,) = [a for a in find_temporal(text, "2025-09-03T09:20", "t") if a.text == "Depuis l'aube"]
    assert dawn.value == "2025-09-03TMO"
    text = "Mardi, les secours sont intervenus. Depuis l'aube, ils fouillent les décombres."
    (dawn,) = [a for a in find_temporal(text, "2019-03-14", "t") if a.text == "Depuis l'aube"]
    assert dawn.value == "2019-03-14TMO"


def test_a_morning_after_a_night_told_ends_it() -> None:
    """"Dans la nuit du 11 au 12 mars 2019, … Découvert au petit matin": the
    morning of the 12th, and "trois jours plus tard" counts from it."""
    text = ("Dans la nuit du 11 au 12 mars 2019, deux hommes s'étaient introduits dans la ferme. Découvert au "
            "petit matin par un voisin, il était mort trois jours plus tard à l'hôpital.")
    got = {a.text: a for a in find_temporal(text, "2025-06-06", "t")}
    assert got["au petit matin"].value == "2019-03-12TMO"
    assert got["trois jours plus tard"].implied == "2019-03-15"
    # counted from the night itself, from its morning too: one death day
    text = "Dans la nuit du 11 au 12 mars 2019, ils l'avaient ligoté. Il était décédé trois jours plus tard."
    got = {a.text: a for a in find_temporal(text, "2025-06-06", "t")}
    assert got["trois jours plus tard"].implied == "2019-03-15"
    # back from a night, from its evening: last year's New Year's Eve
    text = "Dans la nuit du 31 décembre au 1er janvier, 214 véhicules ont brûlé, contre 241 un an plus tôt."
    (earlier,) = [a for a in find_temporal(text, "2019-01-02T08:30", "t") if a.text == "un an plus tôt"]
    assert earlier.implied == "2017"


@pytest.mark.parametrize(
    "text", ["À l'aube de sa carrière, il a tout gagné.", "L'aube d'une nouvelle ère, a-t-il dit.",
             "Les renforts sont venus depuis l'Aube et la Marne."]
)
def test_a_figurative_dawn_is_no_time(text: str) -> None:
    """(nor "l'Aube", the département: "venus depuis l'Aube")"""
    assert find_temporal(text, "2019-11-15", "t") == []


@pytest.mark.parametrize(
    ("text", "mention", "implied"),
    [
        # (TimeML set 11) an offset set off after a date restates it: counted
        # from an earlier date, it names the one before it
        ("Le barrage a cédé le 2 décembre 1959. Il avait été achevé en 1954, cinq ans plus tôt.",
         "cinq ans plus tôt", "1954"),
        ("Le 12 septembre 1940, ils découvraient la grotte. Marcel avait repéré l'entrée le 8 septembre, "
         "quatre jours plus tôt.", "quatre jours plus tôt", "1940-09-08"),
        ("Ouverte en 1948, la grotte avait dû fermer en avril 1963, quinze ans plus tard, à cause des moisissures.",
         "quinze ans plus tard", "1963"),
        # not set off: counted from the date before it
        ("Le procès s'est ouvert le 3 mai 2018. Deux jours plus tard, le verdict tombait.",
         "Deux jours plus tard", "2018-05-05"),
        # a new clause after the comma, not an apposition
        ("Le suspect a été interpellé le 5 mars 2019, deux jours plus tard, il était mis en examen.",
         "deux jours plus tard", "2019-03-07"),
        ("Il est arrivé au club en 2015, deux ans plus tard il était capitaine.", "deux ans plus tard", "2017"),
        ("Elle a obtenu son diplôme en 2010 (deux ans plus tard, elle créait sa société).",
         "deux ans plus tard", "2012"),
    ],
)
def test_an_offset_set_off_after_a_date_restates_it(text: str, mention: str, implied: str) -> None:
    (got,) = [a for a in find_temporal(text, "2020-09-12", "t") if a.text == mention]
    assert got.implied == implied


def test_a_narrated_year_needs_a_day_near_the_one_stated() -> None:
    """A pluperfect also tells a recent past before a later event: "l'audience
    du 8 janvier" after "le 12 juin 2024" is this January's, months away
    from any day of that narration."""
    text = ("Le recours avait été déposé le 12 juin 2024. Lors de l'audience du 8 janvier, "
            "le rapporteur public avait conclu à l'annulation.")
    (got,) = [a for a in find_temporal(text, "2026-01-23T10:30", "t") if a.text == "8 janvier"]
    assert got.value == "2026-01-08"


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # a clock time from a place: a time; a distance is a duration
        ("Le cortège s'élancera à 14 heures de la gare de l'Est.", "2019-12-05T09:30", "14 heures", "T14"),
        ("Le car partira à 8 heures de la mairie.", "2019-12-05T09:30", "8 heures", "T08"),
        ("Le village est à 2 heures de route de Paris.", "2019-12-05T09:30", "2 heures", "PT2H"),
        ("Situé à 3 heures de Lyon, le lac attire.", "2019-12-05T09:30", "3 heures", "PT3H"),
        # a day and month "suivant" after a day told: the first one after it
        ("Le 6 mai 1994, ils inauguraient le tunnel. Les trains ne circuleront qu'à partir du "
         "14 novembre suivant.", "2024-05-06", "14 novembre suivant", "1994-11-14"),
        ("Le 6 mai 1994, ils inauguraient le tunnel, prévu le 10 avril suivant.", "2024-05-06",
         "10 avril suivant", "1995-04-10"),
        ("Le 6 mai 1994, ils inauguraient le tunnel, annoncé le 3 janvier précédent.", "2024-05-06",
         "3 janvier précédent", "1994-01-03"),
        # the last weekend whole in its month
        ("La prochaine édition se tiendra le dernier week-end d'octobre 2026.", "2025-10-26",
         "dernier week-end d'octobre 2026", "2026-W43-WE"),
        # the historical present: a weekday told again is the day the text
        # gave it, in a narration going forward (from Wednesday)
        ("Le randonneur porté disparu depuis jeudi a été retrouvé ce dimanche. Parti mercredi à l'aube, il "
         "devait rentrer le soir même. Jeudi, sa compagne donne l'alerte vers 8 heures.", "2025-08-17T19:00",
         "Jeudi", "2025-08-14"),
        # (review) not an announcement after a state since that day
        ("Les cheminots sont en grève depuis jeudi. Jeudi, le Premier ministre reçoit les syndicats.",
         "2026-03-10T09:00", "Jeudi", "2026-03-12"),
        # after a day, dawn is its morning whatever follows
        ("Parti seul mercredi à l'aube du col de la Machine, il devait rentrer le soir.", "2025-08-17",
         "mercredi à l'aube", "2025-08-13TMO"),
        # a night in a past clause is no night of a day ahead told before it
        ("8 h 15 – La grève sera reconduite demain et probablement samedi. 7 h 50 – Dans la nuit, des "
         "dépôts de bus ont été bloqués.", "2019-12-05T09:30", "Dans la nuit", "2019-12-04TNI"),
        # the end of a day told right before
        ("La remise, annoncée samedi en fin de journée par le gouvernement, s'appliquera.", "2022-02-28",
         "en fin de journée", "2022-02-26"),
        # "d'ici à la" looks ahead
        ("Ils espèrent écouler 2 500 tonnes d'ici à la mi-juillet, quand le gel avait tout détruit.",
         "2022-06", "mi-juillet", "2022-07"),
        # a clause of "quand" about the year told right before it
        ("Ils espèrent 2 500 tonnes, contre 1 800 l'an dernier, quand le gel d'avril avait détruit les fleurs.",
         "2022-06", "avril", "2021-04"),
        # (review) "à partir de" after a past verb: the last one
        ("Le couvre-feu pour les mineurs a été levé à partir de vendredi.", "2026-03-10", "vendredi",
         "2026-03-06"),
    ],
)
def test_set_13_readings(text: str, published: str, mention: str, value: str) -> None:
    (got,) = [a for a in find_temporal(text, published, "t") if a.text == mention]
    assert got.value == value


def test_a_week_or_month_a_day_set_off_after_it_restates() -> None:
    """"La semaine dernière, le mardi 9 juin": the week is flagged
    ``restated`` (it backs no other day); told apart, it is not."""
    flags = {a.text: a.flags for a in find_temporal(
        "La semaine dernière, le mardi 9 juin, l'Inrap a levé le voile. En juin, le 19, ils ont signé.",
        "2026-06-17", "t")}  # fmt: skip
    assert "restated" in flags["La semaine dernière"] and "restated" in flags["juin"]
    assert "restated" not in flags["mardi 9 juin"]
    apart = find_temporal("La semaine dernière, Paul est venu. Le 9 juin, il est parti.", "2026-06-17", "t")
    assert all("restated" not in a.flags for a in apart)


@pytest.mark.parametrize(
    ("text", "published", "mention", "value", "mod"),
    [
        # a denied "avant": on or after, at the earliest
        ("Par solidarité, aucun bateau du port ne sortira avant jeudi.", "2026-02-11", "jeudi", "2026-02-12",
         "ON_OR_AFTER"),
        ("Le verdict n'est pas attendu avant le 12 mars.", "2026-02-11", "12 mars", "2026-03-12", "ON_OR_AFTER"),
        ("Il est parti avant jeudi.", "2026-02-11", "jeudi", "2026-02-05", "BEFORE"),
        # "n'importe quand" is no negation
        ("Vous pouvez déposer le dossier n'importe quand avant jeudi.", "2026-02-11", "jeudi", "2026-02-12",
         "BEFORE"),
        # a conditional is a future seen from the past: the nearer day
        ("Le comité a annoncé qu'aucun bateau ne sortirait avant jeudi.", "2026-02-11T06:00", "jeudi",
         "2026-02-12", "ON_OR_AFTER"),
        # (not the auxiliary of a past conditional)
        ("L'incendie aurait débuté mardi.", "2026-02-11", "mardi", "2026-02-10", None),
    ],
)
def test_blind44_readings(text: str, published: str, mention: str, value: str, mod: str | None) -> None:
    (got,) = [a for a in find_temporal(text, published, "t") if a.text == mention]
    assert (got.value, got.mod) == (value, mod)


def test_today_after_a_participle_of_what_is_known_is_the_present() -> None:
    (got,) = find_temporal("Une quarantaine de ses toiles sont connues aujourd'hui.", "2026-03-21", "t")
    assert (got.value, got.flags) == ("PRESENT_REF", ("vague",))
    (event,) = find_temporal("Il est reçu aujourd'hui à Matignon.", "2026-03-21", "t")
    assert event.value == "2026-03-21"


@pytest.mark.parametrize(
    "word",
    "serait seraient aurait pourrait devrait faudrait ferait irait viendrait prendrait mettrait sortirait "
    "partiraient donnerait fermerait reprendrait ouvrirait finirait rendrait dirait écrirait suivrait".split(),
)
def test_conditionals(word: str) -> None:
    from factcheck.normalize.temporal_base import _conditional

    assert _conditional(word)


@pytest.mark.parametrize(
    "word",
    "espérait serrait durait tirait attirait assurait était faisait montrait entrait courait mourait cadrait "
    "opérait considérait ouvrait offrait enterrait pleurait figurait".split(),
)
def test_imperfects_are_no_conditionals(word: str) -> None:
    from factcheck.normalize.temporal_base import _conditional

    assert not _conditional(word)


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # (review) a distance or a countdown, no clock time from a place
        ("Le leader n'est plus qu'à 15 heures de l'arrivée en Guadeloupe.", "15 heures", "PT15H"),
        ("Les participants se trouvent à 2 heures de la frontière.", "2 heures", "PT2H"),
        # (review) a clause of "où" after a comma ends at the next one
        ("Le club, racheté en 2018, où il végétait en Ligue 2, jouera la finale le 31 mai.", "31 mai",
         "2026-05-31"),
        # (set 14) "la semaine suivante" after a week told: the week after it
        ("Les experts seront entendus la semaine prochaine et les parties civiles la semaine suivante.",
         "la semaine suivante", "2026-W13"),
        # (review) eras: a thousands space, "apr. J.-C."
        ("Les fresques remontent à 2 500 av. J.-C., selon l'Inrap.", "2 500 av. J.-C.", "BC2500"),
        ("Le site fut occupé jusqu'en 400 apr. J.-C.", "400 apr. J.-C.", "0400"),
    ],
)
def test_review_26_readings(text: str, mention: str, value: str) -> None:
    (got,) = [a for a in find_temporal(text, "2026-03-10", "t") if a.text == mention]
    assert got.value == value


@pytest.mark.parametrize(
    ("text", "published", "words", "value"),
    [
        # (TimeML set 15) a weekday in a future clause after a range of days
        # told ahead is that range's day
        ("Le festival se tiendra du jeudi 18 au dimanche 21 juillet. Le concert d'ouverture, jeudi à 21 heures, "
         "sera suivi d'un bal. Samedi, une scène gratuite accueillera les écoles.", "2019-07-02", "Samedi", "2019-07-20"),
        ("Le festival se tiendra du jeudi 18 au dimanche 21 juillet. Le concert d'ouverture, jeudi à 21 heures, "
         "sera suivi d'un bal.", "2019-07-02", "jeudi à 21 heures", "2019-07-18T21"),
        # not a day told alone, nor a range longer than a week
        ("Les stations ne rouvriront pas avant le 7 janvier. Vendredi, les pistes de fond seront ouvertes.",
         "2020-12-24", "Vendredi", "2020-12-25"),
        ("Le festival aura lieu du 14 au 30 juillet. Dimanche, la billetterie ouvrira.", "2023-06-15", "Dimanche",
         "2023-06-18"),
        # nor a weekday in the past
        ("Le festival se tiendra du jeudi 18 au dimanche 21 juillet. Samedi, les organisateurs ont dévoilé le programme.",
         "2019-07-02", "Samedi", "2019-06-29"),
    ],
)
def test_a_weekday_ahead_falls_in_the_range_of_days_just_told(text, published, words, value):
    assert value_of(text, published, words) == value


def test_a_negation_between_auxiliary_and_participle_keeps_the_past():
    """(blind45) "La tentative de dialogue de mercredi soir n'a rien donné"
    read on Friday: last Wednesday's evening, as with "n'a pas donné"."""
    for verb in ("n'a rien donné", "n'a pas donné", "n'a guère avancé"):
        (a,) = find_temporal(f"La réunion de mercredi soir {verb}.", "2026-03-06T06:00", "t")
        assert a.value == "2026-03-04TEV", verb


@pytest.mark.parametrize(
    ("text", "published", "words", "value"),
    [
        # (TimeML set 15) a day of the month alone takes the next month under
        # a future, when the publication's has passed it (a past moves nothing)
        ("La réunion aura lieu le 18.", "2019-03-20", "18", "2019-04-18"),
        ("La réunion a eu lieu le 18.", "2019-03-20", "18", "2019-03-18"),
        ("La réunion a eu lieu le 28.", "2019-03-20", "28", "2019-03-28"),
        ("La réunion aura lieu le 28.", "2019-03-20", "28", "2019-03-28"),
        # a night told in a past clause at noon is the night that has ended
        ("Dans la nuit, 3 000 habitants ont été évacués.", "2022-08-10T12:40", "Dans la nuit", "2022-08-09TNI"),
        ("Dans la nuit, les pompiers interviendront.", "2022-08-10T12:40", "Dans la nuit", "2022-08-10TNI"),
        # (review) ... and still the year opening the sentence before the colon
        ("En 2019, la crue de la Saône avait connu deux pics : le 3 mars et le 12 avril.", "2026-03-20",
         "12 avril", "2019-04-12"),
        # (review) a past verb moves no day alone back: it may govern a plan
        ("Le match, initialement prévu le 25, a été reporté.", "2026-03-20", "25", "2026-03-25"),
        # a year framing the statement a colon opens
        ("Ce week-end est le plus chargé de l'été : l'an dernier, le pic avait atteint 870 km le 1er août.",
         "2021-07-31T06:45", "1er août", "2020-08-01"),
    ],
)
def test_days_nights_and_frames_in_context(text, published, words, value):
    assert value_of(text, published, words) == value


@pytest.mark.parametrize("text", ["Un voisin compose le 18.", "Il faut appeler le 15.", "Elle a tenté de joindre le 17."])
def test_an_emergency_number_is_no_day(text):
    """(TimeML sets 13-15) "compose le 18": the firemen's number."""
    assert [a.text for a in find_temporal(text, "2019-03-31", "t")] == []


@pytest.mark.parametrize(
    ("text", "published", "words", "value"),
    [
        # (TimeML set 16) "sera en outre fermé": the future, as "sera fermé"
        ("Le pont sera en outre fermé dans la nuit de dimanche à lundi.", "2024-08-15", "la nuit de dimanche à lundi",
         "2024-08-18TNI"),
        # a range across the new year, not in the past: its start's year
        ("Les médecins appelés à la grève du 26 décembre au 2 janvier assureront les urgences.", "2022-12-24",
         "du 26 décembre au 2 janvier", "2022-12-26/2023-01-02"),
        ("La trêve a duré du 24 décembre au 3 janvier.", "2022-12-24", "du 24 décembre au 3 janvier",
         "2021-12-24/2022-01-03"),
        # a verb coordinated with no subject of its own is another clause's tense
        ("La réalisatrice l'a montré lundi soir à Lyon et sera à Rennes jeudi prochain.", "2023-09-12",
         "lundi soir", "2023-09-11TEV"),
    ],
)
def test_set_16_readings(text, published, words, value):
    assert value_of(text, published, words) == value


@pytest.mark.parametrize("text", ["Les pompiers, appelés le 18 vers 22 heures, sont intervenus.",
                                  "La mairie, contactée le 15, n'a pas répondu.", "Rappelé le 17, l'ambassadeur est parti."])
def test_a_day_after_a_participle_of_calling_is_a_day(text):
    """(review) "appelés le 18 vers 22 heures": a day, not the firemen's number."""
    assert [a.kind for a in find_temporal(text, "2026-03-20", "t")][:1] in (["date"], ["datetime"])


def test_a_date_framed_by_a_relative_year_is_relative():
    """"L'an dernier, …, le 1er août": as relative as the year framing it
    (not "En 2019, …, le 15 avril")."""
    got = {a.text: a.flags for a in find_temporal(
        "L'an dernier, le pic avait atteint 870 km le 1er août. En 2019, la cathédrale avait brûlé le 15 avril.",
        "2021-07-31", "t")}
    assert "relative" in got["1er août"] and "relative" not in got["15 avril"]


@pytest.mark.parametrize(
    ("text", "published", "mention", "value", "implied"),
    [
        # a range's end is the day "le lendemain" follows
        ("Les oraux se dérouleront du lundi 7 au mercredi 9 juillet, et les résultats seront connus le lendemain.",
         "2025-07-02", "le lendemain", "2025-07-10", None),
        # "la semaine suivante" follows the last week told, however far back
        ("Ils se retrouveront lundi à Marcoussis. Les Bleus n'ont plus battu l'Irlande depuis mars 2022. "
         "Après un déplacement en Écosse la semaine suivante, ils se reposeront.", "2024-01-27",
         "la semaine suivante", "2024-W06", None),
        # a passive past sets a bound that may lie ahead: the nearer one
        ("Le chantier a été prolongé jusqu'au 20 décembre.", "2024-11-15", "20 décembre", "2024-12-20", None),
        # a month's issue: a weekday of a range it tells ahead
        ("Le festival aura lieu du jeudi 10 au dimanche 13 juillet. Vendredi, la chanteuse montera sur scène.",
         "2025-06", "Vendredi", "2025-07-11", None),
        # a past clause takes no future day from the sentence before ...
        ("Il prendra ses fonctions le 1er janvier. Les bureaux avaient fermé à 17 heures.", "2022-10-31T11:30",
         "17 heures", "T17", None),
        ("Il prendra ses fonctions le 1er janvier. Les bureaux avaient fermé à 17 heures.", "2022-10-31T18:30",
         "17 heures", "T17", "2022-10-31T17"),
        # (a past clock later than the publication's stays of no day known:
        # "des photos publiées vers 22 heures" at 6 h 30 may be of any evening)
        ("Un million de personnes s'étaient massées pour le compte à rebours, lancé à 23 h 59.",
         "2026-01-01T12:30", "23 h 59", "T23:59", None),
    ],
)
def test_blind47_timeml17_readings(text: str, published: str, mention: str, value: str, implied: str | None) -> None:
    (got,) = [a for a in find_temporal(text, published, "t") if a.text == mention]
    assert (got.value, got.implied) == (value, implied)


def test_the_first_and_last_days_of_a_month_are_its_start_and_end() -> None:
    got = {a.text: (a.value, a.mod) for a in find_temporal(
        "Le nuage a survolé la France dans les premiers jours de mai. Les derniers jours de juin seront chauds.",
        "2021-04-26", "t")}  # fmt: skip
    # (a past clause: the last May before the publication)
    assert got == {"les premiers jours de mai": ("2020-05", "START"), "Les derniers jours de juin": ("2021-06", "END")}


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # (review) a role held is a state that lasted: the bound is past
        ("Il a été député jusqu'en juin, avant de rejoindre le gouvernement.", "2026-03-11", "juin", "2025-06"),
        ("Il a été maire de la commune jusqu'en juin.", "2026-03-11", "juin", "2025-06"),
    ],
)
def test_review28_readings(text: str, published: str, mention: str, value: str) -> None:
    (got,) = [a for a in find_temporal(text, published, "t") if a.text == mention]
    assert got.value == value


def test_the_day_after_an_event_counts_from_no_ranges_end() -> None:
    """(review) "Le lendemain de son ouverture" after "du lundi 2 au
    vendredi 6 mars" is not the 7th."""
    text = "Le procès s'est tenu du lundi 2 au vendredi 6 mars. Le lendemain de son ouverture, l'accusé a parlé."
    assert all(a.value != "2026-03-07" for a in find_temporal(text, "2026-03-11", "t"))


def test_the_next_week_follows_no_day_of_another_paragraph_or_far_back() -> None:
    """(review) "Né le 4 mai 1961 … La semaine suivante": no week of 1961."""
    text = ("Né le 4 mai 1961 à Lyon, il a fait carrière dans la banque. Il a annoncé sa candidature. "
            "Ses adversaires ont critiqué son bilan. La semaine suivante, il a présenté sa liste.")
    (got,) = [a for a in find_temporal(text, "2026-03-11", "t") if a.text == "La semaine suivante"]
    assert not got.value.startswith("1961")


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # (TimeML set 17) an evening's hour with no "à"
        ("La vigilance orange est maintenue jusqu'à ce soir 20 heures.", "ce soir 20 heures", "2026-10-25T20"),
        # a work told by its length; a showing by its time
        ("Ce drame de 1 h 58 suit une infirmière.", "1 h 58", "PT1H58M"),
        ("Le film de 20 h 50 est complet.", "20 h 50", "T20:50"),
    ],
)
def test_timeml17_clocks_and_lengths(text: str, mention: str, value: str) -> None:
    (got,) = [a for a in find_temporal(text, "2026-10-25T07:20", "t") if a.text == mention]
    assert got.value == value


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # (TimeML set 18) a past act that sets a day ahead: the nearer one
        ("Le tribunal a mis en délibéré au 9 avril son jugement.", "2026-02-12", "9 avril", "2026-04-09"),
        ("Le juge a renvoyé l'affaire au 12 mai.", "2026-02-12", "12 mai", "2026-05-12"),
        ("L'audience, initialement fixée au 20 janvier, avait été renvoyée.", "2026-02-12", "20 janvier",
         "2026-01-20"),
        # a range overnight after an evening, and the day told after a range
        ("Les poids lourds sont interdits ce soir, de 18 heures à 6 heures.", "2026-01-04T11:30",
         "ce soir, de 18 heures à 6 heures", "2026-01-04T18/2026-01-05T06"),
        ("Les transports seront gratuits de 17 heures à midi demain.", "2018-12-31T17:00",
         "de 17 heures à midi demain", "2018-12-31T17/2019-01-01T12"),
        # a number word before a plural noun is no minutes
        ("Météo-France a placé ce dimanche à 10 heures douze départements en vigilance.", "2026-01-04T11:30",
         "ce dimanche à 10 heures", "2026-01-04T10"),
    ],
)
def test_timeml18_readings(text: str, published: str, mention: str, value: str) -> None:
    (got,) = [a for a in find_temporal(text, published, "t") if a.text == mention]
    assert got.value == value


@pytest.mark.parametrize(
    ("text", "published", "mention", "value"),
    [
        # (TimeML set 18) periods of one sequence: the later in the same year
        ("La Banque de France s'attend à une inflation de 1 % au premier trimestre, puis à une remontée au second "
         "semestre.", "2025-02-28", "second semestre", "2025-H2"),
        # lengths: a match told by its length, a trip cut to
        ("Il s'est qualifié au terme d'un marathon de 4 h 24.", "2022-05-31", "4 h 24", "PT4H24M"),
        ("Depuis 1981, le trajet a été raccourci à 1 h 56.", "2021-09-27", "1 h 56", "PT1H56M"),
    ],
)
def test_timeml18_periods_and_lengths(text: str, published: str, mention: str, value: str) -> None:
    (got,) = [a for a in find_temporal(text, published, "t") if a.text == mention]
    assert got.value == value


def test_a_participle_after_a_verb_of_state_takes_its_tense() -> None:
    """(TimeML set 18) "la Bourse restera fermée lundi matin" read on a
    Sunday: tomorrow, the future of "restera", not the participle's past."""
    (got,) = find_temporal("La Bourse restera fermée lundi matin.", "2018-09-16", "t")
    assert got.value == "2018-09-17TMO"


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        # (review) minutes before a word that is no plural noun
        ("Mardi, l'explosion s'est produite à 19 heures trente dans le centre-ville.", "19 heures trente", "T19:30"),
        ("Le départ est prévu à 6 heures quarante-cinq depuis la gare de Lyon.", "6 heures quarante-cinq", "T06:45"),
        # hours spelled after an evening are an amount; a showing and a cap are times
        ("Les pompiers ont lutté hier soir trois heures contre les flammes.", "trois heures", "PT3H"),
        ("Ce soir, France 2 diffuse un film de 20 h 45 à 22 h 30.", "de 20 h 45 à 22 h 30", "T20:45/T22:30"),
        ("La fermeture des bars a été ramenée à 22 h 30 depuis lundi.", "22 h 30", "T22:30"),
        # backwards comparisons keep each period's own year
        ("Le PIB a progressé de 0,5 % au troisième trimestre 2025, après 0,3 % au deuxième trimestre.",
         "deuxième trimestre", "2025-Q2"),
    ],
)
def test_review28b_readings(text: str, mention: str, value: str) -> None:
    (got,) = [a for a in find_temporal(text, "2026-03-11", "t") if a.text == mention]
    assert got.value == value
