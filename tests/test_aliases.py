"""Names and roles within one article, canonical speakers across articles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.quotes import analyse_quotes, find_quotes
from factcheck.model import Assertion
from factcheck.resolve.aliases import canonical_speakers
from factcheck.resolve.entities import role_signature
from factcheck.resolve.lexicon import speech_lexicon
from factcheck.resolve.text import slug


def names_of(text: str):
    return analyse_quotes(text)[1]


def quote(article: str, speaker: str, start: int = 0, end: int = 5, speaker_start=None, speaker_end=None) -> Assertion:
    return Assertion(article, "quote", start, end, "x" * (end - start), "x", speaker=speaker, speaker_start=speaker_start, speaker_end=speaker_end)


class TestWithinAnArticle:
    def test_fullest_name(self):
        """"M. Martin" and "Martin" resolve to the fullest name given."""
        names = names_of("Jeanne Martin a parlé. Puis M. Martin a répondu, et Martin a conclu.")
        assert names.fullest("M. Martin") == "Jeanne Martin"
        assert names.fullest("Martin") == "Jeanne Martin"

    def test_korean_family_name_first(self):
        """"M. Kim" matches a name whose first part is Kim."""
        names = names_of("Kim Jong-un est arrivé. M. Kim a salué la foule.")
        assert names.fullest("M. Kim") == "Kim Jong-un"

    def test_transliteration_variants_are_one_slug(self):
        """"Kim Jong Un", "Kim Jong-un", "Kim Jong-Un" fold alike, accents and case too."""
        assert slug("Kim Jong Un") == slug("Kim Jong-un") == slug("Kim Jong-Un") == "kim-jong-un"
        assert slug("Sergueï Lavrov") == slug("SERGUEI LAVROV")

    def test_appositions_tie_roles_to_names(self):
        """Role, Name / Name, role / role Name tie the role to the name."""
        names = names_of(
            "Le président russe, Vladimir Poutine, est arrivé. Iouri Ouchakov, le conseiller du Kremlin, a parlé. "
            "Le dirigeant nord-coréen Kim Jong Un l'a accueilli."
        )
        assert names.resolve_role("président russe") == "Vladimir Poutine"
        assert names.resolve_role("chef du Kremlin") == "Vladimir Poutine"  # same signature
        assert names.resolve_role("conseiller du Kremlin") == "Iouri Ouchakov"
        assert names.resolve_role("numéro un nord-coréen") == "Kim Jong Un"

    def test_plural_or_prepositional_roles_tie_nothing(self):
        """"cité par les agences russes, Kim Jong-un" is no apposition, nor a
        singular role after a preposition set off before a name."""
        names = names_of("Cité par les agences russes, Kim Jong-un a parlé.")
        assert names.resolve_role("agences russes") is None
        names = names_of("Cité par le journal russe, Kim Jong-un a parlé.")
        assert names.resolve_role("journal russe") is None

    def test_a_role_before_a_name_after_a_preposition_ties(self):
        """"signé par la préfète Anne-Sophie Morvillier": the role and the name are one phrase."""
        names = names_of("L'arrêté, signé jeudi par la préfète Anne-Sophie Morvillier, concerne 256 communes.")
        assert names.resolve_role("la préfète") == "Anne-Sophie Morvillier"

    def test_any_noun_apposed_to_a_persons_name_is_a_role(self):
        """Occupations are an open class: "Le berger, Théo Mallet, 24 ans" ties
        "le berger", unlisted; to a name that is no person's, or in an
        apposition left open ("Le cœur lourd, Marie Dupont a quitté"), only
        a listed role ties."""
        names = names_of("Le berger, Théo Mallet, 24 ans, a découvert les cadavres.")
        assert names.resolve_role("le berger") == "Théo Mallet"
        names = names_of("Le cœur lourd, Marie Dupont a quitté la salle.")
        assert names.resolve_role("le cœur lourd") is None
        names = names_of("Le voilier, Ondine Bleue, a démâté au large.")
        assert names.resolve_role("le voilier") is None

    def test_no_person_is_an_institution(self):
        """"Jean Delcroix, l'entreprise emploie…": a person's name and an
        institution's phrase are two phrases, no apposition."""
        names = names_of("Créée en 1978 par son grand-père, Jean Delcroix, l'entreprise emploie 210 salariés.")
        assert names.resolve_role("l'entreprise emploie 210 salariés") is None
        assert names.resolve_role("l'entreprise") is None

    def test_role_signature(self):
        """Roles meaning the head of a country share one signature."""
        lex = speech_lexicon()
        for role in ("président russe", "chef du Kremlin", "chef de l'État russe", "maître du Kremlin", "le président de la Russie"):
            assert role_signature(role, lex) == ("leader", "russie"), role
        assert role_signature("agence de presse d'État nord-coréenne", lex) == ("agency", "coree-du-nord")
        assert role_signature("conseiller diplomatique du Kremlin", lex) == ("conseiller", "russie")
        assert role_signature("président du club", lex) is None
        assert role_signature("homme d'affaires russe", lex) is None

    def test_speaker_is_the_fullest_name_of_the_article(self):
        """Within one article, the speaker is already its fullest name."""
        text = "Le président russe, Vladimir Poutine, est arrivé. « Merci », a dit le président russe. « Bien », a ajouté M. Poutine."
        assert [q.speaker for q in find_quotes(text, "a")] == ["Vladimir Poutine", "Vladimir Poutine"]


