"""Event keys: triggers grouped by meaning, participants, places, attachment."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.events import attach_events, find_triggers, keys_compatible
from factcheck.extract.quotes import analyse_quotes
from factcheck.model import Assertion
from factcheck.resolve.aliases import canonical_events, resolve_cluster


def keyed(text: str, *values: str) -> list[str | None]:
    """The event keys of date assertions on the given words of the text."""
    at, names, *_ = analyse_quotes(text)
    dates = []
    for words in values:
        start = text.index(words)
        dates.append(Assertion("a", "date", start, start + len(words), words, None))
    return [a.event for a in attach_events(dates, at, names)]


class TestAtADistance:
    def test_a_noun_a_span_of_time_is_counted_from_is_not_dated(self):
        """"le 11 juin, … à quatre minutes du décollage": the 11th dates the halt, not a take-off."""
        for text in (
            "Le jeudi 11 juin, le compte à rebours a été interrompu à quatre minutes du décollage.",
            "Le 11 juin, le compte à rebours a été arrêté quelques minutes avant le décollage.",
            "Le 11 juin, la veille du décollage d'Ariane 6, les ingénieurs ont tout vérifié.",
            "Le 11 juin, à quatre minutes du décollage d'Ariane 6, tout a été arrêté.",
        ):
            assert keyed(text, "11 juin") == [None], text

    def test_the_day_of_the_event_and_its_length_are_the_events(self):
        """"le jour du décollage" is that day; "douze heures de négociations" how long they lasted."""
        assert keyed("Le 11 juin, le jour du décollage d'Ariane 6, la foule était là.", "11 juin") == ["leave:ariane"]
        assert keyed("Le 2 mars, après douze heures de négociations entre Poutine et Zelensky, rien.", "2 mars") != [None]

    def test_the_noun_itself_is_still_dated(self):
        assert keyed("Le décollage d'Ariane 6 a eu lieu le 16 juin.", "16 juin") == ["leave:ariane"]
        assert keyed("Le décollage d'Ariane 6, le 16 juin, a été un succès.", "16 juin") == ["leave:ariane"]


class TestAnotherOfItsKind:
    def test_the_date_of_another_one_is_not_this_events(self):
        """"six ans après celui de janvier 2019": January 2019 dates the earlier treaty."""
        text = "Emmanuel Macron et Olaf Scholz ont signé mercredi un traité, six ans après celui de janvier 2019."
        signing, other = keyed(text, "mercredi", "janvier 2019")
        assert signing == "sign:agreement:emmanuel-macron+olaf-scholz" and other is None

    def test_an_earlier_one_has_a_key_of_its_own(self):
        """"le précédent traité avait été signé en janvier 2019": not the treaty signed this week."""
        text = "Emmanuel Macron et Olaf Scholz ont signé mercredi un traité. Le précédent traité avait été signé par eux en janvier 2019."
        signing, earlier = keyed(text, "mercredi", "janvier 2019")
        assert signing is not None and earlier is not None
        assert signing.split(":")[:2] == ["sign", "agreement"] and earlier.split(":")[:2] == ["sign", "agreement-earlier"]


class TestKeys:
    def test_sign_conclude_initial_are_one_kind(self):
        """signer / conclure / parapher an accord, a pacte, a traité: one key."""
        keys = set()
        for verb, thing in (("ont signé", "un accord"), ("ont conclu", "un pacte"), ("ont paraphé", "un traité")):
            text = f"Le 3 mai, Angela Merkel et Emmanuel Macron {verb} {thing} à Berlin."
            keys.update(keyed(text, "3 mai"))
        assert keys == {"sign:agreement:angela-merkel+emmanuel-macron@allemagne"}

    def test_date_inside_the_clause_is_attached(self):
        """"ont signé, mardi 3 mai, … un accord": the date belongs to the signing."""
        text = "Angela Merkel et Emmanuel Macron ont signé, mardi 3 mai, lors d'un sommet, un accord."
        assert keyed(text, "mardi 3 mai") == ["sign:agreement:angela-merkel+emmanuel-macron"]

    def test_noun_trigger_with_its_complements(self):
        """"la rencontre entre X et Y le 4 juin"."""
        text = "La rencontre entre Joe Biden et Xi Jinping le 4 juin a duré trois heures."
        assert keyed(text, "4 juin", "trois heures") == ["meet:joe-biden+xi-jinping"] * 2

    def test_the_two_leaders(self):
        """"les deux dirigeants" are the two people the article names most."""
        text = (
            "Joe Biden a reçu Xi Jinping. Joe Biden et Xi Jinping ont parlé longtemps. "
            "Mardi, les deux dirigeants ont signé un accord commercial."
        )
        assert keyed(text, "Mardi") == ["sign:agreement:joe-biden+xi-jinping"]

    def test_same_people_different_events(self):
        """A meeting in Russia and one in North Korea keep different keys."""
        text = (
            "En septembre 2023, Kim Jong Un s'était rendu en Russie pour une rencontre avec Vladimir Poutine. "
            "En juin 2024, la rencontre avec Vladimir Poutine a eu lieu à Pyongyang."
        )
        first, second = keyed(text, "septembre 2023", "juin 2024")
        assert first and second and first != second
        assert not keys_compatible(first, second)

    def test_relative_where_names_the_place(self):
        """"pour Hanoï, où la visite a commencé jeudi": the next visit is in
        Vietnam, not the one in North Korea the article told before."""
        text = (
            "La visite de Vladimir Poutine en Corée du Nord s'est achevée mercredi. "
            "Le président s'est envolé pour Hanoï, où la visite a commencé jeudi."
        )
        first, second = keyed(text, "mercredi", "jeudi")
        assert (first, second) == ("visit:vladimir-poutine@coree-du-nord", "visit:vladimir-poutine@vietnam")
        assert not keys_compatible(first, second)

    def test_no_event_no_key(self):
        """A date in a clause with no event verb or noun gets no key."""
        assert keyed("Le musée ouvre lundi 3 mai à Paris.", "lundi 3 mai") == [None]

    def test_sign_needs_something_signable(self):
        """"signer" with no agreement in sight is no signing event."""
        assert keyed("Mardi, Paul Roux a signé son arrivée au club.", "Mardi") == [None]

    def test_keys_compatible(self):
        """A key without a place is compatible with the same key with one."""
        assert keys_compatible("sign:agreement:a+b", "sign:agreement:a+b@russie")
        assert not keys_compatible("sign:agreement:a+b@russie", "sign:agreement:a+b@chine")
        assert not keys_compatible("meet:a+b", "sign:agreement:a+b")

    def test_lexicon_is_declarative_data(self):
        """The event lexicon is a TOML table shipped in the package."""
        data = tomllib.loads(resources.files("factcheck.data").joinpath("events.toml").read_text("utf-8"))
        assert {"sign", "meet", "visit", "arrive", "attack", "launch", "die", "elect"} <= set(data["kinds"])


class TestAcrossArticles:
    def test_country_becomes_its_leader(self):
        """"la Russie ... a signé" takes the leader another article ties to Russia."""
        a = "Mardi, la Chine et la Russie ont signé un accord."
        b = "Le président russe, Vladimir Poutine, et le président chinois, Xi Jinping, ont signé mardi un accord."
        per_article = []
        for aid, text in (("a", a), ("b", b)):
            at, names, *_ = analyse_quotes(text)
            start = text.index("ardi") - 1
            per_article.append(attach_events([Assertion(aid, "date", start, start + 5, "mardi", None)], at, names))
        assert per_article[0][0].event == "sign:agreement:chine+russie"
        out = canonical_events(per_article, [a, b])
        assert out[0][0].event == out[1][0].event == "sign:agreement:vladimir-poutine+xi-jinping"

    def test_place_filled_from_another_article(self):
        """A key with no place takes the one place the cluster gives it."""
        with_place = Assertion("a", "date", 0, 1, "x", None, event="sign:agreement:a-b+c-d@russie")
        without = Assertion("b", "date", 0, 1, "x", None, event="sign:agreement:a-b+c-d")
        out = canonical_events([[with_place], [without]])
        assert out[1][0].event == "sign:agreement:a-b+c-d@russie"

    @settings(max_examples=30, deadline=None)
    @given(st.lists(st.sampled_from(["sign:agreement:a-b+c-d", "sign:agreement:a-b+c-d@russie", "meet:c-d", "meet:d", None]), max_size=6))
    def test_resolve_cluster_is_pure(self, keys):
        """Same assertions back, only event keys touched, stable on a second pass."""
        per_article = [[Assertion(str(i), "date", 0, 1, "x", None, event=k)] for i, k in enumerate(keys)]
        once = resolve_cluster(per_article)
        assert [(a.article, a.start) for (a,) in once] == [(a.article, a.start) for (a,) in per_article]
        assert resolve_cluster(once) == once


def test_triggers_on_arbitrary_text_never_raise():
    """Odd input: no exception."""
    for text in ("", "signé", "« signé »", "Les deux dirigeants ont signé.", "La visite de", "en Russie à"):
        at, names, *_ = analyse_quotes(text)
        find_triggers(at, names)


class TestAnotherOccurrence:
    def test_elections_to_come_are_not_the_one_told(self):
        text = ("Catherine Morand a été élue vendredi présidente de la région. Son mandat court "
                "jusqu'aux prochaines élections régionales, prévues en 2028.")
        assert keyed(text, "vendredi", "2028") == ["elect:catherine-morand", None]

    def test_the_next_meeting_with_its_own_participants_has_a_key_of_its_own(self):
        """"Le prochain sommet ordinaire de l'Otan est prévu en juillet":
        another summit of the same alliance, its date none of this one's."""
        text = "Le sommet de l'Otan a eu lieu mardi. Le prochain sommet de l'Otan est prévu en juillet."
        assert keyed(text, "mardi", "juillet") == ["meet:otan", "meet:next:otan"]

    def test_other_elections_are_not_the_one_told(self):
        text = ("Catherine Morand a été élue vendredi présidente de la région. D'autres élections "
                "partielles auront lieu en 2026.")
        assert keyed(text, "2026") == [None]

    def test_an_election_named_by_its_year_is_another(self):
        text = ("Catherine Morand a été élue vendredi présidente de la région. Son mandat court "
                "jusqu'aux élections régionales de 2028.")
        assert keyed(text, "vendredi", "2028") == ["elect:catherine-morand", None]

    def test_a_named_treaty_is_another_signing(self):
        text = ("Étienne Barral et Sabine Krämer ont signé jeudi trois accords à Strasbourg. C'est le projet "
                "le plus ambitieux depuis la signature du traité d'Aix-la-Chapelle, en 2019.")
        first, named = keyed(text, "jeudi", "2019")
        assert first is not None and named is None
        again = ("Étienne Barral et Sabine Krämer ont signé jeudi trois accords à Strasbourg. La signature "
                 "de l'accord a eu lieu le 4 juin.")
        assert keyed(again, "4 juin")[0] is not None

    def test_the_election_told_again_keeps_its_people(self):
        text = ("Catherine Morand a été élue vendredi présidente de la région. L'élection a eu lieu "
                "le 10 janvier.")
        assert keyed(text, "10 janvier") == ["elect:catherine-morand"]

    def test_a_verb_of_a_pronoun_of_the_other_gender_is_someone_else(self):
        text = ("Catherine Morand a été élue vendredi présidente de la région. Élu pour la première "
                "fois en 2015, son prédécesseur, il avait démissionné le 18 décembre.")
        assert keyed(text, "2015") == [None]
        same = ("Catherine Morand a été élue vendredi présidente de la région. Réélue en 2021, elle "
                "préside aussi l'agglomération.")
        assert keyed(same, "2021") == ["reelect:catherine-morand"]


