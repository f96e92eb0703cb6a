"""Numbers, percentages and ordinals in text: factcheck.extract.quantities."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from factcheck.extract.quantities import find_quantities, singular, with_measured_nouns
from factcheck.extract.temporal import find_temporal
from factcheck.nlp.base import Doc, Sentence, Token

FAST = settings(max_examples=100, deadline=None)


def found(text, doc=None):
    """(kind, text, value, mod, unit) of each quantity, checking spans."""
    out = []
    for a in find_quantities(text, "a", doc):
        assert a.text == text[a.start : a.end]
        assert a.article == "a"
        out.append((a.kind, a.text, a.value, a.mod, a.unit))
    return out


def values(text, doc=None):
    return [(kind, value) for kind, _, value, _, _ in found(text, doc)]


def make_doc(text: str, tagged: list[tuple[str, str, str]]) -> Doc:
    """A Doc for ``text`` from (word, lemma, POS) in order."""
    tokens, cursor = [], 0
    for i, (word, lemma, pos) in enumerate(tagged):
        start = text.index(word, cursor)
        cursor = start + len(word)
        tokens.append(Token(i, start, cursor, word, lemma, pos, i, "dep", 0))
    return Doc(text, tuple(tokens), (Sentence(0, len(text), 0, len(tokens)),), ())


# ------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les 9 navires russes", [("number", "9 navires", 9, None, "navire")]),
        ("10 000 manifestants", [("number", "10 000 manifestants", 10000, None, "manifestant")]),
        ("10\u00a0000 manifestants", [("number", "10\u00a0000 manifestants", 10000, None, "manifestant")]),
        ("1\u202f500\u202f000 réfugiés", [("number", "1\u202f500\u202f000 réfugiés", 1500000, None, "réfugié")]),
        ("une croissance de 2,5 points", [("number", "2,5 points", 2.5, None, "point")]),
        ("vingt-quatre chevaux", [("number", "vingt-quatre chevaux", 24, None, "cheval")]),
        ("soixante et onze navires", [("number", "soixante et onze navires", 71, None, "navire")]),
        ("soixante-et-onze navires", [("number", "soixante-et-onze navires", 71, None, "navire")]),
        ("deux et demi", [("number", "deux et demi", 2.5, None, None)]),
        ("trois heures et demie", [("number", "trois heures et demie", 3.5, None, "heure")]),
        ("1,5 million de personnes", [("number", "1,5 million de personnes", 1500000, None, "personne")]),
        ("3 milliards de dollars", [("number", "3 milliards de dollars", 3000000000, None, "dollar")]),
        ("1,2 milliard d'euros", [("number", "1,2 milliard d'euros", 1200000000, None, "euro")]),
        ("trois millions d’habitants", [("number", "trois millions d’habitants", 3000000, None, "habitant")]),
        ("un million et demi", [("number", "un million et demi", 1500000, None, None)]),
        ("deux mille soldats", [("number", "deux mille soldats", 2000, None, "soldat")]),
        ("2000 soldats", [("number", "2000 soldats", 2000, None, "soldat")]),
        ("20 €", [("number", "20 €", 20, None, "euro")]),
        ("$10", [("number", "$10", 10, None, "dollar")]),
        ("37°C", [("number", "37°C", 37, None, "degré")]),
        ("10 degrés en dessous de zéro", [("number", "10 degrés en dessous de zéro", -10, None, "degré")]),
        ("moins 5 degrés", [("number", "moins 5 degrés", -5, None, "degré")]),
        ("3km", [("number", "3km", 3, None, "km")]),
        ("100k", [("number", "100k", 100000, None, None)]),
        ("deux virgule cinq", [("number", "deux virgule cinq", 2.5, None, None)]),
        ("zéro virgule cent douze", [("number", "zéro virgule cent douze", 0.112, None, None)]),
        ("zéro mort", [("number", "zéro mort", 0, None, "mort")]),
        ("un demi-million de réfugiés", [("number", "un demi-million de réfugiés", 500000, None, "réfugié")]),
    ],
)
def test_numbers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("environ deux heures", ("environ deux heures", 2, "APPROX")),
        ("près de 300 soldats", ("près de 300 soldats", 300, "APPROX")),
        ("près d'un million de personnes", ("près d'un million de personnes", 1000000, "APPROX")),
        ("quelque 300 soldats", ("quelque 300 soldats", 300, "APPROX")),
        ("presque 40 morts", ("presque 40 morts", 40, "APPROX")),
        ("autour de 50 navires", ("autour de 50 navires", 50, "APPROX")),
        ("plus de 10 000 manifestants", ("plus de 10 000 manifestants", 10000, "MORE_THAN")),
        ("plus d'un million", ("plus d'un million", 1000000, "MORE_THAN")),
        ("moins de 5 blessés", ("moins de 5 blessés", 5, "LESS_THAN")),
        ("au moins trois morts", ("au moins trois morts", 3, "EQUAL_OR_MORE")),
        ("pas moins de 12 navires", ("pas moins de 12 navires", 12, "EQUAL_OR_MORE")),
        ("au plus 20 avions", ("au plus 20 avions", 20, "EQUAL_OR_LESS")),
        ("jusqu'à 500 soldats", ("jusqu'à 500 soldats", 500, "EQUAL_OR_LESS")),
        ("jusqu’à 500 soldats", ("jusqu’à 500 soldats", 500, "EQUAL_OR_LESS")),
        ("10 000 personnes environ", ("10 000 personnes environ", 10000, "APPROX")),
    ],
)
def test_modifiers_are_in_the_span(text, expected):
    (kind, span, value, mod, _unit), = found(text)
    assert kind == "number"
    assert (span, value, mod) == expected


def test_modifier_after_needs_the_end_of_the_phrase():
    assert found("une centaine au plus fort de l'intervention") == [("number", "une centaine", 100, "APPROX", None)]
    assert found("deux au moins.") == [("number", "deux au moins", 2, "EQUAL_OR_MORE", None)]
    assert found("17 au-dessus de Kiev") == [("number", "17", 17, None, None)]


def test_modifier_after_opens_the_next_number():
    assert values("au moins trois moins deux") == [("number", 3), ("number", 2)]
    assert found("deux, au moins trois")[1][3] == "EQUAL_OR_MORE"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("des dizaines de missiles", ("des dizaines de missiles", 20, "EQUAL_OR_MORE", "missile")),
        ("des centaines de soldats", ("des centaines de soldats", 200, "EQUAL_OR_MORE", "soldat")),
        ("plusieurs milliers de réfugiés", ("plusieurs milliers de réfugiés", 2000, "EQUAL_OR_MORE", "réfugié")),
        ("des dizaines de milliers de manifestants", ("des dizaines de milliers de manifestants", 20000, "EQUAL_OR_MORE", "manifestant")),
        ("quelques centaines", ("quelques centaines", 200, "EQUAL_OR_MORE", None)),
        ("des millions d'euros", ("des millions d'euros", 2000000, "EQUAL_OR_MORE", "euro")),
        ("une dizaine de navires", ("une dizaine de navires", 10, "APPROX", "navire")),
        ("une centaine", ("une centaine", 100, "APPROX", None)),
        ("un millier de soldats", ("un millier de soldats", 1000, "APPROX", "soldat")),
        ("une vingtaine d'États", ("une vingtaine d'États", 20, "APPROX", "états")),
        ("deux centaines de morts", ("deux centaines de morts", 200, "APPROX", "mort")),
        ("plus d'une centaine de morts", ("plus d'une centaine de morts", 100, "MORE_THAN", "mort")),
    ],
)
def test_approximate_amounts(text, expected):
    (kind, *rest), = found(text)
    assert kind == "number"
    assert tuple(rest) == expected


def test_quarantine_and_vague_nouns_are_not_amounts():
    assert found("placé en quarantaine") == []
    assert found("la trentaine passée") == []
    assert found("quelques navires") == []


# ------------------------------------------------------------------ un/une


@pytest.mark.parametrize(
    "text",
    [
        "un homme",
        "C'est un logement neuf",
        "Un logement neuf",
        "On ne doit pas remplacer un article ou un pronom, l'un comme l'autre.",
        "mènent toutes deux une politique étrangère",
        "n'écartait pas un « partenariat »",
        "Kim Jong-un et Kim Jong Un",
        "un an",
        "une heure",
        "plus d'un an",
        "à la une",
        "une seconde plus tard",
    ],
)
def test_un_as_article_is_not_a_number(text):
    assert [v for v in values(text) if v[1] == 1] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("un seul navire", ("un seul navire", 1, None, "navire")),
        ("au moins une victime", ("au moins une victime", 1, "EQUAL_OR_MORE", "victime")),
        ("plus d'un blessé", ("plus d'un blessé", 1, "MORE_THAN", "blessé")),
        ("un euro", ("un euro", 1, None, "euro")),
        ("un kilomètre", ("un kilomètre", 1, None, "kilomètre")),
        ("il en reste un.", ("un", 1, None, None)),
        ("un million de personnes", ("un million de personnes", 1000000, None, "personne")),
    ],
)
def test_un_that_counts(text, expected):
    (kind, *rest), = found(text)
    assert kind == "number"
    assert tuple(rest) == expected


def test_lists_of_number_words():
    assert values("Mais on peut remplacer une suite : un, deux, trois.") == [("number", 1), ("number", 2), ("number", 3)]
    assert values("un deux trois quatre vingt quinze.") == [("number", n) for n in (1, 2, 3, 95)]
    assert values("vingt un") == [("number", 20), ("number", 1)]
    assert values("mille mille deux cent") == [("number", 1000), ("number", 1200)]
    assert values("vingt-un") == []  # one malformed compound, not two numbers


def test_neuf_the_adjective():
    assert found("un logement neuf.") == []
    assert values("les neuf navires") == [("number", 9)]
    assert values("les neuf ont voté") == [("number", 9)]
    assert found("tolérance zéro.") == []


# ------------------------------------------------------------ percentages


@pytest.mark.parametrize(
    "text, value",
    [("2 %", 2), ("2%", 2), ("2,5 %", 2.5), ("2\u00a0%", 2), ("2 pour cent", 2), ("deux pour cent", 2), ("2 pour-cent", 2), ("un pour cent", 1), ("-3 %", -3)],
)
def test_percentages(text, value):
    assert found(text) == [("percentage", text, value, None, None)]


def test_percentage_with_modifier_and_what_it_is_a_share_of():
    assert found("près de 40 % des voix") == [("percentage", "près de 40 % des voix", 40, "APPROX", "voix")]
    assert found("2 % du PIB") == [("percentage", "2 % du PIB", 2, None, "pib")]
    assert found("12 % de la population") == [("percentage", "12 % de la population", 12, None, "population")]
    assert found("3 % en 2023") == [("percentage", "3 %", 3, None, None)]


# ----------------------------------------------------------------- ordinals


@pytest.mark.parametrize(
    "text, expected",
    [
        ("la deuxième rencontre", ("deuxième rencontre", 2, "rencontre")),
        ("une seconde Aurus", ("seconde Aurus", 2, "aurus")),
        ("une deuxième Aurus", ("deuxième Aurus", 2, "aurus")),
        ("la première visite", ("première visite", 1, "visite")),
        ("le premier chef d'État", ("premier chef", 1, "chef")),
        ("le second tour", ("second tour", 2, "tour")),
        ("la Seconde Guerre mondiale", ("Seconde Guerre", 2, "guerre")),
        ("il est arrivé premier.", ("premier", 1, "place")),
        ("le 2e arrondissement", ("2e arrondissement", 2, "arrondissement")),
        ("la 1re fois", ("1re fois", 1, "fois")),
        ("le 21ème siècle", ("21ème siècle", 21, "siècle")),
        ("au XXIe siècle", ("XXIe siècle", 21, "siècle")),
        ("la Ve République", ("Ve République", 5, "république")),
        ("la vingt et unième édition", ("vingt et unième édition", 21, "édition")),
        ("le vingt-cinquième anniversaire", ("vingt-cinquième anniversaire", 25, "anniversaire")),
        ("Un douzième essai", ("douzième essai", 12, "essai")),
    ],
)
def test_ordinals(text, expected):
    (kind, *rest), = [(k, t, v, u) for k, t, v, _m, u in found(text)]
    assert kind == "ordinal"
    assert tuple(rest) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la moitié des électeurs", ("la moitié des électeurs", 50, "APPROX", "électeur")),
        ("les deux tiers des députés", ("deux tiers des députés", 66.67, "APPROX", "député")),
        ("Le tiers des sièges", ("Le tiers des sièges", 33.33, "APPROX", "siège")),
        ("trois quarts de la population", ("trois quarts de la population", 75, "APPROX", "population")),
        ("un dixième du budget", ("un dixième du budget", 10, "APPROX", "budget")),
        ("la moitié de ses revenus", ("la moitié de ses revenus", 50, "APPROX", "revenu")),
        ("plus de la moitié des habitants", ("plus de la moitié des habitants", 50, "MORE_THAN", "habitant")),
        ("près d'un tiers des écoles", ("près d'un tiers des écoles", 33.33, "APPROX", "école")),
        ("un Français sur deux", ("un Français sur deux", 50, "APPROX", "français")),
        ("neuf électeurs sur dix", ("neuf électeurs sur dix", 90, "APPROX", "électeur")),
    ],
)
def test_fractions_are_shares(text, expected):
    """A fraction of something is a share: a percentage, approximate unless
    a modifier says otherwise, of what follows."""
    assert found(text) == [("percentage", *expected)]


def test_what_is_no_share():
    # a count out of a total stays a count; how often is no share
    assert values("Le parti a obtenu 89 sièges sur 577.") == [("number", 89), ("number", 577)]
    assert ("percentage", 50) not in values("Il travaille une semaine sur deux.")
    # a quarter of an hour is a duration, left to the temporal extractor
    assert found("Il a parlé un quart d'heure.") == []
    # hundredths of a second are a gap, no share of the one behind
    assert values("Cinquième, à 58 centièmes du Norvégien, il a gagné.") == [("ordinal", 5), ("number", 58)]
    assert values("Il s'est imposé avec 27 centièmes d'avance.") == [("number", 27)]
    assert values("Il était à trois dixièmes du leader.") == [("number", 3)]


@given(st.integers(1, 9), st.sampled_from([(3, "tiers"), (4, "quart"), (5, "cinquième"), (10, "dixième")]))
def test_fraction_values(parts, denominator):
    whole, word = denominator
    numerator = num2words(parts, lang="fr")
    if parts > 1 and not word.endswith("s"):
        word += "s"
    got = found(f"Selon l'étude, {numerator} {word} des salariés ont voté.")
    if parts > whole:
        assert all(kind != "percentage" for kind, *_ in got)
    else:
        assert [(kind, value) for kind, _, value, _, _ in got] == [("percentage", round(100 * parts / whole, 2))]


def test_un_before_a_fraction_is_the_article():
    assert found("un centième de seconde") == [("ordinal", "centième", 100, None, None)]
    assert found("un millionième") == [("ordinal", "millionième", 1000000, None, None)]


def test_ordinals_in_a_list():
    assert values("Premier, deuxième, troisième") == [("ordinal", 1), ("ordinal", 2), ("ordinal", 3)]
    assert values("Cinquième deuxième vingt et unième centième mille deux cent trentième.") == [
        ("ordinal", n) for n in (5, 2, 21, 100, 1230)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le Premier ministre a parlé",
        "le premier ministre a parlé",
        "la Première ministre",
        "le Premier secrétaire du parti",
        "un premier pas",
        "dans un premier temps",
        "en premier lieu",
        "au second plan",
        "de seconde main",
        "au premier chef",
        "une seconde plus tard",
        "en une seconde.",
        "une seconde de silence",
        "quelques secondes",
        "les premiers soldats",
        "le vice-premier ministre",
        "François Ier a régné",
        "Le chat",
        "Me Dupont",
        "Kim Il Sung, Élisabeth II",
        "dix unième",
    ],
)
def test_not_ordinals(text):
    assert [v for v in values(text) if v[0] == "ordinal"] == []


def test_seconde_with_a_doc():
    text = "Une seconde Aurus, puis une seconde plus tard."
    doc = make_doc(
        text,
        [
            ("Une", "un", "DET"), ("seconde", "second", "ADJ"), ("Aurus", "Aurus", "PROPN"), (",", ",", "PUNCT"),
            ("puis", "puis", "ADV"), ("une", "un", "DET"), ("seconde", "seconde", "NOUN"), ("plus", "plus", "ADV"),
            ("tard", "tard", "ADV"), (".", ".", "PUNCT"),
        ],
    )
    assert found(text, doc) == [("ordinal", "seconde Aurus", 2, None, "aurus")]


def test_unit_lemma_comes_from_the_doc():
    text = "Les 9 grands navires et 3 chevaux."
    doc = make_doc(
        text,
        [
            ("Les", "le", "DET"), ("9", "9", "NUM"), ("grands", "grand", "ADJ"), ("navires", "navire", "NOUN"),
            ("et", "et", "CCONJ"), ("3", "3", "NUM"), ("chevaux", "cheval", "NOUN"), (".", ".", "PUNCT"),
        ],
    )
    assert found(text, doc) == [
        ("number", "9 grands navires", 9, None, "navire"),
        ("number", "3 chevaux", 3, None, "cheval"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le club, 16e de Ligue 1 avec 10 points.", [("16e", 16, "place")]),
        ("Le FC Metz, 17e et avant-dernier de Ligue 1, a annoncé", [("17e", 17, "place")]),
        ("Il a fini 3e du classement général.", [("3e", 3, "place")]),
        # no ranking: a minute of a match, a member of a family
        ("un but à la 68e de jeu", [("68e", 68, None)]),
        ("le 3e de la famille", [("3e", 3, None)]),
        ("Il habite le 12e de Paris.", [("12e", 12, None)]),
        ("C'est la 3e de Juliette Binoche à Cannes.", [("3e", 3, None)]),
        ("Toulouse, 5e du Top 14, a gagné.", [("5e", 5, "place")]),
        # a rank a race or a ranking is finished at
        ("Hugo Ferrand, 31 ans, termine neuvième en 2 h 08.", [("neuvième", 9, "place")]),
        ("Le Lyonnais se classe 9e en 2 h 08.", [("9e", 9, "place")]),
        ("Il est arrivé deuxième à Paris.", [("deuxième", 2, "place")]),
        ("Il a terminé au 9e rang.", [("9e rang", 9, "place")]),
        # a rank a team is at, stays at, climbs to
        ("Le club reste 7e.", [("7e", 7, "place")]),
        ("Le club remonte à la 5e.", [("5e", 5, "place")]),
        ("Il a marqué à la 12e minute. Le club est à la 3e.", [("12e minute", 12, "minute"), ("3e", 3, "place")]),
        # (blind47) the one of a kind told with the scope of its ranking
        ("Il est désormais le cinquième éditeur européen.", [("cinquième éditeur", 5, "place")]),
        ("Lyon est la deuxième ville de France.", [("deuxième ville", 2, "place")]),
        # (not a member counted: "une deuxième Aurus", "le deuxième éditeur à signer")
        ("Une deuxième Aurus a été livrée.", [("deuxième Aurus", 2, "aurus")]),
    ],
)
def test_a_rank_in_a_ranking_is_a_place(text, expected):
    assert [(t, v, u) for kind, t, v, _, u in found(text) if kind == "ordinal"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("dont près de 7 000 venus de Narbonne", [("number", "près de 7 000", 7000, "APPROX", None)]),
        ("dont 40 venues d'Espagne", [("number", "40", 40, None, None)]),
        ("40 originaires du Maroc", [("number", "40", 40, None, None)]),
        # nouns all the same
        ("Trois partis de gauche ont signé", [("number", "Trois partis", 3, None, "parti")]),
    ],
)
def test_where_people_came_from_is_not_what_is_counted(text, expected):
    """"dont près de 7 000 venus de Narbonne": the count's noun is left out,
    "venus" says where they came from (a source's "7 000 Narbonnais" backs it)."""
    assert found(text) == expected


def test_a_participle_before_a_day_is_the_noun():
    """"27 blessés dimanche matin": the day is no noun the participle qualifies."""
    text = "27 blessés dimanche matin"
    doc = make_doc(text, [("27", "27", "NUM"), ("blessés", "blessé", "ADJ"), ("dimanche", "dimanche", "NOUN"), ("matin", "matin", "NOUN")])
    assert found(text, doc) == [("number", "27 blessés", 27, None, "blessé")]


@pytest.mark.parametrize(
    "text, units",
    [
        ("après plus de huit heures de délibéré", ["délibéré"]),
        ("condamné à vingt ans de réclusion criminelle", ["réclusion"]),
        ("après cinq jours d'audience", ["audience"]),
        ("trois jours plus tard", [None]),
        ("après deux heures de l'opération", [None]),
        ("deux ans de suite", [None]),
        ("durant deux heures, de Paris à Lyon", [None]),
    ],
)
def test_what_a_duration_measures(text, units):
    durations = [a for a in find_temporal(text, "2025-06-07", "a") if a.kind == "duration"]
    assert [a.unit for a in with_measured_nouns(text, durations, None)] == units


def test_what_a_duration_measures_from_the_doc():
    text = "Elle a pris deux ans de prisons."
    doc = make_doc(text, [("Elle", "elle", "PRON"), ("a", "avoir", "AUX"), ("pris", "prendre", "VERB"), ("deux", "deux", "NUM"),
                          ("ans", "an", "NOUN"), ("de", "de", "ADP"), ("prisons", "prison", "NOUN"), (".", ".", "PUNCT")])
    durations = [a for a in find_temporal(text, None, "a") if a.kind == "duration"]
    assert [(a.text, a.unit) for a in with_measured_nouns(text, durations, doc)] == [("deux ans", "prison")]


def test_a_compound_split_by_the_analyser_is_one_unit():
    text = "le premier Nord-Coréen"
    doc = make_doc(
        text,
        [("le", "le", "DET"), ("premier", "premier", "ADJ"), ("Nord", "Nord", "PROPN"), ("-", "-", "PUNCT"), ("Coréen", "coréen", "PROPN")],
    )
    assert found(text, doc) == [("ordinal", "premier Nord-Coréen", 1, None, "nord-coréen")]


def test_a_verb_after_the_number_is_not_its_unit_with_a_doc():
    text = "Ils étaient 9 ont voté."
    doc = make_doc(
        text,
        [("Ils", "il", "PRON"), ("étaient", "être", "AUX"), ("9", "9", "NUM"), ("ont", "avoir", "AUX"), ("voté", "voter", "VERB"), (".", ".", "PUNCT")],
    )
    assert found(text, doc) == [("number", "9", 9, None, None)]


def test_with_spacy(spacy_analyser):
    text = "Kim Jong-un a reçu une seconde Aurus et 9 navires, une seconde plus tard, au XXIe siècle."
    doc = spacy_analyser.analyse([text])[0]
    assert [(k, v, u) for k, _t, v, _m, u in found(text, doc)] == [
        ("ordinal", 2, "aurus"),
        ("number", 9, "navire"),
        ("ordinal", 21, "siècle"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaCy tags "zéro" an adjective, and the word after it a verb
        ("Il y a eu zéro victime.", [(0, "victime")]),
        ("On compte neuf morts et zéro blessé.", [(9, "mort"), (0, "blessé")]),
        ("Le taux est de zéro pour cent.", [(0, None)]),
        ("La tolérance zéro est appliquée.", []),
        ("Le compteur est revenu à zéro.", []),
        ("Zéro Déchet est une association.", []),
        ("Le score était de zéro partout.", []),
    ],
)
def test_zero_counts_before_its_noun_with_spacy(spacy_analyser, text, expected):
    doc = spacy_analyser.analyse([text])[0]
    assert [(v, u) for _k, _t, v, _m, u in found(text, doc)] == expected


# -------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "text",
    [
        "Appelez le 01 23 45 67 89.",
        "Appelez le 01.23.45.67.89 ou le +33 1 23 45 67 89.",
        "Appelez le 0123456789.",
        "Le PSG a gagné 3-1 contre Lyon.",
        "Score final : 2 - 0.",
        "la guerre de Corée (1950-1953)",
        "à 14h30",
        "à 14 h 30",
        "à 8h",
        "à 14:30",
        "le 19/06/2024",
        "le 2024-06-19",
        "le 19 juin 2024",
        "le 1er juin",
        "le premier juin",
        "mercredi 18",
        "en septembre 2023",
        "le 7 sept. 2024",
        "depuis 2000, la Russie",
        "en 2019.",
        "l'an 2000",
        "TF1 Info",
        "le G7 et le G20",
        "la COVID-19",
        "un F-35",
        "la version 3.1.0",
        "l'adresse 192.168.1.1",
        "la 5G et la 3D",
        "24/7",
        "Votre service est zéro !",
        "du 18 au 20 juin",
        "les 18 et 19 juin",
        "l'article 49.3",
        "page 12",
        "le n°1 mondial",
        "la résolution 2231",
        "recensés en semaine 14",
        "au cours de la semaine 14",
        "sur France 2",
        "la Ligue 1",
        "un Boeing 737",
        "les trois quarts",
        "un quart de finale",
        "les huitièmes de finale",
        "un tiers de confiance",
        "céder ses données à un tiers",
        "le demi de mêlée",
        "réduit de moitié",
        "les Vingt-Sept",
    ],
)
def test_nothing_found(text):
    assert found(text) == []