class TestAcrossArticles:
    def test_variants_get_one_name(self):
        """"Kim Jong Un" and "Kim Jong-un" become the variant written most."""
        out = canonical_speakers([[quote("a", "Kim Jong Un")], [quote("b", "Kim Jong-un")], [quote("c", "Kim Jong-un")]])
        assert [a.speaker for (a,) in out] == ["Kim Jong-un"] * 3

    def test_surname_alone_takes_the_one_full_name(self):
        """"Poutine" becomes "Vladimir Poutine" when one fuller name holds it."""
        out = canonical_speakers([[quote("a", "Poutine")], [quote("b", "Vladimir Poutine")]])
        assert [a.speaker for (a,) in out] == ["Vladimir Poutine"] * 2

    def test_hyphenated_single_name_takes_the_one_full_name(self):
        """A first name or a surname of one hyphenated word ("Jean-Pierre",
        "Lévi-Strauss") is one word: it takes the one fuller name holding it."""
        out = canonical_speakers([[quote("a", "Jean-Pierre")], [quote("b", "Jean-Pierre Marchand")]])
        assert [a.speaker for (a,) in out] == ["Jean-Pierre Marchand"] * 2
        out = canonical_speakers([[quote("a", "Lévi-Strauss")], [quote("b", "Claude Lévi-Strauss")]])
        assert [a.speaker for (a,) in out] == ["Claude Lévi-Strauss"] * 2
        # two fuller names hold it: left alone
        out = canonical_speakers([[quote("a", "Jean-Pierre")], [quote("b", "Jean-Pierre Marchand")], [quote("c", "Jean-Pierre Roux")]])
        assert out[0][0].speaker == "Jean-Pierre"

    def test_role_resolves_through_another_article(self):
        """An article saying only "le chef du Kremlin" gets the name another ties to the role."""
        first = "« Merci », a déclaré le président russe Vladimir Poutine."
        second = "« Bien », a lancé le chef du Kremlin."
        per_article = [find_quotes(first, "a"), find_quotes(second, "b")]
        assert per_article[1][0].speaker == "chef du Kremlin"
        out = canonical_speakers(per_article, [first, second])
        assert out[1][0].speaker == "Vladimir Poutine"
        # without the texts, roles stay as they are
        assert canonical_speakers(per_article)[1][0].speaker == "chef du Kremlin"

    def test_ambiguous_role_is_left_alone(self):
        """Two names tied to one role signature: the role is not guessed."""
        first = "« Oui », a déclaré le président russe Vladimir Poutine."
        second = "« Non », a déclaré le président russe Boris Eltsine."
        third = "« Peut-être », a déclaré le président russe."
        per_article = [find_quotes(t, i) for i, t in zip("abc", (first, second, third))]
        out = canonical_speakers(per_article, [first, second, third])
        assert out[2][0].speaker == "président russe"

    def test_attribution_values_are_canonical_too(self):
        """A source's name is merged like a speaker's."""
        attribution = Assertion("a", "attribution", 0, 5, "selon", "Poutine")
        out = canonical_speakers([[attribution], [quote("b", "Vladimir Poutine")]])
        assert out[0][0].value == "Vladimir Poutine"

    @settings(max_examples=40, deadline=None)
    @given(st.lists(st.lists(st.sampled_from(["Kim Jong Un", "Kim Jong-un", "Poutine", "Vladimir Poutine", "président russe", None]), max_size=4), max_size=4))
    def test_pure_and_idempotent(self, speakers):
        """Same shape back, nothing but speakers changed, and a second pass changes nothing."""
        per_article = [[quote(str(i), s, j, j + 1) for j, s in enumerate(article)] for i, article in enumerate(speakers)]
        once = canonical_speakers(per_article)
        assert [len(a) for a in once] == [len(a) for a in per_article]
        for before, after in zip(per_article, once):
            for b, a in zip(before, after):
                assert (a.start, a.end, a.value, a.kind) == (b.start, b.end, b.value, b.kind)
                assert (a.speaker is None) == (b.speaker is None)
        assert canonical_speakers(once) == once