class TestPlaces:
    def test_a_place_is_the_persons_named_before_it(self):
        import factcheck

        article = factcheck.Article(
            id="a", text="Tola a pris la deuxième place. Hugo Ferrand, 31 ans, termine neuvième en 2 h 08.",
            published="2026-04-12",
        )
        places = [(a.text, a.event) for a in factcheck.extract(article) if a.kind == "ordinal"]
        assert places == [("deuxième place", "rank:tola"), ("neuvième", "rank:hugo-ferrand")]

    def test_the_talks_told_again_keep_their_people(self):
        """"les entretiens", "ces négociations": the ones just told."""
        text = ("Emmanuel Macron a rencontré Olaf Scholz à l'Élysée mardi soir. Les entretiens ont duré "
                "trois heures.")
        first, talks = keyed(text, "mardi soir", "trois heures")
        assert first is not None and talks == first

    def test_a_pronoun_object_or_impersonal_is_no_other_subject(self):
        for text in (
            "Sophie Martin a rencontré le préfet lundi. Il l'a rencontrée de nouveau le 12 mai.",
            "Marine Tondelier a rencontré les agriculteurs mardi. Il y a eu une autre rencontre le 12 mai.",
        ):
            assert keyed(text, "12 mai")[0] is not None, text


class TestRankedPerson:
    def ranks(self, text):
        import factcheck

        article = factcheck.Article(id="a", text=text, published="2026-04-12")
        return [(a.text, a.event) for a in factcheck.extract(article) if a.kind == "ordinal"]

    def test_not_the_rival_named_as_an_agent(self):
        assert self.ranks("Abdi Tola, devancé par Daniel Sang, termine deuxième en 2 h 04.") == [("deuxième", None)]

    def test_not_a_place_in_another_named_competition(self):
        assert self.ranks("Hugo Ferrand, 31 ans, avait fini cinquième des championnats de France.") == [
            ("cinquième", None)
        ]

    def test_a_place_with_no_person_is_the_events(self):
        text = "Catherine Morand a été élue dimanche. La liste écologiste a obtenu la troisième place du scrutin."
        assert self.ranks(text)[0][1] is not None