# -------------------------------------------------------------- properties


def reform_spelling(words: str) -> str:
    words = words.replace(" ", "-")
    return re.sub(r"-?(millions?|milliards?)-?", r" \1 ", words).strip()


@FAST
@given(st.integers(0, 999_999_999).filter(lambda n: n != 1))
def test_number_words_in_a_sentence(n):
    words = num2words(n, lang="fr")
    for written in (words, words.replace(" et ", "-et-"), reform_spelling(words), f"{n:,}".replace(",", "\u202f")):
        # "un million de navires" but "un million deux cents navires"
        noun = "de navires" if re.search(r"(?:million|milliard)s?$", written) else "navires"
        text = f"Il y a {written} {noun}."
        assert found(text) == [("number", f"{written} {noun}", n, None, "navire")]


@pytest.mark.parametrize("n", [1_000_000, 2_000_000, 3_000_000_000, 21_000_000])
def test_scale_words_count_with_de(n):
    words = num2words(n, lang="fr")
    assert found(f"Il y a {words} de navires.") == [("number", f"{words} de navires", n, None, "navire")]


@FAST
@given(st.integers(2, 999_999))
def test_ordinal_words_in_a_sentence(n):
    words = re.sub(r"(vingt|cent|million|milliard)sième", r"\1ième", num2words(n, lang="fr", to="ordinal"))
    for written in (words, f"{n}e", f"{n}ème"):
        text = f"C'est la {written} visite."
        assert found(text) == [("ordinal", f"{written} visite", n, None, "visite")]


