"""Who speaks each quotation: French attribution patterns.

Tried in this order for a quotation, within its sentence (our own
sentences, see ``factcheck.resolve.text``):

1. an incise right after it: "», a déclaré M. Poutine", "», a-t-il
   ajouté", "», informe X", "», s'est emporté X", "», a insisté auprès de
   l'AFP X" (a medium that "reports" words in the first or second person
   relays someone else: the speaker is then the one in context);
2. "par la voix de X";
3. a lead: the nearest speech verb before it, and that verb's subject
   ("Kim Jong-un a assuré que « … »", "il lui a lancé une invitation :
   « … »", "Tokyo, qui s'est dit « … »"); a present participle
   ("qualifiant", "ajoutant") takes the speaker of its sentence;
4. an incise later in the sentence (", a annoncé X");
5. "Pour X, « … »", "selon X", "d'après lui";
6. "X : « … »";
7. a quotation standing alone after someone's words continues them;
8. the same words quoted elsewhere in the article with a speaker (a
   heading echoing a quotation of the text).

Pronouns resolve to the person in focus: "Quant à X, il", a speaker named
earlier in the same sentence, else the last person who spoke or was the
subject of an earlier sentence.  The parse (when there is one) only says
which names are people; every pattern works on text alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

from factcheck.nlp.base import Doc
from factcheck.resolve.entities import (
    ARTICLES,
    ER_PARTICIPLE_ENDINGS,
    LATTER,
    MORE_DEMONYMS,
    NP,
    PRE_ADJECTIVES,
    NameIndex,
    is_demonym,
    is_name_token,
    name_run,
    noun_phrase,
    np_text,
)
from factcheck.resolve.lexicon import first_name_gender, first_name_genders, norm, speech_lexicon
from factcheck.resolve.text import ArticleText, QuoteRef, Sentence, slug


def is_bare_participle(form: str, lemma: str) -> bool:
    """A past participle of an -er verb ("cité", "interrogée"); irregular
    forms such as "dit" or "répond" may be a present tense: not counted."""
    return lemma.endswith("er") and form.endswith(ER_PARTICIPLE_ENDINGS)


_PLURAL_AUX = frozenset("ont avaient auraient auront sont étaient seraient seront".split())
_WINDOW = 60  # tokens around a quotation that patterns look at
_ECHO_REACH = 40  # quotations before and after that an echo is sought in
#: Endings of nouns of a trade or a function ("paléontologue", "juriste",
#: "historien", "directrice"): a role set off after a name.
_AGENT_ENDINGS = ("logue", "iste", "ien", "ienne", "eur", "euse", "trice")
_ROLE_COMPLEMENT = frozenset(", de du des d' à au aux chez en".split())
#: Participles that are nouns after a determiner ("le prévenu", "l'accusée");
#: not "-it" ("comme il le dit").
_NOUN_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues")
_CONJUNCTIONS = frozenset("et mais puis or donc alors ensuite tandis".split())


#: Clitics between a subject and its verb group ("il lui a lancé", "X l'a répété").
_CLITICS_BEFORE_VERB = frozenset(("lui", "leur", "se", "s'", "l'", "le", "la", "les", "ne", "n'", "y", "en", "nous", "vous", "me", "m'"))
#: Relative pronouns opening a clause to skip ("dont" is left: "Plusieurs
#: élus, dont Anne Hidalgo, …" names one of them).
_RELATIVES = frozenset(("qui", "où", "lequel", "laquelle", "lesquels", "lesquelles"))
#: The roles an honorific before a name stands for.
_HONORIFIC_ROLES = {
    # (the epicene and masculine forms only: "l'avocate" may be another
    # person than "Me Julien Ferrat")
    "dr": frozenset("médecin docteur urgentiste chirurgien praticien".split()),
    "pr": frozenset("professeur médecin chirurgien".split()),
    "me": frozenset("avocat conseil bâtonnier notaire".split()),
}
#: How far back the phrase a relative pronoun stands for may start ("le
#: ministère de l'Europe et des Affaires étrangères, qui a exprimé …").
_LAST_NP_WORDS = 16
_HONORIFIC_GENDER = {"mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f", "m": "m", "monsieur": "m"}
#: Participles that carry a speech verb in an incise ("a-t-elle voulu
#: rassurer", "a-t-il tenu à préciser", "a-t-il souhaité rappeler").
_MODAL_PARTICIPLES = frozenset("voulu tenu souhaité su pu cru fait".split())
#: Infinitives that say words after "faire" ("a-t-il fait valoir", "a fait
#: savoir le maire"), besides the speech verbs ("fait remarquer").
_SAID_AFTER_FAIRE = frozenset(("valoir", "savoir"))


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    """The infinitives of the speech verbs ("rassurer", "préciser")."""
    return frozenset(speech_lexicon().speech_forms.values())


#: Pronouns that repeat a subject set off before them ("Le maire, lui, …").
STRESSED = frozenset("lui elle eux elles".split())


def is_organisation_name(word: str) -> bool:
    """A name in capitals, an acronym ("SUD", "CGT", "SDIS"): no person's."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


_POSSESSIVES = frozenset("son sa ses leur leurs mon ma mes notre nos votre vos".split())
#: Prepositions that introduce whose word a statement is, not a complement
#: ("d'après" is tokenised "d'", "après").
_SOURCE_PREPOSITIONS = frozenset("selon pour après".split())
#: Determiners of both genders before a vowel ("son avocate", "l'élue").
_ELIDED = frozenset(("l'", "son", "mon", "ton"))
_VOWELS = frozenset("aeiouyhéèêâîôû")
_DETERMINER_GENDER = {"la": "f", "sa": "f", "une": "f", "cette": "f", "le": "m", "son": "m", "un": "m", "ce": "m"}


#: Nouns of people whose gender no ending tells.
_NOUN_GENDER = {
    "homme": "m", "père": "m", "fils": "m", "frère": "m", "mari": "m", "oncle": "m", "grand-père": "m",
    "femme": "f", "mère": "f", "fille": "f", "sœur": "f", "épouse": "f", "tante": "f", "grand-mère": "f",
    "veuve": "f",
}  # fmt: skip
#: People named by what they take part in, not by a title or an office:
#: the parties to a case ("le prévenu", "l'accusé"), candidates,
#: competitors, passengers.  The press gives a woman their feminine ("la
#: prévenue", "la candidate", "la joueuse"), never the masculine it may
#: keep for a title or an office ("le procureur", "l'élu", "notre envoyé
#: spécial") or for a win ("vainqueur"), so the masculine tells a man.
_MASCULINE_TELLS_A_MAN = frozenset((
    "prévenu", "accusé", "détenu", "rescapé", "condamné", "interpellé", "blessé",
    "candidat", "coureur", "joueur", "skieur", "nageur", "patineur", "gagnant",
    "conducteur", "passager", "patient", "client", "habitant", "militant", "opposant",
))  # fmt: skip
_FEMININE_ENDINGS = ("euse", "rice", "ienne", "ière", "onne", "esse", "eure")
_MASCULINE_ENDINGS = ("eur", "ien", "ier")


#: The gender a pre-noun adjective shows after "l'": "l'ancienne ministre".
_ADJECTIVE_GENDER = {"ancien": "m", "ancienne": "f"}


def noun_gender(word: str, roles: frozenset[str]) -> str | None:
    """The gender of a noun of a person when no determiner tells it
    ("l'acheteur", "l'avocate", "son adjointe"): its ending, or the
    masculine role it is the feminine of; None for a noun of both genders
    ("l'archéologue", "l'élève")."""
    low = word.lower()
    known = _NOUN_GENDER.get(low)
    if known is not None:
        return known
    if low.endswith(_FEMININE_ENDINGS) or (low.endswith("e") and low[:-1] in roles):
        return "f"  # "l'enquêtrice", "l'adjointe" (adjoint)
    if low.endswith(_MASCULINE_ENDINGS) or low + "e" in roles:
        return "m"  # "l'acheteur", "l'élu" (élue)
    return None


#: Before the complement of a role: "l'avocate de l'accusé", "ingénieur
#: chez Atmo Normandie", "juriste à l'UFC" (the role speaks, not its
#: complement or employer).
_OF_WORDS = frozenset(("de", "d'", "du", "des"))
_AT_AN_EMPLOYER = frozenset(("chez", "à", "au", "aux"))


def _demonym_gender(word: str) -> str | None:
    """"f" or "m" from a demonym's ending ("Éthiopienne", "Kényan"); None
    for one of both genders ("Belge", "Suisse")."""
    low = word.lower()
    if low.endswith(("enne", "aise", "oise", "aine", "ine", "ane", "onne", "ande", "ole")):
        return "f"
    if low.endswith(("ien", "éen", "ais", "ois", "ain", "in", "an", "on", "and", "at", "ol")):
        return "m"
    return None


def _gender(pronoun: str) -> str | None:
    word = pronoun.replace("-t-", "").lstrip("-")
    # ("lui" as said after "selon": "selon lui", "selon elle")
    return "f" if word == "elle" else "m" if word in ("il", "lui") else None


_DETERMINERS_BEFORE_QUOTE = frozenset("les le la l' des un une ses son sa leurs leur ces cette ce".split())
#: Object pronouns before an incise's auxiliary ("», lui a lancé la présidente").
_OBJECT_CLITICS = frozenset(("lui", "leur", "me", "m'", "nous", "vous", "te", "t'"))
#: Asides between an incise's verb and its subject ("a déclaré de son
#: côté le ministre") or, set off by commas, between a subject and its
#: verb ("L'ARS, de son côté, dénombre"): never the subject.
ASIDES = tuple(
    tuple(phrase.split())
    for phrase in (
        "de son côté", "de leur côté", "de mon côté", "de notre côté", "pour sa part", "pour leur part",
        "pour ma part", "à son tour", "à leur tour", "quant à lui", "quant à elle", "lui aussi", "elle aussi",
        "pour finir", "en retour", "en réponse", "sur place",
    )
)


#: Participles before a name given to someone or something: the name is
#: no subject ("l'insecte a été baptisé Aphaenops lafonti"); not "nommé"
#: nor "appelé", which appoint or call a person who may speak next.
_NAMING = frozenset(
    "baptisé baptisée baptisés baptisées surnommé surnommée surnommés surnommées prénommé prénommée prénommés"
    " prénommées dénommé dénommée rebaptisé rebaptisée intitulé intitulée".split()
)