class TestYearsThatNameAThing:
    def test_a_year_after_a_noun_names_it_and_dates_no_event(self):
        """"leur accord pour 2027", signed on Monday: 2027 is the accord's year, not the signing's."""
        text = "Emmanuel Macron et Olaf Scholz ont signé lundi leur accord pour 2027."
        assert keyed(text, "lundi", "2027") == ["sign:agreement:emmanuel-macron+olaf-scholz", None]

    def test_a_year_after_a_participle_dates_the_event(self):
        """"le traité, prévu pour 2027" is dated 2027."""
        text = "Emmanuel Macron et Olaf Scholz signeront leur accord, prévu pour 2027."
        assert keyed(text, "2027") == ["sign:agreement:emmanuel-macron+olaf-scholz"]

    def test_a_year_after_de_dates_the_event(self):
        """(review) "lors des municipales de 2020" dates the election."""
        text = "Jean Moulinier a été élu maire lors des municipales de 2020."
        assert keyed(text, "2020") != [None]

    def test_a_date_set_off_inside_another_nouns_phrase_is_that_nouns(self):
        """"provoqué par la démission, en juillet, de 19 conseillers": July is the resignations', not the vote's."""
        text = "Le scrutin entre Marie Dupont et Paul Durand a été provoqué par la démission, en juillet, de 19 conseillers."
        assert keyed(text, "juillet") == [None]
        assert keyed("Vladimir Poutine et Kim Jong-un ont signé le traité, mercredi, à Pyongyang.", "mercredi") != [None]


