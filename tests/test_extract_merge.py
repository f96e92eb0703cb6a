"""Merging extractor outputs: numbers inside dates are dropped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import _span_index
from factcheck.model import Assertion

spans = st.tuples(st.integers(0, 60), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1]))


def _assertion(span: tuple[int, int]) -> Assertion:
    return Assertion("a", "date", span[0], span[1], "", None)


@settings(max_examples=300, deadline=None)
@given(st.lists(spans, max_size=8), spans)
def test_span_index_agrees_with_pairwise_overlap(others, span):
    indexed = _span_index([_assertion(o) for o in others])
    pairwise = any(start < span[1] and span[0] < end for start, end in others)
    assert indexed(_assertion(span)) == pairwise


def _credited(text: str) -> list[tuple[str, str | None, str | None]]:
    from factcheck.extract import assertions_from
    from factcheck.model import Article

    found = assertions_from(Article(id="a", text=text, published="2026-03-05"), None)
    return [(a.text, a.speaker, text[a.speaker_start : a.speaker_end] if a.speaker_start is not None else None)
            for a in found if a.kind in ("number", "percentage")]


def test_a_figure_is_credited_to_the_source_right_after_it_or_opening_its_clause():
    """"450 selon la police, 1 200 selon les organisateurs du collectif":
    each figure its own source, its span the attribution's; "Selon la
    préfecture, 30 %": the source opening the sentence before it."""
    assert _credited("Ils étaient 450 selon la police, 1 200 selon les organisateurs du collectif.") == [
        ("450", "police", "selon la police"),
        ("1 200", "organisateur du collectif", "selon les organisateurs du collectif"),
    ]
    assert _credited("Selon la préfecture, 30 % des agents étaient en grève.")[0][1:] == ("préfecture", "Selon la préfecture")
    # ... or the first figure of the clause it opens, a few words on (not one after a comma)
    assert [s for _, s, _ in _credited(
        "Selon la police judiciaire, le butin est estimé à 2,4 millions d'euros, dont 85 % pour les montres."
    )] == ["police judiciaire", None]
    assert _credited("Selon la préfecture, la grève a réuni hier 30 % des agents.")[0][1] == "préfecture"
    # a source further off credits nothing; nor one ending another figure's count
    # (a long subject, its apposition set off by two commas, is still the clause's)
    assert _credited("Selon la préfecture, la grève, longue et suivie dans tout le département, a réuni hier "
                     "30 % des agents.")[0][1] == "préfecture"
    assert _credited("Selon la préfecture, la grève des agents territoriaux, longue et suivie dans tout le "
                     "département malgré les vacances scolaires et la chaleur, a réuni hier 30 % des agents.")[0][1] is None
    assert [s for _, s, _ in _credited("Ils étaient 6 200 selon la police, près de trois fois plus selon eux.")] == [
        "police", None]
    # a source ending its sentence after a comma credits the sentence's figures
    assert _credited("Mardi, 38 % des agents ont cessé le travail, selon les syndicats. Ils étaient 12 000.") == [
        ("38 % des agents", "syndicat", "selon les syndicats"), ("12 000", None, None)]
    # an acronym in parentheses may stand between the source and its figure
    assert _credited("Selon la direction générale (DGFiP), 13,6 % des agents étaient en grève.")[0][1] == (
        "direction générale")


def test_a_source_ending_a_clause_credits_the_figures_since_the_source_before():
    """(blind31) "31 % des agents …, selon la SNCF, et 27 % des enseignants,
    selon le rectorat de Lyon.": each source its own clause's figure."""
    text = ("La grève a été suivie : 31 % des agents étaient en grève en Auvergne-Rhône-Alpes, selon la SNCF, et "
            "27 % des enseignants du premier degré, selon le rectorat de Lyon.")
    assert [(t, s) for t, s, _ in _credited(text)] == [("31 % des agents", "SNCF"), ("27 % des enseignants", "rectorat de lyon")]


def test_a_source_set_off_before_a_figureless_tail_credits_the_clause():
    """(blind42) "… abattues sur la chaussée, selon les géologues du service
    RTM, sans faire de blessé.": what follows the source holds no figure
    and no other source, so the clause's figure is still its; not when a
    figure follows ("…, selon les géologues, sur 300 mètres")."""
    text = ("Quelque 2 500 tonnes de roches s'étaient abattues sur la chaussée, selon les géologues du service RTM, "
            "sans faire de blessé.")
    assert _credited(text)[0][1] == "géologue du service rtm"
    text = "La falaise a perdu 2 500 tonnes de roches en une nuit, selon les géologues, sur 300 mètres de long."
    assert [s for _, s, _ in _credited(text)] == [None, None]