class Speaker(NamedTuple):
    name: str
    first: int  # token range of the mention that names them
    end: int
    person: bool
    how: str  # which pattern found them
    #: Who they are is known: a name, or a role the article ties to one.
    #: A role alone ("la préfète", "son avocat") or a guess may be anyone.
    named: bool = True


class _Cue(NamedTuple):
    how: str
    np: NP | None = None
    verb: int = -1


class SpeakerFinder:
    def __init__(self, at: ArticleText, names: NameIndex, titles: Sequence[bool], doc: Doc | None = None,
                 incises: Sequence[tuple[tuple[int, int], ...]] = ()) -> None:  # fmt: skip
        self.at = at
        #: per quotation, the incises inside it (``mark_incises``)
        self.incises = incises
        self.doc = doc if doc is not None and doc.text == at.folded.original else None
        self.names = names
        self.lex = at.lex
        self.titles = titles  # per quotation: a name, not speech
        self.speakers: list[Speaker | None] = [None] * len(at.quotes)
        self.cues: list[_Cue | None] = [None] * len(at.quotes)
        #: the subject of each verb an earlier quotation's cue named, by token
        self.subject_of_verb: dict[int, NP] = {}
        self.salient: Speaker | None = None
        #: the person in focus at the start of each sentence
        self.salient_before: list[Speaker | None] = []

    # -- verbs ------------------------------------------------------------
    def speech_lemma(self, k: int) -> str | None:
        tok = self.at.toks[k]
        if tok.kind != "word" or self.at.in_quote[k] != -1:
            return None
        lemma = self.lex.speech_forms.get(tok.low)
        if lemma is not None and k > 0 and self.at.toks[k - 1].low in self.lex.determiners and tok.low.endswith(_NOUN_PARTICIPLE_ENDINGS):
            return None  # "le prévenu", "l'accusé": a participle after a determiner is a noun
        return lemma

    def _aux_before(self, v: int, floor: int) -> int:
        """Index of the auxiliary of the verb at v (skipping adverbs and an
        inverted clitic), or -1."""
        toks = self.at.toks
        k = v - 1
        steps = 0
        while k >= floor and steps < 6:
            low = toks[k].low
            if low in self.lex.auxiliaries:
                return k
            if toks[k].kind == "clitic" or low in self.lex.adverbs:
                k -= 1
                steps += 1
                continue
            if low == "," and k - 2 >= floor and toks[k - 1].low in STRESSED and toks[k - 2].text == ",":
                k -= 3  # "Sabine Lafitte a, elle, insisté": a stressed pronoun set off
                steps += 1
                continue
            break
        return -1

    def incise_at(self, k: int, limit: int) -> tuple[int, NP | None] | None:
        """An incise verb group starting at token k: (verb index, subject)."""
        toks, lex = self.at.toks, self.lex
        j = k
        if j < limit and toks[j].low in _OBJECT_CLITICS and j + 1 < limit and toks[j + 1].low in lex.auxiliaries:
            j += 1  # "», lui a lancé la présidente"
        if j < limit and toks[j].low in ("s'", "se"):
            j += 1
        has_aux = j < limit and toks[j].low in lex.auxiliaries
        if has_aux:
            j += 1
        subject: NP | None = None
        if j < limit and toks[j].kind == "clitic":
            subject = NP(j, j + 1, "pronoun")
            j += 1
        steps = 0
        while j < limit and steps < 6 and toks[j].low in lex.adverbs and self.speech_lemma(j) is None:
            j += 1
            steps += 1
        if j + 1 < limit and (has_aux or toks[j].low == "fait") and toks[j].low in _MODAL_PARTICIPLES:
            # "a-t-elle voulu rassurer", "a-t-il tenu à préciser", "a-t-il
            # fait valoir", "fait savoir le maire": the speech verb is the
            # infinitive
            made = toks[j].low == "fait"
            j += 2 if toks[j + 1].low in ("à", "de", "d'") and not made else 1
            if j >= limit or self.at.in_quote[j] != -1 or (
                    toks[j].low not in _speech_lemmas() and not (made and toks[j].low in _SAID_AFTER_FAIRE)):  # fmt: skip
                return None
        elif j >= limit or self.speech_lemma(j) is None:
            return None
        verb = j
        form = toks[verb].low
        if not has_aux and is_bare_participle(form, self.speech_lemma(verb) or ""):
            # a bare participle ("cité par ...") is not an incise
            if not (verb + 1 < limit and toks[verb + 1].kind == "clitic"):
                return None
        if form.endswith("ant"):
            return None
        j = verb + 1
        if j < limit and toks[j].kind == "clitic":
            return verb, NP(j, j + 1, "pronoun")
        if subject is not None:
            return verb, subject
        subject = self.subject_after(j, limit) or self.parse_subject(verb)
        if subject is not None and has_aux and subject.kind == "role":
            # "ont conclu un accord": a plural verb with a singular phrase
            # after it is a verb and its object, not an incise
            plural_verb = toks[k if toks[k].low not in ("s'", "se") else k + 1].low in _PLURAL_AUX
            singular = toks[subject.first].low in ("un", "une", "le", "la", "l'", "ce", "cet", "cette", "son", "sa")
            if plural_verb and singular:
                return None
        return verb, subject

    def incise_end(self, qi: int, comma: int) -> int | None:
        """The end (its "," or ".") of an incise opening after the comma at
        token ``comma`` inside quotation ``qi``, with words of the
        quotation after it; None when none opens there.  Its verb and subject
        are read as outside the quotation (they are marked so when found)."""
        toks, in_quote, ref = self.at.toks, self.at.in_quote, self.at.quotes[qi]
        end = comma + 1
        while end < ref.end_tok and toks[end].kind != "punct":
            end += 1
        # (up to 14 tokens: "a lancé hier matin le ministre délégué chargé
        # des Transports")
        if not comma + 1 < end < ref.end_tok - 1 or end - comma > 14 or toks[end].text not in ",.":
            return None
        if not any(toks[j].kind == "word" for j in range(end + 1, ref.end_tok)):
            return None
        saved = in_quote[comma + 1 : end]
        in_quote[comma + 1 : end] = [-1] * (end - comma - 1)
        hit = self.incise_at(comma + 1, end)
        if hit is not None and hit[1] is not None:
            verb, np = hit[0], hit[1]
            # (a clitic subject may have a few words of time after it:
            # "a-t-elle assuré dimanche matin"; a name or role ends it)
            if np.kind == "pronoun":
                # (or a phrase of where it was said: "a-t-il insisté au micro
                # de notre rédaction")
                said_where = verb + 1 < end and toks[verb + 1].low in self.lex.prepositions and end - (verb + 1) <= 8
                if toks[np.first].low.lstrip("-t") != "on" and (end - (verb + 1) <= 4 or said_where):
                    return end
            elif np.kind in ("name", "role") and (end - np.end <= 2 or self._told_when(np.end, end)):
                if np.kind == "role" and toks[end].text == "," and is_name_token(toks[end + 1]):
                    # "a assuré la préfète, Isabelle Marchetti, mais …": the
                    # name apposed to the role is the incise's too
                    after = name_run(toks, end + 1, ref.end_tok)
                    if after < ref.end_tok - 1 and toks[after].text == ",":
                        in_quote[end + 1 : after] = [-1] * (after - end - 1)
                        end = after
                return self._past_aside(qi, end, np.kind == "name" or np.name_first >= 0)
        in_quote[comma + 1 : end] = saved
        return None

    def _told_when(self, first: int, end: int) -> bool:
        """Tokens first..end tell when or where, after an incise's subject
        ("avait résumé la procureure Claire Vautrin le soir même", "a lancé
        Hélène Castagné à la tribune")."""
        if self.at.toks[first].low in self.lex.prepositions and end - first <= 5:
            return True
        np = noun_phrase(self.at, first, end)
        return np is not None and np.kind == "time" and np.end >= end - 1

    def _past_aside(self, qi: int, end: int, named: bool) -> int:
        """The end of an incise that goes on with a relative clause about
        its speaker ("…, glisse le lieutenant-colonel Jérôme Fabiani, qui
        commandera le détachement, pas pour …") or, after a name, with the
        speaker's role ("…, nous a confié Élodie Carrère, paléontologue à
        l'université de Montpellier, presque tous …"), read as outside the
        quotation too; else ``end``."""
        toks, in_quote, ref = self.at.toks, self.at.in_quote, self.at.quotes[qi]
        if toks[end].text != "," or end + 2 >= ref.end_tok:
            return end
        at_word = end + 2 if toks[end + 1].low in ("le", "la", "l'") else end + 1
        word = toks[at_word].low
        # (a role and its complement, not a clause: "la directrice le sait")
        # (an adjective may come between: "le directeur départemental de la
        # police nationale")
        complement = next((j for j in (at_word + 1, at_word + 2) if j < ref.end_tok and toks[j].low in _ROLE_COMPLEMENT), None)
        # (or a body's acronym: "Nadia Bensalem, déléguée CGT, mais …")
        acronym = at_word + 2 < ref.end_tok and is_organisation_name(toks[at_word + 1].text) and toks[at_word + 2].text == ","
        role = (named and (word in self.lex.person_roles or word.endswith(_AGENT_ENDINGS)) and (acronym or complement is not None
                and (complement == at_word + 1 or toks[at_word + 1].kind == "word" and toks[at_word + 1].text.islower())))  # fmt: skip
        if toks[end + 1].low != "qui" and not role:
            return end
        k = end + 2
        while k < ref.end_tok and toks[k].kind != "punct":
            k += 1
        if k - end > 10 or toks[k].text != "," or not any(t.kind == "word" for t in toks[k + 1 : ref.end_tok]):
            return end
        in_quote[end + 1 : k] = [-1] * (k - end - 1)
        return k

    def subject_after(self, j: int, limit: int) -> NP | None:
        """The subject after an incise verb, past adverbs, adverbial phrases
        ("à la presse", "auprès de l'AFP", "plus tôt le jour même")."""
        toks, lex = self.at.toks, self.lex
        steps = 0
        while j < limit and steps < 12:
            tok = toks[j]
            low = tok.low
            if tok.kind == "punct" or low in ("que", "qu'", "si"):
                return None
            aside = next((len(words) for words in ASIDES if tuple(t.low for t in toks[j : j + len(words)]) == words), 0)
            if aside:
                j += aside  # "a déclaré de son côté le ministre"
                steps += 1
                continue
            if low in lex.prepositions:
                # skip the preposition and its object
                j += 1
                while j < limit and toks[j].low in ("de", "du", "des", "d'", "la", "l'", "le", "les"):
                    j += 1
                np = noun_phrase(self.at, j, limit)
                if np is None:
                    j += 1
                elif np.kind == "name" and np.name_end - np.name_first >= 3 and toks[np.name_first].text.isupper():
                    # "auprès de l'AFP Vladimir Tikhonov": an acronym, then the name
                    j = np.name_first + 1
                elif (np.kind == "role" and np.name_first > j and np.head not in lex.person_roles
                      and first_name_gender(self.at.words(np.name_first, np.name_end)) is not None):  # fmt: skip
                    # "à notre antenne Xavier Monnier": a medium, then the person
                    j = np.name_first
                else:
                    j = np.end
                steps += 1
                continue
            np = noun_phrase(self.at, j, limit)
            if np is not None and np.kind == "time":
                j = np.end
                steps += 1
                continue
            if np is not None:
                return np
            if low in lex.adverbs or low in lex.time_nouns:
                j += 1
                steps += 1
                continue
            return None
        return None

    # -- subjects to the left ---------------------------------------------
    def subject_before(self, p: int, sent: Sentence) -> NP | None:
        """The subject of a verb group starting at token p: the nearest
        comma-separated segment before it that is a noun phrase."""
        toks, at = self.at.toks, self.at
        end = p
        segments = 0
        while end > sent.first and segments < 4:
            start = end
            while start > sent.first and not (toks[start - 1].text in ",;:" and at.in_quote[start - 1] == -1):
                if at.in_quote[start - 1] != -1 and at.in_quote[start] == -1 and (
                        toks[start].low in _CONJUNCTIONS or toks[start].text[:1].isupper()):  # fmt: skip
                    break  # "« Bravo » et Damien Hocquaux a répondu": the clause after a quotation
                start -= 1
            segments += 1
            k = start
            while k < end and (toks[k].low in _CONJUNCTIONS or toks[k].low in ("que", "qu'")):
                k += 1
            # object clitics before the verb group: "il lui a lancé"
            stop = end
            while stop > k and toks[stop - 1].low in _CLITICS_BEFORE_VERB:
                if stop - 1 == k:
                    break
                stop -= 1
            if toks[k].low in _CLITICS_BEFORE_VERB and (
                stop - k == 1 or (k + 1 < stop and toks[k + 1].low in self.lex.auxiliaries)
            ):
                # "Le PDG, Marc-Antoine Rigal, l'a répété": a verb group
                # after the comma (not "l'ambassadeur"), the subject is further left
                end = start - 1
                continue
            if k < stop:
                low = toks[k].low
                if low in ("qui",):
                    # "Tokyo, qui s'est dit": the phrase before the comma
                    return self._relative_antecedent(start - 1, sent)
                if low == "dont" or (low in ("du", "de", "des", "d'") and segments > 1 and start > sent.first):
                    # "Nathalie Pérouse, dont la commune était partie civile,
                    # a parlé", "Arnaud Vandamme, du SDIS du Nord, a résumé":
                    # a relative clause or a complement is no subject, go on left
                    end = start - 1
                    continue
                if low == "par" and k + 2 < stop and toks[k + 1].low == "la" and toks[k + 2].low == "voix":
                    j = k + 3
                    while j < stop and toks[j].low in ("de", "du", "des", "d'"):
                        j += 1
                    return noun_phrase(at, j, stop) or (noun_phrase(at, j - 1, stop) if toks[j - 1].low == "du" else None)
                if low in ("quant",) and k + 2 < stop:
                    np = noun_phrase(at, k + 2, stop)
                    if np:
                        return np
                if stop - k == 1 and toks[k].low in STRESSED and start >= 2 and toks[start - 1].text == ",":
                    # "La direction, elle, répète", "Le maire, lui, estime":
                    # the pronoun repeats the phrase before it
                    before = start - 1
                    first = before
                    while first > sent.first and toks[first - 1].text not in ",;:":
                        first -= 1
                    np = noun_phrase(at, first, before)
                    if np is not None and np.kind in ("name", "role") and np.end == before:
                        return np
                if toks[stop - 1].low in ("il", "elle", "ils", "elles", "on") and not (
                        stop - 2 > k and toks[stop - 2].low in self.lex.prepositions):  # fmt: skip
                    # (not "ceux qui n'ont pas voté pour elle :": a preposition's
                    # object; "Pour elle : « … »" opening its segment is her view)
                    return NP(stop - 1, stop, "pronoun")
                if low in self.lex.prepositions and low not in ("selon", "par"):
                    # "Dans un communiqué le ministre a déclaré": past the phrase
                    inner = noun_phrase(at, k + 1, stop)
                    if inner is not None and inner.end < stop:
                        np = noun_phrase(at, inner.end, stop)
                        if np is not None and np.kind in ("name", "role") and np.end == stop:
                            return np
                set_off = start > sent.first and toks[start - 1].text == ","  # a comma before the segment
                if stop - k == 2 and toks[k + 1].low == "ans" and toks[k].text.isdigit() and set_off:
                    # "Damien Hocquaux, 38 ans, retenait": an age set off
                    # after the subject
                    end = start - 1
                    continue
                if low not in self.lex.prepositions and low not in ("d'après", "cité", "citée", "cités", "citées", "interrogé", "interrogée", "reçu", "reçue", "qualifiant"):
                    np = noun_phrase(at, k, stop)
                    if (np is not None and np.kind == "role" and np.end + 1 < stop and toks[np.end].low in ("qui", "dont")
                            and segments > 1 and set_off):  # fmt: skip
                        # (a whole clause set off by commas, not "une synthèse
                        # complète qui demandera « … »": the verb's own "qui")
                        # "Camille Ferrand, cheffe de projet chez Autonéo,
                        # l'entreprise qui exploite les véhicules, se veut
                        # rassurante": an apposition with its relative clause
                        end = start - 1
                        continue
                    if np is not None and np.kind != "time":
                        return np
                    if np is None and segments > 1 and toks[k].text[:1].islower() and set_off:
                        # "Jérôme Valentin, délégué Force ouvrière, prévient":
                        # a lowercase segment set off that is no noun phrase
                        # (a bare role, "visiblement agacé"): the subject is before it
                        end = start - 1
                        continue
                    return None
            end = start - 1
        return None

    def _relative_antecedent(self, comma: int, sent: Sentence) -> NP | None:
        """What ", qui" after a comma at ``comma`` stands for: the phrase
        before the comma, by its head rather than its complement
        ("l'avocate de l'accusé, qui répétait": the lawyer), and the name
        that phrase is set off after ("Me Gaëlle Quéré, l'avocate de
        l'accusé, qui"): the speaker of a clause a relative opens."""
        toks = self.at.toks
        np = self._last_np(comma, sent)
        before = toks[np.first - 1].low if np is not None and np.first - 1 > sent.first else ""
        if np is not None and (before in _OF_WORDS or before in _AT_AN_EMPLOYER):
            head = self._last_np(np.first - 1, sent)
            if head is not None and head.kind == "role":
                np = head
            elif before in _AT_AN_EMPLOYER:
                # "Mathieu Lebreton, ingénieur chez Atmo Normandie, qui": a
                # bare role set off after a name, whose employer follows
                k = np.first - 1
                while k > max(sent.first, np.first - 5) and toks[k - 1].kind == "word" and toks[k - 1].text[:1].islower():
                    k -= 1
                named = (self._last_np(k - 1, sent) if k < np.first - 1 and k - 1 > sent.first and toks[k - 1].text == ","
                         and toks[k].low in self.lex.person_roles else None)  # fmt: skip
                if named is not None and named.kind == "name":
                    return named
        if np is not None and np.kind == "role" and np.first - 2 >= sent.first and toks[np.first - 1].text == ",":
            named = self._last_np(np.first - 1, sent)
            if named is not None and named.kind == "name":
                np = named
        return np

    def _last_np(self, p: int, sent: Sentence) -> NP | None:
        """The last noun phrase ending right before token p."""
        toks = self.at.toks
        k = p - 1
        while k >= sent.first and toks[k].kind == "word" and k > p - _LAST_NP_WORDS:
            np = noun_phrase(self.at, k, p)
            if np is not None and np.end == p and np.kind != "time":
                if k > sent.first and is_name_token(toks[k - 1]):
                    k -= 1
                    continue
                return np
            k -= 1
        return None

    # -- one quotation ----------------------------------------------------
    def cue(self, qi: int, ref: QuoteRef, sent: Sentence) -> _Cue | None:
        at, toks, lex = self.at, self.at.toks, self.lex
        close = ref.close_tok
        # look no further than a window around the quotation: linear time
        # even for a "sentence" of thousands of quotations
        lo = max(sent.first, (ref.open_tok if ref.open_tok >= 0 else ref.first_tok) - _WINDOW)
        hi = min(sent.end, (close if close >= 0 else ref.end_tok) + _WINDOW)
        sent = Sentence(lo, hi, sent.paragraph)
        # 0. an incise inside the quotation ("« Nous irons, a-t-elle
        # martelé, jusqu'au bout »")
        for comma, end in self.incises[qi] if qi < len(self.incises) else ():
            hit = self.incise_at(comma + 1, end)
            if hit and hit[1] is not None:
                return self._relay(qi, _Cue("incise", hit[1], hit[0]))
        # A quotation after a determiner is a noun phrase of its clause
        # ("dont les « pensées vont ... », a promis une cellule"): what
        # follows it is that clause going on, no incise.
        opening = ref.open_tok if ref.open_tok >= 0 else ref.first_tok
        nominal = (opening > sent.first + 1 and toks[opening - 1].low in _DETERMINERS_BEFORE_QUOTE
                   and toks[opening - 2].low == "dont")  # fmt: skip
        # 1. incise right after, unless the quotation ended its sentence
        # and a new one opens ("… : « On ne demande pas la lune. » Elle se
        # dit aujourd'hui soulagée": the next sentence's subject, no incise)
        if close >= 0 and not nominal and not at.sentence_after_quote(close):
            k = close + 1
            if k < sent.end and toks[k].text == ",":
                k += 1
            hit = self.incise_at(k, sent.end) if k < sent.end else None
            if hit and hit[1] is not None:
                verb, np = hit
                return self._relay(qi, _Cue("incise", np, verb))
        # 2. par la voix de
        for k in range(sent.first, max(ref.first_tok - 3, sent.first)):
            if toks[k].low == "par" and toks[k + 1].low == "la" and toks[k + 2].low == "voix" and at.in_quote[k] == -1:
                j = k + 3
                while j < sent.end and toks[j].low in ("de", "du", "des", "d'"):
                    j += 1
                np = noun_phrase(at, j, sent.end)
                if np:
                    return _Cue("voice", np)
        # 3. lead verb before the quotation
        start = ref.open_tok if ref.open_tok >= 0 else ref.first_tok
        k = start - 1
        while k >= sent.first:
            if at.in_quote[k] != -1:
                if k + 1 < start and at.in_quote[k + 1] == -1 and self._clause_between(k, start, sent):
                    # "« … colère. » Dans le camp adverse, X préférait
                    # retenir la dynamique : « … »": the verb before the
                    # earlier quotation does not introduce this one
                    sent = Sentence(k + 1, sent.end, sent.paragraph)
                    break
                k -= 1
                continue
            lemma = self.speech_lemma(k)
            if lemma is not None and toks[k].low.endswith("ant") and k > sent.first and toks[k - 1].low in ("d'", "de"):
                lemma = None  # "rien d'alarmant", "quelque chose de rassurant": an adjective
            if lemma is not None:
                form = toks[k].low
                if form.endswith("ant"):
                    return _Cue("participle", None, k)
                told = self.subject_of_verb.get(k)
                if told is not None:
                    # "« … », a déclaré X, avant de pointer : « … »": the verb
                    # of an earlier quotation's incise, its subject after it
                    return _Cue("lead", told, k)
                aux = self._aux_before(k, sent.first)
                bare_participle = aux < 0 and is_bare_participle(form, lemma)
                if bare_participle and close >= 0:
                    # a passive: "qualifié de « héros » par la presse"
                    j = close + 1
                    if j < sent.end and toks[j].low == "par":
                        np = noun_phrase(at, j + 1, sent.end)
                        if np is not None and np.kind in ("name", "role"):
                            return _Cue("agent", np, k)
                if not bare_participle:
                    if k + 1 < sent.end and toks[k + 1].kind == "clitic":
                        return _Cue("lead", NP(k + 1, k + 2, "pronoun"), k)
                    if aux >= 0 and any(toks[j].kind == "clitic" for j in range(aux, k)):
                        j = next(j for j in range(aux, k) if toks[j].kind == "clitic")
                        return _Cue("lead", NP(j, j + 1, "pronoun"), k)
                    group = aux if aux >= 0 else k
                    if group > sent.first and toks[group - 1].low in ("s'", "se"):
                        group -= 1
                    np = self.subject_before(group, sent) or self.parse_subject(k)
                    if np is not None:
                        return _Cue("lead", np, k)
            k -= 1
        # 4. an incise later in the sentence, unless the quotation ended
        # one and the next begins ("… à 130 km/h. » La préfète, Sophie
        # Delmas, a jugé que …": her words are the next quotation)
        k = (close if close >= 0 else ref.end_tok) + 1
        ends_sentence = k < sent.end and at.sentence_after_quote(close)
        while k < sent.end and not nominal and not ends_sentence:
            if toks[k].text == "," and at.in_quote[k] == -1:
                hit = self.incise_at(k + 1, sent.end)
                if hit and hit[1] is not None:
                    return self._relay(qi, _Cue("incise", hit[1], hit[0]))
            k += 1
        # 5. "Pour X, « … »", "selon X", "d'après lui"
        first = sent.first
        if toks[first].low == "pour" and at.in_quote[first] == -1:
            np = noun_phrase(at, first + 1, sent.end)
            if np and np.kind in ("name", "role") and np.end < sent.end and toks[np.end].text == ",":
                return _Cue("pour", np)
        # (after a quotation that ended its sentence, "… nos concours. »
        # Selon lui, les contrôles…" tells the next point of the speaker a
        # colon before it names: the last resort)
        later: _Cue | None = None
        for k in range(sent.first, sent.end - 1):
            if at.in_quote[k] != -1:
                continue
            low = toks[k].low
            if low in ("selon", "d'après") or (low == "d'" and toks[k + 1].low == "après"):
                j = k + 1 if low != "d'" else k + 2
                np = noun_phrase(at, j, sent.end)
                if np and np.kind in ("name", "role", "pronoun"):
                    if ends_sentence and k > close:
                        later = later or _Cue("selon", np)
                        continue
                    return _Cue("selon", np)
        # 6. "X : « … »"
        if ref.open_tok > sent.first and toks[ref.open_tok - 1].text == ":":
            np = self.subject_before(ref.open_tok - 1, sent)
            if np is not None and np.kind == "name" and np.end < ref.open_tok - 1 and self._topic_name(np):
                np = None
            heading = self._heading(ref) if np is not None and np.first == sent.first else None
            if heading is not None and np is not None and (
                (heading == "inside" and not self._named_person(np))
                or (heading == "end" and np.kind == "name" and np.first == np.name_first
                    and not self._personish(at.words(np.name_first, np.name_end)))
            ):  # fmt: skip
                # a heading "Bernay : « Un bruit de train … »": the place,
                # not the speaker (whom the text's own quotation names)
                return later
            if np is None:
                # "X s'est voulu rassurant : « … »": the subject of the clause
                np = self.clause_subject(ref.open_tok - 2, sent)
            if np is None:
                # "Damien Hocquaux, 38 ans, préférait retenir la dynamique :
                # « … »": the subject the parse gives the clause's verb
                np = self._colon_clause_subject(ref.open_tok - 1, sent)
            if np is None:
                # "Réaction inverse chez Jean-Marc Lheureux, … : « … »",
                # "Même son de cloche du côté de la préfète : « … »"
                np = self._whose_side(sent.first, ref.open_tok - 1)
            if np is not None:
                return _Cue("colon", np)
        return later

    def _clause_between(self, close: int, opening: int, sent: Sentence) -> bool:
        """Whether the words between an earlier quotation (its last token at
        ``close``) and the opening of the next are a clause of their own:
        the earlier one ended its sentence ("… colère. » Dans le camp
        adverse, …"), or a subject introduces the next one with a colon
        ("« … » et Damien Hocquaux, lui, retenait : « … »")."""
        toks = self.at.toks
        ended = self.at.sentence_after_quote(close)
        if ended and sum(toks[k].kind == "word" for k in range(close + 1, opening)) >= 3:
            return True  # (not "« … » Puis : « … »", the same speaker going on)
        if toks[opening - 1].text != ":" or opening - 1 <= close + 1:
            return False
        gap = Sentence(close + 1, sent.end, sent.paragraph)
        return self._colon_clause_subject(opening - 1, gap) is not None

    def _named_person(self, np: NP) -> bool:
        """Whether a phrase opening a heading names a person, not a common
        noun capitalised there, which the article writes in lower case
        elsewhere ("Notaire de Lusignan", "l'ancien notaire")."""
        if np.kind != "name" or np.first != np.name_first:
            return False
        first = self.at.toks[np.first]
        if first.low in self.lex.person_roles or any(t.text == first.low for t in self.at.toks):
            return False
        return self._personish(self.at.words(np.name_first, np.name_end))

    def _heading(self, ref: QuoteRef) -> str | None:
        """Whether the quotation is on the article's first line, the text
        going on after it: a heading.  "end" when it ends the line
        ("Bernay : « … »"), "inside" when words follow a quotation opening
        in lower case there ("Notaire de Lusignan : « les économies d'une
        vie » envolées": words the heading uses, no one's answer to the
        colon's name)."""
        text = self.at.text
        if ref.close_tok < 0:
            return None
        end = self.at.toks[ref.close_tok].end
        newline = text.find("\n", end)
        if newline < 0 or "\n" in text[:end]:
            return None
        if any(c.isalnum() for c in text[end:newline]):
            # (words, not a statement: "Jean Castex : « Nous tiendrons »
            # face au virus" is his)
            words = self.at.toks[ref.first_tok].text if ref.first_tok < ref.end_tok else ""
            return "inside" if words[:1].islower() else None
        return "end"

    def _colon_clause_subject(self, colon: int, sent: Sentence) -> NP | None:
        """The subject of a clause whose last comma-free stretch, ending at
        a colon, opens (past its clitics) on a finite verb ("…, préférait
        retenir la dynamique :", "…, se veut rassurante :"), as the parse
        gives it, else as the text does."""
        toks, doc = self.at.toks, self.doc
        if doc is None:
            return None
        first = colon
        while first > sent.first and toks[first - 1].text not in ",;:" and self.at.in_quote[first - 1] == -1:
            first -= 1
        if first >= colon or self.at.in_quote[first] != -1:
            return None
        verb = first
        while verb < colon - 1 and toks[verb].low in _CLITICS_BEFORE_VERB:
            verb += 1  # "se veut rassurante", "ne cache pas"
        tok = toks[verb]
        parsed = doc.token_at(self.at.folded.to_original(tok.start, tok.end)[0])
        if parsed is None or parsed.pos not in ("VERB", "AUX") or "VerbForm=Fin" not in parsed.morph:
            return None
        np = self.parse_subject(verb)
        if np is None or np.first < sent.first:
            # (the parse may give the subject of the verb it hangs the
            # clause on, before an earlier quotation)
            np = self.subject_before(first, sent)
        return np if np is not None and np.kind in ("name", "role") else None

    def _paragraph_start(self, sentence: int) -> int:
        """The index of the first sentence of the paragraph of ``sentence``."""
        sentences = self.at.sentences
        while sentence > 0 and sentences[sentence - 1].paragraph == sentences[sentence].paragraph:
            sentence -= 1
        return sentence

    def _whose_side(self, lo: int, colon: int) -> NP | None:
        """The person or body of "chez X" or "du côté de X" in the clause
        before a colon: whose reaction it tells."""
        toks = self.at.toks
        for k in range(lo, colon - 1):
            if self.at.in_quote[k] != -1:
                continue
            j = -1
            if toks[k].low == "chez":
                j = k + 1
            elif toks[k].low == "côté" and k + 1 < colon and toks[k + 1].low in ("de", "d'", "du", "des"):
                j = k + 2 if toks[k + 1].low in ("de", "d'") else k + 1
            if j < 0:
                continue
            np = noun_phrase(self.at, j, colon)
            if np is not None and np.kind in ("name", "role"):
                return np
        return None

    def _topic_name(self, np: NP) -> bool:
        """Whether a capitalised phrase that goes on before a headline's
        colon is its topic, not who speaks: one word the article never
        names a person by nor writes again inside a sentence ("Avalanche
        mortelle à Pralognan : « … »", "Cyberattaque à l'hôpital de Dax :
        « … »"), or one word before "du", "de" ("Déraillement du TER à
        Bugeat").  "Macron à Kiev : « … »" is Macron speaking when the
        article names Emmanuel Macron or writes "M. Macron"; a surname the
        body never repeats is lost (a topic read as a speaker would make
        false misattributions)."""
        toks = self.at.toks
        first = np.first
        if first + 1 >= len(toks):
            return False
        words = self.at.words(np.first, np.end)
        name = self.names.fullest(words)
        if self.names.is_person(name) or first_name_gender(name) is not None:
            return False
        if np.end - first == 1:
            if name != words:
                return False  # a fuller name of the article holds it
            # a name the article writes again inside a sentence ("a ajouté
            # M. Macron", "pour Macron") is a person's; a topic comes back in
            # lower case ("la cyberattaque") or not at all
            return not any(
                k != first and t.text == words and toks[k - 1].kind == "word"
                for k, t in enumerate(toks) if k > 0
            )
        return toks[first + 1].low in ("du", "de", "des", "d'")

    def parse_subject(self, verb: int) -> NP | None:
        """The subject the parse gives the verb at token ``verb`` (its
        nsubj, or its auxiliary's), as one of our noun phrases: used when
        the patterns find none."""
        doc, at = self.doc, self.at
        if doc is None:
            return None
        tok = at.toks[verb]
        head = doc.token_at(at.folded.to_original(tok.start, tok.end)[0])
        if head is None:
            return None
        heads = {head.i, head.head}
        for t in doc.tokens[max(0, head.i - 40) : head.i + 40]:
            if t.head in heads and t.dep.startswith("nsubj") and t.i != head.i:
                k = at.tok_index(at.folded.to_folded(t.start))
                if k >= len(at.toks):
                    return None
                if k > 0 and at.toks[k - 1].low in self.lex.determiners | self.lex.honorifics:
                    k -= 1
                np = noun_phrase(at, k, min(len(at.toks), k + 12))
                if np is not None and np.kind in ("name", "role", "pronoun"):
                    return np
                return None
        return None

    def clause_subject(self, k: int, sent: Sentence) -> NP | None:
        """The subject of the verb group of the clause ending at token k."""
        toks, at = self.at.toks, self.at
        for j in range(k, sent.first, -1):
            if toks[j].text in ",;" or at.in_quote[j] != -1:
                return None
            if toks[j].low in self.lex.auxiliaries:
                group = j - 1 if j > sent.first and toks[j - 1].low in ("s'", "se") else j
                return self.subject_before(group, sent)
        return None

    def _relay(self, qi: int, cue: _Cue) -> _Cue:
        """A medium "reporting" words in the first or second person relays
        the speaker in context."""
        at = self.at
        lemma = self.speech_lemma(cue.verb) if cue.verb >= 0 else None
        if lemma not in self.lex.relay_lemmas or cue.np is None or cue.np.kind == "pronoun":
            return cue
        ref = at.quotes[qi]
        personal = any(at.toks[k].low in self.lex.personal for k in range(ref.first_tok, ref.end_tok))
        if personal:
            return _Cue("relayed", None, cue.verb)
        return cue

    # -- from a phrase to a speaker ----------------------------------------
    def speaker_of(self, np: NP, how: str, sent_speaker: Speaker | None, topic: NP | None) -> Speaker | None:
        at = self.at
        if np.kind == "pronoun":
            low = at.toks[np.first].low.lstrip("-t").lstrip("-")
            if low in ("ils", "elles", "eux", "on"):
                return None  # (a group; "on parle à la mairie de « … »", "glisse-t-on": no one person)
            if topic is not None:
                return self.speaker_of(topic, how, None, None)
            if sent_speaker is not None:
                return sent_speaker._replace(how=how + "+pronoun")
            here = at.sent_of[np.first]
            subject = None
            if at.toks[np.first].kind == "clitic" or (np.first > 0 and at.toks[np.first - 1].low == "selon"):
                # an incise ("a-t-il indiqué", "dit-elle") or "selon elle"
                subject = self._first_person(at.sentences[here].first, np.first, stop_at_quote=True)
            gender = _gender(at.toks[np.first].low)
            if subject is not None:
                if gender is None or self.gender_of(subject) in (None, gender):
                    # "Me Julien Ferrat, conseil de Kévin Marsac, n'excluait pas
                    # de faire appel : « … », a-t-il indiqué": the sentence's own
                    # subject, not the person in focus before it
                    return subject._replace(how=how + "+subject")
                # a subject of the other gender: the person in focus when
                # of the pronoun's gender, else the person of the sentence
                # who agrees, the last named if several ("Jean Martin a été
                # remplacé par Sophie Durand : « … », a-t-elle déclaré")
                if self.salient is not None and self.gender_of(self.salient) == gender:
                    return self.salient._replace(how=how + "+pronoun")
                other = self._person_named_since(np.first, here, gender, nearest=True)
                if other is not None:
                    return other._replace(how=how + "+pronoun")
            if subject is None and at.toks[np.first].kind == "clitic":
                if self._body_subject(here - 1, gender):
                    # "Le ministère de l'Industrie a réagi dans l'après-midi.
                    # « … », indique-t-il": the body the sentence before is
                    # about, naming no person, or someone speaking for it;
                    # not a man named further back: no guess
                    return None
                last = self._role_then_relative(here - 1, gender)
                if last is not None:
                    # the sentence before ends on a person told by a role and
                    # what that person did ("… et 5 au physicien de 47 ans,
                    # qui s'est ensuite retiré. « … », a-t-il expliqué"): the
                    # pronoun's antecedent, not a man named before him
                    return self.speaker_of(last, how + "+pronoun", None, None)
            told = self._role_subject(here - 1, gender)
            if told is not None and (self.salient is None or self.salient.first < at.sentences[here - 1].first):
                # the sentence before tells of a person by a role alone, of
                # the pronoun's gender, as its subject: the pronoun's
                # antecedent, nearer than the person in focus named further
                # back ("Me Olivier Tessier avait plaidé … Dans le box,
                # l'accusé avait demandé pardon. « … », avait-il murmuré")
                return told._replace(how=how + "+pronoun")
            if self.salient is not None:
                if (at.sent_of[min(self.salient.first, len(at.toks) - 1)] < here - 1
                        or (gender is not None and self.gender_of(self.salient) not in (None, gender))):  # fmt: skip
                    # the person in focus is from further back, or of the
                    # other gender: a person named since ("le concert de la
                    # chanteuse Maëlle Vidal. « … », a-t-elle lancé") is
                    # nearer to hand; so is one the paragraph names when the
                    # person in focus is from an earlier one ("Le ralliement
                    # de Sabine Lafitte a pesé. … « … », avait-elle déclaré")
                    since = here - 1
                    opening = self._paragraph_start(here)
                    if at.sent_of[min(self.salient.first, len(at.toks) - 1)] < opening:
                        since = min(since, opening)
                    recent = self._person_named_since(np.first, since, gender) or self._role_named_since(
                        np.first, since, gender)
                    if recent is not None:
                        return recent._replace(how=how + "+pronoun")
                if gender is not None and self.gender_of(self.salient, sure=True) not in (None, gender):
                    # "C'est son père qui l'a initiée. « … », a-t-elle dit":
                    # not him; the person of her gender named last, a few
                    # sentences back at most; else no one when a role tells
                    # his gender, and him when only a first name does (a
                    # name changed in an edit leaves its pronoun behind)
                    if self._opens_with_a_body(here - 1):
                        return None  # "La mairie s'est constituée partie civile. « … », a-t-elle indiqué"
                    earlier = self._person_named_since(np.first, here - 3, gender, nearest=True)
                    if earlier is not None:
                        return earlier._replace(how=how + "+pronoun")
                    for before in range(here - 2, max(-1, here - 4), -1):
                        # a person of the pronoun's gender told by a role as a
                        # subject since ("À 54 ans, le nouvel élu connaît chaque
                        # village. … « … », a-t-il lancé"), not her
                        told = self._role_subject(before, gender)
                        if told is not None and told.first > self.salient.first:
                            return told._replace(how=how + "+pronoun")
                    if not self.salient.named:
                        # the sentence's own subject, named, rather than no one
                        return subject._replace(how=how + "+subject") if subject is not None and subject.named else None
                if (gender is not None and self.gender_of(self.salient) not in (None, gender)
                        and at.sent_of[min(self.salient.first, len(at.toks) - 1)] < self._paragraph_start(here)):  # fmt: skip
                    # only a first name of the other sex, and from an earlier
                    # paragraph ("Laure Fontanel … décrit un homme … ¶ Son
                    # projet ? Il l'a confié …"): someone else, no guess (a
                    # name changed in an edit leaves its pronoun nearer)
                    return None
                return self.salient._replace(how=how + "+pronoun")
            return None
        if np.kind == "name":
            name = self.names.fullest(at.words(np.name_first, np.name_end))
            # an article before a name makes it a thing: a ship, a paper, a
            # hall ("son fileyeur, le Stérenn", "selon le Figaro")
            article = at.toks[np.first]
            thing = np.name_first == np.first + 1 and article.text in ARTICLES  # (not "le jeune Mathis Le Goff", "Le Pen")
            if (np.name_first > np.first and np.name_end == np.name_first + 1
                    and (is_demonym(at.toks[np.name_first]) or (thing and is_demonym(at.toks[np.name_first], MORE_DEMONYMS)))
                    and all(at.toks[j].low in PRE_ADJECTIVES for j in range(np.first + 1, np.name_first))
                    and not (np.first > 0 and at.toks[np.first - 1].low in _SOURCE_PREPOSITIONS)
                    and (article.text in ARTICLES or (article.low in ARTICLES and at.sentence_first(np.first)))):  # fmt: skip
                # "raconte le Nîmois", "Le Brestois, 41 ans," opening a sentence
                # (not a source: "selon le Parisien"; titles are no demonyms)
                return self._described(np, how, name)
            preceding = at.toks[np.first - 1] if np.first > 0 else None
            if (np.name_first == np.first and np.name_end == np.first + 1 and preceding is not None
                    and preceding.low in ("le", "la", "l'") and is_demonym(at.toks[np.first])
                    and not (np.first > 1 and at.toks[np.first - 2].low in _SOURCE_PREPOSITIONS)
                    and len(name.split()) == 1):  # fmt: skip
                # "Le Quimpérois, qui avait pris la course …, résumait": the
                # article left out of the phrase, a demonym all the same
                return self._described(np._replace(first=np.first - 1), how, name)
            return Speaker(name, np.first, np.end, not thing and self._personish(name), how)
        if np.kind == "role":
            words = np_text(at, np)
            toks = at.toks
            if (np.end - np.first == 2 and toks[np.first].low in ("ce", "cette") and np.head in ("dernier", "dernière")
                    or np.head in LATTER):  # fmt: skip
                # "the latter" ("ce dernier", "celle-ci"): the person named last, of its gender
                gender = LATTER.get(np.head) or ("m" if np.head == "dernier" else "f")
                latter = self._person_named_since(np.first, at.sent_of[np.first] - 2, gender, nearest=True)
                if latter is not None:
                    return latter._replace(first=np.first, end=np.end, how=how + "+latter")
                if np.head in LATTER:
                    return None
            first = np.end + 1
            if first + 1 < len(toks) and toks[first].low in self.lex.honorifics:
                first += 1  # "son avocat, Me Karim Bensaïd"
            if np.name_first < 0 and first + 1 < len(toks) and toks[np.end].text == "," and is_name_token(toks[first]):
                # "le président du groupe, Olivier Marleix,"
                end = name_run(toks, first, len(toks))
                if end - first >= 2:
                    name = self.names.fullest(at.words(first, end))
                    return Speaker(name, np.first, end, True, how)
            if np.name_first >= 0 and np.head in self.lex.person_roles and is_organisation_name(toks[np.name_first].text):
                # "la déléguée SUD Santé", "le délégué CGT Jean Dupont": the
                # name is the union's; the person's follows it, or is unsaid
                after = np.name_end
                if after < len(toks) and is_name_token(toks[after]) and name_run(toks, after, len(toks)) - after >= 2:
                    end = name_run(toks, after, len(toks))
                    return Speaker(self.names.fullest(at.words(after, end)), np.first, end, True, how)
                np = np._replace(name_first=-1, name_end=-1)
            if np.name_first >= 0:
                name = self.names.fullest(at.words(np.name_first, np.name_end))
                # ("le virus H5N1" names no one: a person's role, or a person's name)
                person = (np.head not in self.lex.institutions and np.head not in self.lex.media
                          and (np.head in self.lex.person_roles or self._personish(name)))  # fmt: skip
                return Speaker(name, np.first, np.end, person, how)
            if np.head in self.lex.pair_nouns and at.toks[np.first].low == "les":
                return Speaker(words, np.first, np.end, False, how)
            tied = self.names.resolve_role(words)
            # (a role the article ties to a person's name is a person's:
            # "le berger" after "Le berger, Théo Mallet,")
            person = np.head in self.lex.person_roles or (tied is not None and self.names.is_person(tied))
            if tied is None and at.toks[np.first].low in ("l'", "le", "la") and np.end - np.first == 2:
                # "l'agence", "le dirigeant": the last phrase with that
                # head, else the person in focus
                tied = self._last_with_head(np.head, np.first)
                # the person quoted earlier in the sentence, else the one in focus
                quoted = sent_speaker is not None and sent_speaker.person and sent_speaker.named
                focus = sent_speaker if quoted else self.salient
                if (tied is None and person and focus is not None and focus.person and focus.named
                        and self._same_gender(self._phrase_gender(np.first, sure=True), focus)):  # fmt: skip
                    # (not of the other gender: "la navigatrice" is no Corentin Abgrall)
                    # (a person known only by another role is another person:
                    # "l'ancien élu ..., a déclaré la présidente")
                    # Named when the person was introduced by that role ("le
                    # Dr Karim Benhaddou … a alerté le médecin")
                    introduced = self._introduced_as(focus, np.head)
                    return focus._replace(first=np.first, end=np.end, how=how + "+definite", named=introduced)
            return Speaker(tied or words, np.first, np.end, person, how, named=tied is not None)
        return None

    def _described(self, np: NP, how: str, words: str) -> Speaker:
        """A person told by a demonym ("raconte le Nîmois de 63 ans"): the
        person of its gender named in its sentence or the one before, else
        the person in focus of its gender (unnamed: a guess), else someone
        unnamed; never a name of its own ("le Nîmois" is no one's)."""
        # ("le Nîmois", "l'ancien Toulousain", "l'ancienne Toulousaine")
        gender = self._phrase_gender(np.first) or _DETERMINER_GENDER.get(self.at.toks[np.first].low)
        salient = self.salient
        here = self.at.sent_of[np.first]
        if gender is not None and here > 0 and self.at.sentence_first(np.first):
            # opening its sentence, the subject of the sentence before, when
            # of its gender ("Mathis Kerbrat a décroché le titre, avec 63
            # centièmes d'avance sur Hugo Delmotte. Le Quimpérois, …")
            before = self.at.sentences[here - 1]
            subject = self._first_person(before.first, before.end)
            if subject is not None and subject.named and self.gender_of(subject) == gender:
                return subject._replace(first=np.first, end=np.end, how=how + "+described")
        if gender is not None:
            # the person of its gender named last, in this sentence or the one
            # before ("établi par Corentin Abgrall. Le Brestois, 41 ans, …")
            other = self._person_named_since(np.first, max(0, here - 1), gender, nearest=True)
            if other is not None:
                return other._replace(first=np.first, end=np.end, how=how + "+described")
        if salient is not None and salient.person and gender is not None and self.gender_of(salient) == gender:
            # the person in focus, of its gender, from further back: a guess
            return salient._replace(first=np.first, end=np.end, how=how + "+definite", named=False)
        return Speaker(words, np.first, np.end, True, how, named=False)

    def _introduced_as(self, person: Speaker, head: str) -> bool:
        """Whether the words that named ``person`` hold the role ``head``,
        an honorific that stands for it ("Dr" for "le médecin") or a role it
        is the general word for ("la procureure" for "la magistrate")."""
        words = {t.low.rstrip(".") for t in self.at.toks[person.first : person.end]}
        return (head in words or any(head in _HONORIFIC_ROLES.get(w, ()) for w in words)
                or not words.isdisjoint(self.lex.general_roles.get(head, ())))  # fmt: skip

    def _person_named_since(self, before: int, sentence: int, gender: str | None,
                            nearest: bool = False) -> Speaker | None:  # fmt: skip
        """The one person the text names (by name, outside quotations)
        from the start of ``sentence`` up to token ``before``, with a role
        before the name or a first name that agrees with the pronoun ("la
        chanteuse Maëlle Vidal" for "elle"); None when none, or when
        nothing tells the person's gender ("selon sa directrice Claire
        Moreau" is not "il"); when several, the last named if ``nearest``,
        else None."""
        at, toks = self.at, self.at.toks
        found: dict[str, Speaker] = {}
        k = at.sentences[max(0, sentence)].first
        while k < before:
            if at.in_quote[k] == -1 and is_name_token(toks[k]):
                np = noun_phrase(at, k, before)
                if np is not None and np.kind == "name" and self._apposed_to_complement(np):
                    k = max(np.end, k + 1)
                    continue
                if np is not None and np.kind == "name":
                    name = self.names.fullest(at.words(np.name_first, np.name_end))
                    if (self._personish(name) and gender is not None
                            and (self._honorific_gender(np.first) or self._role_gender(np.first)
                                 or first_name_gender(name) or self._apposed_role_gender(np.first, np.end)) == gender):  # fmt: skip
                        found.pop(name, None)  # (re-inserted: the dict's order is the order last named)
                        found[name] = Speaker(name, np.first, np.end, True, "named")
                    k = max(np.end, k + 1)
                    continue
            k += 1
        if len(found) == 1 or (found and nearest):
            return list(found.values())[-1]
        return None

    def _role_named_since(self, before: int, sentence: int, gender: str | None) -> Speaker | None:
        """The person last told by a role of the pronoun's gender that the
        article ties to a name, from the start of ``sentence`` up to token
        ``before``, outside quotations: "… en présence du ministre …, Marc
        Ferrand. … Pour le ministre, la Haute-Marne fait figure de symbole.
        « … », a-t-il lancé" is Marc Ferrand."""
        at, toks = self.at, self.at.toks
        if gender is None:
            return None
        found = None
        for k in range(at.sentences[max(0, sentence)].first, before):
            if at.in_quote[k] != -1 or toks[k].low not in ("le", "la", "l'"):
                continue
            np = noun_phrase(at, k, before)
            if np is None or np.kind != "role" or np.name_first >= 0 or np.head not in self.lex.person_roles:
                continue
            if self._phrase_gender(np.first) != gender:
                continue
            tied = self.names.resolve_role(np_text(at, np))
            if tied is not None and self.names.is_person(tied):
                found = Speaker(tied, np.first, np.end, True, "named")
        return found

    def _apposed_to_complement(self, np: NP) -> bool:
        """A name set off after a complement's noun ("par son grand-père,"),
        before the clause's own subject: "Créée par son grand-père, Jean Delcroix,
        l'entreprise…" (not after a source's "selon sa collègue, Julie
        Martin,", nor a subject after a fronted phrase: "Devant le juge,
        Marc Lefort, 35 ans, a reconnu")."""
        toks, k = self.at.toks, np.first
        if k < 4 or toks[k - 1].text != "," or np.end + 1 >= len(toks) or toks[np.end].text != ",":
            return False
        if toks[np.end + 1].low not in self.lex.determiners:
            return False  # the name's own apposition or verb follows: it is the subject
        j = k - 2  # the noun before the comma, after a possessive and a preposition
        return (toks[j - 1].low in _POSSESSIVES and toks[j - 2].low in self.lex.prepositions
                and toks[j - 2].low not in _SOURCE_PREPOSITIONS)  # fmt: skip

    def _phrase_gender(self, first: int, sure: bool = False) -> str | None:
        """"f" or "m" from the determiner and role opening a phrase at
        ``first`` ("la navigatrice", "l'acheteur"), or from the role right
        before a name ("la chanteuse Maëlle Vidal").  ``sure``: only what
        tells the person's sex: a feminine role ("la ministre", "l'avocate")
        or a man's noun ("son père"), not a masculine title, which the
        press gives women too ("le maire Nadine Carrère", "le procureur")."""
        toks = self.at.toks
        if first >= len(toks):
            return None
        if is_name_token(toks[first]):
            return self._role_gender(first)
        if first + 1 >= len(toks):
            return None
        det, noun = toks[first].low, toks[first + 1].low
        after = first + 1
        while noun in PRE_ADJECTIVES and after + 1 < len(toks):
            after += 1  # "la future maire", "l'ancien ministre"
            noun = toks[after].low
        if det in _ELIDED and (det == "l'" or toks[first + 1].low[:1] in _VOWELS):
            # "l'acheteur", "son avocate", "l'ancienne ministre", "l'Éthiopienne"
            gender = (noun_gender(noun, self.lex.person_roles) or _ADJECTIVE_GENDER.get(toks[first + 1].low)
                      or (_demonym_gender(toks[after].text) if is_demonym(toks[after]) else None))  # fmt: skip
        elif noun in self.lex.person_roles or noun in _NOUN_GENDER:
            gender = _DETERMINER_GENDER.get(det) or noun_gender(noun, self.lex.person_roles)
        else:
            return None  # ("à la presse la victime": no person's words)
        if sure and gender == "m" and _NOUN_GENDER.get(noun) != "m" and noun not in _MASCULINE_TELLS_A_MAN:
            return None
        return gender

    def told_gender(self, qi: int, person: Speaker) -> str | None:
        """"f" or "m": what tells the sex of the speaker of quotation ``qi``:
        the words that name them (``gender_of``, sure), else a feminine
        pronoun that told them ("« … », a-t-elle dit" after "le directeur";
        "il" or "lui" after a masculine title may be a woman's, as the
        title is)."""
        gender = self.gender_of(person, sure=True)
        cue = self.cues[qi]
        if gender is None and cue is not None and cue.np is not None and cue.np.kind == "pronoun":
            gender = "f" if _gender(self.at.toks[cue.np.first].low) == "f" else None
        return gender

    def _same_gender(self, gender: str | None, person: Speaker) -> bool:
        """Whether ``person`` may be of ``gender`` (either unknown, or equal)."""
        theirs = self.gender_of(person, sure=True)
        return gender is None or theirs is None or gender == theirs

    def gender_of(self, person: Speaker, sure: bool = False) -> str | None:
        """"f" or "m" from the words before the person's name ("Mme
        Laurent", "la ministre"), else from its first name ("Sophie
        Durand"); ``sure``: what tells the person's sex (a name's first
        name before a masculine title, see ``_phrase_gender``)."""
        named = first_name_gender(person.name) if person.named else None
        if sure:
            return self._honorific_gender(person.first) or named or self._phrase_gender(person.first, sure=True)
        return self._honorific_gender(person.first) or self._phrase_gender(person.first) or named

    def _honorific_gender(self, k: int) -> str | None:
        """The gender "Mme", "M." and their kind tell, at or right before ``k``."""
        toks = self.at.toks
        for j in (k, k - 1):
            if 0 <= j < len(toks) and toks[j].low.rstrip(".") in _HONORIFIC_GENDER:
                return _HONORIFIC_GENDER[toks[j].low.rstrip(".")]
        return None

    def _role_gender(self, k: int) -> str | None:
        """"f" or "m" from the role and determiner right before a name ("la
        chanteuse", "son avocat"), else None."""
        toks = self.at.toks
        if k >= 1 and is_demonym(toks[k - 1]):
            return _demonym_gender(toks[k - 1].text)  # "l'Éthiopienne Meseret Gebreyes"
        if k < 2 or toks[k - 1].kind != "word" or not toks[k - 1].text.islower():
            return None
        return _DETERMINER_GENDER.get(toks[k - 2].low)

    def _apposed_role_gender(self, first: int, end: int) -> str | None:
        """"f" or "m" from the role a name set off by commas stands for:
        "le secrétaire d'État aux Transports du Bade-Wurtemberg, Markus
        Vollmer," is a man.  The role opens the stretch before the comma,
        with its determiner; a name not set off on both sides ("Selon le
        maire, Jean Dupont a …") stands for no role."""
        toks = self.at.toks
        if first < 3 or end >= len(toks) or toks[first - 1].text != "," or toks[end].text != ",":
            return None
        for j in range(first - 3, max(-1, first - 14), -1):
            if toks[j].text in ",;:()«»\"" or toks[j].kind != "word":
                return None
            noun = toks[j + 1].low
            if toks[j].low in _DETERMINER_GENDER and noun in self.lex.person_roles:
                return self._phrase_gender(j)
        return None

    def _personish(self, name: str) -> bool:
        """A named speaker who can be "il": a person, or with no analysis
        any name that is not a place nor an acronym."""
        if self.names.is_person(name) or first_name_gender(name) is not None:
            return True  # (a known first name: "Corentin Abgrall" the analyser missed)
        if " " not in name and norm(name) in first_name_genders():
            return True  # a witness by first name alone: "Fatima, 74 ans, a vécu 31 ans ici"
        if self.names.persons_known:
            return False
        return name.lower() not in self.lex.countries and not name.isupper()

    def _last_with_head(self, head: str, before: int) -> str | None:
        for spk in reversed([s for s in self.speakers if s is not None and s.first < before]):
            words = self.at.words(spk.first, spk.end).lower()
            if head in words.split() or head in words.replace("'", " ").split():
                return spk.name
        return None

    # -- the article -------------------------------------------------------
    def run(self) -> list[Speaker | None]:
        at = self.at
        by_sentence: dict[int, list[int]] = {}
        for qi, ref in enumerate(at.quotes):
            si = at.sent_of[min(ref.open_tok if ref.open_tok >= 0 else ref.first_tok, len(at.toks) - 1)]
            by_sentence.setdefault(si, []).append(qi)
        previous_quote: int | None = None
        for si, sent in enumerate(at.sentences):
            self.salient_before.append(self.salient)
            quotes = [qi for qi in by_sentence.get(si, []) if not self.titles[qi]]
            topic = self._topic(sent)
            sent_speaker: Speaker | None = None
            main_cache: list[Speaker | None] | None = None
            pending: list[int] = []
            for qi in quotes:
                cue = self.cue(qi, at.quotes[qi], sent)
                self.cues[qi] = cue
                if cue is not None and cue.np is not None and cue.verb >= 0:
                    self.subject_of_verb.setdefault(cue.verb, cue.np)
                spk: Speaker | None = None
                if cue is None:
                    pending.append(qi)
                    continue
                if cue.how == "participle":
                    pending.append(qi)
                    continue
                if cue.how == "relayed":
                    spk = self.salient._replace(how="relayed") if self.salient else None
                elif cue.np is not None:
                    spk = self.speaker_of(cue.np, cue.how, sent_speaker, topic)
                    cited = self._cited_after(cue.np.end, sent, topic)
                    if cited is not None:
                        spk = cited  # "a rappelé le porte-parole, citant la ministre"
                self.speakers[qi] = spk
                if spk is not None and sent_speaker is None:
                    sent_speaker = spk
            for qi in pending:
                cue = self.cues[qi]
                if cue is not None and cue.how == "participle":
                    if sent_speaker is None and main_cache is None:
                        main_cache = [self._main_speaker(sent, topic)]
                    main = sent_speaker or (main_cache[0] if main_cache else None)
                    if cue.verb >= 2 and at.toks[cue.verb - 1].text == "," and any(
                        0 <= at.quotes[q].close_tok < cue.verb and at.sentence_after_quote(at.quotes[q].close_tok)
                        for q in quotes
                    ):
                        # "… : « Je n'ai jamais voulu tricher. » Une ligne que
                        # la vice-procureure avait balayée, décrivant …": the
                        # clause before the participle tells whose it is, not
                        # the quotation that ended its sentence
                        np = self.parse_subject(cue.verb - 2) or self.clause_subject(cue.verb - 2, sent)
                        main = self.speaker_of(np, "participle", None, topic) if np is not None else None
                    if main is None and cue.verb >= 0:
                        # "s'est voulu rassurant" : the participle's own clause
                        np = self.clause_subject(cue.verb - 1, sent)
                        main = self.speaker_of(np, "participle", None, topic) if np is not None else None
                    self.speakers[qi] = main._replace(how="participle") if main else None
                elif self._standalone(at.quotes[qi], sent) and previous_quote is not None:
                    prev = self.speakers[previous_quote]
                    if prev is not None and si - at.sent_of[at.quotes[previous_quote].first_tok] <= 2:
                        self.speakers[qi] = prev._replace(how="continued")
            for qi in quotes:
                previous_quote = qi
            self._update_salience(sent, quotes)
        self._echo()
        return self.speakers

    def _cited_after(self, k: int, sent: Sentence, topic: NP | None) -> Speaker | None:
        """Whom the speaker relays, named right after them: "…, a rappelé
        le porte-parole, citant la ministre" (the minister's words)."""
        toks = self.at.toks
        # past an apposition: "Jean Dupuis, porte-parole du ministère, citant"
        j = next((j for j in range(k, min(k + 10, sent.end - 1))
                  if toks[j].low == "citant" and toks[j - 1].text == ","), None)  # fmt: skip
        if j is None or any(self.at.in_quote[i] != -1 or toks[i].text in (":", ";") for i in range(k, j)):
            return None
        np = noun_phrase(self.at, j + 1, sent.end)
        if np is None or np.kind not in ("name", "role"):
            return None
        return self.speaker_of(np, "cited", None, topic)

    def _topic(self, sent: Sentence) -> NP | None:
        """"Quant à X," at the start of a sentence."""
        toks = self.at.toks
        k = sent.first
        if k + 2 < sent.end and toks[k].low == "quant" and toks[k + 1].low in ("à", "au", "aux"):
            return noun_phrase(self.at, k + 2, sent.end)
        return None

    def _main_speaker(self, sent: Sentence, topic: NP | None) -> Speaker | None:
        """The subject of the first finite speech verb of a sentence."""
        toks = self.at.toks
        for k in range(sent.first, sent.end):
            lemma = self.speech_lemma(k)
            if lemma is None or toks[k].low.endswith("ant"):
                continue
            aux = self._aux_before(k, sent.first)
            if aux < 0 and is_bare_participle(toks[k].low, lemma):
                continue
            np = self.subject_before(aux if aux >= 0 else k, sent)
            if np is not None:
                return self.speaker_of(np, "participle", None, topic)
        # "Qualifiant X de « … », Paul Girard a quitté la salle": the
        # subject right after the participial clause
        if toks[sent.first].low.endswith("ant"):
            for k in range(sent.first + 1, sent.end - 1):
                if toks[k].text == "," and self.at.in_quote[k] == -1:
                    np = noun_phrase(self.at, k + 1, sent.end)
                    if np is not None and np.kind in ("name", "role", "pronoun"):
                        return self.speaker_of(np, "participle", None, topic)
        return None

    def _standalone(self, ref: QuoteRef, sent: Sentence) -> bool:
        """The quotation is the whole sentence, and not a heading."""
        toks = self.at.toks
        if ref.open_tok != sent.first:
            return False
        rest = [t for t in toks[ref.close_tok + 1 : sent.end]] if ref.close_tok >= 0 else []
        if any(t.kind != "punct" for t in rest):
            return False
        last = toks[sent.end - 1]
        ends = last.text in ".!?…" or (ref.close_tok > 0 and toks[ref.close_tok - 1].text in ".!?…")
        return ends

    def _update_salience(self, sent: Sentence, quotes: list[int]) -> None:
        persons = [s for s in (self.speakers[qi] for qi in quotes) if s is not None and s.person]
        if persons:
            self.salient = persons[-1]
            return
        # else the first person named outside a prepositional phrase, else
        # the one person the sentence introduces by age
        first = self._first_person(sent.first, sent.end) or self._introduced_by_age(sent)
        if first is not None:
            self.salient = first

    def _introduced_by_age(self, sent: Sentence) -> Speaker | None:
        """The one person a sentence with no subject pronoun introduces by a
        name and an age, wherever the name stands ("Le terrain appartient à
        Julien Boissonnade, 41 ans, éleveur de brebis."): the next "il" is
        most likely that person."""
        at, toks = self.at, self.at.toks
        found: list[Speaker] = []
        k = sent.first
        while k < sent.end:
            if at.in_quote[k] != -1:
                k += 1
                continue
            if toks[k].low in ("il", "elle") and toks[k].kind == "word":
                return None  # the sentence tells of someone already known
            np = noun_phrase(at, k, sent.end) if is_name_token(toks[k]) else None
            if np is not None and np.kind == "name":
                j = np.end
                if (j + 2 < sent.end and toks[j].text == "," and toks[j + 1].text.isdigit()
                        and toks[j + 2].low == "ans"):  # fmt: skip
                    name = self.names.fullest(at.words(np.name_first, np.name_end))
                    if self._personish(name):
                        found.append(Speaker(name, np.first, np.end, True, "introduced"))
                k = max(np.end, k + 1)
                continue
            k += 1
        return found[0] if len({s.name for s in found}) == 1 else None

    def _first_person(self, start: int, end: int, stop_at_quote: bool = False) -> Speaker | None:
        """The first person named from token ``start`` to ``end``, outside
        quotations and prepositional phrases ("par Le Parisien"); None when
        a pronoun comes first (or, with ``stop_at_quote``, a quotation)."""
        at, toks = self.at, self.at.toks
        k = start
        while k < end:
            if at.in_quote[k] != -1:
                if stop_at_quote:
                    return None
                k += 1
                continue
            low = toks[k].low
            if low in _RELATIVES and k > start and toks[k - 1].text == ",":
                # past a relative clause: "Le technicien, qui a salué Rudy
                # Schmitt, se dit meurtri" names its object, not the subject
                k += 1
                while k < end and toks[k].text != "," and at.in_quote[k] == -1:
                    k += 1
                continue
            if low in self.lex.prepositions or low in ("de", "d'", "que", "qu'") or toks[k].text == "A":
                # past the phrase the preposition governs ("par Le Parisien",
                # "A la sortie de la salle" with an unaccented capital)
                j = k + 1
                while j < end and toks[j].low in ("de", "d'"):
                    j += 1
                inner = noun_phrase(at, j, end)
                k = inner.end if inner is not None and inner.end > j else j
                if inner is not None and inner.kind == "name" and low not in _SOURCE_PREPOSITIONS and low != "chez":
                    # (not "Selon Marie Durand, une voisine,": whose account the sentence is)
                    k = self._past_apposition(k, end)
                continue
            np = noun_phrase(at, k, end)
            if np is None:
                k += 1
                continue
            if np.kind == "pronoun":
                return None
            if np.kind == "name" and (self._apposed_to_complement(np) or (np.first > 0 and toks[np.first - 1].low in _NAMING)):
                # (a name given: "l'insecte a été baptisé Aphaenops lafonti")
                k = max(np.end, k + 1)
                continue
            spk = self.speaker_of(np, "subject", None, None) if np.kind in ("name", "role") else None
            if spk is not None and spk.person:
                return spk
            k = max(np.end, k + 1)
        return None

    def _role_subject(self, sentence: int, gender: str | None) -> Speaker | None:
        """The person a sentence names first, as its subject, by a role
        with its article ("Dans le box, l'accusé avait demandé pardon."),
        when of ``gender``; None otherwise."""
        if sentence < 0 or gender is None:
            return None
        sent = self.at.sentences[sentence]
        person = self._first_person(sent.first, sent.end)
        if person is None or self.at.toks[person.first].low not in ARTICLES:
            return None
        return person if self._phrase_gender(person.first) == gender else None

    def _role_then_relative(self, sentence: int, gender: str | None) -> NP | None:
        """The person a sentence tells of last, by a role with its article,
        when of ``gender`` and followed by ", qui" (what the person did);
        None if a name comes after it."""
        if sentence < 0 or gender is None:
            return None
        at, toks = self.at, self.at.toks
        sent = at.sentences[sentence]
        for k in range(sent.end - 3, sent.first - 1, -1):
            if at.in_quote[k] != -1:
                return None
            if is_name_token(toks[k]) and k > sent.first:
                return None  # someone named after it
            np, told = None, None
            if toks[k].low == "au" and toks[k + 1].low in self.lex.person_roles:
                # "à le": a man's role ("5 au physicien de 47 ans, qui …")
                end = next((j for j in range(k + 2, sent.end) if toks[j].text == ","), sent.end)
                np, told = NP(k + 1, end, "role", head=toks[k + 1].low), "m"
            elif toks[k].low in ARTICLES:
                np = noun_phrase(at, k, sent.end)
                told = self._phrase_gender(k) if np is not None else None
            if (np is None or np.kind != "role" or np.name_first >= 0 or np.head not in self.lex.person_roles
                    or np.end + 1 >= sent.end or toks[np.end].text != "," or toks[np.end + 1].low != "qui"):  # fmt: skip
                continue
            return np if told == gender else None
        return None

    def _body_subject(self, sentence: int, gender: str | None) -> bool:
        """Whether a sentence opens with a body as its subject, its
        determiner of ``gender`` ("Le ministère …" for "il", "La préfecture
        …" for "elle"), and names no person."""
        if sentence < 0 or gender is None:
            return False
        at, toks = self.at, self.at.toks
        first, end = at.sentences[sentence].first, at.sentences[sentence].end
        if toks[first].low not in (("le", "un") if gender == "m" else ("la", "une")):
            return False
        np = noun_phrase(at, first, end)
        # (the body heads the phrase: "Le ministère de l'Industrie", not "Le
        # porte-parole de la SNCF", a person)
        if np is None or np.head in self.lex.person_roles or not (
                np.head in self.lex.institutions or np.head in self.lex.media):  # fmt: skip
            return False
        return not (self._person_named_since(end, sentence, "m") or self._person_named_since(end, sentence, "f"))

    def _opens_with_a_body(self, sentence: int) -> bool:
        """Whether a sentence opens with a body as its subject ("La mairie de
        Lille s'est constituée…", "La CGT a appelé…"): the "elle" after it
        may be that body."""
        if sentence < 0:
            return False
        at, toks = self.at, self.at.toks
        k = at.sentences[sentence].first
        np = noun_phrase(at, k, at.sentences[sentence].end)
        if np is None or toks[k].low not in ("la", "l'", "une"):
            return False
        return self.names_a_body(np.first, np.end) or any(is_organisation_name(toks[j].text) for j in range(np.first, np.end))

    def names_a_body(self, first: int, end: int) -> bool:
        """Whether tokens [first, end) hold a noun of an institution or a
        medium ("la préfecture", "l'agence")."""
        lex, toks = self.lex, self.at.toks
        return any(toks[k].low in lex.institutions or toks[k].low in lex.media for k in range(first, end))

    def _past_apposition(self, k: int, end: int) -> int:
        """Past an indefinite apposition set off after a complement's name
        ("Veuve de Louis Dupuis, un marin-pêcheur, elle…"): it tells of
        that name, not of the subject."""
        toks = self.at.toks
        if k + 1 < end and toks[k].text == "," and toks[k + 1].low in ("un", "une"):
            np = noun_phrase(self.at, k + 1, end)
            if np is not None and np.kind == "role" and np.end < end and toks[np.end].text == ",":
                return np.end + 1
        return k

    def _echo(self) -> None:
        """A quotation with no speaker whose words are quoted elsewhere
        in the article with one (a heading echoing the text)."""
        at = self.at
        words = [slug(at.words(r.first_tok, r.end_tok)) for r in at.quotes]
        for qi, spk in enumerate(self.speakers):
            if spk is not None or self.titles[qi] or len(words[qi]) < 6:
                continue
            best: tuple[int, int] | None = None
            for qj in range(max(0, qi - _ECHO_REACH), min(len(self.speakers), qi + _ECHO_REACH + 1)):
                other = self.speakers[qj]
                if other is None or qj == qi or other.how == "echo":
                    continue
                a, b = "-" + words[qi] + "-", "-" + words[qj] + "-"
                if a in b or b in a:
                    distance = abs(qj - qi)
                    if best is None or distance < best[0]:
                        best = (distance, qj)
            if best is not None:
                src = self.speakers[best[1]]
                assert src is not None
                self.speakers[qi] = src._replace(how="echo")


def mark_incises(at: ArticleText) -> list[tuple[tuple[int, int], ...]]:
    """The incises inside each quotation ("« Nous irons, a-t-elle martelé,
    jusqu'au bout »", "« Grasse, a insisté Hélène Ardouin, restera … »"):
    (comma, end) token indices of each, whose words are then read as
    outside the quotation: they tell its speaker, and are none of its
    words.  Read before the names are indexed (a name in an incise is one
    of the article's)."""
    probe = SpeakerFinder(at, None, ())  # type: ignore[arg-type]  # an incise needs no names
    toks = at.toks
    out = []
    for qi, ref in enumerate(at.quotes):
        found = []
        k = ref.first_tok + 1
        while k < ref.end_tok - 2:
            end = probe.incise_end(qi, k) if toks[k].text == "," and at.in_quote[k] == qi else None
            if end is not None:
                found.append((k, end))
                k = end
            else:
                k += 1
        out.append(tuple(found))
    return out