def test_retrouver_tells_a_meeting_only_reflexively():
    """"se sont retrouvés" met; "a été retrouvée", "ont retrouvé Lina" found:
    no meeting for the day it was found."""
    assert keyed("Emmanuel Macron et Olaf Scholz se sont retrouvés mardi à Berlin.", "mardi")[0].startswith("meet:")
    assert keyed("La fillette, Lina Perrot, a été retrouvée mercredi matin dans le Jura.", "mercredi matin") == [None]
    assert keyed("Les gendarmes ont retrouvé Lina Perrot mercredi près de Dole.", "mercredi") == [None]


def test_an_age_at_some_time_is_not_the_persons_age():
    """"navigue depuis l'âge de huit ans", "À 40 ans, il était devenu": ages at
    a past time, which no current age contradicts."""
    import factcheck
    from factcheck.model import Article

    for text, age in (
        ("Lénaïg Cadoret navigue depuis l'âge de huit ans. Lénaïg Cadoret, 36 ans, a gagné.", "huit ans"),
        ("Marc Durand, 45 ans, est arrivé. À 40 ans, Marc Durand était devenu président.", "40 ans"),
        ("Anthony Berthier, 31 ans, a été condamné. Anthony Berthier, alors âgé de 27 ans, s'était disputé.", "27 ans"),
        ("Anthony Berthier, 31 ans, a été condamné. Anthony Berthier, qui avait à l'époque 27 ans, a fui.", "27 ans"),
        ("Anthony Berthier, 31 ans, a été condamné. Anthony Berthier, 27 ans au moment des faits, a fui.", "27 ans"),
        ("Lucie Faure, 31 ans, a été condamnée. À l'époque, Lucie Faure, 27 ans, vivait à Lyon.", "27 ans"),
        ("Lucie Faure, 31 ans, a été condamnée. Au moment des faits, Lucie Faure, 27 ans, vivait à Lyon.", "27 ans"),
        # (blind34) a sentence in years after its name is no age
        ("Mickaël Renaud, 31 ans, condamné à douze ans pour trafic, s'est évadé.", "douze ans"),
        ("Dylan Ferrand, 24 ans, purgeait une peine de huit ans pour vol.", "huit ans"),
    ):
        events = {a.text: a.event for a in factcheck.extract(Article("a", text, published="2026-08-20"))}
        assert events[age] is None
        assert [e for e in events.values() if e and e.startswith("age:")], events


def test_ages_kept_after_the_verb_avoir_and_at_death():
    """(second review) "Jean Martin a 40 ans" is his age; "mort à l'âge de 79
    ans" the dead man's; "se sont finalement retrouvés" is reflexive."""
    import factcheck
    from factcheck.model import Article

    for text, age in (
        ("Jean Martin a 40 ans. Il vit à Lyon.", "40 ans"),
        ("René Castagnet est mort à l'âge de 79 ans.", "79 ans"),
    ):
        events = {a.text: a.event for a in factcheck.extract(Article("a", text, published="2026-08-20"))}
        assert (events[age] or "").startswith("age:"), events
    assert keyed("Emmanuel Macron et Olaf Scholz se sont finalement retrouvés mardi à Berlin.", "mardi")[0].startswith("meet:")


def test_a_distance_that_places_is_no_measure_of_the_event():
    """"à 14 kilomètres de l'arrivée" places the attack; the race "disputée
    sur 178 kilomètres" keeps its length."""
    import factcheck
    from factcheck.model import Article

    text = ("Mathis Delpeuch a remporté dimanche la course, disputée sur 178 kilomètres au départ et à "
            "l'arrivée de Tulle. Il a attaqué à 14 kilomètres de l'arrivée, à environ 30 km au nord de Brive.")
    events = {a.text: a.event for a in factcheck.extract(Article("a", text, published="2026-08-20"))}
    assert events["14 kilomètres"] is None
    assert events["environ 30 km"] is None
    assert events["178 kilomètres"] is not None