SENTENCES = [
    "Il a offert une deuxième Aurus à Kim Jong-un, d'environ 10 000 euros.",
    "Plus de 1 500 000 réfugiés, soit 2,5 % de la population, et des dizaines de missiles.",
    "Le Premier ministre l'a dit : la première visite depuis 24 ans, au XXIe siècle.",
    "Trois millions d'habitants ; au moins une victime ; le 2e arrondissement.",
]


def typographic_variants(text: str) -> list[str]:
    return [
        text,
        text.replace("'", "\u2019"),
        text.replace(" ", "\u00a0"),
        re.sub(r"(\d) (\d)", "\\1\u202f\\2", text),
        unicodedata.normalize("NFD", text),
        text.replace(", ", ",\n"),
    ]


@pytest.mark.parametrize("text", SENTENCES)
def test_typography_never_changes_what_is_found(text):
    reference = [(k, v, m, u) for k, _t, v, m, u in found(text)]
    assert reference
    for variant in typographic_variants(text):
        assert [(k, v, m, u) for k, _t, v, m, u in found(variant)] == reference, variant


@FAST
@given(st.sampled_from(SENTENCES), st.lists(st.sampled_from(["\u00a0", "\u202f", "\u2019", "NFD"]), max_size=3))
def test_typography_property(text, changes):
    variant = text
    for change in changes:
        if change == "NFD":
            variant = unicodedata.normalize("NFD", variant)
        elif change == "\u2019":
            variant = variant.replace("'", change)
        else:
            variant = re.sub(r"(?<=\d) (?=\d)| (?=%)", change, variant)
    assert [(k, v, m, u) for k, _t, v, m, u in found(variant)] == [(k, v, m, u) for k, _t, v, m, u in found(text)]