def test_a_source_ending_its_sentence_may_run_on_with_its_name():
    """(blind38) the source's full name, its acronym or an apposition may
    follow it to the end of the sentence."""
    text = ("À l'état sauvage, il en resterait moins de 10000, dans les forêts de l'Himalaya, selon l'Union "
            "internationale pour la conservation de la nature (UICN).")
    assert _credited(text)[0][1] == "Union internationale"
    text = ("Il en resterait moins de 10 000 à l'état sauvage, selon l'EAZA, l'Association européenne des zoos et "
            "aquariums, qui coordonne le programme.")
    assert _credited(text)[0][1] == "EAZA"
    # not past a figure of its own in the apposition
    assert _credited("Il en resterait 10 000 à l'état sauvage, selon l'EAZA, l'association des 420 zoos.")[0][1] is None


def test_a_verb_of_counting_credits_the_figures_after_it_to_its_subject():
    """(blind32) "l'ARS a comptabilisé 6 412 cas", "Santé publique France
    en dénombre 187", "… fait état de 187 hospitalisations …, et de deux
    décès": the subject's, to the end of its clause; not a pronoun's, nor
    a count no one gives, nor past a source of its own."""
    assert _credited("Depuis janvier, l'ARS a comptabilisé 6 412 cas confirmés. Il y a eu 41 morts.") == [
        ("6 412 cas", "ARS", "l'ARS a comptabilisé"), ("41 morts", None, None)]
    assert _credited("Les hospitalisations suivent : Santé publique France en dénombre 187.")[0][1:] == (
        "Santé publique France", "Santé publique France en dénombre")
    assert [s for _, s, _ in _credited(
        "Santé publique France fait état de son côté de 187 hospitalisations depuis janvier, et de deux décès.")] == [
        "Santé publique France", "Santé publique France"]
    assert _credited("Elle recense 40 cas.")[0][1] is None
    assert _credited("Le bilan fait état de 40 cas.")[0][1] is None
    assert [s for _, s, _ in _credited("La préfecture annonce 40 blessés, 60 selon les pompiers.")] == [
        "préfecture", "pompier"]


def test_a_verb_of_counting_coordinated_to_its_clauses_first_verb():
    """(blind33) "La direction réaffirme … et chiffre à 18 millions":
    the subject of the verb it is coordinated to; "Il pleuvait et la
    préfecture a recensé": the clause after the conjunction."""
    assert _credited("La direction réaffirme qu'aucun licenciement n'est prévu et chiffre à 18 millions "
                     "d'euros par an les économies attendues.")[0][1] == "direction"
    assert _credited("Le maire est arrivé sur place et a recensé 40 sinistrés.")[0][1] == "maire"
    assert _credited("Il pleuvait et la préfecture a recensé 12 blessés.")[0][1] == "préfecture"


def test_a_verb_of_counting_credits_no_figure_of_a_relative_clause_after_it():
    """(blind34) "recense 38 postes vacants dans l'établissement, qui compte
    720 détenus": the 720 are no count of the union's."""
    assert [s for _, s, _ in _credited("Le syndicat UFAP-Unsa Justice recense 38 postes vacants dans "
                                       "l'établissement, qui compte 720 détenus pour 560 places.")] == [
        "UFAP-Unsa Justice", None, None]


def test_a_verb_of_counting_after_a_stressed_pronoun_credits_the_subject_before_it():
    """(blind34) "La préfecture maritime, elle, a recensé 412 personnes":
    the prefecture's; a pronoun alone is no one's."""
    assert _credited("La préfecture maritime, elle, a recensé 412 personnes secourues.")[0][1] == "préfecture maritime"
    assert _credited("Au port, elle, a recensé 40 cas.")[0][1] is None


def test_a_verb_of_counting_after_an_aside_credits_the_subject_before_it():
    """"L'ARS, de son côté, dénombre 187 cas": the aside set off by commas
    between subject and verb ("pour sa part", "quant à elle") is no
    subject; a clause opening on the aside alone has none."""
    assert _credited("L'ARS, de son côté, dénombre 187 cas confirmés.")[0][1] == "ARS"
    assert _credited("Les pompiers, pour leur part, ont recensé 12 blessés.")[0][1] == "pompier"
    assert _credited("Au port, de son côté, a recensé 40 cas.")[0][1] is None


def test_a_verb_of_counting_credits_a_plural_role():
    """"Les sapeurs-pompiers ont recensé 12 blessés": a role in the plural,
    compound or not, is a source as "selon les sapeurs-pompiers" is."""
    assert _credited("Les sapeurs-pompiers ont recensé 12 blessés.")[0][1] == "sapeur-pompier"
    assert _credited("Selon les sapeurs-pompiers, 12 personnes sont blessées.")[0][1] == "sapeur-pompier"
    assert _credited("Les gendarmes dénombrent 12 blessés.")[0][1] == "gendarme"