def test_a_verb_form_after_a_determiner_and_a_number_names_a_group():
    """"dont les six élus ont voté contre": councillors, no election of the
    opposition leader named before; "27 blessés" (no determiner) still
    counts the accident's, and "a été élu" is an election."""
    import factcheck
    from factcheck.model import Article

    text = ("Olivier Tessier, chef de file de Vierzon Demain, dont les six élus ont voté contre, a dénoncé le budget. "
            "Les trois élus écologistes se sont abstenus.")
    events = {a.text: a.event for a in factcheck.extract(Article("a", text, published="2027-03-30"))}
    assert events["six élus"] is None and events["trois élus"] is None, events
    assert keyed("Olivier Tessier a été élu dimanche maire de Vierzon.", "dimanche")[0].startswith("elect:")


@pytest.mark.parametrize(
    "text, words, person",
    [
        # (review) a marker after a comma opens another apposition or clause
        ("Julien Caron, 43 ans, alors adjoint au maire, a témoigné.", "43 ans", "age:julien-caron"),
        ("Nadia Kaci, 41 ans, à l'époque directrice, a parlé.", "41 ans", "age:nadia-kaci"),
        ("Jean Roux, 45 ans, alors que sa compagne dormait, a fui.", "45 ans", "age:jean-roux"),
        # (blind47) a country's people with an ending of its own before the name
        ("Le Kényan Abel Kiprugut, 27 ans, a remporté le marathon.", "27 ans", "age:abel-kiprugut"),
        ("La Britannique Jane Holt, 31 ans, a pris la deuxième place.", "31 ans", "age:jane-holt"),
    ],
)
def test_an_age_before_another_apposition_is_the_persons(text, words, person):
    import factcheck
    from factcheck.model import Article

    events = {a.text: a.event for a in factcheck.extract(Article("a", text, published="2026-08-20"))}
    assert events[words] == person


def test_a_measure_after_a_is_no_position_without_a_place():
    """(review) "réduite à 120 km du fait de la neige", "allongée à 190
    kilomètres depuis": the race's length, not a position."""
    from factcheck.extract.events import _FROM_AFTER

    assert not _FROM_AFTER.match(" du fait de la neige")
    assert not _FROM_AFTER.match(" depuis l'an dernier")
    assert _FROM_AFTER.match(" de l'arrivée") and _FROM_AFTER.match(" d'altitude")


@pytest.mark.parametrize(
    "text, words, kind, event",
    [
        # (review) an age told with "avait", adverbs between: an age
        ("Jean Martin avait 17 ans.", "17 ans", "number", "age:jean-martin"),
        ("Jean Martin avait alors 20 ans.", "20 ans", "number", None),
        ("Jean Martin, qui n'avait alors que 17 ans, a fui.", "17 ans", "number", None),
        ("Jean Martin, qui avait à l'époque 29 ans, a fui.", "29 ans", "number", None),
        # a length, and "il y avait": durations still
        ("Il avait 20 ans de métier.", "20 ans", "duration", None),
        ("Il y avait 20 ans que la ville attendait.", "20 ans", "duration", None),
    ],
)
def test_an_age_told_with_avoir_in_the_past(text, words, kind, event):
    import factcheck
    from factcheck.model import Article

    [got] = [a for a in factcheck.extract(Article("a", text, published="2026-08-20")) if a.text == words]
    assert (got.kind, got.event) == (kind, event)


def test_a_value_in_a_clause_of_its_own_after_ou():
    """(blind18) "où elle avait été admise jeudi": the admission's day, not
    the death's; but "qui" may speak of the event itself (review)."""
    died = keyed("Monique Berthier est morte samedi à l'hôpital d'Annecy, où elle avait été admise jeudi.",
                 "samedi", "jeudi")
    assert died[0] is not None and died[1] is None
    (visit,) = keyed("La visite d'Emmanuel Macron en Chine, qui a débuté mardi, se poursuit.", "mardi")
    assert visit is not None and visit.startswith("visit:")


def test_a_value_ends_its_conjunct():
    """(blind19) "parti de Nouméa le 16 octobre et arrivé sur zone le 20":
    the 16th is the departure's, the 20th the arrival's."""
    text = "Le navire Albatros est parti de Nouméa le jeudi 16 octobre et arrivé sur zone le lundi 20 octobre."
    left, came = keyed(text, "jeudi 16 octobre", "lundi 20 octobre")
    assert left.startswith("leave:") and came.startswith("arrive:")
    text = "Le navire Albatros quitte Nouméa le jeudi 16 octobre et arrive sur place lundi."
    left, came = keyed(text, "jeudi 16 octobre", "lundi")
    assert left.startswith("leave:") and came.startswith("arrive:")
    # names coordinated after a date are no conjunct of a verb
    (met,) = keyed("Mardi, Emmanuel Macron et Olaf Scholz se sont rencontrés.", "Mardi")
    assert met is not None and met.startswith("meet:")