@FAST
@given(st.text())
def test_arbitrary_text_never_raises_and_spans_slice(text):
    result = find_quantities(text, "a", None)
    for assertion in result:
        assert assertion.text == text[assertion.start : assertion.end]
        assert assertion.kind in ("number", "percentage", "ordinal")
        assert isinstance(assertion.value, (int, float))
    assert find_quantities(text, "a", None) == result  # deterministic


@FAST
@given(st.lists(st.sampled_from(["deux", "un", "trois", "mille", "1er", "10 000", "%", "et", "demi", "-", ",", " ", "\u00a0", "navires", "seconde", "premier", "XXIe", "d'", "plus", "de", "\u0301", "millions", "dizaines", "des"]), max_size=30))
def test_number_soup_never_raises_and_spans_slice(pieces):
    text = " ".join(pieces)
    for assertion in find_quantities(text, "a", None):
        assert assertion.text == text[assertion.start : assertion.end]
        assert assertion.start < assertion.end


def test_no_overlaps():
    text = "Plus de 1 500 000 réfugiés et des dizaines de milliers de morts, un, deux, trois."
    spans = [(a.start, a.end) for a in find_quantities(text, "a", None)]
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


@pytest.mark.parametrize(
    "plural, singular_form",
    [("navires", "navire"), ("chevaux", "cheval"), ("bateaux", "bateau"), ("jeux", "jeu"), ("pays", "pays"), ("fois", "fois"), ("ans", "an"), ("euros", "euro"), ("virus", "virus")],
)
def test_singular(plural, singular_form):
    assert singular(plural) == singular_form