def test_a_pronoun_counting_is_the_body_opening_the_sentence_before():
    """"La préfecture a publié son bilan. Elle recense 40 blessés": the
    prefecture's count; a pronoun of the other gender, or after a person,
    is no one's."""
    assert _credited("La préfecture a publié son bilan mardi. Elle recense 40 blessés.")[0][1] == "préfecture"
    assert _credited("Le parquet a ouvert une enquête. Il dénombre 3 victimes.")[0][1] == "parquet"
    assert _credited("La préfecture a publié son bilan mardi. Il recense 40 blessés.")[0][1] is None
    assert _credited("Claire Vandamme a parlé. Elle recense 40 blessés.")[0][1] is None


def test_selon_elle_after_a_body_opening_the_sentence_before_is_that_body():
    """(blind34) "La préfecture maritime … dénombre 412 personnes. Selon
    elle, 61 personnes …": the prefecture's count; after a person, hers."""
    assert _credited("La préfecture maritime dénombre 412 personnes secourues depuis janvier. Selon elle, 61 "
                     "personnes avaient pris place à bord.")[1][1] == "préfecture maritime"
    assert _credited("Claire Vandamme a parlé. Selon elle, 61 personnes avaient pris place à bord.")[0][1] == (
        "Claire Vandamme")


def test_an_incise_of_speech_ending_the_sentence_credits_its_figures():
    """(blind35) "87 personnes … ont été intoxiquées, a annoncé mercredi
    l'Agence régionale de santé (ARS) de Normandie.": the ARS's figures;
    not a pronoun's, nor a verb with its object ("a indiqué le préfet aux
    familles")."""
    got = _credited("Quatre-vingt-sept personnes, 79 élèves et huit adultes, ont été intoxiquées, a annoncé "
                    "mercredi l'Agence régionale de santé (ARS) de Normandie.")
    assert [s for _, s, _ in got] == ["ARS de Normandie"] * 3
    assert _credited("Le bus transportait 40 passagers, a indiqué le préfet.")[0][1] == "préfet"
    assert _credited("Le bus transportait 40 passagers, a indiqué le préfet aux familles.")[0][1] is None
    assert _credited("Le bus transportait 40 passagers, a-t-il indiqué.")[0][1] is None


def test_a_source_before_a_participles_apposition_credits_the_figure_after_it():
    """(blind35) "D'après le dernier bilan de l'ARS de Normandie, communiqué
    hier en fin de journée, 87 personnes": the bilan's owner's (blind37),
    the acronym kept whole ("l'ARS", not "l'AR")."""
    got = _credited("D'après le dernier bilan de l'ARS de Normandie, communiqué hier en fin de journée, "
                    "87 personnes ont été intoxiquées.")
    assert got[0][1] == "ARS de Normandie"


def test_a_body_named_in_words_then_by_its_acronym():
    """(blind35) "Selon la chambre de commerce et d'industrie (CCI) de la
    Haute-Marne, quelque 500 emplois": the CCI of the Haute-Marne, as other
    articles name it."""
    assert _credited("Selon la chambre de commerce et d'industrie (CCI) de la Haute-Marne, quelque 500 emplois "
                     "indirects sont attendus.")[0][1] == "CCI de la Haute-Marne"


def test_estimer_and_evaluer_give_a_count():
    """(blind35) "La CCI de la Haute-Marne estime à environ 500 le nombre
    d'emplois indirects": the CCI's figure."""
    assert _credited("La CCI de la Haute-Marne estime à environ 500 le nombre d'emplois indirects.")[0][1] == (
        "CCI de la Haute-Marne")
    assert _credited("La direction évalue à 12 millions d'euros le coût des travaux.")[0][1] == "direction"


def test_figures_named_by_what_they_are_are_their_publishers():
    """(blind31) "selon des résultats quasi définitifs publiés par la
    commission électorale" is the commission's word, as "Selon la commission
    électorale, 34,8 %" (a date may stand between: "publié mardi par")."""
    assert _credited("Le MPL a obtenu 34,8 % des voix, selon des résultats quasi définitifs publiés par la "
                     "commission électorale.")[0][1] == "commission électorale"
    assert _credited("Selon les chiffres communiqués par la préfecture, 450 personnes ont défilé.")[0][1] == "préfecture"
    assert _credited("Selon le bilan publié hier soir par l'ARS, 87 personnes ont été intoxiquées.")[0][1] == "ARS"
    assert _credited("Selon les données rendues publiques par l'Insee, le chômage atteint 7,4 %.")[0][1] == "Insee"
    # figures named alone stay their own source
    assert _credited("Selon le bilan, 450 personnes ont manifesté.")[0][1] == "bilan"