def test_a_value_in_an_opening_participial_clause_is_not_the_main_verbs():
    """(blind19) "Parti de Nouméa le 16 octobre, le navire est arrivé le
    20": "Parti" is no party's name, and the 16th no arrival's."""
    left, came = keyed("Parti de Nouméa le jeudi 16 octobre, le navire Albatros est arrivé sur zone le lundi 20 octobre.",
                       "jeudi 16 octobre", "lundi 20 octobre")
    assert (left is None or not left.startswith("arrive:")) and came == "arrive:albatros"


def test_an_irregular_participle_opens_a_clause_too():
    """(blind3) "Découvert au petit matin par un voisin, René Castagnet était
    mort trois jours plus tard": the morning is the discovery's, not the
    death's."""
    (found,) = keyed("Découvert au petit matin par un voisin, René Castagnet était mort trois jours plus tard.",
                     "au petit matin")
    assert found is None or not found.startswith("die:")


def test_an_opening_participle_of_a_lexicon_verb_or_before_a_role_is_no_name():
    """(blind27) "Élu maire en 2014 puis réélu en 2020, M. Fouilhac…" and
    "Arrivé au conseil municipal en 1995, ce professeur…": neither "Élu"
    nor "Arrivé" is the person elected; a first election and a re-election
    are two events."""
    first, second = keyed("Élu maire en 2014 puis réélu en 2020, M. Alain Fouilhac effectuait son deuxième mandat.",
                          "2014", "2020")
    assert first is None or not first.endswith(":elu")
    assert second is None or (second.startswith("reelect:") and not second.endswith(":elu"))
    (came,) = keyed("Arrivé au conseil municipal en 1995, Alain Fouilhac avait conquis la mairie en 2014.", "1995")
    assert came is None or not came.endswith(":arrive")
    # a name in -é opening a sentence is still one ("Dupré a déclaré")
    (signed,) = keyed("Dupré a signé le contrat le 3 mars.", "3 mars")
    assert signed == "sign:agreement:dupre"


@pytest.mark.parametrize(
    "text, ages",
    [
        # (blind19) ages listed after names listed: respectively
        ("Leurs parents, Camille et Julien Hennequin, âgés de 29 et 32 ans, vivent à Épernay.",
         {"29": "age:camille", "32 ans": "age:julien-hennequin"}),
        ("Paul Martin, Lucie Bernard et Marc Petit, âgés de 12, 14 et 17 ans, sont frères.",
         {"12": "age:paul-martin", "14": "age:lucie-bernard", "17 ans": "age:marc-petit"}),
        # as many ages as names, or no telling whose
        ("Paul Martin, Lucie Bernard et Marc Petit, âgés de 12 et 17 ans, sont là.", {"12": None, "17 ans": None}),
    ],
)
def test_ages_listed_are_the_persons_listed_in_turn(text, ages):
    import factcheck
    from factcheck.model import Article

    events = {a.text: a.event for a in factcheck.extract(Article("a", text, published="2025-12-05")) if a.text in ages}
    assert events == ages


def test_a_participle_after_a_plural_noun_is_not_the_event_told():
    """(blind13, with "partir" a departure) "des randonneurs partis trop
    tard dans la journée": their departures, not Léa's."""
    text = ("Léa et son père partaient samedi des Granges d'Astau. "
            "Les secouristes voient de plus en plus de randonneurs partis trop tard dans la journée.")
    left, day = keyed(text, "samedi", "dans la journée")
    assert left is not None and left.startswith("leave:") and day is None


@pytest.mark.parametrize(
    "text, words",
    [
        # (review) "parti", "partie" as nouns are no departure
        ("L'ancien directeur Marc Olivier s'est constitué partie civile le 3 mars devant le tribunal.", "3 mars"),
        ("Marc Olivier a pris parti pour les grévistes le 5 mars.", "5 mars"),
        ("Marc Olivier, qui faisait partie du gouvernement depuis 2022, a démissionné le 4 juin.", "2022"),
        ("Marc Olivier a passé la majeure partie de la journée du 3 mars à Kiev.", "3 mars"),
        ("Marc Olivier a été en partie indemnisé le 3 mai.", "3 mai"),
    ],
)
def test_parti_as_a_noun_is_no_departure(text, words):
    (key,) = keyed(text, words)
    assert key is None or not key.startswith("leave:")


def test_parti_after_etre_or_opening_a_clause_is_a_departure():
    assert keyed("Marc Olivier est parti le 2 juillet de Chamonix.", "2 juillet") == ["leave:marc-olivier"]
    assert keyed("Le navire Albatros, parti de Nouméa le jeudi 16 octobre, est arrivé lundi.",
                 "jeudi 16 octobre") == ["leave:albatros"]