def test_country_names_are_no_roman_ordinals() -> None:
    from factcheck.extract import assertions_from
    from factcheck.model import Article

    found = assertions_from(Article(id="t", text="L'Inde et la Chine ont voté, la 2nde fois.", published=None), None)
    assert [(a.kind, a.value) for a in found if a.kind == "ordinal"] == [("ordinal", 2)]


def test_digit_ordinal_suffix_must_fit() -> None:
    from factcheck.extract.quantities import find_quantities

    assert [(q.kind, q.value) for q in find_quantities("Il a fini 2er, puis 2e.", "t", None)] == [("ordinal", 2)]


def test_ranges_of_percentages_negated_plus_que_and_modifiers_before_a_preposition():
    assert values("une inflation comprise entre 1,5 et 2 %.") == [("percentage", 1.5), ("percentage", 2)]
    assert values("de 20 à 30 % dans le Sud-Ouest") == [("percentage", 20), ("percentage", 30)]
    assert values("de 3 à 5 navires") == [("number", 3), ("number", 5)]
    assert found("Il ne recueille plus que 27 % des voix.")[0][3] is None
    assert found("Il recueille plus que 27 % des voix.")[0][3] == "MORE_THAN"
    assert found("L'incendie a parcouru 1 800 hectares au moins dans les Landes.") == [
        ("number", "1 800 hectares au moins", 1800, "EQUAL_OR_MORE", "hectare")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sur N" that is no share: a big total, a length, a plural, how often
        ("Un enfant sur 1 000 est concerné.", [("number", 1000)]),
        ("Un cas sur deux millions.", [("number", 2000000)]),
        ("Il a signé un plan sur cinq ans.", [("number", 5)]),
        ("le contre-la-montre sur 8 km", [("number", 8)]),
        ("Un film sur deux sœurs", [("number", 2)]),
        ("une fois sur deux", [("number", 2)]),
        # ranks are no shares ("le" counts one only before tiers and quart)
        ("Ce but est le huitième de la saison.", [("ordinal", 8)]),
        ("À la moitié du parcours, il a abandonné.", []),
        # shares keep a share's verb after them
        ("Un Français sur deux estime que c'est trop.", [("percentage", 50)]),
    ],
)
def test_what_is_no_share_after_review(text, expected):
    assert values(text) == expected