def test_one_source_told_in_several_words():
    """(blind37) a union's name and "le syndicat", a march's organisers and
    its union, the firefighters and the Sdis are one source; two unions
    are two; a bilan's figures are its owner's."""
    from factcheck.rules.comparators import _one_source

    assert _one_source("syndicat", "CGT") and _one_source("organisateur", "CGT")
    assert _one_source("pompier", "Sdis du Gard")
    assert not _one_source("CGT", "CFDT") and not _one_source("police", "syndicat")
    # (blind42) "la collectivité" is a local authority, not any council;
    # an acronym with the end of a name is that name
    assert _one_source("collectivite", "grand besancon metropole") and _one_source("collectivite", "departement")
    assert _one_source("collectivite", "conseil departemental de l ain")
    assert not _one_source("collectivite", "conseil d etat") and not _one_source("collectivite", "communaute scientifique")
    assert _one_source("dir centre-est", "direction interdepartementale des route centre-est")
    assert not _one_source("dir centre-est", "direction regionale centre-est")
    assert _credited("Ils ont évacué 1 240 personnes, selon un bilan des pompiers.")[0][1] == "pompier"
    assert _credited("D'après le bilan de l'ARS, 87 personnes ont été intoxiquées.")[0][1] == "ARS"
    # figures of no one: "les chiffres du chômage"
    assert _credited("Selon les chiffres du chômage, 450 000 personnes cherchent un emploi.")[0][1] == (
        "chiffre du chômage")


def test_a_source_opening_a_clause_credits_its_figure_past_an_apposition():
    """"D'après le Centre sécurité requin (CSR), l'animal, probablement un
    bouledogue, mesurait 2,5 mètres": commas in pairs set off the subject's
    apposition, the figure is the clause's; the body's name runs on through
    its nouns in -é ("sécurité") to its acronym."""
    text = "D'après le Centre sécurité requin (CSR), l'animal, probablement un bouledogue, mesurait 2,5 mètres."
    assert _credited(text) == [("2,5 mètres", "CSR", "D'après le Centre sécurité requin (CSR)")]
    # one comma: another clause, no credit
    assert _credited("Selon la préfecture, le feu est fixé, et 200 pompiers restent sur place.")[0][1] is None


def test_a_source_opening_a_clause_credits_its_figure_past_its_relative_clause():
    """"Selon la Fondation du patrimoine, qui a piloté la collecte, 2 150
    donateurs": the source's own relative clause stands between."""
    text = "Selon la Fondation du patrimoine, qui a piloté la collecte, 2 150 donateurs ont participé."
    assert _credited(text)[0][:2] == ("2 150 donateurs", "Fondation du patrimoine")


def test_a_verb_with_its_subject_before_is_no_relaying_incise():
    """"La souscription, close le 31 mai, a rapporté 110 000 euros" is no
    attribution ("rapporter" relays words only in an incise, its source
    after it); every assertion's span is in order."""
    from factcheck.extract import assertions_from
    from factcheck.model import Article

    text = "La souscription publique, close le 31 mai après quatre mois, a rapporté 110 000 euros."
    found = assertions_from(Article(id="a", text=text, published="2026-06-10"), None)
    assert [a for a in found if a.kind == "attribution"] == []
    assert all(a.start <= a.end and text[a.start : a.end] == a.text for a in found)


def test_an_assertion_span_out_of_order_is_refused():
    """A span ending before it starts is an extractor's bug, refused at once
    rather than written out as an empty text."""
    import pytest

    with pytest.raises(ValueError, match="not in order"):
        Assertion("a", "attribution", 547, 498, "", "x")
    assert Assertion("a", "date", 3, 3, "", None).end == 3


def test_a_subject_before_its_comma_is_no_reporting_source():
    """"Le parti Ensemble!, fondé en 2021, a annoncé 300 adhérents": the
    verb's subject stands before the comma, no incise's source (it made a
    span that ran backwards, which an Assertion refuses)."""
    import factcheck

    for text in ("Le parti Ensemble!, fondé en 2021, a annoncé 300 adhérents.",
                 "Le site Yahoo!, créé en 1994, a rapporté 3 milliards."):
        found = factcheck.extract(factcheck.Article("a", text, published="2025-06-01"))
        assert all(a.start <= a.end and text[a.start : a.end] == a.text for a in found)


def test_a_body_named_with_a_capital():
    """(blind42) a body's words name one when a capital stands anywhere but
    at a sentence's start, past an elided article too."""
    from factcheck.rules.comparators import _has_a_name

    assert _has_a_name("selon les géologues du service RTM") and _has_a_name("la préfecture de l’Hérault")
    assert _has_a_name("la mairie d'Orléans") and _has_a_name("DRAC")
    assert not _has_a_name("Selon la collectivité") and not _has_a_name("les services de l'État")
    # (blind43) a noun that names one body of the place told names it as a capital does
    assert _has_a_name("la préfecture de police") and _has_a_name("Selon la préfecture")
    assert not _has_a_name("selon les autorités")