def test_a_group_and_its_participle_is_not_the_subjects_event():
    """(review) "les élus partis en délégation": theirs, not the minister's."""
    (key,) = keyed("La ministre Claire Moreau a salué les élus partis en délégation le 3 mars à Bruxelles.", "3 mars")
    assert key is None or not key.startswith("leave:")


def test_the_first_age_listed_is_the_first_named_when_the_others_are_unnamed():
    """(review) "Sophie Laurent et son fils, âgés de 41 et 15 ans": 41 is hers, 15 no one's named."""
    import factcheck
    from factcheck.model import Article

    text = "Sophie Laurent et son fils, âgés de 41 et 15 ans, ont été évacués."
    events = {a.text: a.event for a in factcheck.extract(Article("a", text, published="2025-12-05")) if a.kind == "number"}
    assert events == {"41": "age:sophie-laurent", "15 ans": None}


def test_years_listed_after_il_y_a_are_no_ages():
    """(review) "construits il y a 50 et 70 ans": times ago, no ages."""
    import factcheck
    from factcheck.model import Article

    text = "Les deux bâtiments, construits il y a 50 et 70 ans, seront rasés."
    got = {a.text: (a.kind, a.unit) for a in factcheck.extract(Article("a", text, published="2025-12-05"))}
    assert got["50"] == ("number", None) and got["70 ans"][0] == "duration"


def test_a_relatives_event_is_not_the_one_told():
    """(blind21) "depuis la mort de son frère, au début des années 2000":
    the brother's death, not hers told before."""
    died, other = keyed("Germaine Vidalenc est décédée le 9 octobre 2025. Elle vivait seule depuis la mort de son frère, "
                        "au début des années 2000.", "9 octobre 2025", "au début des années 2000")
    assert died == "die:germaine-vidalenc" and other is None


def test_a_remark_between_dashes_has_its_own_verb_and_subject():
    """(blind22) "Mère de trois enfants – son fils aîné, Michel, est décédé
    en 2016 –, Odette Marchand compte aujourd'hui 22 petits-enfants": the
    son died in 2016; today's count is not his death's."""
    text = ("Mère de trois enfants – son fils aîné, Michel, est décédé en 2016 –, Odette Marchand compte aujourd'hui "
            "22 petits-enfants.")
    died, today = keyed(text, "2016", "aujourd'hui")
    assert died == "die:michel" and today is None


def test_a_value_in_a_remark_may_still_date_the_sentences_event():
    """"Le décollage d'Ariane 6 – le 16 juin – a été un succès": a date set
    off inside the sentence still dates its event."""
    assert keyed("Le décollage d'Ariane 6 – le 16 juin – a été un succès.", "16 juin") == ["leave:ariane"]


def test_an_event_of_someone_not_yet_known_is_not_the_one_told():
    """(blind22) "depuis le décès, début janvier, d'une Rouennaise de 113
    ans": another death than the son's told before."""
    text = ("Son fils, Michel Marchand, est décédé en 2016. Elle est la doyenne depuis le décès, début janvier, "
            "d'une Rouennaise de 113 ans.")
    died, other = keyed(text, "2016", "début janvier")
    assert died == "die:michel-marchand" and other != died


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # (review) "d'un(e)" right after the event names that one: its object or its actor
        ("Vladimir Poutine et Kim Jong-un ont signé mercredi un pacte de défense à Pyongyang. "
         "La signature d'un tel accord, le 19 juin, a inquiété Séoul.", "19 juin", "sign"),
        ("Le ministre Jean-Noël Barrot s'est rendu à Kiev. La visite d'un ministre français, jeudi, a été saluée.",
         "jeudi", "visit"),
        ("Gaston Lefort est décédé à Brest. Le décès, lundi, d'une figure de la Résistance a ému toute la ville.",
         "lundi", "die:gaston-lefort"),
        # (review) a rank or an age tells of someone else
        ("Une première victime, Marius Petit, est morte samedi à Marseille. La mort d'une deuxième victime, lundi, "
         "a alourdi le bilan.", "lundi", None),
        ("Germaine Vidal, 88 ans, est morte dimanche à Alès. Les pompiers avaient déploré, le 2 février, la mort "
         "d'un homme de 70 ans.", "2 février", None),
    ],
)
def test_an_indefinite_complement_right_after_the_event(text, value, expected):
    (key,) = keyed(text, value)
    assert (key is None) if expected is None else (key or "").startswith(expected), key


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # (review) a remark with no subject of its own has the sentence's
        ("Marius Blanc – élu maire de Lodève en 2008 – ne se représentera pas.", "2008", "elect:marius-blanc"),
        ("Emmanuel Macron – qui s'est rendu à Kiev le 9 mai – a promis son soutien.", "9 mai", "visit:emmanuel-macron"),
        ("Fabrice Loher – il a été réélu en 2020 avec 52 % des voix – a présenté son budget.", "2020", "reelect:fabrice-loher"),
        ("François Bayrou (arrivé mardi soir à Nouméa) a rencontré jeudi les élus du Congrès.", "mardi soir",
         "arrive:francois-bayrou"),
    ],
)
def test_a_remark_with_no_subject_of_its_own(text, value, expected):
    (key,) = keyed(text, value)
    assert (key or "").startswith(expected), key