def test_modifiers_of_shares_and_negated_plus_que():
    assert found("plus des deux tiers des navires") == [
        ("percentage", "plus des deux tiers des navires", 66.67, "MORE_THAN", "navire")
    ]
    assert found("Il ne reste aujourd'hui plus que 27 %")[0][3] is None
    assert found("il n'a pas plus que 27 %")[0][3] == "EQUAL_OR_LESS"


def test_the_first_ordinal_of_a_range_counts_the_last_ones_noun():
    """"du 1er au 7e arrondissement": both are districts; "les 3e et 4e places" both places."""
    assert found("Les déchets envahissent le centre, du 1er au 7e arrondissement.") == [
        ("ordinal", "1er", 1, None, "arrondissement"),
        ("ordinal", "7e arrondissement", 7, None, "arrondissement"),
    ]
    assert [q[4] for q in found("Les 3e et 4e places sont prises.")] == ["place", "place"]


@pytest.mark.parametrize(
    "text, units",
    [
        ("Anglet est revenu à la 24e minute, puis est passé devant à la 32e, en supériorité.", ["minute", "minute"]),
        ("Il a abandonné au 5e tour alors que son rival a chuté au 7e.", ["tour", "tour"]),
        ("Il est arrivé au 4e rang, puis au 7e.", ["place", "place"]),
        # the sentence before too, after a determiner of the same gender
        ("Ils ont ouvert le score à la 23e minute. Le Bihan a égalisé sur penalty à la 67e.", ["minute", "minute"]),
        ("Ils ont ouvert le score à la 23e minute. Il a fallu attendre le 67e tour.", ["minute", "tour"]),
        ("Ils ont ouvert le score à la 23e minute. Le public est resté. Le Bihan a égalisé à la 67e.",
         ["minute", None]),
        # not a noun of no sequence
        ("Il habite au 3e étage et travaille au 12e.", ["étage", None]),
    ],
)
def test_a_rank_after_one_in_the_same_frame_counts_its_noun(text: str, units: list[str | None]) -> None:
    """"à la 24e minute, puis à la 32e": French drops the noun of a sequence after its first rank,
    in the same sentence or the next."""
    assert [q[4] for q in found(text) if q[0] == "ordinal"] == units