def test_a_surname_after_an_honorific_tells_no_gender():
    """(review) "Mme Gautier … Elle a été réélue": Gautier is no man's first name here;
    (blind27) her re-election is another event than her election."""
    elected, votes = keyed("Mme Gautier a été élue maire de Saint-Lô en 2014. Elle a été réélue en 2020 avec 58 % des voix.",
                           "2014", "2020")
    assert (elected, votes) == ("elect:gautier", "reelect:gautier")



def test_a_date_in_a_clause_of_cause_or_contrast_is_not_the_trigger_before_it():
    """(blind35) "Un vote qui passe mal, puisque le 4 octobre dernier, lors
    d'une consultation locale, le non l'avait emporté": the date is of the
    clause after "puisque", not of the vote before it; the occasion of an
    event ("élu le 15 mars, lors d'une séance") still dates the event."""
    vote = "Hervé Lançon a été élu maire, un vote qui passe mal, {} le 4 octobre, le non l'avait emporté."
    for conjunction in ("puisque", "car", "alors que", "parce que"):
        assert keyed(vote.format(conjunction), "4 octobre") == [None], conjunction
    assert keyed("Hervé Lançon a été élu maire le 4 octobre, le non l'avait emporté.", "4 octobre") != [None]
    assert keyed("Jean Moulinier a été élu maire le 15 mars, lors d'une séance houleuse.", "15 mars") == [
        "elect:jean-moulinier"]


def test_vote_ending_a_compound_is_no_election():
    """(blind38) "une consigne de vote", "le bureau de vote" are things: the
    day beside them dates no election; "le vote de mardi" does."""
    text = ("Claire Hoffmann a été élue présidente de l'université. Le 3 mai, Julien Ostermann avait refusé de "
            "donner une consigne de vote.")
    assert keyed(text, "3 mai") == [None]
    assert keyed("Le 3 mai, Claire Hoffmann a été élue lors du vote des administrateurs.", "3 mai") == [
        "elect:claire-hoffmann"]


def test_a_role_apposition_tells_a_tenure_not_the_event():
    """(blind39) "Ancien éleveur, maire de Mattaincourt depuis 2008, Marc
    Thiriet était arrivé en tête": the year dates his office, not the
    election; a date after the subject is the verb's."""
    text = "Ancien éleveur laitier, maire de Mattaincourt depuis 2008, Marc Thiriet a été élu dimanche."
    assert keyed(text, "2008") == [None]
    assert keyed("Marc Thiriet a été élu en 2008, devant Claire Didier.", "2008") == ["elect:marc-thiriet"]


@pytest.mark.parametrize(
    "text, words, person",
    [
        # (blind45) the age of a complement's noun is that noun's
        ("Sébastien Delattre, père d'une fillette de 3 ans, reçoit trois coups de couteau.", "3 ans", None),
        ("Paul Durand, père de deux enfants de 5 et 8 ans, est mort.", "8 ans", None),
        # the noun of the apposition itself: the person's
        ("René Castagnet, un agriculteur retraité de 79 ans, a été retrouvé.", "79 ans", "age:rene-castagnet"),
    ],
)
def test_an_age_after_the_noun_of_a_complement_is_not_the_persons(text, words, person):
    import factcheck
    from factcheck.model import Article

    events = {a.text: a.event for a in factcheck.extract(Article("a", text, published="2026-08-20"))}
    assert events[words] == person


def test_a_value_in_a_clause_of_avant_de_is_the_infinitives():
    """(blind45) "a été inaugurée à 10 heures …, avant d'ouvrir au public à
    14 heures": the opening's time, not the inauguration's; the first time is."""
    text = "Olivier Tessier a été élu dimanche à 10 heures maire de Vierzon, avant de recevoir la presse à 14 heures."
    first, second = keyed(text, "10 heures", "14 heures")
    assert first == "elect:olivier-tessier" and second is None


def test_a_fronted_date_is_not_a_participle_set_off_after_the_main_clause():
    """(blind46) "Dix-sept ans plus tard, une nouvelle génération a pris le
    relais, sous la houlette de Pascal Lestrade, arrivé sur le banc en
    2022": the fronted offset dates the main clause, not "arrivé"."""
    text = ("Les deux premiers titres datent de 1988 et de 2009. Dix-sept ans plus tard, une nouvelle génération "
            "a pris le relais, sous la houlette de Pascal Lestrade, arrivé sur le banc en 2022.")
    fronted, inside = keyed(text, "Dix-sept ans plus tard", "2022")
    assert fronted is None and inside is not None