def test_the_ends_of_a_range_of_ordinals_are_flagged():
    """"du 1er au 7e arrondissement" names members ("range"); "les 3e et 4e places" claims ranks."""
    ranged = [a.flags for a in find_quantities("Du 1er au 7e arrondissement, les rues débordent.", "a", None)]
    assert ranged == [("range",), ("range",)]
    assert [a.flags for a in find_quantities("Elles ont pris les 3e et 4e places.", "a", None)] == [(), ()]


def test_a_part_of_a_number_of_things_counts_them():
    """"Cinq des six membres d'équipage": five members."""
    found_here = find_quantities("Cinq des six membres d'équipage ont été hélitreuillés. Trois de ses 40 salariés.", "a", None)
    assert [(a.value, a.unit) for a in found_here] == [(5, "membre"), (6, "membre"), (3, "salarié"), (40, "salarié")]


def test_a_plural_rank_in_a_league_is_a_place():
    """"Les Toulousains, neuvièmes de Ligue 1": a place; "les huitièmes de finale" no rank."""
    ranks = find_quantities("Les Toulousains, neuvièmes de Ligue 1, joueront les huitièmes de finale.", "a", None)
    assert [(a.text, a.value, a.unit) for a in ranks if a.kind == "ordinal"] == [("neuvièmes", 9, "place")]


def test_a_move_from_one_place_to_another_names_its_noun_at_both_ends():
    """"passe de la 6e à la 2e place": two places, claimed, of one noun ("rang" is a place too)."""
    moved = find_quantities("Au général, il passe de la 6e à la 2e place.", "a", None)
    assert [(a.value, a.unit, a.flags) for a in moved] == [(6, "place", ()), (2, "place", ())]
    ranged = find_quantities("Il est passé du 5e au 3e rang.", "a", None)
    assert [(a.value, a.unit) for a in ranged] == [(5, "place"), (3, "place")]


def test_a_range_with_no_month_ending_on_a_rank_is_no_dates():
    """"du 1er au 7e" are districts: no interval of days (a day past the first takes no suffix)."""
    text = "Les trottoirs des arrondissements du centre, du 1er au 7e, débordent."
    assert not [a for a in find_temporal(text, "2026-10-13", "a") if a.kind in ("interval", "date")]
    assert [a.kind for a in find_temporal("Le festival aura lieu du 13 au 18, à Lyon.", "2026-10-13", "a")] == ["interval"]


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Une rencontre entre les deux parties est prévue.", True),
        ("Ces deux pays ont signé.", True),
        ("Les deux hommes ont été interpellés.", False),  # a count (a review's case)
        ("Les deux premières victimes ont été identifiées.", False),
        ("Les deux ont été blessés.", True),
        ("les deux équipes se retrouveront", True),
        ("les 2 blessés", False),  # often the figure's first mention: a count
        ("Les deux enfants ont été hospitalisés.", False),
        ("ses deux filles", False),  # a possessive counts
        ("deux enfants sont morts", False),
        ("les trois accusés", False),  # only a pair is "both"
        ("les deux tiers des voix", False),  # a share
        ("les quelque deux cents manifestants", False),
    ],
)
def test_both_of_a_pair(text, flagged):
    """'deux' after 'les' or 'ces' before a noun of the sides of a story means
    both, flagged so that no source need state it unless one contests it."""
    flags = [a.flags for a in find_quantities(text, "a", None) if a.kind in ("number", "percentage")]
    assert flags and all(("both" in f) == flagged for f in flags), flags


@pytest.mark.parametrize(
    "text, first",
    [
        ("La facture passe de 14,5 à 18,2 millions d'euros.", ("14,5", 14_500_000, "euro")),
        ("Le budget oscille entre 2 et 3 milliards d'euros.", ("2", 2_000_000_000, "euro")),
        ("Entre 0,5 et 1 million de visiteurs.", ("0,5", 500_000, "visiteur")),
        ("Une enveloppe de 1,5 à 2 Md€ sera débloquée.", ("1,5", 1_500_000_000, "euro")),
        ("Le chantier coûtera entre 3 et 4 M€.", ("3", 3_000_000, "euro")),
        # a first end out of the second's scale keeps its own value (and
        # takes the second's unit)
        ("Le chiffre passe de 120 à 3 millions.", ("120", 120, None)),
        ("Le nombre passe de 5 à 0 million.", ("5", 5, None)),  # (no division by zero)
        ("Le nombre est passé de 800 000 à 1,2 million.", ("800 000", 800_000, None)),
        ("Entre 800 000 et 1,2 million de visiteurs sont attendus.", ("800 000", 800_000, "visiteur")),
        ("Le prix du ticket passe de 2 à 2,5 euros.", ("2", 2, "euro")),
        ("Le bilan passe de 3 à 5 morts.", ("3", 3, "mort")),
        ("La facture passe de 14,5 millions à 18,2 millions d'euros.", ("14,5 millions", 14_500_000, "euro")),
    ],
)
def test_first_end_of_a_range_takes_the_scale_of_the_second(text, first):
    """"de 14,5 à 18,2 millions d'euros": 14,5 is millions of euros too."""
    kind, span, value, mod, unit = found(text)[0]
    assert (span, value, unit) == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (blind19) a plural "-ièmes" after a definite or possessive determiner is a rank
        ("Ce sont les deuxièmes quadruplés nés ici.", [("ordinal", "deuxièmes quadruplés", 2, None, "quadruplé")]),
        ("Il dispute ses troisièmes Jeux olympiques.", [("ordinal", "troisièmes Jeux", 3, None, "jeux")]),
        # a share, or a fraction after "des" or of something: no rank
        ("les trois cinquièmes des députés", [("percentage", "trois cinquièmes des députés", 60, "APPROX", "député")]),
        ("Il a gagné à des centièmes de seconde près.", []),
        ("les dixièmes de seconde", []),
    ],
)
def test_a_plural_rank_after_a_determiner(text, expected):
    assert found(text) == expected


def test_a_rank_before_a_participle_ranks_it():
    """(blind19) "les deuxièmes quadruplés nés…": the analyser reads the
    participle as an adjective with no noun after it; after a determiner a
    rank needs a noun, so it is that word; with no determiner it is a place
    ("arrivée troisième épuisée")."""
    text = "Les deuxièmes quadruplés nés ici."
    doc = make_doc(text, [("Les", "le", "DET"), ("deuxièmes", "deuxième", "NOUN"), ("quadruplés", "quadruplé", "ADJ"),
                          ("nés", "naître", "VERB"), ("ici", "ici", "ADV"), (".", ".", "PUNCT")])
    assert found(text, doc) == [("ordinal", "deuxièmes quadruplés", 2, None, "quadruplé")]
    text = "Elle est arrivée troisième épuisée."
    doc = make_doc(text, [("Elle", "elle", "PRON"), ("est", "être", "AUX"), ("arrivée", "arriver", "VERB"),
                          ("troisième", "troisième", "ADJ"), ("épuisée", "épuisé", "ADJ"), (".", ".", "PUNCT")])
    assert found(text, doc) == [("ordinal", "troisième", 3, None, "place")]


def test_ages_listed_share_the_unit():
    """(blind19) "45 et 38 ans": each an age, the first too."""
    assert found("Paul et Lucie Martin, 45 et 38 ans, sont arrivés.")[0][2:] == (45, None, "an")
    assert found("Paul, Lucie et Marc, 12, 14 et 17 ans.")[:2] == [("number", "12", 12, None, "an"),
                                                                   ("number", "14", 14, None, "an")]


def test_fractions_of_time_are_no_plural_ranks():
    """(review) "Les centièmes ont manqué au skieur": fractions of a second."""
    assert found("Les centièmes ont manqué au skieur savoyard.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (blind23) a rank of a superlative ranks the noun after it
        ("Le rorqual commun, deuxième plus grand animal de la planète, est mort.", ("deuxième plus grand animal", 2, "animal")),
        ("C'est la seconde plus haute tour du pays.", ("seconde plus haute tour", 2, "tour")),
        ("Le troisième moins cher des forfaits.", ("troisième", 3, None)),
    ],
)
def test_a_rank_of_a_superlative_ranks_the_noun_after_it(text, expected):
    ordinals = [(a.text, a.value, a.unit) for a in find_quantities(text, "t", None) if a.kind == "ordinal"]
    assert ordinals == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # (blind31) the body's first sentence after a title with no full stop:
        # its capital is a sentence's, no name's ("Entre 18" is no "Boeing 737")
        ("Retraites : la rue gronde à Lyon\n\nEntre 18 000 manifestants selon la préfecture et 45 000 "
         "selon l'intersyndicale ont défilé.", [18000, 45000]),
        ("Le loup frappe encore\n\nQuarante-trois brebis ont été tuées.", [43]),
        # a single line break may wrap a sentence: a capital after it is a name's
        ("Le train de la ligne\nParis 18 est arrivé.", []),
    ],
)
def test_the_first_sentence_after_a_title(text, expected):
    assert [v for _, v in values(text)] == expected


def test_the_thousands_of_a_number_are_never_a_number_of_their_own():
    """When the head of "18 000" is read as a label, "000" is no 0."""
    assert all(v != 0 for _, v in values("Titre\nEntre 18 000 manifestants."))


def test_a_speed_is_counted_per_hour():
    """"120 km/h" is a speed, not a distance: its unit says so ("120 km"
    stays a distance)."""
    got = {a.text: a.unit for a in find_quantities("Des rafales à 120 km/h ; il a parcouru 120 km.", "a", None)}
    assert got == {"120 km/h": "km/h", "120 km": "km"}


@pytest.mark.parametrize(
    "text, words, former",
    [
        # a rank held before the moment the story tells
        ("Ferrand, qui était quatrième au départ de Pau, gagne deux places.", "quatrième", True),
        ("Kerhervé, qui pointait au 6e rang, termine deuxième.", "6e rang", True),
        ("Ferrand, sixième au départ de Pau, gagne deux places.", "sixième", True),
        # ... not "c'était", nor a rank of the story
        ("C'était la deuxième victoire de la saison.", "deuxième victoire", False),
        ("Ferrand se hisse au deuxième rang.", "deuxième rang", False),
    ],
)
def test_a_rank_held_before_is_flagged_former(text, words, former):
    (a,) = [a for a in find_quantities(text, "a", None) if a.text == words]
    assert ("former" in a.flags) is former


@pytest.mark.parametrize(
    "text, unit",
    [
        # (review) no ranking: an event of a series, the first to do something
        ("La deuxième guerre mondiale a fait des millions de morts.", "guerre"),
        ("Le deuxième tour régional aura lieu le 22 mars.", "tour"),
        ("Il est devenu le premier président européen à se rendre à Kiev.", "président"),
        # a rank told as what one is
        ("L'entreprise est devenue le cinquième éditeur européen de logiciels.", "place"),
    ],
)
def test_a_ranking_scope_makes_a_place_only_for_what_one_is(text, unit):
    assert [u for kind, _t, _v, _, u in found(text) if kind == "ordinal"] == [unit]
